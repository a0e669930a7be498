#include "lesson_preview.hpp"

#include <algorithm>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::window_player {
namespace {

constexpr int kThumbnailWidth = 256;  // output pixels: a row's tile at 2x HiDPI

}  // namespace

overlay::Thumbnail shrink(int width, int height, const std::vector<std::uint8_t>& rgb, int max_width) {
  overlay::Thumbnail result;
  if (width <= 0 || height <= 0 || rgb.size() != static_cast<std::size_t>(width) * height * 3) return result;
  const int factor = std::max(1, (width + max_width - 1) / max_width);
  result.width = std::max(1, width / factor);
  result.height = std::max(1, height / factor);
  result.rgb.resize(static_cast<std::size_t>(result.width) * result.height * 3);
  for (int y = 0; y < result.height; ++y) {
    for (int x = 0; x < result.width; ++x) {
      for (int c = 0; c < 3; ++c) {
        unsigned sum = 0;
        for (int dy = 0; dy < factor; ++dy) {
          const auto* row = rgb.data() + (static_cast<std::size_t>(y * factor + dy) * width + x * factor) * 3;
          for (int dx = 0; dx < factor; ++dx) sum += row[dx * 3 + c];
        }
        result.rgb[(static_cast<std::size_t>(y) * result.width + x) * 3 + c] =
            static_cast<std::uint8_t>(sum / static_cast<unsigned>(factor * factor));
      }
    }
  }
  return result;
}

LessonPreview preview_video(const std::filesystem::path& video) {
  LessonPreview preview;
  try {
    media::PlaybackOptions options;  // untimed, silent: only the first frame is wanted
    const auto playback = media::Playback::open(video, options);
    if (playback->info().duration > 0) preview.duration = playback->info().duration;
    if (const auto shown = playback->shown()) {
      const media::RgbImage image = shown->to_rgb();
      preview.thumbnail = shrink(image.width, image.height, image.pixels, kThumbnailWidth);
    }
  } catch (const std::exception&) {
    // No preview: picking the lesson runs the full load, which names the problem.
  }
  return preview;
}

}  // namespace cuepoint::window_player
