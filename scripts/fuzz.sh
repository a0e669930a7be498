#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each
# on its seed corpus (tests/fuzz/corpus/NAME) for a few seconds.
#   scripts/fuzz.sh                 every target, 5 s each (what scripts/test.sh runs)
#   scripts/fuzz.sh 600             every target, 10 minutes each (the longer run, docs/testing.md)
#   scripts/fuzz.sh 600 lesson_fuzz one target
# New inputs that reach new code go to build-fuzz/corpus/NAME (not committed); a
# crash is written to build-fuzz/crashes/ and the script fails. Crashes become
# regression inputs under tests/fuzz/regressions/NAME/, which every run replays first.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lesson_fuzz time_fuzz answers_fuzz h5p_fuzz h5p_package_fuzz captions_fuzz bundle_fuzz)

build_dir="${CUEPOINT_FUZZ_BUILD_DIR:-build-fuzz}"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DCUEPOINT_FUZZ=ON -DCUEPOINT_BUILD_TESTS=OFF -DCUEPOINT_WERROR=ON \
  "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j"${CUEPOINT_FUZZ_JOBS:-$(nproc)}" --target "${targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"  # the targets that read files write their input here
mkdir -p "$build_dir/crashes"
status=0
for target in "${targets[@]}"; do
  binary="$build_dir/bin/$target"
  regressions="tests/fuzz/regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    # Every input that once crashed must run clean now.
    "$binary" "$regressions"/* >"$scratch/$target.regressions.log" 2>&1 || {
      echo "$target: a regression input fails again:"; tail -30 "$scratch/$target.regressions.log"; status=1; }
  fi
  found="$build_dir/corpus/$target"
  mkdir -p "$found"
  if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$build_dir/crashes/$target-" "$found" "tests/fuzz/corpus/$target" \
      >"$scratch/$target.log" 2>&1; then
    echo "$target: $(grep -o 'Done [0-9]* runs in [0-9]* second.*' "$scratch/$target.log" | tail -1 || true)"
  else
    echo "$target: FAILED (input in $build_dir/crashes/):"
    tail -40 "$scratch/$target.log"
    status=1
  fi
done
exit $status
