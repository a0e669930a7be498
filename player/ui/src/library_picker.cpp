#include "cuepoint/ui/library_picker.hpp"

#include <algorithm>
#include <tuple>

#include "clock_text.hpp"

namespace cuepoint::ui {
namespace {

// ASCII letters fold; other scripts match as typed (no locale in a pure module).
std::string folded(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return text;
}

int rank(const LibraryEntry& entry) {
  if (entry.problem) return 3;
  switch (entry.state) {
    case LessonState::InProgress:
      return 0;
    case LessonState::NotStarted:
      return 1;
    case LessonState::Finished:
      return 2;
  }
  return 3;
}

bool listed_before(const LibraryEntry& a, const LibraryEntry& b) {
  return std::make_tuple(rank(a), folded(a.title), a.path) <
         std::make_tuple(rank(b), folded(b.title), b.path);
}

std::string points(const LibraryEntry& entry) {
  return format_number(entry.best_score) + " of " + format_number(entry.max_score) + " points";
}

Widget label(std::string_view id, Role role, std::string name) {
  Widget widget;
  widget.id = std::string(id);
  widget.role = role;
  widget.name = std::move(name);
  return widget;
}

}  // namespace

std::string ids::library_item(const std::string& path) { return "library.item." + path; }

std::string describe_progress(const LibraryEntry& entry) {
  if (entry.problem) return *entry.problem;
  const bool scored = entry.max_score > 0;
  switch (entry.state) {
    case LessonState::NotStarted:
      return "Not started";
    case LessonState::InProgress: {
      std::string text = entry.resume_at ? "Left at " + format_clock(*entry.resume_at) : "Started";
      return scored ? text + " \u00b7 " + points(entry) : text;
    }
    case LessonState::Finished:
      return scored ? "Finished \u00b7 best " + points(entry) : "Finished";
  }
  return "";
}

LibraryPicker::LibraryPicker(LibraryHeading heading, std::vector<LibraryEntry> entries)
    : heading_(std::move(heading)) {
  set_entries(std::move(entries));
}

void LibraryPicker::set_entries(std::vector<LibraryEntry> entries) {
  entries_ = std::move(entries);
  std::stable_sort(entries_.begin(), entries_.end(), listed_before);
  const auto list = shown();
  const bool still_listed = std::any_of(list.begin(), list.end(),
                                        [&](std::size_t i) { return entries_[i].path == selected_path_; });
  if (!still_listed) selected_path_ = list.empty() ? "" : entries_[list.front()].path;
  keep_in_view();
}

void LibraryPicker::set_visible_rows(std::size_t rows) {
  visible_rows_ = std::max<std::size_t>(rows, 1);
  keep_in_view();
}

std::vector<std::size_t> LibraryPicker::shown() const {
  std::vector<std::size_t> result;
  const std::string wanted = folded(filter_);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (wanted.empty() || folded(entries_[i].title).find(wanted) != std::string::npos) result.push_back(i);
  }
  return result;
}

const LibraryEntry* LibraryPicker::selected() const {
  for (const std::size_t i : shown()) {
    if (entries_[i].path == selected_path_) return &entries_[i];
  }
  return nullptr;
}

void LibraryPicker::select(std::ptrdiff_t index_in_shown) {
  const auto list = shown();
  if (list.empty()) return;
  const auto last = static_cast<std::ptrdiff_t>(list.size()) - 1;
  selected_path_ =
      entries_[list[static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(index_in_shown, 0, last))]].path;
  keep_in_view();
}

// Scrolls so the selected row is on screen, and never past the end of the list.
void LibraryPicker::keep_in_view() {
  const auto list = shown();
  const auto at = std::find_if(list.begin(), list.end(),
                               [&](std::size_t i) { return entries_[i].path == selected_path_; });
  if (at != list.end()) {
    const auto index = static_cast<std::size_t>(at - list.begin());
    if (index < first_row_) first_row_ = index;
    if (index >= first_row_ + visible_rows_) first_row_ = index + 1 - visible_rows_;
  }
  first_row_ = std::min(first_row_, list.size() > visible_rows_ ? list.size() - visible_rows_ : 0);
}

std::optional<LibraryCommand> LibraryPicker::open(const LibraryEntry& entry) const {
  if (entry.problem) return std::nullopt;  // greyed: its reason is on screen already
  return OpenLesson{entry.path};
}

std::optional<LibraryCommand> LibraryPicker::key(const KeyPress& press) {
  const auto list = shown();
  const auto at = std::find_if(list.begin(), list.end(),
                               [&](std::size_t i) { return entries_[i].path == selected_path_; });
  const auto index = static_cast<std::ptrdiff_t>(at - list.begin());
  const auto page = static_cast<std::ptrdiff_t>(visible_rows_);
  switch (press.key) {
    case Key::Up:
      select(index - 1);
      return std::nullopt;
    case Key::Down:
      select(index + 1);
      return std::nullopt;
    case Key::Home:
      select(0);
      return std::nullopt;
    case Key::End:
      select(static_cast<std::ptrdiff_t>(list.size()) - 1);
      return std::nullopt;
    case Key::Left:
      select(index - page);
      return std::nullopt;
    case Key::Right:
      select(index + page);
      return std::nullopt;
    case Key::Enter:
      if (const auto* entry = selected()) return open(*entry);
      return std::nullopt;
    case Key::Backspace:
      if (!filter_.empty()) {
        // Back one UTF-8 character, not one byte.
        while (!filter_.empty() && (static_cast<unsigned char>(filter_.back()) & 0xC0U) == 0x80U)
          filter_.pop_back();
        if (!filter_.empty()) filter_.pop_back();  // the character's first byte
        set_entries(std::move(entries_));
      }
      return std::nullopt;
    case Key::Escape:
      if (!filter_.empty()) {
        filter_.clear();
        set_entries(std::move(entries_));
        return std::nullopt;
      }
      return QuitLibrary{};
    default:
      return std::nullopt;
  }
}

std::optional<LibraryCommand> LibraryPicker::handle(const LibraryInput& input) {
  if (const auto* press = std::get_if<KeyPress>(&input)) return key(*press);
  if (const auto* typed = std::get_if<TextInput>(&input)) {
    filter_ += typed->text;
    set_entries(std::move(entries_));
    return std::nullopt;
  }
  if (const auto* scroll = std::get_if<Scroll>(&input)) {
    const auto count = shown().size();
    const auto limit = count > visible_rows_ ? count - visible_rows_ : 0;
    const auto moved = static_cast<std::ptrdiff_t>(first_row_) + scroll->rows;
    first_row_ =
        static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(moved, 0, static_cast<std::ptrdiff_t>(limit)));
    return std::nullopt;
  }
  const auto& activate = std::get<Activate>(input);
  for (const std::size_t i : shown()) {
    if (ids::library_item(entries_[i].path) != activate.widget_id) continue;
    selected_path_ = entries_[i].path;
    return open(entries_[i]);
  }
  return std::nullopt;
}

View LibraryPicker::view() const {
  View view;
  view.root = label("window", Role::Window, "Cuepoint");
  Widget library = label(ids::kLibrary, Role::Group, "Lessons");
  library.children.push_back(label(
      ids::kLibraryHeading, Role::Heading,
      heading_.source == LibrarySource::Folder ? "Lessons in " + heading_.folder : "Your recent lessons"));
  if (!filter_.empty())
    library.children.push_back(label(ids::kLibrarySearch, Role::Status, "Search: " + filter_));
  const auto list = shown();
  if (list.empty()) {
    std::string why;
    if (!filter_.empty()) {
      why = "No lesson title contains \u201c" + filter_ + "\u201d. Backspace or Escape clears the search.";
    } else if (heading_.source == LibrarySource::Folder) {
      why = "No lessons here: a lesson is a folder holding lesson.xml, or a .cuepoint file.";
    } else {
      why =
          "No recent lessons yet. Open one with \u201ccuepoint LESSON\u201d, or a folder of lessons "
          "(a USB stick) with \u201ccuepoint FOLDER\u201d.";
    }
    library.children.push_back(label(ids::kLibraryEmpty, Role::Label, std::move(why)));
  } else {
    Widget rows = label(ids::kLibraryList, Role::List, "Lessons");
    for (std::size_t row = first_row_; row < list.size() && row < first_row_ + visible_rows_; ++row) {
      const auto& entry = entries_[list[row]];
      Widget item = label(ids::library_item(entry.path), Role::ListItem, entry.title);
      item.value = entry.duration ? format_clock(*entry.duration) : "";
      item.description = describe_progress(entry);
      item.enabled = !entry.problem;
      item.focusable = true;
      item.selected = entry.path == selected_path_;
      item.focused = item.selected;
      item.status = entry.problem                            ? Status::Missed
                    : entry.state == LessonState::Finished   ? Status::Correct
                    : entry.state == LessonState::InProgress ? Status::Unanswered
                                                             : Status::None;
      if (item.focused) view.focused_id = item.id;
      rows.children.push_back(std::move(item));
    }
    library.children.push_back(std::move(rows));
    if (list.size() > visible_rows_) {
      library.children.push_back(label(ids::kLibraryPosition, Role::Status,
                                       std::to_string(first_row_ + 1) + "\u2013" +
                                           std::to_string(std::min(list.size(), first_row_ + visible_rows_)) +
                                           " of " + std::to_string(list.size())));
    }
  }
  std::string hint = "\u2191\u2193 choose \u00b7 Enter open \u00b7 type to search \u00b7 Esc quit";
  if (!heading_.learner.empty()) hint = "Progress of " + heading_.learner + " \u00b7 " + hint;
  library.children.push_back(label(ids::kLibraryHint, Role::Label, std::move(hint)));
  view.root.children.push_back(std::move(library));
  return view;
}

}  // namespace cuepoint::ui
