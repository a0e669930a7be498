#!/usr/bin/env bash
# Plays a committed sample lesson headless with its answers.json, in a fresh database, and checks
# that the run ends passed with every cue done, every scripted cue answered, and the remediation
# seek taken when the lesson has one.
# Usage: play-sample.sh <cuepoint-binary> <sample-dir> <scratch-dir>
set -euo pipefail

cuepoint=${1:?usage: play-sample.sh <cuepoint-binary> <sample-dir> <scratch-dir>}
dir=${2:?missing sample dir}
scratch=${3:?missing scratch dir}
problems=0
fail() {
  echo "FAIL: $*" >&2
  problems=$((problems + 1))
}

rm -rf "$scratch"
mkdir -p "$scratch"
events=$scratch/events.jsonl
status=0
"$cuepoint" "$dir" --headless --answers "$dir/answers.json" --db "$scratch/responses.sqlite" \
  --events "$events" --learner sample-test >"$scratch/transcript.txt" 2>"$scratch/stderr.txt" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: $cuepoint $dir --headless exited $status: $(cat "$scratch/stderr.txt")" >&2
  exit 1
fi

end=$(grep '"event":"end"' "$events" || true)
[ -n "$end" ] || fail "$events: no end event"
grep -q '"passed":true' <<<"$end" || fail "the scripted run did not pass: $end"
completed=$(sed -nE 's/.*"cues_completed":([0-9]+).*/\1/p' <<<"$end")
total=$(sed -nE 's/.*"cues_total":([0-9]+).*/\1/p' <<<"$end")
[ -n "$total" ] && [ "$completed" = "$total" ] || fail "$completed of $total cues completed: $end"

for id in $(grep -oE '^ *"[^"]+" *:' "$dir/answers.json" | sed -E 's/^ *"([^"]+)".*/\1/'); do
  grep -q "\"cue\":\"$id\",\"event\":\"answer\"" "$events" || fail "$events: cue '$id' was never answered"
done
if grep -q '<on-incorrect seek=' "$dir/lesson.xml"; then
  grep -q '"reason":"remediation"' "$events" || fail "$events: the lesson has a remediation seek but none happened"
fi

if [ "$problems" -gt 0 ]; then
  echo "$dir: $problems problem(s); events in $events" >&2
  exit 1
fi
echo "$dir: played to the end, $completed/$total cues, $(grep -c '"event":"answer"' "$events") answers"
