// Runs the real cuepoint-author binary with arguments, as a teacher's shell would,
// piped (not a terminal) or on a terminal.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "process.hpp"

namespace cuepoint::testing {

inline ProcessResult author(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_AUTHOR_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

// `script` gives the command a terminal (a pty) and copies what it shows, its
// standard output and error together, to the result's `out`.
inline ProcessResult author_on_terminal(const std::vector<std::string>& arguments) {
  std::string command = shell_quote(CUEPOINT_AUTHOR_BINARY);
  for (const std::string& argument : arguments) command += " " + shell_quote(argument);
  return run({"script", "-qec", command, "/dev/null"});
}

// 30 s of raw 160x120 frames: over 16 MiB (where hashing shows progress), quick to make.
inline void make_large_video(const std::filesystem::path& file) {
  run_or_throw({FFMPEG_EXECUTABLE, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=duration=30:size=160x120:rate=25", "-pix_fmt", "yuv420p", "-c:v", "rawvideo",
                file.string()});
}

}  // namespace cuepoint::testing
