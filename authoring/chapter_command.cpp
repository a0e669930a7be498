#include "chapter_command.hpp"

#include <iostream>
#include <memory>
#include <string>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "lesson_edit.hpp"
#include "lesson_layout.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

struct ChapterArguments {
  std::string lesson;
  std::string at;
  std::string title;
};

void run_add(const ChapterArguments& arguments) {
  const LessonEdit edit(arguments.lesson);
  const lesson::Chapter chapter{time_option("chapter add", "--at", arguments.at), arguments.title, {}};
  SourceEditor editor(edit.text());
  insert_timed(editor, "chapter", chapter.at, lesson::write_chapter(chapter));
  edit.write(editor.result());
  std::cout << "added chapter '" << chapter.title << "' at " << lesson::format_time(chapter.at) << '\n';
}

void run_remove(const ChapterArguments& arguments) {
  const LessonEdit edit(arguments.lesson);
  const lesson::Micros at = time_option("chapter rm", "--at", arguments.at);
  SourceEditor editor(edit.text());
  std::string times;
  for (pugi::xml_node chapter : children_named(editor.root(), "chapter")) {
    const auto chapter_at = lesson::parse_time(chapter.attribute("at").value());
    if (chapter_at == at) {
      editor.remove(chapter);
      edit.write(editor.result());
      std::cout << "removed chapter '" << chapter.attribute("title").value() << "' at "
                << lesson::format_time(at) << '\n';
      return;
    }
    times += (times.empty() ? "" : ", ") + lesson::format_time(chapter_at.value_or(0));
  }
  throw AuthoringError(edit.file().string() + ": no chapter at " + lesson::format_time(at) +
                       (times.empty() ? " (it has no chapters)" : " (chapters at " + times + ")"));
}

void run_list(const ChapterArguments& arguments) {
  const lesson::Lesson lesson = read_lesson(arguments.lesson);
  for (const lesson::Chapter& chapter : lesson.chapters) {
    std::cout << lesson::format_time(chapter.at) << '\t' << chapter.title << '\n';
  }
}

}  // namespace

void add_chapter_command(CLI::App& app, int& exit_code) {
  CLI::App& chapter = *app.add_subcommand("chapter", "Add, remove and list a lesson's chapters");
  chapter.require_subcommand(1);
  chapter.footer("Run cuepoint-author chapter SUBCOMMAND --help for its options and an example.");
  const auto subcommand = [&chapter](const char* name, const char* description,
                                     const std::shared_ptr<ChapterArguments>& arguments) -> CLI::App& {
    CLI::App& command = *chapter.add_subcommand(name, description);
    command.add_option("LESSON", arguments->lesson, "lesson XML file, or a folder holding lesson.xml")
        ->required();
    return command;
  };

  auto add_arguments = std::make_shared<ChapterArguments>();
  CLI::App& add = subcommand("add", "Add a chapter", add_arguments);
  add.add_option("--at", add_arguments->at, "where it starts: 83.4, 1:23.4")->required();
  add.add_option("--title", add_arguments->title, "its title")->required();
  add.footer(
      "Example: cuepoint-author chapter add lesson.xml --at 1:05 --title 'Common denominators'\n"
      "Exit status: 0 added; 1 bad lesson or refused edit; 2 usage error.");
  add.callback([add_arguments, &exit_code] {
    exit_code = run_reporting("chapter add", [&] { run_add(*add_arguments); });
  });

  auto remove_arguments = std::make_shared<ChapterArguments>();
  CLI::App& remove = subcommand("rm", "Remove the chapter at a time", remove_arguments);
  remove.add_option("--at", remove_arguments->at, "the chapter's time")->required();
  remove.footer(
      "Example: cuepoint-author chapter rm lesson.xml --at 1:05\n"
      "Exit status: 0 removed; 1 bad lesson, no chapter at that time or refused edit; 2 usage error.");
  remove.callback([remove_arguments, &exit_code] {
    exit_code = run_reporting("chapter rm", [&] { run_remove(*remove_arguments); });
  });

  auto list_arguments = std::make_shared<ChapterArguments>();
  CLI::App& list = subcommand("list", "List the chapters: time, title", list_arguments);
  list.footer(
      "Example: cuepoint-author chapter list lesson.xml\nOne chapter a line: TIME<TAB>TITLE.\n"
      "Exit status: 0 listed; 1 no such lesson, or it has errors; 2 usage error.");
  list.callback([list_arguments, &exit_code] {
    exit_code = run_reporting("chapter list", [&] { run_list(*list_arguments); });
  });
}

}  // namespace cuepoint::authoring
