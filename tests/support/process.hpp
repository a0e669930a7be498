// Runs a real program from a test the way a user's shell would, capturing its
// exit status, standard output and standard error.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cuepoint::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
};

// Quotes `arg` for /bin/sh.
std::string shell_quote(const std::string& arg);

// Runs `args` (the program is looked up in PATH; no shell) with standard input
// from /dev/null and a time bound in seconds: a program still running then is
// killed, and the result has signal 9.
ProcessResult run(const std::vector<std::string>& args, int timeout_seconds = 120);

// Runs an ffmpeg/ffprobe style command and throws std::runtime_error with its
// stderr when it fails (media generation in test set-up).
std::string run_or_throw(const std::vector<std::string>& args, int timeout_seconds = 300);

// Parses a JSON-lines stream (one object per line, blank lines ignored).
std::vector<nlohmann::json> json_lines(const std::string& text);

}  // namespace cuepoint::testing
