// `cuepoint`: plays a lesson; `cuepoint upload` and `cuepoint export` move the
// recorded answers off the device.
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cuepoint/cli/command_line.hpp"
#include "cuepoint/media/logging.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/window_player/window_player.hpp"
#include "database_option.hpp"
#include "export_command.hpp"
#include "headless_player.hpp"
#include "upload_command.hpp"

namespace {

constexpr const char* kDescription =
    "Cuepoint plays interactive video lessons: the video pauses on the exact frame of each cue,\n"
    "asks a question, and records every answer on this device for later upload.";

constexpr const char* kExitCodes =
    "Exit status: 0 done; 1 bad lesson, media, answers file or database; 2 usage error;\n"
    "3 (--headless) a required cue had no scripted answer left; 4 no display for the window.";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "cuepoint");
  app.footer(kExitCodes);
  app.set_version_flag("--version", std::string("cuepoint ") + CUEPOINT_VERSION);

  cuepoint::app::HeadlessOptions options;
  std::string lesson;
  bool headless = false;
  std::string answers, events, frames_dir, database;
  app.add_option("LESSON", lesson,
                 "lesson XML file, a folder holding lesson.xml, or a .cuepoint package; a folder of lessons\n"
                 "(a USB stick) opens the lesson library in the window; none: the learner's recent lessons");
  app.add_flag("--headless", headless, "play without window or audio device (checks, tests, benchmarks)");
  bool fullscreen = false;
  app.add_flag("--fullscreen", fullscreen, "open the window full screen (f toggles)");
  bool restart = false;
  app.add_flag("--restart", restart, "window: start the lesson afresh instead of where this learner left it");
  app.add_option("--answers", answers, "JSON file of scripted attempts: {\"cue-id\": [attempt, ...]}")
      ->check(CLI::ExistingFile);
  app.add_option("--events", events, "write one JSON event per line to FILE, or - for standard output");
  app.add_option("--frames-dir", frames_dir,
                 "write the frame shown at each pausing cue as DIR/<cue>-<n>.png");
  app.add_flag("--realtime", options.realtime, "pace playback by the clock instead of as fast as possible");
  app.add_option("--rate", options.rate, "playback rate, 0.5 to 2")->check(CLI::Range(0.5, 2.0));
  cuepoint::app::add_database_option(app, database,
                                     "response database file to record answers in; created when missing");
  std::string learner;
  app.add_option("--learner", learner,
                 "learner id recorded with the answers (default: headless \"local\"; the window asks\n"
                 "who is watching, offering the learners of this device)");
  app.add_flag("--resume", options.resume,
               "continue where this learner left the lesson: earlier attempts count, and playback starts\n"
               "where their last unfinished session of it stopped (default: a fresh run)");
  bool quiet = false;
  app.add_flag("--quiet", quiet, "print no transcript (only errors, and --events if given)");
  bool verbose = false;
  app.add_flag("--verbose", verbose, "also show FFmpeg's own messages about the media");

  int exit_code = cuepoint::app::kExitOk;
  cuepoint::app::add_upload_command(app, exit_code);
  cuepoint::app::add_export_command(app, exit_code);
  app.require_subcommand(0, 1);

  if (const auto ended = cuepoint::cli::parse_command_line(app, argc, argv)) return *ended;
  if (app.get_subcommands().size() == 1) return exit_code;
  cuepoint::media::set_library_log(verbose ? cuepoint::media::LibraryLog::Verbose
                                           : cuepoint::media::LibraryLog::Quiet);

  const bool library = lesson.empty() || cuepoint::window_player::is_folder_of_lessons(lesson);
  if (headless && lesson.empty()) {
    std::cerr << "cuepoint: no lesson given\n" << app.help();
    return cuepoint::app::kExitUsage;
  }
  if (headless && library) {
    std::cerr
        << "cuepoint: --headless plays one lesson, and " << lesson
        << " is a folder of lessons (it holds no lesson.xml): name one of them, or leave out --headless\n"
           "to pick one in the window\n";
    return cuepoint::app::kExitUsage;
  }
  if (library && (!events.empty() || !frames_dir.empty())) {
    std::cerr << "cuepoint: --events and --frames-dir record one lesson's run: name the lesson, not "
              << (lesson.empty() ? std::string("the library") : "the folder " + lesson) << "\n";
    return cuepoint::app::kExitUsage;
  }
  if (!headless) {
    if (!answers.empty()) {
      std::cerr << "cuepoint: --answers scripts a --headless run; in the window the learner answers\n";
      return cuepoint::app::kExitUsage;
    }
    cuepoint::window_player::WindowOptions window;
    window.lesson = lesson;
    window.database =
        database.empty() ? cuepoint::store::default_database_path() : std::filesystem::path(database);
    if (!learner.empty()) window.learner = learner;
    if (!events.empty()) window.events = events;
    if (!frames_dir.empty()) window.frames_dir = frames_dir;
    window.rate = options.rate;
    window.resume = !restart;
    window.fullscreen = fullscreen;
    return library ? cuepoint::window_player::run_library(window)
                   : cuepoint::window_player::run_window(window);
  }
  options.learner = learner.empty() ? "local" : learner;
  options.lesson = lesson;
  if (!answers.empty()) options.answers = answers;
  if (!events.empty()) options.events = events;
  options.transcript = !quiet && events != "-";
  if (!frames_dir.empty()) options.frames_dir = frames_dir;
  if (!database.empty()) options.database = database;
  return cuepoint::app::run_headless(options);
}
