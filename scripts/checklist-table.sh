#!/usr/bin/env bash
# Refresh the behavioural-suite table in README.md from `cmkg eval --checklist --markdown`
# (the block between the checklist-table markers), so the README never holds hand-typed rates.
set -euo pipefail
cd "$(dirname "$0")/.."
CMKG="${CMKG:-.venv/bin/cmkg}"
table="$("$CMKG" eval --checklist --markdown || true)"
TABLE="$table" python3 - <<'PY'
import os, re, pathlib
readme = pathlib.Path("README.md")
text = readme.read_text(encoding="utf-8")
start, end = "<!-- checklist-table:start -->", "<!-- checklist-table:end -->"
if start not in text or end not in text:
    raise SystemExit("README.md has no checklist-table markers")
block = f"{start}\n{os.environ['TABLE'].strip()}\n{end}"
readme.write_text(re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S), encoding="utf-8")
PY
