"""``python -m cmkg.app.cli``."""

from cmkg.app.cli import main

main()
