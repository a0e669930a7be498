#!/usr/bin/env bash
# The README's test command: installs what the tests need (Debian packages, the
# test LRS from npm), then builds with warnings as errors and runs every test twice:
# the normal build in build/, then the AddressSanitizer + UndefinedBehaviorSanitizer
# build in build-sanitize/; ends with the short fuzz runs (scripts/fuzz.sh: clang,
# build-fuzz/, 5 s a target). Every part runs even when an earlier one fails; the
# status says whether all passed.
#   scripts/test.sh                 all of it (what CI runs)
#   scripts/test.sh --only normal   the normal build's tests and the fuzz runs
#   scripts/test.sh --only sanitize the sanitizer build's tests and the fuzz runs
set -euo pipefail
cd "$(dirname "$0")/.."

builds=(normal sanitize)
if [ "${1:-}" = "--only" ]; then
  case "${2:-}" in
    normal | sanitize) builds=("$2") ;;
    *) echo "scripts/test.sh: --only takes normal or sanitize, not '${2:-}'" >&2; exit 2 ;;
  esac
elif [ "${1:-}" = "--sanitize" ]; then
  builds=(sanitize)  # the older spelling of --only sanitize
elif [ $# -gt 0 ]; then
  echo "scripts/test.sh: unknown argument '$1' (usage: scripts/test.sh [--only normal|sanitize])" >&2
  exit 2
fi

bash scripts/install-deps.sh --test
bash tests/lrs/install.sh

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
status=0
for build in "${builds[@]}"; do
  if [ "$build" = sanitize ]; then dir=build-sanitize sanitize=ON; else dir=build sanitize=OFF; fi
  echo "== scripts/test.sh: $build build in $dir/"
  if CUEPOINT_BUILD_DIR="$dir" bash scripts/build.sh -DCUEPOINT_WERROR=ON -DCUEPOINT_SANITIZE="$sanitize"; then
    ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" --timeout 600 -LE bench-smoke || status=$?
  else
    status=1
  fi
done
bash scripts/fuzz.sh 5 || status=$?
[ "$status" -eq 0 ] && echo "== scripts/test.sh: all passed" || echo "== scripts/test.sh: FAILED (status $status)"
exit $status
