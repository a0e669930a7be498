#!/usr/bin/env bash
# Generates the media test clips into $1 (skipping the ones already there). In
# every clip each frame shows its own index, so a wrong frame is visible by eye too.
set -euo pipefail
out="$1"
mkdir -p "$out"
cd "$out"

font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
index="drawtext=fontfile=${font}:text='%{frame_num}':fontsize=48:fontcolor=white:box=1:boxcolor=black:x=8:y=8"
ff=(ffmpeg -hide_banner -loglevel error -nostdin -y)

# make <file> <ffmpeg arguments...>: writes atomically so an interrupted run is redone.
make() {
  local file="$1"
  shift
  [ -s "$file" ] && return 0
  local partial="partial.${file}"
  "${ff[@]}" "$@" "$partial"
  mv "$partial" "$file"
}
src() { echo "testsrc2=size=${1}:rate=${2}:duration=${3}"; }

make h264_bframes_25.mp4 -f lavfi -i "$(src 320x240 25 4)" -vf "$index" \
  -c:v libx264 -preset veryfast -bf 3 -g 25 -pix_fmt yuv420p
make hevc_30.mkv -f lavfi -i "$(src 320x240 30 3)" -vf "$index" \
  -c:v libx265 -preset ultrafast -x265-params log-level=error:keyint=30:bframes=4 -pix_fmt yuv420p
make vp9_30.webm -f lavfi -i "$(src 320x240 30 3)" -vf "$index" \
  -c:v libvpx-vp9 -deadline realtime -cpu-used 8 -g 30 -b:v 500k -pix_fmt yuv420p
make av1_23976.mkv -f lavfi -i "$(src 320x240 24000/1001 3)" -vf "$index" \
  -c:v libaom-av1 -cpu-used 8 -row-mt 1 -g 24 -b:v 300k -pix_fmt yuv420p
make mpeg4_25.avi -f lavfi -i "$(src 320x240 25 4)" -vf "$index" \
  -c:v mpeg4 -bf 2 -g 25 -q:v 4 -pix_fmt yuv420p
# MPEG-TS starts at 1.4 s by default: lesson time 0 is not media time 0.
make h264_60.ts -f lavfi -i "$(src 320x240 60 3)" -vf "$index" \
  -c:v libx264 -preset veryfast -bf 3 -g 60 -pix_fmt yuv420p
# Irregular frame durations (variable frame rate).
make vfr.mkv -f lavfi -i "$(src 320x240 25 4)" \
  -vf "${index},settb=1/1000,setpts='(N*0.04+0.03*trunc(N/7)+0.011*mod(N,2))/TB'" -fps_mode vfr -enc_time_base 1/1000 \
  -c:v libx264 -preset veryfast -bf 2 -g 20 -pix_fmt yuv420p
make offset10.mkv -f lavfi -i "$(src 320x240 25 3)" -vf "$index" -output_ts_offset 10 \
  -c:v libx264 -preset veryfast -bf 3 -g 25 -pix_fmt yuv420p
make portrait_30.mp4 -f lavfi -i "$(src 240x426 30 3)" -vf "$index" \
  -c:v libx264 -preset veryfast -bf 2 -g 30 -pix_fmt yuv420p
# Keyframes exactly 6 s apart (no scene-cut keyframes): keyframe spacing and the long-GOP warning.
make long_gop.mp4 -f lavfi -i "$(src 160x120 25 12)" \
  -c:v libx264 -preset veryfast -bf 2 -g 150 -keyint_min 150 -sc_threshold 0 -pix_fmt yuv420p
make with_audio.mp4 -f lavfi -i "$(src 320x240 25 3)" -f lavfi -i "sine=frequency=440:duration=3" \
  -vf "$index" -c:v libx264 -preset veryfast -bf 3 -g 25 -pix_fmt yuv420p -c:a aac -b:a 64k -shortest

# Pixel formats beyond yuv420p, for the PNG and texture conversions.
make fmt_yuv420p10le.mkv -f lavfi -i "$(src 320x240 25 1)" -vf "$index" \
  -c:v libx264 -preset veryfast -pix_fmt yuv420p10le
make fmt_yuvj420p.mp4 -f lavfi -i "$(src 320x240 25 1)" -vf "$index" \
  -c:v mjpeg -pix_fmt yuvj420p -q:v 3
make fmt_nv12.nut -f lavfi -i "$(src 320x240 25 1)" -vf "$index" -c:v rawvideo -pix_fmt nv12
make fmt_yuv444p.mkv -f lavfi -i "$(src 320x240 25 1)" -vf "$index" -c:v ffv1 -pix_fmt yuv444p
make fmt_gray.mkv -f lavfi -i "$(src 320x240 25 1)" -vf "$index" -c:v ffv1 -pix_fmt gray

# Inputs the engine must refuse or survive.
make audio_only.m4a -f lavfi -i "sine=frequency=440:duration=2" -c:a aac -b:a 64k
[ -s not_media.mp4 ] || printf 'This is a lesson note, not a video.\n' > not_media.mp4
if [ ! -s unknown_codec.avi ]; then
  # An AVI whose video fourcc names no codec FFmpeg knows.
  "${ff[@]}" -f lavfi -i "$(src 160x120 25 1)" -c:v mpeg4 -vtag FMP4 partial.unknown.avi
  LC_ALL=C sed 's/FMP4/QQZ9/g' partial.unknown.avi > unknown_codec.avi
  rm -f partial.unknown.avi
fi
if [ ! -s truncated.mp4 ]; then
  # Cut in half: moov is at the end with the default muxer, so use a faststart file.
  "${ff[@]}" -f lavfi -i "$(src 320x240 25 4)" -c:v libx264 -preset veryfast -bf 3 -g 25 \
    -movflags +faststart partial.full.mp4
  head -c $(( $(stat -c %s partial.full.mp4) / 2 )) partial.full.mp4 > truncated.mp4
  rm -f partial.full.mp4
fi
if [ ! -s corrupt.mkv ]; then
  # Noise written over the middle third of the file: the same noise every time
  # (a seeded generator), so the test sees the same damage on every machine.
  "${ff[@]}" -i h264_bframes_25.mp4 -c copy -fflags +bitexact partial.corrupt.mkv
  size=$(stat -c %s partial.corrupt.mkv)
  "${ff[@]}" -f lavfi -i "anoisesrc=seed=20261203:amplitude=1:sample_rate=48000:duration=$(( size / 3 / 48000 + 1 ))" \
    -ac 1 -f u8 partial.noise.raw
  head -c $(( size / 3 )) partial.noise.raw > partial.noise
  rm -f partial.noise.raw
  dd if=partial.noise of=partial.corrupt.mkv bs=1 seek=$(( size / 3 )) conv=notrunc status=none
  mv partial.corrupt.mkv corrupt.mkv
  rm -f partial.noise
fi
