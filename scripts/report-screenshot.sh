#!/usr/bin/env bash
# Makes docs/report.png: the HTML class report (cuepoint-author report --html) of
# 30 learners who played the sample lesson samples/intro-fractions with the real
# headless player, on three "tablets", one of them also exported, rendered by
# headless Chromium. Chromium is installed for this script only (not a build or
# test dependency). Takes about three minutes (30 plays of a 3 minute lesson).
# Usage: scripts/report-screenshot.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build}"
player="$(realpath "$build_dir/bin/cuepoint")"
author="$(realpath "$build_dir/bin/cuepoint-author")"
for binary in "$player" "$author"; do
  [ -x "$binary" ] || { echo "report-screenshot: no $binary: build first (scripts/build.sh)" >&2; exit 1; }
done
if ! command -v chromium >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Learner i's attempts, varied so that every column of the report has something to show.
answers_of() {
  local i=$1
  local prior=("often" "sometimes" "never")
  local denominator=('["a"]' '["b", "a"]' '["c", "b"]')
  local fifths='["false"]'; (( i % 4 == 0 )) && fifths='["true", "false"]'
  local half='[["a", "b", "d"]]'
  (( i % 5 == 0 )) && half='[["a", "c"], ["a", "b", "d"]]'
  (( i % 5 == 1 )) && half='[["a", "b"], ["a", "b", "d"]]'
  local simplify='["one half"]'; (( i % 6 == 0 )) && simplify='["2/4", "1/2"]'
  local quarter='[0.25]'
  (( i % 7 == 0 )) && quarter='[0.4, 0.25]'
  (( i % 7 == 3 )) && quarter='[2.5, 0.4]'
  printf '{"prior-knowledge": ["%s"], "what-is-denominator": %s, "compare-fifths": %s, ' \
    "${prior[i % 3]}" "${denominator[i % 3]}" "$fifths"
  printf '"equivalent-to-half": %s, "simplify-four-eighths": %s, "quarter-as-decimal": %s, ' \
    "$half" "$simplify" "$quarter"
  printf '"explain-equivalence": ["The same part of the bar, cut into smaller pieces."]}\n'
}

for i in $(seq 1 30); do
  answers_of "$i" > "$work/answers-$i.json"
  "$player" samples/intro-fractions --headless --quiet --answers "$work/answers-$i.json" \
    --db "$work/tablet-$(( (i - 1) / 10 + 1 )).sqlite" --learner "$(printf 'student-%02d' "$i")"
done
"$player" export --db "$work/tablet-1.sqlite" --format jsonl --out "$work/tablet-1.jsonl"
# Inputs named as a teacher would, relative to the folder they were collected in.
(cd "$work" && "$author" report tablet-1.sqlite tablet-2.sqlite tablet-3.sqlite tablet-1.jsonl --html class.html)

# --no-sandbox: Chromium refuses to run as root otherwise; the page is our own file.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1100,2300 --screenshot="$work/report.png" "file://$work/class.html" 2>/dev/null
cp "$work/report.png" docs/report.png
echo "report-screenshot: wrote docs/report.png"
