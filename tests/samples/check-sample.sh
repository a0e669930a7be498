#!/usr/bin/env bash
# Checks that a committed sample lesson folder is consistent: the video matches the sha256 in
# lesson.xml and meets the delivery profile (by default 2-4 min and < 5 MB; 1280x720 H.264 + AAC,
# 2 s GOP), the captions parse, and every cue, chapter and seek time falls inside the video.
# Usage: check-sample.sh [--seconds MIN-MAX] [--max-bytes N] <sample-dir>.
# Reports every problem found, then exits 1 if there was any (2 for a usage error).
set -euo pipefail

usage="usage: check-sample.sh [--seconds MIN-MAX] [--max-bytes N] <sample-dir>"
MAX_BYTES=5000000
MIN_SECONDS=120
MAX_SECONDS=240
readonly GOP_SECONDS=2

while [ $# -gt 1 ]; do
  case "$1" in
    --seconds)
      [[ "${2:-}" =~ ^([0-9]+)-([0-9]+)$ ]] || { echo "$usage (--seconds wants MIN-MAX, got '${2:-}')" >&2; exit 2; }
      MIN_SECONDS=${BASH_REMATCH[1]}
      MAX_SECONDS=${BASH_REMATCH[2]}
      shift 2 ;;
    --max-bytes)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "$usage (--max-bytes wants a number, got '${2:-}')" >&2; exit 2; }
      MAX_BYTES=$2
      shift 2 ;;
    *) echo "$usage (unknown option '$1')" >&2; exit 2 ;;
  esac
done
readonly MAX_BYTES MIN_SECONDS MAX_SECONDS

dir=${1:?$usage}
problems=0
fail() {
  echo "FAIL: $*" >&2
  problems=$((problems + 1))
}

for tool in ffprobe xmllint sha256sum awk; do
  command -v "$tool" >/dev/null || { echo "FAIL: '$tool' is not installed (scripts/install-deps.sh)" >&2; exit 2; }
done

lesson=$dir/lesson.xml
[ -f "$lesson" ] || { echo "FAIL: $lesson does not exist" >&2; exit 1; }
xmllint --noout "$lesson" || { echo "FAIL: $lesson is not well-formed XML" >&2; exit 1; }

# Namespace-agnostic XPath so this script does not depend on the namespace prefix.
xpath() { xmllint --xpath "$1" "$lesson" 2>/dev/null || true; }
attr_values() { xpath "//*[local-name()='$1']/@$2" | sed -E 's/^ *[a-z-]+="([^"]*)"$/\1/'; }

# Lesson times are "83.4", "1:23.4" or "01:23.400"; prints seconds.
to_seconds() {
  awk -v t="$1" 'BEGIN {
    if (t !~ /^[0-9]+(:[0-9]+)?(:[0-9]+)?(\.[0-9]+)?$/) { print "bad"; exit }
    n = split(t, part, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + part[i]
    printf "%.3f\n", s
  }'
}

video_src=$(xpath "string(//*[local-name()='video']/@src)")
expected_sha=$(xpath "string(//*[local-name()='video']/@sha256)")
video=$dir/$video_src
if [ -z "$video_src" ] || [ ! -f "$video" ]; then
  echo "FAIL: $lesson: <video src=\"$video_src\"> does not name a file in $dir" >&2
  exit 1
fi

actual_sha=$(sha256sum "$video" | cut -d' ' -f1)
[ "$actual_sha" = "$expected_sha" ] ||
  fail "$lesson: video sha256 mismatch: lesson says '$expected_sha', $video_src hashes to $actual_sha"

size=$(stat -L -c %s "$video")  # -L: the self-test links the video
[ "$size" -lt "$MAX_BYTES" ] || fail "$video: $size bytes, must be under $MAX_BYTES"

probe() { ffprobe -v error -select_streams "$1" -show_entries "$2" -of default=noprint_wrappers=1:nokey=1 "$video"; }
duration=$(ffprobe -v error -show_entries format=duration -of default=noprint_wrappers=1:nokey=1 "$video")
awk -v d="$duration" -v lo=$MIN_SECONDS -v hi=$MAX_SECONDS 'BEGIN { exit !(d >= lo && d <= hi) }' ||
  fail "$video: duration $duration s is outside $MIN_SECONDS-$MAX_SECONDS s"

video_codec=$(probe v:0 stream=codec_name)
[ "$video_codec" = h264 ] || fail "$video: video codec is '$video_codec', expected h264"
size_wh=$(probe v:0 stream=width,height | paste -sd x)
[ "$size_wh" = 1280x720 ] || fail "$video: frame size is '$size_wh', expected 1280x720"
pix_fmt=$(probe v:0 stream=pix_fmt)
[ "$pix_fmt" = yuv420p ] || fail "$video: pixel format is '$pix_fmt', expected yuv420p"
audio_codec=$(probe a:0 stream=codec_name)
[ "$audio_codec" = aac ] || fail "$video: audio codec is '${audio_codec:-none}', expected aac"

# Every keyframe interval must be the GOP length, except the last (the video may end mid-GOP).
gop_report=$(ffprobe -v error -select_streams v:0 -skip_frame nokey -show_entries frame=pts_time \
  -of csv=p=0 "$video" | awk -F, -v gop=$GOP_SECONDS '
    $1 != "" { t[++n] = $1 }  # ffprobe prints blank lines between some frames
    END {
      if (n < 2) { print "only " n " keyframe(s)"; exit }
      if (t[1] > 0.05) printf "first keyframe at %s s, expected 0; ", t[1]
      for (i = 2; i <= n; i++) {
        d = t[i] - t[i - 1]
        if (d > gop + 0.05 || (i < n && d < gop - 0.05)) printf "keyframes %s -> %s s are %.3f s apart; ", t[i - 1], t[i], d
      }
    }')
[ -z "$gop_report" ] || fail "$video: GOP is not ${GOP_SECONDS} s: $gop_report"

in_video() { awk -v t="$1" -v d="$duration" 'BEGIN { exit !(t != "bad" && t >= 0 && t < d) }'; }

for src in $(attr_values captions src); do
  captions=$dir/$src
  if [ ! -f "$captions" ]; then
    fail "$lesson: <captions src=\"$src\"> does not exist"
    continue
  fi
  head -c 6 "$captions" | grep -q '^WEBVTT' || fail "$captions: does not start with the WEBVTT signature"
  if ! cue_ends=$(ffprobe -v error -show_entries packet=pts_time,duration_time -of csv=p=0 "$captions" 2>&1); then
    fail "$captions: ffprobe cannot parse it: $cue_ends"
    continue
  fi
  count=$(printf '%s\n' "$cue_ends" | grep -c . || true)
  [ "$count" -gt 0 ] || fail "$captions: contains no caption cues"
  last_end=$(printf '%s\n' "$cue_ends" | awk -F, '{ e = $1 + $2; if (e > m) m = e } END { print m + 0 }')
  awk -v e="$last_end" -v d="$duration" 'BEGIN { exit !(e <= d) }' ||
    fail "$captions: last caption ends at $last_end s, after the video ($duration s)"
done

check_times() {  # element attribute: every value must parse and fall inside the video
  local value seconds
  for value in $(attr_values "$1" "$2"); do
    seconds=$(to_seconds "$value")
    if [ "$seconds" = bad ]; then
      fail "$lesson: <$1 $2=\"$value\"> is not a time"
    elif ! in_video "$seconds"; then
      fail "$lesson: <$1 $2=\"$value\"> is after the end of the video ($duration s)"
    fi
  done
}
check_times chapter at
check_times cue at
check_times on-incorrect seek
check_times on-correct seek

previous=-1
for value in $(attr_values cue at); do
  seconds=$(to_seconds "$value")
  [ "$seconds" = bad ] && continue
  awk -v a="$previous" -v b="$seconds" 'BEGIN { exit !(b > a) }' ||
    fail "$lesson: cue at=\"$value\" is not after the previous cue"
  previous=$seconds
done

ids=$(attr_values cue id)
duplicates=$(printf '%s\n' "$ids" | sort | uniq -d)
[ -z "$duplicates" ] || fail "$lesson: duplicate cue ids: $duplicates"

answers=$dir/answers.json
if [ -f "$answers" ]; then
  for id in $(grep -oE '^ *"[^"]+" *:' "$answers" | sed -E 's/^ *"([^"]+)".*/\1/'); do
    printf '%s\n' "$ids" | grep -qxF "$id" || fail "$answers: answers for unknown cue '$id'"
  done
fi

if [ "$problems" -gt 0 ]; then
  echo "$dir: $problems problem(s)" >&2
  exit 1
fi
echo "$dir: OK ($video_src ${duration}s, ${size} bytes, $(printf '%s\n' "$ids" | wc -l) cues)"
