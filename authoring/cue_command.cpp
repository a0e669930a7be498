#include "cue_command.hpp"

#include <iostream>
#include <memory>
#include <string>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "cue_options.hpp"
#include "cue_patch.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "lesson_edit.hpp"
#include "lesson_layout.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

using lesson::Cue;
using lesson::Lesson;

struct CueArguments {
  std::string lesson;
  std::string cue_id;  // edit, rm, move: the cue to change
  CueOptions options;
};

const Cue& find_cue(const Lesson& lesson, const std::string& id, const std::string& file) {
  if (const Cue* cue = lesson.find_cue(id)) return *cue;
  std::string ids;
  for (const Cue& cue : lesson.cues) ids += (ids.empty() ? "" : ", ") + cue.id;
  throw AuthoringError(file + ": no cue '" + id + "'" +
                       (ids.empty() ? " (it has no cues)" : " (its cues: " + ids + ")"));
}

void refuse_taken_id(const Lesson& lesson, const std::string& id, const std::string& file) {
  if (const Cue* taken = lesson.find_cue(id)) {
    throw AuthoringError(file + ": cue id '" + id + "' is already used by the cue at " +
                         lesson::format_time(taken->at));
  }
}

// Moves the cue `id` to its place in time when its new time put it out of order.
std::string keep_in_time_order(const std::string& text, const std::string& id, lesson::Micros at) {
  SourceEditor editor(text);
  const pugi::xml_node cue = cue_element(editor.root(), id);
  const auto before = cue.previous_sibling("cue");
  const auto after = cue.next_sibling("cue");
  const auto time_of = [](pugi::xml_node node) { return lesson::parse_time(node.attribute("at").value()); };
  const bool in_order =
      (!before || time_of(before).value_or(0) < at) && (!after || time_of(after).value_or(0) > at);
  if (in_order) return text;
  const std::string source(editor.source_of(cue));
  editor.remove(cue);
  insert_timed(editor, "cue", at, source, true, cue);
  return editor.result();
}

void run_add(const CLI::App& command, const CueArguments& arguments) {
  const std::string name = "cue add";
  for (const char* required : {"--at", "--type", "--prompt"}) {
    if (command.count(required) == 0) usage_error(name, std::string(required) + " is required");
  }
  const LessonEdit edit(arguments.lesson);
  Cue cue;
  cue.id = next_cue_id(edit.lesson());
  apply_cue_options(command, arguments.options, cue, name);
  refuse_taken_id(edit.lesson(), cue.id, edit.file().string());
  SourceEditor editor(edit.text());
  insert_timed(editor, "cue", cue.at, lesson::write_cue(cue));
  edit.write(editor.result());
  std::cout << "added cue " << cue.id << " at " << lesson::format_time(cue.at) << '\n';
}

void run_edit(const CLI::App& command, const CueArguments& arguments, const std::string& name) {
  const LessonEdit edit(arguments.lesson);
  const Cue& before = find_cue(edit.lesson(), arguments.cue_id, edit.file().string());
  Cue after = before;
  apply_cue_options(command, arguments.options, after, name);
  if (after.id != before.id) refuse_taken_id(edit.lesson(), after.id, edit.file().string());
  SourceEditor editor(edit.text());
  patch_cue(editor, cue_element(editor.root(), before.id), before, after);
  std::string edited = editor.result();
  if (after.at != before.at) edited = keep_in_time_order(edited, after.id, after.at);
  edit.write(edited);
  std::cout << (name == "cue move" ? "moved" : "edited") << " cue " << after.id << " (at "
            << lesson::format_time(after.at) << ")\n";
}

void run_remove(const CueArguments& arguments) {
  const LessonEdit edit(arguments.lesson);
  const Cue& cue = find_cue(edit.lesson(), arguments.cue_id, edit.file().string());
  SourceEditor editor(edit.text());
  editor.remove(cue_element(editor.root(), cue.id));
  edit.write(editor.result());
  std::cout << "removed cue " << cue.id << '\n';
}

std::string flags_of(const Cue& cue) {
  std::string flags;
  if (!cue.pause) flags += ", no pause";
  if (!cue.required) flags += ", optional";
  return flags.empty() ? "" : " (" + flags.substr(2) + ")";
}

void run_list(const CueArguments& arguments) {
  const lesson::Lesson lesson = read_lesson(arguments.lesson);
  for (const Cue& cue : lesson.cues) {
    std::cout << cue.id << '\t' << lesson::format_time(cue.at) << '\t' << lesson::to_string(cue.question.type)
              << flags_of(cue) << '\t' << cue.question.prompt << '\n';
  }
}

CLI::App& lesson_subcommand(CLI::App& parent, const char* name, const char* description,
                            const std::shared_ptr<CueArguments>& arguments, bool takes_id) {
  CLI::App& command = *parent.add_subcommand(name, description);
  command.add_option("LESSON", arguments->lesson, "lesson XML file, or a folder holding lesson.xml")
      ->required();
  if (takes_id) command.add_option("ID", arguments->cue_id, "the cue's id")->required();
  return command;
}

}  // namespace

void add_cue_command(CLI::App& app, int& exit_code) {
  CLI::App& cue = *app.add_subcommand("cue", "Add, list, edit, remove and move a lesson's cues");
  cue.require_subcommand(1);
  cue.footer("Run cuepoint-author cue SUBCOMMAND --help for its options and an example.");

  auto add_arguments = std::make_shared<CueArguments>();
  CLI::App& add =
      lesson_subcommand(cue, "add", "Add a cue (a question, poll or note at a time)", add_arguments, false);
  add_cue_options(add, add_arguments->options, false);
  add.footer(
      "Examples:\n"
      "  cuepoint-author cue add lesson.xml --at 1:23.4 --type single-choice --prompt 'What is 1/4 + 1/4?' "
      "\\\n"
      "      --choice 1/2 --choice 2/8 --correct 1 --on-incorrect-seek 1:05\n"
      "  cuepoint-author cue add lesson.xml --at 2:15 --type numeric --prompt 'Write 3/4 as a decimal.' \\\n"
      "      --answer 0.75 --tolerance 0.001\n"
      "Which options each type takes: --choice (single-choice, multiple-choice, poll), --correct\n"
      "(single-choice, multiple-choice, true-false), --answer/--tolerance (numeric), --accept (text),\n"
      "feedback, seeks, --points, --max-attempts (graded types). The edit is checked like validate\n"
      "before it is written. Exit status: 0 added; 1 bad lesson or refused edit; 2 usage error.");
  add.callback([&add, add_arguments, &exit_code] {
    exit_code = run_reporting("cue add", [&] { run_add(add, *add_arguments); });
  });

  auto list_arguments = std::make_shared<CueArguments>();
  CLI::App& list =
      lesson_subcommand(cue, "list", "List the cues: ID, time, type, prompt", list_arguments, false);
  list.footer(
      "Example: cuepoint-author cue list lesson.xml\nOne cue a line: ID<TAB>TIME<TAB>TYPE<TAB>PROMPT.\n"
      "Exit status: 0 listed; 1 no such lesson, or it has errors; 2 usage error.");
  list.callback([list_arguments, &exit_code] {
    exit_code = run_reporting("cue list", [&] { run_list(*list_arguments); });
  });

  auto edit_arguments = std::make_shared<CueArguments>();
  CLI::App& edit =
      lesson_subcommand(cue, "edit", "Change a cue: only the options given", edit_arguments, true);
  add_cue_options(edit, edit_arguments->options, true);
  edit.footer(
      "Example: cuepoint-author cue edit lesson.xml q2 --prompt 'What is 1/3 + 1/3?' --correct b\n"
      "Only what the options name changes; the rest of the file keeps its bytes. --type drops what\n"
      "the new type does not take. Exit status: 0 edited; 1 bad lesson, unknown id or refused edit; 2 "
      "usage.");
  edit.callback([&edit, edit_arguments, &exit_code] {
    exit_code = run_reporting("cue edit", [&] { run_edit(edit, *edit_arguments, "cue edit"); });
  });

  auto remove_arguments = std::make_shared<CueArguments>();
  CLI::App& remove = lesson_subcommand(cue, "rm", "Remove a cue", remove_arguments, true);
  remove.footer(
      "Example: cuepoint-author cue rm lesson.xml q3\n"
      "Exit status: 0 removed; 1 bad lesson, unknown id or refused edit; 2 usage error.");
  remove.callback([remove_arguments, &exit_code] {
    exit_code = run_reporting("cue rm", [&] { run_remove(*remove_arguments); });
  });

  auto move_arguments = std::make_shared<CueArguments>();
  CLI::App& move = lesson_subcommand(cue, "move", "Move a cue to another time", move_arguments, true);
  move.add_option("--at", move_arguments->options.at, "the new time: 83.4, 1:23.4")->required();
  move.footer(
      "Example: cuepoint-author cue move lesson.xml q2 --at 1:30\nThe cue keeps its bytes; it moves "
      "among the others to stay in time order.\n"
      "Exit status: 0 moved; 1 bad lesson, unknown id or refused edit; 2 usage error.");
  move.callback([&move, move_arguments, &exit_code] {
    exit_code = run_reporting("cue move", [&] { run_edit(move, *move_arguments, "cue move"); });
  });
}

}  // namespace cuepoint::authoring
