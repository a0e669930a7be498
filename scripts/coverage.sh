#!/usr/bin/env bash
# Line and branch coverage of every library of ours: a Debug build with gcov counters in
# build-coverage/ (CUEPOINT_COVERAGE), the whole test suite except the valgrind and
# benchmark runs, then gcovr over our sources (lesson-format/, player/, authoring/; not
# tests/, bench/ or generated code). Prints one row per library folder and writes the
# per-file HTML report to build-coverage/coverage/index.html.
# Branch figures leave out the branches GCC adds for exceptions and those it proves
# unreachable (gcovr --exclude-throw-branches --exclude-unreachable-branches): every
# call that may throw would otherwise count as an untaken branch.
# Usage: scripts/coverage.sh [--no-tests]   (--no-tests: summarise the counters already there)
set -euo pipefail
cd "$(dirname "$0")/.."
run_tests=1
case "${1:-}" in
  "") ;;
  --no-tests) run_tests=0 ;;
  *) echo "scripts/coverage.sh: unknown argument '$1' (usage: scripts/coverage.sh [--no-tests])" >&2; exit 2 ;;
esac
command -v gcovr >/dev/null 2>&1 ||
  { echo "scripts/coverage.sh: gcovr is missing: bash scripts/install-deps.sh --test installs it" >&2; exit 1; }

dir=build-coverage
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
if [ "$run_tests" = 1 ]; then
  CMAKE_BUILD_TYPE=Debug CUEPOINT_BUILD_DIR="$dir" bash scripts/build.sh -DCUEPOINT_COVERAGE=ON \
    -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc "${launcher[@]}"
  # Counters from an earlier run would add up with this one's.
  find "$dir" -name '*.gcda' -delete
  # Some tests fail only because Debug code is slower (timing tests are benchmarks, not
  # tests, but a few have generous deadlines); coverage counts what ran either way.
  ctest --test-dir "$dir" -j"$(nproc)" --timeout 900 -LE 'valgrind|bench-smoke' >"$dir/coverage-ctest.log" 2>&1 ||
    echo "scripts/coverage.sh: some tests failed under coverage (see $dir/coverage-ctest.log); counting anyway" >&2
  grep -E '^[0-9]+% tests passed' "$dir/coverage-ctest.log" || true
fi

mkdir -p "$dir/coverage"
filters=(--root . --object-directory "$dir" --filter 'lesson-format/' --filter 'player/' --filter 'authoring/'
  --exclude-throw-branches --exclude-unreachable-branches --gcov-ignore-parse-errors)
gcovr "${filters[@]}" --json-summary "$dir/coverage/summary.json" --html-details "$dir/coverage/index.html" \
  --print-summary >/dev/null
python3 scripts/coverage_table.py "$dir/coverage/summary.json"
echo "per file: $dir/coverage/index.html"
