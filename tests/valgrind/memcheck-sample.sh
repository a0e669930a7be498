#!/usr/bin/env bash
# Plays a sample lesson headless with its answers under valgrind's memcheck: any
# invalid read or write, use of uninitialised memory, or a definite or indirect
# leak fails the test (--error-exitcode=1). valgrind.supp lists only library noise,
# each entry with why it is there (add --track-origins=yes by hand to find where an
# uninitialised value came from; it doubles the run time). Exits 77 (ctest: skipped)
# when valgrind is absent.
# Usage: memcheck-sample.sh <cuepoint-binary> <sample-dir> <scratch-dir> <suppressions>
set -euo pipefail
cuepoint=${1:?usage: memcheck-sample.sh <cuepoint-binary> <sample-dir> <scratch-dir> <suppressions>}
sample=${2:?missing sample dir}
scratch=${3:?missing scratch dir}
suppressions=${4:?missing suppressions file}

if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIPPED: valgrind is not installed (scripts/install-deps.sh --test installs it)"
  exit 77
fi
rm -rf "$scratch"
mkdir -p "$scratch"
status=0
valgrind --tool=memcheck --error-exitcode=1 --leak-check=full --show-leak-kinds=definite,indirect \
  --errors-for-leak-kinds=definite,indirect --num-callers=40 \
  --suppressions="$suppressions" --log-file="$scratch/memcheck.log" \
  "$cuepoint" "$sample" --headless --answers "$sample/answers.json" --db "$scratch/responses.sqlite" \
  --events "$scratch/events.jsonl" >"$scratch/transcript.txt" 2>"$scratch/stderr.txt" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: cuepoint under memcheck exited $status: $(cat "$scratch/stderr.txt")"
  cat "$scratch/memcheck.log"
  exit 1
fi
# The run must have been the whole lesson, not an early refusal that had nothing to check.
grep -q '"event":"end"' "$scratch/events.jsonl" || { echo "FAIL: the lesson did not play to its end"; exit 1; }
grep 'ERROR SUMMARY' "$scratch/memcheck.log"
