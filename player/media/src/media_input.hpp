// Opening untrusted media safely and finding the streams the engine plays.
#pragma once

#include <filesystem>

#include "av_handles.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

// Opens a local file for demuxing (header read and streams probed). Lessons are
// untrusted, so only the `file` protocol is allowed: a path with a protocol prefix
// (http:, concat:, subfile:, even file:) is refused and nested opens are limited
// to local files. Throws MediaError naming the path.
FormatContextPtr open_local_media(const std::filesystem::path& path);

struct StreamChoice {
  int index = -1;
  const AVCodec* decoder = nullptr;
};

// The largest frames the engine decodes: 8K (DCI 8192x4320, UHD 7680x4320). A
// file claiming more (a 16384x16384 MJPEG frame costs 13 s and 2 GB) is refused
// up front, and the decoder is bounded to as many pixels in case a stream grows.
inline constexpr int kMaxFrameSide = 8192;
inline constexpr std::int64_t kMaxFramePixels = std::int64_t{8192} * 4320;

// The best video stream and its decoder; throws MediaError ("no video stream",
// "video codec 'x' is not supported by this FFmpeg build", frames larger than 8K).
StreamChoice find_video_stream(AVFormatContext& format, const std::filesystem::path& path);

// The best audio stream with a decoder, or index -1 when there is none.
StreamChoice find_audio_stream(AVFormatContext& format);

// The container start time in microseconds (0 when unknown): lesson time 0.
Micros container_start_time(const AVFormatContext& format);

// Converts a stream timestamp to lesson time (exact integer rescaling).
Micros to_lesson_time(std::int64_t timestamp, AVRational time_base, Micros start_time);

// Converts lesson time to a stream timestamp (rounding down).
std::int64_t to_stream_timestamp(Micros lesson_time, AVRational time_base, Micros start_time);

MediaInfo describe_media(const AVFormatContext& format, const StreamChoice& video, const StreamChoice& audio);

}  // namespace cuepoint::media
