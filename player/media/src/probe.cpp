#include "media_input.hpp"

namespace cuepoint::media {

MediaInfo probe(const std::filesystem::path& path) {
  const FormatContextPtr format = open_local_media(path);
  return describe_media(*format, find_video_stream(*format, path), find_audio_stream(*format));
}

}  // namespace cuepoint::media
