// A one-line progress bar, drawn only when the stream is a terminal.
#pragma once

#include <ostream>

namespace cuepoint::upload {

class ProgressBar {
 public:
  ProgressBar(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
  void update(int done, int total);
  // Ends the line so following output starts clean.
  void finish();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace cuepoint::upload
