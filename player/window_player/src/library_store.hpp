// The library's use of the response database: noting where a learner opened a lesson,
// their recent lessons, and the progress shown on each row. Reading never creates or
// migrates the database (a device that has played nothing yet has none); a damaged
// one is reported once on standard error and the library shows no progress.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/ui/library_picker.hpp"
#include "library_scan.hpp"

namespace cuepoint::window_player {

// Called when a lesson's session opens: `lesson_path` is stored absolute, so the recent
// list finds it from any working folder. A failure is printed, not thrown: the lesson plays on.
void note_lesson_opened(const std::filesystem::path& database, const std::string& learner,
                        const std::filesystem::path& lesson_path, const lesson::Lesson& lesson);

// `fixed` (--learner), else the learner most recently active on this device, else none.
std::optional<std::string> current_learner(const std::filesystem::path& database,
                                           const std::optional<std::string>& fixed);

// Where the learner opened lessons, the latest first (at most 200).
std::vector<std::filesystem::path> recent_lesson_paths(const std::filesystem::path& database,
                                                       const std::string& learner);

// The picker's rows: each scanned lesson with the learner's progress in it.
std::vector<ui::LibraryEntry> library_entries(const std::filesystem::path& database,
                                              const std::optional<std::string>& learner,
                                              const std::vector<ScannedLesson>& lessons);

}  // namespace cuepoint::window_player
