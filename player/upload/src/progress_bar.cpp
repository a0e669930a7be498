#include "cuepoint/upload/progress_bar.hpp"

#include <algorithm>
#include <string>

namespace cuepoint::upload {

void ProgressBar::update(int done, int total) {
  if (!enabled_ || total <= 0) return;
  constexpr int kWidth = 30;
  const int filled = std::clamp(done * kWidth / total, 0, kWidth);
  out_ << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "] " << done << "/" << total
       << " statements" << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) out_ << "\n" << std::flush;
  drawn_ = false;
}

}  // namespace cuepoint::upload
