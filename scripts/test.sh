#!/usr/bin/env bash
# Install cmkg with its test extras into .venv and run every test.
# Browser tests drive Debian's chromium through Playwright (never
# `playwright install`, which downloads a browser); install it from apt if absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
. scripts/venv.sh "[test]"
python -m pytest -q -p no:cacheprovider tests
