#!/usr/bin/env bash
# Installs the test LRS and the statement validator from the committed lock
# file. Idempotent and quick: skips `npm ci` when node_modules already matches
# package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
  echo "tests/lrs/install.sh: npm is missing; run scripts/install-deps.sh --test" >&2
  exit 1
fi

stamp=node_modules/.cuepoint-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] &&
   [ -f node_modules/xapi-statements/dist/index.js ] && [ -f node_modules/xapi-validation/package.json ]; then
  exit 0
fi
# The LRS declares node 6-8 in "engines" but runs on node 20; install scripts are not needed.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error --engine-strict=false
echo "$wanted" > "$stamp"
