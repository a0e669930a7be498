#include "library_scan.hpp"

#include <system_error>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/package/package_reader.hpp"

namespace cuepoint::window_player {
namespace {

namespace fs = std::filesystem;

bool inside(const fs::path& real, const fs::path& root) {
  const auto rel = real.lexically_relative(root);
  return !rel.empty() && *rel.begin() != "..";
}

struct Walker {
  const ScanLimits& limits;
  fs::path root;      // real path
  std::string named;  // the folder as the learner named it, with a final '/'

  FolderScan result;
  std::size_t entries = 0;

  bool full() const { return result.truncated; }

  void add(const fs::path& lesson) {
    if (result.lessons.size() >= limits.max_lessons) {
      result.truncated = true;
      return;
    }
    auto scanned = scan_one(lesson);
    // "broken/lesson.xml:1:42: ...": the folder is in the heading already.
    if (scanned.problem && scanned.problem->starts_with(named)) scanned.problem->erase(0, named.size());
    result.lessons.push_back(std::move(scanned));
  }

  void walk(const fs::path& folder, int depth) {
    std::error_code error;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      if (++entries > limits.max_entries) {
        result.truncated = true;
        return;
      }
      const fs::path path = it->path();
      std::error_code status_error;
      if (it->is_symlink(status_error)) {
        // Followed only inside the folder: a link on a stick must not list the device's files.
        const fs::path real = fs::canonical(path, status_error);
        if (status_error || !inside(real, root)) continue;
      }
      if (it->is_regular_file(status_error) && package::is_package_path(path)) {
        add(path);
      } else if (it->is_directory(status_error)) {
        if (fs::is_regular_file(path / "lesson.xml", status_error)) {
          add(path);
        } else if (depth < limits.max_depth) {
          walk(path, depth + 1);
        }
      }
      if (full()) return;
    }
  }
};

}  // namespace

ScannedLesson scan_one(const fs::path& path) {
  ScannedLesson scanned;
  scanned.path = path;
  scanned.title = path.filename().empty() ? path.string() : path.filename().string();
  std::error_code error;
  if (!fs::exists(path, error)) {
    scanned.problem = "Not available: " + path.string() + " is not there (a USB stick taken out?)";
    return scanned;
  }
  const auto result = loader::scan_lesson(path);
  if (result.loaded) {
    scanned.title = result.loaded->lesson.title.empty() ? scanned.title : result.loaded->lesson.title;
    scanned.lesson_id = result.loaded->lesson.id;
    scanned.video = result.loaded->video.path;
  }
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.severity != lesson::Diagnostic::Error) continue;
    scanned.problem = diagnostic.to_string();
    break;
  }
  if (!result.loaded && !scanned.problem) scanned.problem = "Cannot read the lesson " + path.string();
  return scanned;
}

FolderScan scan_folder(const fs::path& folder, const ScanLimits& limits) {
  std::error_code error;
  std::string named = folder.string();
  if (!named.empty() && named.back() != '/') named += '/';
  Walker walker{limits, fs::canonical(folder, error), named, {}, 0};
  if (error) return {};
  walker.walk(folder, 1);
  return std::move(walker.result);
}

}  // namespace cuepoint::window_player
