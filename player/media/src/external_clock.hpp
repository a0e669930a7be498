// The system clock as a lesson clock: runs at the playback rate from a settable
// position. Paces realtime playback when there is no audio to follow.
#pragma once

#include <chrono>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

class ExternalClock {
 public:
  using WallClock = std::chrono::steady_clock;

  Micros now() const { return at(WallClock::now()); }
  Micros at(WallClock::time_point wall) const;
  bool running() const { return running_; }

  void set(Micros position);  // jumps; keeps running or paused
  void start();
  void stop();                 // holds the current position
  void set_rate(double rate);  // rebased, so the position does not jump

 private:
  Micros base_ = 0;
  WallClock::time_point base_wall_ = WallClock::now();
  double rate_ = 1.0;
  bool running_ = false;
};

}  // namespace cuepoint::media
