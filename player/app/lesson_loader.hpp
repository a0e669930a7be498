// Finds, reads and checks the lesson a front end was asked to open.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::app {

struct LoadedLesson {
  lesson::Lesson lesson;
  std::filesystem::path file;        // the lesson XML
  std::filesystem::path video_path;  // resolved against the lesson's folder
  std::string sha256;                // of the lesson XML bytes: which exact content was answered
};

// `path` is a lesson XML file or a folder holding `lesson.xml`. Prints every
// diagnostic (FILE:LINE:COL: error: ...) to stderr; nullopt when there was an error.
std::optional<LoadedLesson> load_lesson(const std::filesystem::path& path);

}  // namespace cuepoint::app
