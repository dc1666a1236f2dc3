#!/usr/bin/env bash
# Install cmkg into .venv and run the main job on the bundled data:
# build the embedded store, list the countries with deals with the US,
# write the Turtle and the interactive HTML files into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh ""
cmkg build --store cmkg-store
cmkg validate --store cmkg-store
cmkg deals --with US --store cmkg-store
mkdir -p out
cmkg export --format turtle --out out/graph.ttl --store cmkg-store
cmkg export --format html --out out/graph.html --store cmkg-store
