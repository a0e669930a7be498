#!/usr/bin/env bash
# Window benchmark (a part of bench/run) under Xvfb, on one 720p30 clip:
#  1. CPU time of windowed playback against ffplay (same SDL2 + FFmpeg libraries) and
#     mpv --vo=x11, each playing the same stretch in a 960x540 window (cuepoint's default
#     size) with sound decoded but sent to a null/dummy output, interleaved rounds;
#  2. key press to visible pause and the exact cue frame while windowed (1x and 2x),
#     measured in-process by cuepoint-bench-window (SDL's dummy driver, the window code).
# Usage: bench/run-window.sh [build-dir]   (BENCH_QUICK=1: one short round, fewer presses and cues)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

build="$(cd "${1:-$bench_root/build}" && pwd)"
work="$build/bench-window"
mkdir -p "$work"
need_tools Xvfb ffplay mpv ffmpeg timeout
cmake --build "$build" -j2 --target cuepoint cuepoint-bench-window >/dev/null

# 40 s: the in-process part's cues reach frame 890 and the pause lesson's cue is at 38 s.
clip="$work/lecture_720p30.mp4"
make_clip "$clip" -f lavfi -i testsrc2=size=1280x720:rate=30:duration=40 \
  -f lavfi -i sine=frequency=440:duration=40 -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 \
  -pix_fmt yuv420p -c:a aac -b:a 128k -shortest
cat >"$work/lesson.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="bench-window" version="1" xml:lang="en">
  <title>Window benchmark</title>
  <video src="lecture_720p30.mp4"/>
  <cue id="late" at="38" pause="true"><question type="note"><prompt>The end.</prompt></question></cue>
</lesson>
XML

ticks=$(getconf CLK_TCK)
# CPU seconds (user + system) of a process and its threads.
cpu_of() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }
if bench_quick; then settle=2 span=5; else settle=3 span=20; fi

# Plays with `"$@"`, measures CPU from $settle s to $settle + $span s after start, prints percent of one core.
# (The sleeps are the measuring window, not waits for something to happen.)
measure() {
  "$@" >/dev/null 2>&1 &
  local pid=$! a b
  sleep "$settle"
  a=$(cpu_of "$pid")
  sleep "$span"
  b=$(cpu_of "$pid")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v a="$a" -v b="$b" -v s="$span" 'BEGIN { printf "%.1f", (b - a) / s * 100 }'
}

start_xvfb
export SDL_AUDIODRIVER=dummy CUEPOINT_NO_MESSAGE_BOX=1
declare -a ours ffp mpvs
for round in $(seq "$(bench_rounds)"); do
  rm -f "$work/bench.sqlite"*
  ours+=("$(measure "$build/bin/cuepoint" "$work/lesson.xml" --learner bench --restart --db "$work/bench.sqlite")")
  ffp+=("$(measure ffplay -hide_banner -loglevel quiet -x 960 -y 540 -autoexit "$clip")")
  mpvs+=("$(measure mpv --no-config --really-quiet --vo=x11 --ao=null --geometry=960x540 "$clip")")
  echo "round $round: cuepoint ${ours[-1]} %, ffplay ${ffp[-1]} %, mpv --vo=x11 ${mpvs[-1]} % of a core" >&2
done
o=$(median_of "${ours[@]}") f=$(median_of "${ffp[@]}") m=$(median_of "${mpvs[@]}")
row "Windowed CPU under Xvfb, % of a core (720p30 in 960x540) vs mpv --vo=x11" "$o" "$m" "$(ratio "$o" "$m")" "ratio <= 1.0"
row "Windowed CPU under Xvfb, % of a core vs ffplay" "$o" "$f" "$(ratio "$o" "$f")" "ratio <= 1.0"

unset DISPLAY
quick=()
bench_quick && quick=(--quick)
# The bench binary has its own stall limits and watchdog; this is the outer bound.
lines=$(timeout --kill-after=10 420 "$build/bin/cuepoint-bench-window" "$clip" "${quick[@]}")
pause_line=$(grep '^pause_presses=' <<<"$lines")
row "Key press to visible pause p50, ms (in-process)" "$(field pause_p50_ms "$pause_line")" "—" "—" "<= 33 ms"
row "Key press to visible pause p99, ms" "$(field pause_p99_ms "$pause_line")" "—" "—" "<= 33 ms"
row "Frames presented between key and pause" "$(field frames_between_key_and_pause "$pause_line")" "—" "—" "= 0"
for rate in 1 2; do
  cue_line=$(grep "^cue_rate=$rate " <<<"$lines")
  row "Cue frames while windowed at ${rate}x: worst frames off ($(field cue_exact "$cue_line") of $(field cue_total "$cue_line") exact)" \
    "$(field cue_worst_frames_off "$cue_line")" "—" "—" "= 0"
done
