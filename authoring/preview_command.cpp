#include "preview_command.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "authoring_error.hpp"
#include "command_support.hpp"
#include "contact_sheet.hpp"
#include "cue_preview.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/logging.hpp"
#include "cuepoint/overlay/overlay_error.hpp"
#include "cuepoint/text/text_error.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

constexpr int kMinWidth = 160;
constexpr int kMaxWidth = 3840;
constexpr int kDefaultWidth = 480;

struct PreviewArguments {
  fs::path lesson;
  fs::path output;
  fs::path each;
  int width = kDefaultWidth;
};

constexpr const char* kName = "preview";

// The folder a file is to be written in must exist and be a folder; said before any work.
void check_output(const fs::path& output) {
  const fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    throw AuthoringError("cannot write " + output.string() + ": the folder " + folder.string() +
                         " does not exist");
  }
  if (fs::is_directory(output, error))
    throw AuthoringError("cannot write " + output.string() + ": it is a folder");
}

void make_each_folder(const fs::path& each) {
  std::error_code error;
  fs::create_directories(each, error);
  if (error || !fs::is_directory(each)) {
    throw AuthoringError("cannot create the folder " + each.string() + ": " +
                         (error ? error.message() : "a file has that name"));
  }
}

// The player's own loader: the same checks, the same messages as validate and the player.
loader::LoadedLesson load_for_preview(const fs::path& argument) {
  loader::LoadResult load = loader::load_lesson(argument);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (!load.ok())
    throw AuthoringError(argument.string() + ": cannot preview a lesson with errors (see above)");
  if (load.loaded->lesson.cues.empty())
    throw AuthoringError(load.loaded->file.string() + ": the lesson has no cues: nothing to preview");
  return std::move(*load.loaded);
}

void draw_sheet(const PreviewArguments& arguments, const loader::LoadedLesson& loaded) {
  CuePreviewer previewer(loaded.lesson, *loaded.video.path);
  std::vector<const lesson::Cue*> cues;
  for (const auto& cue : loaded.lesson.cues) cues.push_back(&cue);
  std::stable_sort(cues.begin(), cues.end(), [](const auto* a, const auto* b) { return a->at < b->at; });
  std::vector<SheetTile> tiles;
  auto bar = cli::ProgressBar::on_stderr("cues drawn");
  for (const auto* cue : cues) {
    bar.update(static_cast<std::int64_t>(tiles.size()), static_cast<std::int64_t>(cues.size()));
    overlay::Canvas tile = scaled_to_width(previewer.render(*cue), arguments.width);
    if (!arguments.each.empty()) overlay::write_png(tile, arguments.each / (cue->id + ".png"));
    tiles.push_back(SheetTile{std::move(tile), lesson::format_time(cue->at) + "  \u00b7  " + cue->id});
  }
  bar.update(static_cast<std::int64_t>(tiles.size()), static_cast<std::int64_t>(cues.size()));
  bar.finish();
  overlay::write_png(contact_sheet(tiles, arguments.width), arguments.output);
  std::cout << arguments.output.string() << ": " << tiles.size() << " cues\n";
}

void run_preview(const PreviewArguments& arguments) {
  media::set_library_log(media::LibraryLog::Quiet);
  if (arguments.width < kMinWidth || arguments.width > kMaxWidth) {
    usage_error(kName, "--width must be " + std::to_string(kMinWidth) + ".." + std::to_string(kMaxWidth) +
                           " pixels, got " + std::to_string(arguments.width));
  }
  check_output(arguments.output);
  if (!arguments.each.empty()) make_each_folder(arguments.each);
  const loader::LoadedLesson loaded = load_for_preview(arguments.lesson);
  try {
    draw_sheet(arguments, loaded);
  } catch (const media::MediaError& error) {
    throw AuthoringError(loaded.video.named.string() + ": " + error.what());
  } catch (const text::TextError& error) {
    throw AuthoringError(loaded.file.string() + ": " + error.what());
  }
}

}  // namespace

void add_preview_command(CLI::App& app, int& exit_code) {
  auto arguments = std::make_shared<PreviewArguments>();
  auto* command = app.add_subcommand(
      "preview",
      "Draw a contact sheet of every cue: the exact frame the player stops on, with the question over it\n"
      "Example: cuepoint-author preview samples/intro-fractions -o sheet.png --each tiles/");
  command->add_option("LESSON", arguments->lesson, "lesson XML file, or a folder holding lesson.xml")
      ->required();
  command->add_option("-o,--output", arguments->output, "the contact sheet to write (PNG)")->required();
  command->add_option("--each", arguments->each, "also write each tile as DIR/<cue-id>.png");
  command->add_option("--width", arguments->width, "width of each tile in pixels (default 480)");
  command->footer(
      "Each tile is the exact frame the player stops on for the cue, with the question drawn by the\n"
      "window's own overlay renderer; its time and id are written under it. Exit status: 0 written;\n"
      "1 the lesson has errors or no cues, or an output cannot be written; 2 usage error.");
  command->callback([arguments, &exit_code] {
    exit_code = run_reporting<overlay::OverlayError>(kName, [&] { run_preview(*arguments); });
  });
}

}  // namespace cuepoint::authoring
