// Finding lessons for the library picker: the lessons in a folder (a USB stick), or
// one lesson by path (a recent one), through loader::scan_lesson (parse and cheap
// checks; no file hashed), each with the one-line reason when it cannot be opened.
//
// A folder is searched at most two levels deep, never inside a lesson folder; a
// symbolic link is followed only when it points inside the folder searched; the
// number of directory entries read and of lessons listed is bounded.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cuepoint::window_player {

struct ScannedLesson {
  std::filesystem::path path;  // what to open (a folder holding lesson.xml, or a .cuepoint file)
  std::string title;           // the lesson's, or the file name when it cannot be read
  std::string lesson_id;       // empty when it cannot be read
  std::optional<std::filesystem::path> video;  // the video's real path, when it resolved
  std::optional<std::string> problem;          // why it cannot be opened
};

struct ScanLimits {
  int max_depth = 2;                 // DIR's own entries are depth 1
  std::size_t max_lessons = 500;     // more are not listed (the result says so)
  std::size_t max_entries = 20'000;  // directory entries read in all
};

struct FolderScan {
  std::vector<ScannedLesson> lessons;  // in no particular order (the picker sorts)
  bool truncated = false;              // a limit was reached: some lessons may be missing
};

FolderScan scan_folder(const std::filesystem::path& folder, const ScanLimits& limits = {});
// One lesson; a path that no longer exists (a USB stick taken out) is a problem, not an error.
ScannedLesson scan_one(const std::filesystem::path& path);

}  // namespace cuepoint::window_player
