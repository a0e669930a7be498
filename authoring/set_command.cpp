#include "set_command.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "command_support.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "lesson_edit.hpp"
#include "lesson_layout.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {
namespace {

struct SetArguments {
  std::string lesson;
  std::string title, pass_score, max_attempts, allow_skip_ahead;
};

void run_set(const CLI::App& command, const SetArguments& arguments) {
  const std::string name = "set";
  const auto given = [&command](const char* option) { return command.count(option) > 0; };
  if (!given("--title") && !given("--pass-score") && !given("--max-attempts") &&
      !given("--allow-skip-ahead")) {
    usage_error(name, "nothing to set: give --title, --pass-score, --max-attempts or --allow-skip-ahead");
  }
  const LessonEdit edit(arguments.lesson);
  // Values are read before the file is touched; ranges (pass-score up to 100) are the validator's.
  lesson::Settings settings = edit.lesson().settings;
  std::vector<std::pair<const char*, std::string>> attributes;
  if (given("--pass-score")) {
    settings.pass_score = number_option(name, "--pass-score", arguments.pass_score);
    attributes.emplace_back("pass-score", arguments.pass_score);
  }
  if (given("--max-attempts")) {
    settings.max_attempts = count_option(name, "--max-attempts", arguments.max_attempts);
    attributes.emplace_back("max-attempts", arguments.max_attempts);
  }
  if (given("--allow-skip-ahead")) {
    settings.allow_skip_ahead = boolean_option(name, "--allow-skip-ahead", arguments.allow_skip_ahead);
    attributes.emplace_back("allow-skip-ahead", arguments.allow_skip_ahead);
  }

  SourceEditor editor(edit.text());
  const pugi::xml_node root = editor.root();
  if (given("--title")) editor.set_text(root.child("title"), arguments.title);
  if (!attributes.empty()) {
    if (const pugi::xml_node existing = root.child("settings")) {
      for (const auto& [attribute, value] : attributes) editor.set_attribute(existing, attribute, value);
    } else if (settings != lesson::Settings{}) {
      insert_in_order(editor, root, "settings", lesson::write_settings(settings));
    }
  }
  edit.write(editor.result());
  std::cout << "updated " << edit.file().string() << '\n';
}

}  // namespace

void add_set_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<SetArguments>();
  CLI::App& set = *app.add_subcommand("set", "Change a lesson's title and settings");
  set.add_option("LESSON", arguments->lesson, "lesson XML file, or a folder holding lesson.xml")->required();
  set.add_option("--title", arguments->title, "the lesson's title");
  set.add_option("--pass-score", arguments->pass_score,
                 "percent of the lesson's points needed to pass, 0 to 100");
  set.add_option("--max-attempts", arguments->max_attempts, "graded attempts per question (0 unlimited)");
  set.add_option("--allow-skip-ahead", arguments->allow_skip_ahead,
                 "true or false: may the learner seek past an unanswered required cue");
  set.footer(
      "Example: cuepoint-author set lesson.xml --title 'Adding fractions' --pass-score 70 --max-attempts 2\n"
      "Exit status: 0 changed; 1 bad lesson or refused edit; 2 usage error.");
  set.callback(
      [&set, arguments, &exit_code] { exit_code = run_reporting("set", [&] { run_set(set, *arguments); }); });
}

}  // namespace cuepoint::authoring
