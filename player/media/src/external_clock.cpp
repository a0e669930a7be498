#include "external_clock.hpp"

#include <cmath>

namespace cuepoint::media {

Micros ExternalClock::at(WallClock::time_point wall) const {
  if (!running_) return base_;
  const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(wall - base_wall_).count();
  return base_ + static_cast<Micros>(std::llround(static_cast<double>(elapsed) * rate_));
}

void ExternalClock::set(Micros position) {
  base_ = position;
  base_wall_ = WallClock::now();
}

void ExternalClock::start() {
  if (running_) return;
  base_wall_ = WallClock::now();
  running_ = true;
}

void ExternalClock::stop() {
  if (!running_) return;
  base_ = now();
  running_ = false;
}

void ExternalClock::set_rate(double rate) {
  const auto wall = WallClock::now();
  base_ = at(wall);
  base_wall_ = wall;
  rate_ = rate;
}

}  // namespace cuepoint::media
