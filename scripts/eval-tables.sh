#!/usr/bin/env bash
# Refresh the score blocks in README.md from real `cmkg eval` runs, so the README never holds hand-typed scores.
# Each block sits between `<!-- eval:NAME:start -->` and `<!-- eval:NAME:end -->`; NAME picks the run below.
# Corpora missing on this machine (../shared is not part of the clone) leave their block as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
CMKG="${CMKG:-.venv/bin/cmkg}"
SHARED="${CMKG_SHARED:-../shared/eval}"
declare -A RUNS=(
  [dev]="--all-errors $SHARED/dev/gold $SHARED/dev/articles"
  [dev-real]="$SHARED/dev-real/gold $SHARED/dev-real/articles"
  [tuning]="--fold tuning $SHARED/dev-real/gold $SHARED/dev-real/articles"
  [validation]="--fold validation $SHARED/dev-real/gold $SHARED/dev-real/articles"
)
for corpus in eval/*/; do
  name=$(basename "$corpus")
  RUNS[$name]="$corpus/gold $corpus/articles"  # each corpus's corpus.json says which errors may be listed
done
for name in "${!RUNS[@]}"; do
  # a blind corpus (corpus.json errors: none) is scored only by the lead, on purpose: rule writers run this script too
  blind=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("errors") == "none")' "eval/$name/corpus.json" 2>/dev/null || echo False)
  [ "$blind" = True ] && [ "${CMKG_BLIND:-}" != 1 ] && { echo "skip $name: blind (CMKG_BLIND=1 scores it)" >&2; continue; }
  grep -q "<!-- eval:$name:start -->" README.md || continue
  read -r -a args <<<"${RUNS[$name]}"
  gold="${args[-2]}"
  [ -d "$gold" ] || { echo "skip $name: no $gold" >&2; continue; }
  table="$("$CMKG" eval "${args[@]}" | sed -n '/^field /,/^macro F1/p')"
  NAME="$name" TABLE="$table" python3 - <<'PY'
import os, re, pathlib
readme = pathlib.Path("README.md")
name, table = os.environ["NAME"], os.environ["TABLE"].strip()
start, end = f"<!-- eval:{name}:start -->", f"<!-- eval:{name}:end -->"
block = f"{start}\n```\n{table}\n```\n{end}"
text = readme.read_text(encoding="utf-8")
readme.write_text(re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S), encoding="utf-8")
PY
  echo "refreshed $name"
done
