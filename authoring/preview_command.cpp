#include "preview_command.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "contact_sheet.hpp"
#include "cue_preview.hpp"
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

constexpr const char* kName = "cuepoint-author preview: ";

// The folder a file is to be written in must exist and be a folder; said before any work.
bool check_output(const fs::path& output) {
  const fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    std::cerr << kName << "cannot write " << output.string() << ": the folder " << folder.string()
              << " does not exist\n";
    return false;
  }
  if (fs::is_directory(output, error)) {
    std::cerr << kName << "cannot write " << output.string() << ": it is a folder\n";
    return false;
  }
  return true;
}

int run_preview(const PreviewArguments& arguments) {
  media::set_library_log(media::LibraryLog::Quiet);
  if (arguments.width < kMinWidth || arguments.width > kMaxWidth) {
    std::cerr << kName << "--width must be " << kMinWidth << ".." << kMaxWidth << " pixels, got "
              << arguments.width << "\n";
    return 2;
  }
  if (!check_output(arguments.output)) return 1;
  if (!arguments.each.empty()) {
    std::error_code error;
    fs::create_directories(arguments.each, error);
    if (error || !fs::is_directory(arguments.each)) {
      std::cerr << kName << "cannot create the folder " << arguments.each.string() << ": "
                << (error ? error.message() : "a file has that name") << "\n";
      return 1;
    }
  }

  // The player's own loader: the same checks, the same messages as validate and the player.
  const loader::LoadResult load = loader::load_lesson(arguments.lesson);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << '\n';
  if (!load.ok()) return 1;
  const loader::LoadedLesson& loaded = *load.loaded;
  if (loaded.lesson.cues.empty()) {
    std::cerr << kName << loaded.file.string() << ": the lesson has no cues: nothing to preview\n";
    return 1;
  }

  try {
    CuePreviewer previewer(loaded.lesson, *loaded.video.path);
    std::vector<const lesson::Cue*> cues;
    for (const auto& cue : loaded.lesson.cues) cues.push_back(&cue);
    std::stable_sort(cues.begin(), cues.end(), [](const auto* a, const auto* b) { return a->at < b->at; });
    std::vector<SheetTile> tiles;
    for (const auto* cue : cues) {
      overlay::Canvas tile = scaled_to_width(previewer.render(*cue), arguments.width);
      if (!arguments.each.empty()) overlay::write_png(tile, arguments.each / (cue->id + ".png"));
      tiles.push_back(SheetTile{std::move(tile), lesson::format_time(cue->at) + "  \u00b7  " + cue->id});
    }
    overlay::write_png(contact_sheet(tiles, arguments.width), arguments.output);
    std::cout << arguments.output.string() << ": " << tiles.size() << " cues\n";
  } catch (const media::MediaError& error) {
    std::cerr << kName << loaded.video.named.string() << ": " << error.what() << "\n";
    return 1;
  } catch (const overlay::OverlayError& error) {
    std::cerr << kName << error.what() << "\n";
    return 1;
  } catch (const text::TextError& error) {
    std::cerr << kName << loaded.file.string() << ": " << error.what() << "\n";
    return 1;
  }
  return 0;
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
  command->callback([arguments, &exit_code] { exit_code = run_preview(*arguments); });
}

}  // namespace cuepoint::authoring
