#include "cuepoint/media/keyframes.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "av_error.hpp"
#include "media_input.hpp"

namespace cuepoint::media {

KeyframeSpacing measure_keyframes(const std::filesystem::path& path) {
  const FormatContextPtr format = open_local_media(path);
  const StreamChoice video = find_video_stream(*format, path);
  const AVStream& stream = *format->streams[video.index];
  const Micros start = container_start_time(*format);

  // (presentation time, keyframe) of every packet: packets come in decode order.
  std::vector<std::pair<Micros, bool>> frames;
  Micros end = 0;
  const PacketPtr packet = make_packet();
  while (true) {
    const int read = av_read_frame(format.get(), packet.get());
    if (read == AVERROR_EOF) break;
    if (read < 0)
      throw_media_error(kind_of(read, MediaError::Kind::Damaged), path,
                        "cannot read packets: " + av_error_text(read));
    if (packet->stream_index == video.index) {
      const std::int64_t timestamp = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
      if (timestamp != AV_NOPTS_VALUE) {
        const Micros at = to_lesson_time(timestamp, stream.time_base, start);
        frames.emplace_back(at, (packet->flags & AV_PKT_FLAG_KEY) != 0);
        end = std::max(end, to_lesson_time(timestamp + packet->duration, stream.time_base, start));
      }
    }
    av_packet_unref(packet.get());
  }
  std::stable_sort(frames.begin(), frames.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  KeyframeSpacing spacing;
  spacing.frames = static_cast<int>(frames.size());
  std::vector<Micros> keyframe_times;
  int since_keyframe = 0;
  for (const auto& [at, key] : frames) {
    if (key) {
      if (!keyframe_times.empty())
        spacing.longest_gop_frames = std::max(spacing.longest_gop_frames, since_keyframe);
      keyframe_times.push_back(at);
      since_keyframe = 0;
    }
    ++since_keyframe;
  }
  if (keyframe_times.empty()) return spacing;
  spacing.longest_gop_frames = std::max(spacing.longest_gop_frames, since_keyframe);
  spacing.keyframes = static_cast<int>(keyframe_times.size());
  keyframe_times.push_back(std::max(end, keyframe_times.back()));
  for (std::size_t i = 1; i < keyframe_times.size(); ++i) {
    spacing.longest_interval = std::max(spacing.longest_interval, keyframe_times[i] - keyframe_times[i - 1]);
  }
  spacing.mean_interval = (keyframe_times.back() - keyframe_times.front()) / spacing.keyframes;
  return spacing;
}

}  // namespace cuepoint::media
