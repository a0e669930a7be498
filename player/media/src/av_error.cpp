#include "av_error.hpp"

#include "av_handles.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

void throw_media_error(const std::filesystem::path& path, const std::string& what) {
  throw MediaError(path.string() + ": " + what);
}

PacketPtr make_packet() {
  PacketPtr packet(av_packet_alloc());
  if (!packet) throw MediaError("out of memory allocating an FFmpeg packet");
  return packet;
}

FramePtr make_frame() {
  FramePtr frame(av_frame_alloc());
  if (!frame) throw MediaError("out of memory allocating an FFmpeg frame");
  return frame;
}

}  // namespace cuepoint::media
