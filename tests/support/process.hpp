// Runs a real program from a test the way a user's shell would, capturing its
// exit status, standard output and standard error.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
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

// A program started in the background (looked up in PATH; no shell), standard
// input from /dev/null, standard output and error appended to `log` (or
// /dev/null). Stopped (SIGTERM, then SIGKILL after 5 s) when this goes away while
// it still runs. The one way tests start a child that runs alongside them.
class ChildProcess {
 public:
  explicit ChildProcess(const std::vector<std::string>& args, const std::filesystem::path& log = {});
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Whether it still runs (reaps it once it has ended).
  bool running();
  // Waits up to `time` for it to end by itself: its exit status or signal, or
  // nullopt while it still runs. out and err stay empty (they went to the log).
  std::optional<ProcessResult> wait_for(std::chrono::milliseconds time);
  // Sends `signal` and waits for it to end.
  ProcessResult kill(int signal);

 private:
  pid_t pid_ = -1;
  std::optional<ProcessResult> ended_;
};

// Runs an ffmpeg/ffprobe style command and throws std::runtime_error with its
// stderr when it fails (media generation in test set-up).
std::string run_or_throw(const std::vector<std::string>& args, int timeout_seconds = 300);

// Parses a JSON-lines stream (one object per line, blank lines ignored).
std::vector<nlohmann::json> json_lines(const std::string& text);

}  // namespace cuepoint::testing
