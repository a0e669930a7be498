#include "lesson_loader.hpp"

#include <iostream>

#include "cuepoint/integrity/sha256.hpp"
#include "cuepoint/lesson/parser.hpp"

namespace cuepoint::app {

std::optional<LoadedLesson> load_lesson(const std::filesystem::path& path) {
  std::filesystem::path file = path;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) file = path / "lesson.xml";
  auto parsed = lesson::parse_lesson_file(file);
  for (const auto& diagnostic : parsed.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!parsed.ok()) return std::nullopt;
  LoadedLesson loaded;
  loaded.lesson = std::move(*parsed.lesson);
  loaded.file = file;
  loaded.video_path = file.parent_path() / loaded.lesson.video.src;
  try {
    loaded.sha256 = integrity::sha256_of_file(file);
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: " << failure.what() << "\n";
    return std::nullopt;
  }
  return loaded;
}

}  // namespace cuepoint::app
