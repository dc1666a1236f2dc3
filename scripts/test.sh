#!/usr/bin/env bash
# Install cmkg with its test extras into .venv and run every test.
# Browser tests drive Debian's chromium through Playwright (never
# `playwright install`, which downloads a browser); install it from apt if absent.
# The remote-store tests start their own Virtuoso (Debian's virtuoso-opensource);
# the package's own service is not used (tests write their own virtuoso.ini).
set -euo pipefail
cd "$(dirname "$0")/.."
MISSING=""
[ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
command -v virtuoso-t >/dev/null || MISSING="$MISSING virtuoso-opensource"
if [ -n "$MISSING" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
fi
. scripts/venv.sh "[test]"
python -m pytest -q -p no:cacheprovider tests
