#include "library_store.hpp"

#include <iostream>
#include <system_error>

#include "cuepoint/store/store.hpp"
#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::window_player {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxRecentLessons = 200;

// The database read-only, or nullopt when there is none yet or it cannot be read (said once).
std::optional<store::Store> open_for_reading(const fs::path& database) {
  std::error_code error;
  if (!fs::exists(database, error)) return std::nullopt;
  try {
    return store::Store::open_read_only(database);
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: the lesson library shows no progress: " << failure.what() << "\n";
    return std::nullopt;
  }
}

}  // namespace

void note_lesson_opened(const fs::path& database, const std::string& learner, const fs::path& lesson_path,
                        const lesson::Lesson& lesson) {
  try {
    std::error_code error;
    const fs::path absolute = fs::absolute(lesson_path, error).lexically_normal();
    auto store = store::Store::open(database);
    store.note_lesson_opened(
        {learner, (error ? lesson_path : absolute).string(), lesson.id, lesson.title, xapi::now_timestamp()});
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: could not add the lesson to the recent lessons: " << failure.what() << "\n";
  }
}

std::optional<std::string> current_learner(const fs::path& database,
                                           const std::optional<std::string>& fixed) {
  if (fixed) return fixed;
  auto store = open_for_reading(database);
  if (!store) return std::nullopt;
  try {
    const auto recent = store->recent_learners();
    if (!recent.empty()) return recent.front().learner.id;
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: the lesson library shows no progress: " << failure.what() << "\n";
  }
  return std::nullopt;
}

std::vector<fs::path> recent_lesson_paths(const fs::path& database, const std::string& learner) {
  std::vector<fs::path> result;
  auto store = open_for_reading(database);
  if (!store) return result;
  try {
    for (const auto& location : store->recent_lessons(learner, kMaxRecentLessons)) {
      result.emplace_back(location.lesson_path);
    }
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: cannot read the recent lessons: " << failure.what() << "\n";
  }
  return result;
}

std::vector<ui::LibraryEntry> library_entries(const fs::path& database,
                                              const std::optional<std::string>& learner,
                                              const std::vector<ScannedLesson>& lessons) {
  std::optional<store::Store> store;
  if (learner) store = open_for_reading(database);
  std::vector<ui::LibraryEntry> entries;
  for (const auto& lesson : lessons) {
    ui::LibraryEntry entry;
    entry.path = lesson.path.string();
    entry.title = lesson.title;
    entry.problem = lesson.problem;
    if (store && !lesson.lesson_id.empty()) {
      try {
        const auto progress = store->lesson_progress(*learner, lesson.lesson_id);
        entry.state = progress.finished    ? ui::LessonState::Finished
                      : progress.started() ? ui::LessonState::InProgress
                                           : ui::LessonState::NotStarted;
        entry.resume_at = progress.last_position;
        entry.best_score = progress.best_score;
        entry.max_score = progress.max_score;
      } catch (const std::exception& failure) {
        std::cerr << "cuepoint: cannot read the progress in " << lesson.path.string() << ": "
                  << failure.what() << "\n";
        store.reset();  // said once; the other rows show none either
      }
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace cuepoint::window_player
