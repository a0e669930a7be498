// One edit of a lesson file, as every editing subcommand does it: find the file,
// refuse a read-only one before any work, let the subcommand splice the text
// (SourceEditor), then run the full check (check_lesson: the player's parser,
// validator, loader and media engine) on the edited text in a temporary file
// beside the lesson, and rename it over the lesson only when it passes. A refused
// edit prints the check's FILE:LINE:COL messages (lines of the edited text) and
// leaves the lesson untouched.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::authoring {

class LessonEdit {
 public:
  // `argument`: a lesson XML file or a folder holding lesson.xml. Throws
  // AuthoringError when it is missing, unreadable, read-only, or its folder is.
  explicit LessonEdit(const std::filesystem::path& argument);

  const std::filesystem::path& file() const { return file_; }
  // The text as it is on disk now.
  const std::string& text() const { return text_; }
  // The lesson as the parser reads it now (the constructor refuses one with
  // errors, after printing them: an edit starts from a valid lesson).
  const lesson::Lesson& lesson() const { return lesson_; }

  // Checks `edited` and writes it over the lesson; prints the check's warnings.
  // Throws AuthoringError, after printing the check's errors, when it fails.
  void write(const std::string& edited) const;

 private:
  std::filesystem::path file_;
  std::string text_;
  lesson::Lesson lesson_;
};

// Writes `content` to `file` (new or replaced) only when the full check passes
// on it, printing the check's messages; otherwise throws AuthoringError with
// the file's name followed by `refusal`.
void write_checked(const std::filesystem::path& file, const std::string& content, const std::string& refusal);

// The lesson file an argument names: the file itself, or FOLDER/lesson.xml.
// Throws AuthoringError when there is none.
std::filesystem::path lesson_file_of(const std::filesystem::path& argument);

// The lesson an argument names, read for listing (no need to be writable).
// Prints its diagnostics; throws AuthoringError when it has errors.
lesson::Lesson read_lesson(const std::filesystem::path& argument);

}  // namespace cuepoint::authoring
