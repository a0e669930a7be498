#include "lesson_edit.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include "authoring_error.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "lesson_check.hpp"
#include "pending_file.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

void print(const std::vector<lesson::Diagnostic>& diagnostics) {
  for (const lesson::Diagnostic& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
}

}  // namespace

fs::path lesson_file_of(const fs::path& argument) {
  std::error_code error;
  fs::path file = fs::is_directory(argument, error) ? argument / "lesson.xml" : argument;
  if (!fs::exists(file, error)) throw AuthoringError(file.string() + ": no such lesson file");
  if (!fs::is_regular_file(file, error)) throw AuthoringError(file.string() + ": not a regular file");
  return file;
}

lesson::Lesson read_lesson(const fs::path& argument) {
  const fs::path file = lesson_file_of(argument);
  lesson::ParseResult parsed = lesson::parse_lesson_file(file);
  print(parsed.diagnostics);
  if (!parsed.ok()) throw AuthoringError(file.string() + " has errors (see above)");
  return std::move(*parsed.lesson);
}

LessonEdit::LessonEdit(const fs::path& argument) : file_(lesson_file_of(argument)) {
  if (auto why = why_not_replaceable(file_))
    throw AuthoringError("cannot edit " + file_.string() + ": " + *why);
  std::ifstream in(file_, std::ios::binary);
  if (!in) throw AuthoringError("cannot read " + file_.string());
  text_.assign(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) throw AuthoringError("cannot read " + file_.string());

  lesson::ParseResult parsed = lesson::parse_lesson_string(text_, file_.string());
  if (!parsed.ok()) {
    print(parsed.diagnostics);
    throw AuthoringError(file_.string() + " has errors: fix them first (cuepoint-author validate " +
                         file_.string() + ")");
  }
  lesson_ = std::move(*parsed.lesson);
}

void LessonEdit::write(const std::string& edited) const {
  if (edited == text_) return;
  write_checked(file_, edited, " was not changed: the edit would make it invalid (see above)");
}

void write_checked(const fs::path& file, const std::string& edited, const std::string& refusal) {
  PendingFile pending(file, edited);
  LessonCheck check = check_lesson(pending.path());
  // The check read the temporary file: its messages are about the lesson.
  for (lesson::Diagnostic& diagnostic : check.diagnostics) {
    if (diagnostic.file == pending.path().string()) diagnostic.file = file.string();
  }
  print(check.diagnostics);
  if (!check.ok()) {
    throw AuthoringError(file.string() + refusal);
  }
  pending.commit();
}

}  // namespace cuepoint::authoring
