#!/usr/bin/env bash
# The README's test command: installs what the tests need (Debian packages, the
# test LRS from npm), builds with warnings as errors and runs every test.
#   scripts/test.sh              the normal build, in build/
#   scripts/test.sh --sanitize   the ASan+UBSan build, in build-sanitize/
# Both end with the short fuzz runs (scripts/fuzz.sh: clang, build-fuzz/, 5 s a target).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=OFF
build_dir=build
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=ON
  build_dir=build-sanitize
fi

bash scripts/install-deps.sh --test
bash tests/lrs/install.sh

CUEPOINT_BUILD_DIR="$build_dir" bash scripts/build.sh -DCUEPOINT_WERROR=ON -DCUEPOINT_SANITIZE="$sanitize"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
status=0
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" --timeout 600 -LE bench-smoke || status=$?
bash scripts/fuzz.sh 5 || status=$?
exit $status
