"""The ``cmkg`` command line.

Query commands (deals, sparql, export) open only the store and never import
spaCy; extraction commands load the model lazily.  Every failure prints one
line naming the file and the problem and exits non-zero.

Commands live in one module per family (``extraction``, ``queries``,
``storage``, ``time_cmds``); ``common`` holds the Typer app and the helpers they share.
"""

from __future__ import annotations

from cmkg.app.cli import extraction, queries, rules, storage, time_cmds  # registers the commands on ``app``
from cmkg.app.cli.common import STORE_OPT, app, main

__all__ = ["app", "main", "STORE_OPT", "extraction", "queries", "rules", "storage", "time_cmds"]
