// `cuepoint LESSON --headless`: plays a lesson without window or audio device,
// answering each pausing cue from a script: a script-driven front end of the same
// session::LessonSession the window drives (same runtime, same records, same exact
// stops). Used for lesson checks, tests and benchmarks.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/cli/exit_status.hpp"

namespace cuepoint::app {

struct HeadlessOptions {
  std::filesystem::path lesson;  // lesson XML file or folder holding lesson.xml
  std::optional<std::filesystem::path> answers;
  std::optional<std::string> events;  // file path or "-"
  std::optional<std::filesystem::path> frames_dir;
  bool realtime = false;
  double rate = 1.0;
  std::optional<std::filesystem::path> database;  // default: the device database
  std::string learner;
  bool transcript = false;  // a person's view of the run on standard output
  bool resume = false;      // restore the learner's attempts and position (default: a fresh run)
};

// Exit statuses, documented in --help and docs/headless.md: the shared ones
// (0 ok; 1 bad lesson, media, answers file, database; 2 usage) and one of its own.
using cli::kExitFailed;
using cli::kExitOk;
using cli::kExitUsage;
inline constexpr int kExitMissingAnswer = 3;  // a required cue had no scripted attempt left

int run_headless(const HeadlessOptions& options);

}  // namespace cuepoint::app
