#include "reference_decoder.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "stream_decoder.hpp"

extern "C" {
#include <libavutil/md5.h>
#include <libavutil/mem.h>
}

namespace cuepoint::testing {
namespace {

struct Md5 {
  Md5() : context(av_md5_alloc(), &av_free) { av_md5_init(context.get()); }
  void add(const std::uint8_t* data, int pitch, int row_bytes, int rows) {
    for (int row = 0; row < rows; ++row)
      av_md5_update(context.get(), data + static_cast<std::ptrdiff_t>(row) * pitch, row_bytes);
  }
  std::string hex() {
    std::uint8_t sum[16];
    av_md5_final(context.get(), sum);
    static const char* digits = "0123456789abcdef";
    std::string text;
    for (std::uint8_t byte : sum) {
      text += digits[byte >> 4];
      text += digits[byte & 15];
    }
    return text;
  }
  std::unique_ptr<AVMD5, decltype(&av_free)> context;
};

}  // namespace

std::string yuv420p_digest(const std::uint8_t* const planes[3], const int pitches[3], int width, int height) {
  Md5 md5;
  md5.add(planes[0], pitches[0], width, height);
  md5.add(planes[1], pitches[1], (width + 1) / 2, (height + 1) / 2);
  md5.add(planes[2], pitches[2], (width + 1) / 2, (height + 1) / 2);
  return md5.hex();
}

namespace {

std::vector<ReferenceFrame> decode_all(const std::filesystem::path& path) {
  std::vector<ReferenceFrame> frames;
  // A frame without any timestamp (the last one of an AVI with B-frames) follows the
  // previous one by that frame's duration: the engine's documented rule.
  std::int64_t next_time = 0;
  decode_whole_stream(
      path, AVMEDIA_TYPE_VIDEO, [](const DecodedStream&) {},
      [&](const DecodedStream& decoded, AVFrame& frame) {
        const AVStream& stream = decoded.stream;
        const AVRational rate = stream.avg_frame_rate.num > 0 ? stream.avg_frame_rate : stream.r_frame_rate;
        const std::int64_t time =
            frame.best_effort_timestamp == AV_NOPTS_VALUE
                ? next_time
                : av_rescale_q(frame.best_effort_timestamp, stream.time_base, AV_TIME_BASE_Q) -
                      decoded.start_time;
        next_time = time + (frame.pkt_duration > 0
                                ? av_rescale_q(frame.pkt_duration, stream.time_base, AV_TIME_BASE_Q)
                                : av_rescale_q(1, av_inv_q(rate), AV_TIME_BASE_Q));
        const std::uint8_t* planes[3] = {frame.data[0], frame.data[1], frame.data[2]};
        frames.push_back({time,
                          frame.format == AV_PIX_FMT_YUV420P
                              ? yuv420p_digest(planes, frame.linesize, frame.width, frame.height)
                              : "",
                          frame.decode_error_flags != 0 || (frame.flags & AV_FRAME_FLAG_CORRUPT) != 0});
      });
  if (frames.empty()) throw std::runtime_error("reference decoder: no frames in " + path.string());
  return frames;
}

}  // namespace

const std::vector<ReferenceFrame>& reference_frames(const std::filesystem::path& path) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::vector<ReferenceFrame>> cache;
  std::lock_guard lock(mutex);
  auto found = cache.find(path);
  if (found == cache.end()) found = cache.emplace(path, decode_all(path)).first;
  return found->second;
}

std::size_t expected_index(const std::vector<ReferenceFrame>& frames, std::int64_t t) {
  std::size_t index = 0;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    if (frames[i].time <= t) index = i;
  }
  return index;
}

}  // namespace cuepoint::testing
