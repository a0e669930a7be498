#include "captions_command.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "lesson_edit.hpp"
#include "lesson_layout.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

struct CaptionsArguments {
  std::string lesson;
  std::string file;
  std::string lang;
  std::string label;
};

std::string contents_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw AuthoringError("cannot read " + file.string());
  return {std::istreambuf_iterator<char>(in), {}};
}

// Removes a file copied for an edit that was then refused.
class CopiedFile {
 public:
  explicit CopiedFile(fs::path path) : path_(std::move(path)) {}
  CopiedFile(const CopiedFile&) = delete;
  CopiedFile& operator=(const CopiedFile&) = delete;
  ~CopiedFile() {
    std::error_code ignored;
    if (!kept_ && !path_.empty()) fs::remove(path_, ignored);
  }
  void keep() { kept_ = true; }

 private:
  fs::path path_;
  bool kept_ = false;
};

void run_add(const CaptionsArguments& arguments) {
  const LessonEdit edit(arguments.lesson);
  std::error_code error;
  const fs::path source = arguments.file;
  if (!fs::exists(source, error)) throw AuthoringError(source.string() + ": no such captions file");
  if (!fs::is_regular_file(source, error)) throw AuthoringError(source.string() + ": not a regular file");

  const fs::path folder = fs::canonical(edit.file().parent_path().empty() ? "." : edit.file().parent_path());
  const fs::path real = fs::canonical(source);
  const fs::path inside = real.lexically_relative(folder);
  std::string src;
  std::unique_ptr<CopiedFile> copied;
  if (!inside.empty() && *inside.begin() != "..") {
    src = inside.generic_string();
  } else {
    // Outside the lesson folder: the lesson cannot name it, so it is copied in.
    const fs::path target = folder / source.filename();
    if (fs::exists(target, error)) {
      if (contents_of(target) != contents_of(source)) {
        throw AuthoringError(source.string() + " lies outside the lesson folder and " + target.string() +
                             " already exists with other content: rename one of them");
      }
    } else {
      if (!fs::copy_file(source, target, error)) {
        throw AuthoringError("cannot copy " + source.string() + " into " + folder.string() + ": " +
                             error.message());
      }
      copied = std::make_unique<CopiedFile>(target);
      std::cout << "copied " << source.string() << " into the lesson folder as " << source.filename().string()
                << " (a lesson may only name files inside its folder)\n";
    }
    src = source.filename().generic_string();
  }

  SourceEditor editor(edit.text());
  insert_in_order(editor, editor.root(), "captions",
                  lesson::write_captions(lesson::CaptionTrack{src, arguments.lang, arguments.label, {}}));
  edit.write(editor.result());
  if (copied) copied->keep();
  std::cout << "added captions " << src << " (" << arguments.lang << ")\n";
}

}  // namespace

void add_captions_command(CLI::App& app, int& exit_code) {
  CLI::App& captions = *app.add_subcommand("captions", "Add caption tracks to a lesson");
  captions.require_subcommand(1);
  captions.footer("Run cuepoint-author captions add --help for its options and an example.");
  auto arguments = std::make_shared<CaptionsArguments>();
  CLI::App& add = *captions.add_subcommand("add", "Add a caption track (WebVTT)");
  add.add_option("LESSON", arguments->lesson, "lesson XML file, or a folder holding lesson.xml")->required();
  add.add_option("FILE", arguments->file, "the captions file")->required();
  add.add_option("--lang", arguments->lang, "its language, a BCP 47 tag: en, fr-CA")->required();
  add.add_option("--label", arguments->label, "the name the player shows for it");
  add.footer(
      "Example: cuepoint-author captions add lesson.xml media/intro.en.vtt --lang en --label English\n"
      "A file inside the lesson folder is referenced where it is; one outside it is copied into the\n"
      "lesson folder (a lesson may only name files inside its folder).\n"
      "Exit status: 0 added; 1 bad lesson, captions file or refused edit; 2 usage error.");
  add.callback(
      [arguments, &exit_code] { exit_code = run_reporting("captions add", [&] { run_add(*arguments); }); });
}

}  // namespace cuepoint::authoring
