#!/usr/bin/env bash
# Install cmkg with its test extras into .venv and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh "[test]"
python -m pytest -q -p no:cacheprovider tests
