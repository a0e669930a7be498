// The tests' one way of decoding with FFmpeg for a reference (video frames:
// reference_decoder.hpp; audio samples: tests/media/audio_reference.cpp): plain
// libav calls, single-threaded, the whole stream once, without seeking, so that
// what it returns owes nothing to the engine under test.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace cuepoint::testing {

// What the frames of one stream are read against.
struct DecodedStream {
  const AVStream& stream;
  const AVCodecContext& decoder;
  std::int64_t start_time = 0;  // the container start time (AV_TIME_BASE units), 0 when unknown
};

// Decodes the best stream of `type` in `path`: `opened` once before any frame,
// then `frame` for every decoded frame in output order (unreferenced afterwards).
// Throws std::runtime_error when the file, stream or decoder cannot be opened.
void decode_whole_stream(const std::filesystem::path& path, AVMediaType type,
                         const std::function<void(const DecodedStream&)>& opened,
                         const std::function<void(const DecodedStream&, AVFrame&)>& frame);

}  // namespace cuepoint::testing
