#!/usr/bin/env bash
# Proves check-sample.sh catches broken samples: builds tampered copies of a good sample in a
# scratch directory and asserts the checker fails on each with the expected diagnostic.
# Usage: check-sample-self-test.sh <check-sample.sh> <good-sample-dir> <scratch-dir>
set -euo pipefail

checker=${1:?usage: check-sample-self-test.sh <checker> <sample-dir> <scratch-dir>}
good=${2:?missing sample dir}
scratch=${3:?missing scratch dir}
failures=0

rm -rf "$scratch"
mkdir -p "$scratch"

fresh_copy() {  # name: a copy of the good sample whose video is a symlink (it is only read)
  local copy=$scratch/$1
  mkdir -p "$copy"
  cp "$good"/lesson.xml "$good"/*.vtt "$good"/answers.json "$copy"/
  ln -s "$(cd "$good" && pwd)"/lecture.mp4 "$copy"/lecture.mp4
  echo "$copy"
}

expect_rejected() {  # name dir pattern... [-- checker options]: the checker must exit 1 and print every pattern
  local name=$1 dir=$2 output status=0 patterns=() options=()
  shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do patterns+=("$1"); shift; done
  [ $# -gt 0 ] && { shift; options=("$@"); }
  set -- "${patterns[@]}"
  output=$(bash "$checker" "${options[@]}" "$dir" 2>&1) || status=$?
  if [ "$status" -ne 1 ]; then
    echo "FAIL [$name]: checker exited $status, expected 1; output: $output" >&2
    failures=$((failures + 1))
    return
  fi
  for pattern in "$@"; do
    if ! grep -qF -- "$pattern" <<<"$output"; then
      echo "FAIL [$name]: output lacks '$pattern'; output: $output" >&2
      failures=$((failures + 1))
    fi
  done
  echo "ok [$name]"
}

bash "$checker" "$good" >/dev/null || { echo "FAIL: the good sample $good does not pass" >&2; exit 1; }

dir=$(fresh_copy wrong-sha)
sed -i -E 's/sha256="[0-9a-f]{64}"/sha256="0000000000000000000000000000000000000000000000000000000000000000"/' "$dir"/lesson.xml
expect_rejected wrong-sha "$dir" "video sha256 mismatch: lesson says '0000"

dir=$(fresh_copy bad-times)
# The last cue moves past the end, the first chapter gets a malformed time, the seek goes out of range.
last_cue_at=$(grep -oE '<cue [^>]*at="[^"]+"' "$dir"/lesson.xml | tail -1 | sed -E 's/.*at="([^"]+)"/\1/')
sed -i "s/at=\"$last_cue_at\"/at=\"9:59\"/; 0,/<chapter at=\"[^\"]*\"/s//<chapter at=\"1:xx\"/" "$dir"/lesson.xml
sed -i -E 's/<on-incorrect seek="[^"]+"/<on-incorrect seek="4:30"/' "$dir"/lesson.xml
expect_rejected bad-times "$dir" '<cue at="9:59"> is after the end of the video' \
  '<chapter at="1:xx"> is not a time' '<on-incorrect seek="4:30"> is after the end of the video'

dir=$(fresh_copy cues-out-of-order)
first_cue_at=$(grep -oE '<cue [^>]*at="[^"]+"' "$dir"/lesson.xml | head -1 | sed -E 's/.*at="([^"]+)"/\1/')
second_cue_at=$(grep -oE '<cue [^>]*at="[^"]+"' "$dir"/lesson.xml | sed -n 2p | sed -E 's/.*at="([^"]+)"/\1/')
sed -i "s/at=\"$second_cue_at\"/at=\"$first_cue_at\"/" "$dir"/lesson.xml
expect_rejected cues-out-of-order "$dir" "cue at=\"$first_cue_at\" is not after the previous cue"

dir=$(fresh_copy bad-captions)
for vtt in "$dir"/*.vtt; do printf 'these are not captions\n' >"$vtt"; done
expect_rejected bad-captions "$dir" "does not start with the WEBVTT signature"

dir=$(fresh_copy unknown-answer)
sed -i 's/^{$/{\n  "no-such-cue": ["a"],/' "$dir"/answers.json
expect_rejected unknown-answer "$dir" "answers for unknown cue 'no-such-cue'"

dir=$(fresh_copy wrong-media)
rm "$dir"/lecture.mp4
ffmpeg -v error -f lavfi -i testsrc=size=320x240:rate=10:duration=3 -c:v mpeg4 "$dir"/lecture.mp4
sha=$(sha256sum "$dir"/lecture.mp4 | cut -d' ' -f1)
sed -i -E "s/sha256=\"[0-9a-f]{64}\"/sha256=\"$sha\"/" "$dir"/lesson.xml
expect_rejected wrong-media "$dir" "is outside 120-240 s" "video codec is 'mpeg4', expected h264" \
  "frame size is '320x240', expected 1280x720" "audio codec is 'none', expected aac" "GOP is not 2 s"

dir=$(fresh_copy other-profile)
expect_rejected other-profile-duration "$dir" "is outside 10-20 s" -- --seconds 10-20
expect_rejected other-profile-size "$dir" "must be under 1000" -- --max-bytes 1000
status=0
bash "$checker" --seconds 20 "$dir" >/dev/null 2>&1 || status=$?
if [ "$status" -ne 2 ]; then
  echo "FAIL [bad-option]: checker exited $status for '--seconds 20', expected 2 (usage)" >&2
  failures=$((failures + 1))
else
  echo "ok [bad-option]"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures self-test failure(s)" >&2
  exit 1
fi
echo "all tampered samples were rejected"
