#!/usr/bin/env bash
# Media engine benchmark (a part of bench/run), each against a reference run beside it:
# untimed decode vs `ffmpeg -f null` (and mpv --untimed), cold start to first frame vs
# ffmpeg's first frame, both as whole processes; peak RSS vs ffmpeg; exact-seek latency and
# frames decoded per seek; realtime CPU vs `ffmpeg -re` and `mpv --vo=null`; one core
# (taskset -c 0) 1080p30 at 2x: frames dropped, mpv's drop count beside it.
# Usage: bench/run-media.sh [build-dir]   (BENCH_QUICK=1: one round, short clips)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

build="$(cd "${1:-$bench_root/build}" && pwd)"
bench="$build/bin/cuepoint-bench-media"
work="$build/bench-media"
mkdir -p "$work"
need_tools ffmpeg mpv taskset /usr/bin/time
cmake --build "$build" -j2 --target cuepoint-bench-media >/dev/null

rounds=$(bench_rounds)
if bench_quick; then seconds=10 av_seconds=5 seeks=30; else seconds=60 av_seconds=15 seeks=300; fi
# A microlecture as exported: 1080p30 H.264 with B-frames and a 2 s GOP; and one with AAC audio.
clip="$work/lecture_1080p30_h264_${seconds}s.mp4"
av_clip="$work/lecture_1080p30_h264_aac_${av_seconds}s.mp4"
make_clip "$clip" -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$seconds" \
  -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 -pix_fmt yuv420p
make_clip "$av_clip" -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$av_seconds" \
  -f lavfi -i "sine=frequency=440:duration=$av_seconds" -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 \
  -pix_fmt yuv420p -c:a aac -b:a 128k -shortest

ff=(ffmpeg -hide_banner -loglevel error -nostdin)
mpv_quiet=(mpv --no-config --really-quiet)
declare -a ff_wall ours_wall mpv_wall ff_cpu ours_cpu ff_rss ours_rss ff_first ours_first
declare -a rt_ours rt_ff rt_mpv
for round in $(seq "$rounds"); do
  # Interleaved so that load from other work on the machine hits every contender alike.
  start=$(now); ff_cpu+=("$(cpu_seconds "${ff[@]}" -i "$clip" -f null -)"); ff_wall+=("$(elapsed "$start")")
  ff_rss+=("$(peak_rss_kib)")
  start=$(now); ours_cpu+=("$(cpu_seconds "$bench" decode "$clip")"); ours_wall+=("$(elapsed "$start")")
  ours_rss+=("$(peak_rss_kib)")
  start=$(now); "${mpv_quiet[@]}" --untimed --vo=null --ao=null "$clip"; mpv_wall+=("$(elapsed "$start")")
  start=$(now); "${ff[@]}" -i "$clip" -frames:v 1 -f null -; ff_first+=("$(elapsed "$start")")
  start=$(now); "$bench" first-frame "$clip" >/dev/null; ours_first+=("$(elapsed "$start")")
  # Realtime with sound: CPU per second of media (percent of one core).
  rt_ours+=("$(cpu_seconds "$bench" av "$av_clip")")
  rt_ff+=("$(cpu_seconds "${ff[@]}" -re -i "$av_clip" -f null -)")
  rt_mpv+=("$(cpu_seconds "${mpv_quiet[@]}" --vo=null --ao=null "$av_clip")")
  echo "round $round of $rounds done" >&2
done
seek_line=$("$bench" seek "$clip" "$seeks" 7)
# One core, twice realtime: does the pipeline keep up without dropping?
drop_line=$(taskset -c 0 "$bench" av "$av_clip" 2)
mpv_drops=$(taskset -c 0 "${mpv_quiet[@]}" --vo=null --ao=null --speed=2 \
  --script="$bench_root/bench/mpv-drop-count.lua" "$av_clip" | sed -n 's/^mpv_frame_drops=//p')

m() { median_of "$@"; }
percent() { awk -v c="$1" -v s="$av_seconds" 'BEGIN { printf "%.1f", c / s * 100 }'; }
o=$(m "${ours_wall[@]}") r=$(m "${ff_wall[@]}")
row "Untimed playback, wall s (${seconds} s 1080p30) vs ffmpeg -f null" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.03"
o=$(m "${ours_cpu[@]}") r=$(m "${ff_cpu[@]}")
row "Untimed playback, CPU s vs ffmpeg -f null" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.03"
r=$(m "${mpv_wall[@]}")
row "Untimed playback, wall s vs mpv --untimed --vo=null" "$(m "${ours_wall[@]}")" "$r" "$(ratio "$(m "${ours_wall[@]}")" "$r")" "ratio <= 1.0"
o=$(m "${ours_first[@]}") r=$(m "${ff_first[@]}")
row "First frame, whole process, s vs ffmpeg -frames:v 1" "$o" "$r" "$(ratio "$o" "$r")" "<= 0.25 s"
o=$(awk -v k="$(m "${ours_rss[@]}")" 'BEGIN { printf "%.0f", k / 1024 }')
r=$(awk -v k="$(m "${ff_rss[@]}")" 'BEGIN { printf "%.0f", k / 1024 }')
row "Peak RSS, MiB, decoding the clip vs ffmpeg -f null" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.5"
row "Exact seek p50, ms ($seeks random seeks, 2 s GOP, in-process)" "$(field seek_p50_ms "$seek_line")" "—" "—" "< 100 ms"
row "Exact seek p99, ms" "$(field seek_p99_ms "$seek_line")" "—" "—" "< 100 ms"
row "Frames decoded per exact seek" "$(field frames_decoded_per_seek "$seek_line")" "—" "—" "—"
o=$(percent "$(m "${rt_ours[@]}")") r=$(percent "$(m "${rt_ff[@]}")")
row "Realtime 1080p30 + AAC, CPU % of a core vs ffmpeg -re -f null" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.1"
r=$(percent "$(m "${rt_mpv[@]}")")
row "Realtime 1080p30 + AAC, CPU % of a core vs mpv --vo=null" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.1"
o=$(field frames_dropped "$drop_line")
row "One core (taskset -c 0), 1080p30 at 2x: frames dropped vs mpv" "$o" "${mpv_drops:-—}" "—" "= 0"
