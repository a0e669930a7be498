// What a library row shows of a lesson's video: its duration and a small thumbnail of
// its first frame. Made lazily by the library, one lesson per loop pass after the list
// is on screen, and kept in memory for the run (each video is decoded once).
#pragma once

#include <filesystem>
#include <optional>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/overlay/library_layout.hpp"

namespace cuepoint::window_player {

struct LessonPreview {
  std::optional<lesson::Micros> duration;
  std::optional<overlay::Thumbnail> thumbnail;
};

// Never throws: a video that cannot be opened has no preview (the lesson's own
// load says why when it is picked).
LessonPreview preview_video(const std::filesystem::path& video);

// `image` (RGB24) shrunk by averaging boxes of pixels to at most `max_width` wide.
overlay::Thumbnail shrink(int width, int height, const std::vector<std::uint8_t>& rgb, int max_width);

}  // namespace cuepoint::window_player
