#include "cuepoint/cli/progress_bar.hpp"

#include <algorithm>
#include <iostream>

#include "cuepoint/cli/terminal.hpp"

namespace cuepoint::cli {

ProgressBar ProgressBar::on_stderr(std::string unit) {
  return {std::cerr, stderr_is_terminal(), std::move(unit)};
}

void ProgressBar::update(std::int64_t done, std::int64_t total) {
  if (!enabled_ || total <= 0 || (drawn_ && done == shown_done_ && total == shown_total_)) return;
  shown_done_ = done;
  shown_total_ = total;
  constexpr std::int64_t kWidth = 30;
  const std::int64_t filled = std::clamp(done * kWidth / total, std::int64_t{0}, kWidth);
  out_ << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "] " << done << "/" << total << " "
       << unit_ << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) out_ << "\n" << std::flush;
  drawn_ = false;
}

}  // namespace cuepoint::cli
