#include "refused_format.hpp"

#include <cstring>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avstring.h>
}

namespace cuepoint::av {
namespace {

std::string what_it_is(const std::string& demuxer) {
  if (demuxer == "hls") return "an HLS playlist";
  if (demuxer == "concat") return "an ffconcat list";
  if (demuxer.find("image2") != std::string::npos || demuxer.find("_pipe") != std::string::npos)
    return "an image or image sequence";
  return "a file of another kind";
}

}  // namespace

std::optional<std::string> refused_format(const std::string& head, const std::string& file_name,
                                          const std::string& whitelist) {
  std::vector<unsigned char> padded(head.size() + AVPROBE_PADDING_SIZE, 0);
  std::memcpy(padded.data(), head.data(), head.size());
  AVProbeData probe{};
  probe.filename = file_name.c_str();
  probe.buf = padded.data();
  probe.buf_size = static_cast<int>(head.size());
  int score = 0;
  const AVInputFormat* format = av_probe_input_format3(&probe, 1, &score);
  if (format == nullptr || av_match_list(format->name, whitelist.c_str(), ',') > 0) return std::nullopt;
  const std::string name = format->name;
  return "its content is " + what_it_is(name) + " (FFmpeg's '" + name +
         "' format), which is refused: only these formats are opened: " + whitelist;
}

}  // namespace cuepoint::av
