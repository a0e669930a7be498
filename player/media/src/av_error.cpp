#include "av_error.hpp"

#include <cerrno>

#include "av_handles.hpp"

namespace cuepoint::media {

void throw_media_error(MediaError::Kind kind, const std::filesystem::path& path, const std::string& what) {
  throw MediaError(kind, path.string() + ": " + what);
}

MediaError::Kind kind_of(int av_status, MediaError::Kind otherwise) {
  if (av_status == AVERROR(ENOMEM)) return MediaError::Kind::OutOfMemory;
  if (av_status == AVERROR(EIO)) return MediaError::Kind::ReadFailed;
  return otherwise;
}

int check_av(int av_status, MediaError::Kind otherwise, const std::filesystem::path& path,
             const std::string& doing) {
  if (av_status < 0)
    throw_media_error(kind_of(av_status, otherwise), path, doing + ": " + av_error_text(av_status));
  return av_status;
}

const char* describe(MediaError::Kind kind) {
  switch (kind) {
    case MediaError::Kind::CannotOpen:
      return "cannot open";
    case MediaError::Kind::NotAVideo:
      return "not a video";
    case MediaError::Kind::UnsupportedCodec:
      return "unsupported codec";
    case MediaError::Kind::Damaged:
      return "damaged";
    case MediaError::Kind::ReadFailed:
      return "read error";
    case MediaError::Kind::OutOfMemory:
      return "out of memory";
    case MediaError::Kind::Output:
      return "output failed";
    case MediaError::Kind::Other:
      break;
  }
  return "media error";
}

PacketPtr make_packet() {
  PacketPtr packet(av_packet_alloc());
  if (!packet) throw MediaError(MediaError::Kind::OutOfMemory, "out of memory allocating an FFmpeg packet");
  return packet;
}

FramePtr make_frame() {
  FramePtr frame(av_frame_alloc());
  if (!frame) throw MediaError(MediaError::Kind::OutOfMemory, "out of memory allocating an FFmpeg frame");
  return frame;
}

}  // namespace cuepoint::media
