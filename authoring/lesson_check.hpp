// The whole check of a lesson that `validate` prints and every edit must pass
// before it is written: the player's loader (parse, validate, media inside the
// lesson folder, the video's SHA-256), then the player's media engine opens the
// video and decodes its first frame, and every time must lie inside its duration.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::authoring {

struct LessonCheck {
  std::optional<loader::LoadedLesson> loaded;   // when the XML parsed
  std::optional<media::MediaInfo> video;        // when the video opened
  std::vector<lesson::Diagnostic> diagnostics;  // in line order
  bool ok() const { return loaded.has_value() && !lesson::has_errors(diagnostics); }
};

// `path`: a lesson XML file or a folder holding lesson.xml.
LessonCheck check_lesson(const std::filesystem::path& path);

}  // namespace cuepoint::authoring
