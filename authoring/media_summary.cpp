#include "media_summary.hpp"

#include <cstdio>

namespace cuepoint::authoring {
namespace {

std::string decimal(double value, int digits) {
  std::string text(32, '\0');
  const int length = std::snprintf(text.data(), text.size(), "%.*f", digits, value);
  text.resize(static_cast<std::size_t>(length > 0 ? length : 0));
  return text;
}

// "25", "29.97", "23.976".
std::string frame_rate(double rate) {
  std::string text = decimal(rate, 3);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

std::string describe_video(const media::MediaInfo& info) {
  std::string text = info.video_codec + ", " + std::to_string(info.width) + "x" + std::to_string(info.height);
  if (info.frame_rate > 0) text += ", " + frame_rate(info.frame_rate) + " fps";
  return text;
}

std::string describe_audio(const media::MediaInfo& info) {
  if (!info.has_audio) return "none";
  return info.audio_codec + ", " + std::to_string(info.audio_sample_rate) + " Hz, " +
         std::to_string(info.audio_channels) + (info.audio_channels == 1 ? " channel" : " channels");
}

std::string describe_size(std::uintmax_t bytes) {
  return decimal(static_cast<double>(bytes) / (1024.0 * 1024.0), 1) + " MiB (" + std::to_string(bytes) +
         " bytes)";
}

std::string describe_seconds(media::Micros micros) {
  return decimal(static_cast<double>(micros) / 1e6, 1) + " s";
}

}  // namespace cuepoint::authoring
