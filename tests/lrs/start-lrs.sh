#!/usr/bin/env bash
# Runs the test LRS (Learning Locker's xapi-statements, in memory, any
# credentials accepted) on 127.0.0.1:PORT until killed, and returns only once
# http://127.0.0.1:PORT/xAPI/about answers (exit 1 if it never does in 30 s).
# Usage: start-lrs.sh PORT [LOG_FILE]   (run it in the background; it stays in
# the foreground as the LRS's parent so that killing it stops the LRS).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${1:?usage: start-lrs.sh PORT [LOG_FILE]}"
log="${2:-/dev/null}"

# Its local "storage" (attachments, access logs) goes to a private temp folder.
storage="$(mktemp -d "${TMPDIR:-/tmp}/cuepoint-lrs.XXXXXX")"
cleanup() {
  [ -n "${lrs_pid:-}" ] && kill "$lrs_pid" 2>/dev/null && wait "$lrs_pid" 2>/dev/null
  rm -rf "$storage"
}
trap cleanup EXIT
trap 'exit 0' TERM INT

cd "$storage"
MODELS_REPO=memory AUTH_REPO=test EVENTS_REPO=test STORAGE_REPO=local \
  FS_LOCAL_STORAGE_DIR="$storage" EXPRESS_MORGAN_DIRECTORY="$storage/accessLogs" \
  WINSTON_CONSOLE_LEVEL=warn EXPRESS_PORT="$port" \
  node "$here/node_modules/xapi-statements/dist/index.js" >"$log" 2>&1 &
lrs_pid=$!

for _ in $(seq 1 300); do
  if ! kill -0 "$lrs_pid" 2>/dev/null; then
    echo "start-lrs.sh: the LRS exited during start-up (see $log)" >&2
    exit 1
  fi
  if node -e "require('http').get('http://127.0.0.1:$port/xAPI/about', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))" 2>/dev/null; then
    echo "ready on http://127.0.0.1:$port/xAPI/"
    wait "$lrs_pid"
    exit 0
  fi
  sleep 0.1
done
echo "start-lrs.sh: the LRS did not answer on port $port within 30 s" >&2
exit 1
