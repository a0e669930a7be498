#include "cuepoint/suggest/note_cues.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <ranges>
#include <set>
#include <sstream>

#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/record/export_output.hpp"

namespace cuepoint::suggest {
namespace fs = std::filesystem;
namespace {

std::string read_lesson(const fs::path& file) {
  std::error_code error;
  const auto size = fs::file_size(file, error);
  if (error) throw NoteCueError("cannot read lesson '" + file.string() + "': " + error.message());
  if (size > lesson::kMaxLessonFileBytes)
    throw NoteCueError("lesson '" + file.string() + "' is too large to be a lesson");
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) throw NoteCueError("cannot read lesson '" + file.string() + "'");
  return text;
}

std::string errors_of(const lesson::ParseResult& result) {
  std::string text;
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.severity != lesson::Diagnostic::Error) continue;
    text += (text.empty() ? "" : "\n") + diagnostic.to_string();
  }
  return text;
}

// Byte offset where each 1-based line starts.
std::vector<std::size_t> line_starts(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

std::string indentation_at(const std::string& text, std::size_t line_start) {
  std::size_t end = line_start;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return text.substr(line_start, end - line_start);
}

// A comment on the lines just above a cue belongs to it: insert above the comment.
std::size_t above_comments(const std::string& text, const std::vector<std::size_t>& starts,
                           std::size_t line) {
  while (line > 0) {
    const auto from = starts[line - 1];
    const auto to = starts[line] - 1;  // the newline ending the line above
    auto content = std::string_view(text).substr(from, to - from);
    while (!content.empty() && (content.front() == ' ' || content.front() == '\t')) content.remove_prefix(1);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t' || content.back() == '\r'))
      content.remove_suffix(1);
    if (!content.starts_with("<!--") || !content.ends_with("-->")) break;
    --line;
  }
  return starts[line];
}

std::string note_cue(const std::string& indent, const std::string& id, const Suggestion& suggestion,
                     const std::string& newline) {
  const std::string inner = indent.empty() ? "  " : indent;
  const std::string why = suggestion.reason == Reason::Scene ? "the picture changes here"
                          : suggestion.reason == Reason::Silence
                              ? "the narration pauses here"
                              : "the picture changes while the narration pauses";
  return indent + "<cue id=\"" + id + "\" at=\"" + lesson::format_time(suggestion.at) + "\">" + newline +
         indent + inner + "<question type=\"note\">" + newline + indent + inner + inner +
         "<prompt>Suggested pause (" + std::string(to_string(suggestion.reason)) + "): " + why +
         ". Edit this cue or remove it.</prompt>" + newline + indent + inner + "</question>" + newline +
         indent + "</cue>" + newline;
}

}  // namespace

AddedCues add_note_cues(const fs::path& lesson_file, const std::vector<Suggestion>& suggestions) {
  const std::string name = lesson_file.string();
  std::error_code error;
  const auto status = fs::status(lesson_file, error);
  if (!fs::exists(status)) throw NoteCueError("no lesson at '" + name + "'");
  if (!fs::is_regular_file(status)) throw NoteCueError("'" + name + "' is not a lesson file");
  if ((status.permissions() & fs::perms::owner_write) == fs::perms::none)
    throw NoteCueError("lesson '" + name + "' is read-only: make it writable to add cues to it");
  const std::string text = read_lesson(lesson_file);
  const auto parsed = lesson::parse_lesson_string(text, name);
  if (!parsed.ok())
    throw NoteCueError("lesson '" + name + "' has errors; fix them first:\n" + errors_of(parsed));
  const auto& cues = parsed.lesson->cues;
  const std::string newline = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  const auto starts = line_starts(text);

  std::set<std::string> ids;
  std::set<Micros> times;
  for (const auto& cue : cues) {
    ids.insert(cue.id);
    times.insert(cue.at);
  }
  int next_number = 1;
  // offset -> the cue lines to insert there, in time order
  std::map<std::size_t, std::string> insertions;
  AddedCues added;
  for (const auto& suggestion : suggestions) {
    if (times.contains(suggestion.at)) {
      ++added.skipped;
      continue;
    }
    std::string id;
    do id = "suggested-" + std::to_string(next_number++);
    while (ids.contains(id));
    ids.insert(id);
    times.insert(suggestion.at);
    // Before the first cue that comes later; after the last cue; or before </lesson>.
    const auto later =
        std::find_if(cues.begin(), cues.end(), [&](const auto& cue) { return cue.at > suggestion.at; });
    std::size_t offset = 0;
    std::string indent;
    if (later != cues.end() && later->location.line > 0) {
      const auto line = static_cast<std::size_t>(later->location.line - 1);
      indent = indentation_at(text, starts[line]);
      offset = above_comments(text, starts, line);
    } else if (!cues.empty() && cues.back().location.line > 0) {
      const auto cue_start = starts[static_cast<std::size_t>(cues.back().location.line - 1)];
      indent = indentation_at(text, cue_start);
      const auto close = text.find("</cue>", cue_start);
      const auto line_end = close == std::string::npos ? std::string::npos : text.find('\n', close);
      if (line_end == std::string::npos)
        throw NoteCueError("lesson '" + name + "': cannot find where its last cue ends");
      offset = line_end + 1;
    } else {
      const auto close = text.rfind("</lesson>");
      if (close == std::string::npos) throw NoteCueError("lesson '" + name + "' has no </lesson>");
      offset = text.rfind('\n', close) == std::string::npos ? 0 : text.rfind('\n', close) + 1;
      indent = "  ";
    }
    insertions[offset] += note_cue(indent, id, suggestion, newline);
    added.ids.push_back(id);
  }
  if (insertions.empty()) return added;

  std::string edited = text;
  // From the end, so that each offset still points where it did in `text`.
  for (const auto& [offset, cue_lines] : std::views::reverse(insertions)) edited.insert(offset, cue_lines);
  const auto checked = lesson::parse_lesson_string(edited, name);
  if (!checked.ok()) {
    throw NoteCueError("adding the cues would make lesson '" + name +
                       "' invalid, so it was left untouched:\n" + errors_of(checked));
  }
  try {
    record::ExportOutput output(name);
    output.stream() << edited;
    output.commit();
  } catch (const record::ExportError& failure) {
    throw NoteCueError(failure.what());
  }
  return added;
}

}  // namespace cuepoint::suggest
