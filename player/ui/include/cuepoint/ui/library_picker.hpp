// The lesson library picker (`cuepoint DIR`, and `cuepoint` alone for the recent
// lessons): which lessons are listed, in what order, which one is selected, what
// each key, click and wheel turn does. Pure like PlayerUi: no SDL, no text layout,
// no store; the window fills the entries (scan + store), feeds inputs, opens what
// handle() names and draws view().
//
// Order: lessons in progress first, then those not started, then finished ones,
// each by title (then path); lessons that cannot be opened (a broken lesson, a
// USB stick taken out) are listed last, greyed, with their one-line reason, and
// cannot be opened. Typing filters by title (case-insensitive for ASCII letters);
// Backspace takes the last letter back, Escape clears the filter, else quits.
//
// Threads: one thread (the window's) calls every member function.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cuepoint/ui/input.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::ui {

enum class LessonState { InProgress, NotStarted, Finished };

struct LibraryEntry {
  std::string path;                    // what to open: a lesson folder, XML file or .cuepoint package
  std::string title;                   // the lesson's title, or the file name when it cannot be read
  std::optional<Micros> duration;      // the video's, once probed
  std::optional<std::string> problem;  // why it cannot be opened: shown greyed, not opened
  LessonState state = LessonState::NotStarted;
  std::optional<Micros> resume_at;  // in progress: where the learner left it
  double best_score = 0;            // points, best attempt per question
  double max_score = 0;             // points of the questions answered so far; 0: none
  bool operator==(const LibraryEntry&) const = default;
};

enum class LibrarySource { Folder, Recent };

struct LibraryHeading {
  LibrarySource source = LibrarySource::Folder;
  std::string folder;   // Folder: as the learner named it
  std::string learner;  // whose progress is shown; empty: nobody yet
};

// The wheel: positive rows scroll down (towards the end of the list).
struct Scroll {
  int rows = 0;
};

using LibraryInput = std::variant<KeyPress, TextInput, Activate, Scroll>;

struct OpenLesson {
  std::string path;
  bool operator==(const OpenLesson&) const = default;
};
struct QuitLibrary {
  bool operator==(const QuitLibrary&) const = default;
};
using LibraryCommand = std::variant<OpenLesson, QuitLibrary>;

namespace ids {
inline constexpr std::string_view kLibrary = "library";
inline constexpr std::string_view kLibraryHeading = "library.heading";
inline constexpr std::string_view kLibraryList = "library.list";
inline constexpr std::string_view kLibrarySearch = "library.search";
inline constexpr std::string_view kLibraryEmpty = "library.empty";
inline constexpr std::string_view kLibraryPosition = "library.position";
inline constexpr std::string_view kLibraryHint = "library.hint";
std::string library_item(const std::string& path);  // library.item.<path>
}  // namespace ids

// "Not started", "Left at 1:23 · 2 of 3 points", "Finished · 3 of 3 points", or the problem.
std::string describe_progress(const LibraryEntry& entry);

class LibraryPicker {
 public:
  LibraryPicker(LibraryHeading heading, std::vector<LibraryEntry> entries);

  void set_heading(LibraryHeading heading) { heading_ = std::move(heading); }
  // Replaces the list (progress after a lesson, a probed duration), keeping the
  // selection on the same path when it is still listed.
  void set_entries(std::vector<LibraryEntry> entries);
  const std::vector<LibraryEntry>& entries() const { return entries_; }  // in display order
  // How many rows fit on screen (the window learns it from the drawn layout); at least 1.
  void set_visible_rows(std::size_t rows);

  std::optional<LibraryCommand> handle(const LibraryInput& input);
  View view() const;
  // The selected entry, when the (filtered) list is not empty.
  const LibraryEntry* selected() const;

 private:
  std::vector<std::size_t> shown() const;  // indices into entries_ that match the filter
  void select(std::ptrdiff_t index_in_shown);
  void keep_in_view();
  std::optional<LibraryCommand> open(const LibraryEntry& entry) const;
  std::optional<LibraryCommand> key(const KeyPress& press);

  LibraryHeading heading_;
  std::vector<LibraryEntry> entries_;
  std::string filter_;
  std::string selected_path_;
  std::size_t first_row_ = 0;  // scrolled past this many shown rows
  std::size_t visible_rows_ = 6;
};

}  // namespace cuepoint::ui
