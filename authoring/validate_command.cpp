#include "validate_command.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "cuepoint/cli/exit_status.hpp"
#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/time.hpp"
#include "lesson_check.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;
using lesson::Diagnostic;

bool validate_file(const fs::path& file) {
  const LessonCheck check = check_lesson(file);
  for (const Diagnostic& diagnostic : check.diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (!check.ok()) return false;

  std::cout << file.string() << ": valid (" << check.loaded->lesson.cues.size() << " cues";
  if (check.video && check.video->duration > 0)
    std::cout << ", video " << lesson::format_time(check.video->duration);
  std::cout << ")\n";
  return true;
}

int run_validate(const std::vector<fs::path>& files) {
  bool all_valid = true;
  for (const fs::path& file : files) {
    // Each file is checked even after a failure, so one run reports everything.
    all_valid = validate_file(file) && all_valid;
  }
  return all_valid ? cli::kExitOk : cli::kExitFailed;
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
  auto files = std::make_shared<std::vector<fs::path>>();
  CLI::App& command = *app.add_subcommand("validate", "Check lesson files and the media they refer to");
  command.add_option("FILE", *files, "Lesson XML files")->required();
  command.footer(
      "Example: cuepoint-author validate samples/*/lesson.xml\n"
      "Every problem is printed as FILE:LINE:COLUMN: error: ...\n"
      "Exit status: 0 every file is valid; 1 a file has errors; 2 usage error.");
  command.callback([files, &exit_code] { exit_code = run_validate(*files); });
}

}  // namespace cuepoint::authoring
