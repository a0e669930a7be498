#!/usr/bin/env bash
# Media engine benchmark: our untimed decode throughput against `ffmpeg -f null`
# (and mpv when installed), cold start to first frame, exact-seek latency, peak RSS.
# Usage: bench/run-media.sh [build-dir]   (build dir configured with -DCMAKE_BUILD_TYPE=Release)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-media}"
bench="$build/bin/cuepoint-bench-media"
work="$build/bench-media"
clip="$work/lecture_1080p30_h264.mp4"
runs=3
mkdir -p "$work"

cmake --build "$build" -j2 --target cuepoint-bench-media >/dev/null

if [ ! -s "$clip" ]; then
  # 60 s of 1080p30 H.264 with B-frames and a 2 s GOP, like an exported microlecture.
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i testsrc2=size=1920x1080:rate=30:duration=60 \
    -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 -pix_fmt yuv420p "$work/partial.mp4"
  mv "$work/partial.mp4" "$clip"
fi

av_clip="$work/lecture_1080p30_h264_aac_15s.mp4"
if [ ! -s "$av_clip" ]; then
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i testsrc2=size=1920x1080:rate=30:duration=15 \
    -f lavfi -i sine=frequency=440:duration=15 -c:v libx264 -preset veryfast -crf 23 -g 60 -bf 3 \
    -pix_fmt yuv420p -c:a aac -b:a 128k -shortest "$work/partial.mp4"
  mv "$work/partial.mp4" "$av_clip"
fi

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# CPU seconds (user + sys) of a command: unlike wall time, barely affected by other
# work on a shared machine. Its stdout goes to $work/cpu_out.
cpu_seconds() {
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" > "$work/cpu_out"
  awk '{print $1 + $2}' "$work/cpu"
}

ffmpeg_times=() ours_times=() mpv_times=() ttff_times=() ffmpeg_cpu=() ours_cpu=()
for run in $(seq "$runs"); do
  # Interleaved so that load from other builds on the machine hits every contender alike.
  start=$(now); ffmpeg_cpu+=("$(cpu_seconds ffmpeg -hide_banner -loglevel error -nostdin -i "$clip" -f null -)")
  ffmpeg_times+=("$(elapsed "$start")")
  start=$(now); ours_cpu+=("$(cpu_seconds "$bench" decode "$clip")"); decode_line=$(cat "$work/cpu_out")
  ours_times+=("$(elapsed "$start")")
  if command -v mpv >/dev/null 2>&1; then
    start=$(now); mpv --no-config --really-quiet --untimed --vo=null --ao=null "$clip"; mpv_times+=("$(elapsed "$start")")
  fi
  start=$(now); first_line=$("$bench" first-frame "$clip"); ttff_times+=("$(elapsed "$start")")
done
seek_line=$("$bench" seek "$clip" 300 7)
av_line=$("$bench" av "$av_clip")

ffmpeg_s=$(printf '%s\n' "${ffmpeg_times[@]}" | median)
ours_s=$(printf '%s\n' "${ours_times[@]}" | median)
ttff_s=$(printf '%s\n' "${ttff_times[@]}" | median)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ffmpeg -f null (median of $runs): ${ffmpeg_s} s   [${ffmpeg_times[*]}]"
echo "cuepoint untimed (median of $runs): ${ours_s} s   [${ours_times[*]}]   last run: $decode_line"
echo "throughput ratio vs ffmpeg (wall): $(echo "$ffmpeg_s / $ours_s" | bc -l | cut -c1-5)  (target >= 0.97)"
ffmpeg_cpu_s=$(printf '%s\n' "${ffmpeg_cpu[@]}" | median)
ours_cpu_s=$(printf '%s\n' "${ours_cpu[@]}" | median)
echo "CPU seconds: ffmpeg ${ffmpeg_cpu_s} [${ffmpeg_cpu[*]}]  cuepoint ${ours_cpu_s} [${ours_cpu[*]}]  efficiency ratio: $(echo "$ffmpeg_cpu_s / $ours_cpu_s" | bc -l | cut -c1-5)"
if [ ${#mpv_times[@]} -gt 0 ]; then
  mpv_s=$(printf '%s\n' "${mpv_times[@]}" | median)
  echo "mpv --untimed (median of $runs): ${mpv_s} s   [${mpv_times[*]}]   ratio vs mpv: $(echo "$mpv_s / $ours_s" | bc -l | cut -c1-5)"
fi
echo "cold start to first frame, whole process (median of $runs): ${ttff_s} s   [${ttff_times[*]}]   last run: $first_line  (target <= 0.25 s)"
echo "exact seeks: $seek_line  (target < 100 ms)"
echo "realtime 1080p30 with audio (Null output, 15 s): $av_line"
