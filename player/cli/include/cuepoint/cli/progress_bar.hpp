// A one-line progress bar for long work (upload, hashing a video, ...), drawn on
// stderr only when it is a terminal: piped or logged output stays clean.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>

namespace cuepoint::cli {

class ProgressBar {
 public:
  // `unit` names what is counted ("statements", "MiB").
  ProgressBar(std::ostream& out, bool enabled, std::string unit)
      : out_(out), enabled_(enabled), unit_(std::move(unit)) {}
  // A bar on stderr, enabled when stderr is a terminal.
  static ProgressBar on_stderr(std::string unit);

  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() { finish(); }

  // Redraws the line when what it shows changes (callers may report often).
  void update(std::int64_t done, std::int64_t total);
  // Ends the line so following output starts clean.
  void finish();

 private:
  std::ostream& out_;
  bool enabled_;
  std::string unit_;
  bool drawn_ = false;
  std::int64_t shown_done_ = -1;
  std::int64_t shown_total_ = -1;
};

}  // namespace cuepoint::cli
