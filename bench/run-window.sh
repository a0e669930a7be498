#!/usr/bin/env bash
# Window benchmark under Xvfb, in one run on the same 720p30 clip:
#  1. CPU time of windowed playback against ffplay (same SDL2 + FFmpeg libraries) and
#     mpv --vo=x11, each playing the same 20 s stretch in a 960x540 window
#     (cuepoint's default size) with sound decoded but sent to a null/dummy output;
#  2. key press to visible pause and the exact cue frame while windowed (1x and 2x),
#     measured in-process by cuepoint-bench-window (SDL's dummy driver, the window code).
# Usage: bench/run-window.sh [build-dir]   (Release build recommended; needs xvfb, ffmpeg, mpv)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
work="$build/bench-window"
mkdir -p "$work"
for tool in Xvfb ffplay mpv ffmpeg; do
  command -v "$tool" >/dev/null || { echo "bench/run-window.sh: $tool is needed (apt-get install xvfb mpv ffmpeg)" >&2; exit 1; }
done
cmake --build "$build" -j2 --target cuepoint cuepoint-bench-window >/dev/null

clip="$work/lecture_720p30.mp4"
if [ ! -s "$clip" ]; then
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i testsrc2=size=1280x720:rate=30:duration=40 \
    -f lavfi -i sine=frequency=440:duration=40 -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 \
    -pix_fmt yuv420p -c:a aac -b:a 128k -shortest "$work/partial.mp4"
  mv "$work/partial.mp4" "$clip"
fi
cat > "$work/lesson.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="bench-window" version="1" xml:lang="en">
  <title>Window benchmark</title>
  <video src="lecture_720p30.mp4"/>
  <cue id="late" at="38" pause="true"><question type="note"><prompt>The end.</prompt></question></cue>
</lesson>
XML

display=
for n in $(seq 150 199); do
  if [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1

ticks=$(getconf CLK_TCK)
# CPU seconds (user + system) of a process and its threads.
cpu_of() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }

# Plays with `"$@"`, measures CPU from 3 s to 23 s after start, prints percent of one core.
measure() {
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 3
  local a b
  a=$(cpu_of "$pid")
  sleep 20
  b=$(cpu_of "$pid")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", (b - a) / 20 * 100 }'
}

export SDL_AUDIODRIVER=dummy CUEPOINT_NO_MESSAGE_BOX=1
rounds=3
declare -a ours ffp mpvs
for round in $(seq "$rounds"); do
  rm -f "$work/bench.sqlite"*
  ours+=("$(measure "$build/bin/cuepoint" "$work/lesson.xml" --learner bench --restart --db "$work/bench.sqlite")")
  ffp+=("$(measure ffplay -hide_banner -loglevel quiet -x 960 -y 540 -autoexit "$clip")")
  mpvs+=("$(measure mpv --no-config --really-quiet --vo=x11 --ao=null --geometry=960x540 "$clip")")
  echo "round $round: cuepoint ${ours[-1]} %, ffplay ${ffp[-1]} %, mpv --vo=x11 ${mpvs[-1]} % of a core"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
o=$(median "${ours[@]}"); f=$(median "${ffp[@]}"); m=$(median "${mpvs[@]}")
echo "median: cuepoint $o %, ffplay $f %, mpv --vo=x11 $m % -> cuepoint / mpv = $(awk -v o="$o" -v m="$m" 'BEGIN{printf "%.2f", o/m}'), ffplay / mpv = $(awk -v f="$f" -v m="$m" 'BEGIN{printf "%.2f", f/m}')"

unset DISPLAY
"$build/bin/cuepoint-bench-window" "$clip"
