// In-process window measurements (SDL's dummy driver, the real window code):
//  - key press to visible pause: a space key event pushed while playing, to the
//    first composed frame that shows playback paused; and how many frames were
//    presented in between (the target is none: the pause is on the next frame);
//  - the exact cue frame while windowed at 1x and 2x: the video read back at each
//    cue against FFmpeg's decode of the frames around it; frames off = distance to
//    the best-matching frame.
//   cuepoint-bench-window CLIP [--quick]   (a 720p30 clip of 40 s, as bench/run-window.sh makes;
//   --quick: 4 presses and the first 3 cues)
// Prints key=value lines; exits 1 with what it waited for when the window stops making progress.
#include <SDL.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "cuepoint/window_player/window_player.hpp"

namespace {

namespace fs = std::filesystem;
namespace wp = cuepoint::window_player;
using Clock = std::chrono::steady_clock;

void press(SDL_Keycode key, SDL_Scancode scancode) {
  SDL_Event down{};
  down.type = SDL_KEYDOWN;
  down.key.state = SDL_PRESSED;
  down.key.keysym.sym = key;
  down.key.keysym.scancode = scancode;
  if (SDL_PushEvent(&down) < 0) throw std::runtime_error(std::string("SDL_PushEvent: ") + SDL_GetError());
}
void press_space() { press(SDLK_SPACE, SDL_SCANCODE_SPACE); }

// A probe waits for the window to do something; when it does not within this time the
// probe gives up with what it waited for (a loaded machine makes frames late, not seconds late).
constexpr auto kStallLimit = std::chrono::seconds(10);

// Gives up a probe's run: remembers why and ends the window's loop.
class Stall {
 public:
  // True (and the window told to quit) when `since` is more than kStallLimit ago.
  bool exceeded(wp::WindowControl& control, Clock::time_point since, const std::string& waiting_for) {
    if (Clock::now() - since <= kStallLimit) return false;
    why_ = "no progress for " + std::to_string(kStallLimit.count()) + " s while waiting for " + waiting_for +
           " (lesson time " + std::to_string(control.position() / 1000) + " ms)";
    control.quit();
    return true;
  }
  const std::string& why() const { return why_; }

 private:
  std::string why_;
};

// The last line of defence against a hang outside the probes (the window loop itself not
// returning): after `limit` the process says which phase it was in and exits with status 3.
class Watchdog {
 public:
  explicit Watchdog(std::chrono::seconds limit)
      : thread_([this, limit] {
          std::unique_lock lock(mutex_);
          if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) {
            std::fprintf(stderr, "cuepoint-bench-window: still running after %lld s, in: %s\n",
                         static_cast<long long>(limit.count()), phase_.c_str());
            std::_Exit(3);
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    thread_.join();
  }
  void phase(std::string name) {
    std::lock_guard lock(mutex_);
    phase_ = std::move(name);
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::string phase_ = "start";
  std::thread thread_;
};

wp::WindowOptions window_options(const fs::path& lesson, const fs::path& dir, int width, int height) {
  wp::WindowOptions options;
  options.lesson = lesson;
  options.database = dir / "bench.sqlite";
  options.learner = "bench";
  options.resume = false;
  options.audio = false;
  options.display.width = width;
  options.display.height = height;
  options.display.software = true;
  options.display.hidden = true;
  return options;
}

// Pauses with space every 1.5 s of playing and measures until the pause is composed.
class PauseProbe : public wp::WindowObserver {
 public:
  void composed(wp::WindowControl& control) override {
    if (!pushed_) return;
    if (control.playing()) {
      ++frames_before_pause_;
      return;
    }
    latencies_ms_.push_back(std::chrono::duration<double, std::milli>(Clock::now() - *pushed_).count());
    max_frames_ = std::max(max_frames_, frames_before_pause_);
    pushed_.reset();
    paused_at_ = Clock::now();
    progress_ = *paused_at_;
  }
  void idle(wp::WindowControl& control) override {
    const auto now = Clock::now();
    if (latencies_ms_.size() >= rounds_) {
      control.quit();
      return;
    }
    if (control.screen() != cuepoint::ui::Screen::Lesson) {
      stall_.exceeded(control, progress_, "the lesson screen (the end came first)");
      return;
    }
    if (pushed_) {
      stall_.exceeded(control, *pushed_, "a composed frame showing the pause after space");
      return;
    }
    if (!control.playing()) {
      if (played_at_ && stall_.exceeded(control, *played_at_, "playback to start again after space")) return;
      if (paused_at_ && now - *paused_at_ > std::chrono::milliseconds(300)) {
        press_space();  // play again
        paused_at_.reset();
        played_at_ = now;
        progress_ = now;
      } else if (!paused_at_ && !played_at_) {
        played_at_ = now;
      }
      return;
    }
    if (control.position() < 1'000'000 || (played_at_ && now - *played_at_ < std::chrono::milliseconds(1500)))
      return;
    frames_before_pause_ = 0;
    pushed_ = Clock::now();
    press_space();
  }
  explicit PauseProbe(std::size_t rounds) : rounds_(rounds) {}
  std::vector<double> latencies_ms_;
  int max_frames_ = 0;
  Stall stall_;

 private:
  std::size_t rounds_;
  std::optional<Clock::time_point> pushed_, paused_at_, played_at_;
  Clock::time_point progress_ = Clock::now();
  int frames_before_pause_ = 0;
};

// Reads back the video at each pausing cue and continues past the note.
class CueProbe : public wp::WindowObserver {
 public:
  explicit CueProbe(std::size_t cues) : cues_(cues) {}
  void session_event(const cuepoint::session::SessionEvent& event) override {
    if (const auto* reached = std::get_if<cuepoint::session::CueReached>(&event)) {
      look_ = reached->pauses;
      progress_ = Clock::now();
    }
  }
  void idle(wp::WindowControl& control) override {
    if (control.screen() == cuepoint::ui::Screen::End || shots_.size() >= cues_) {
      control.quit();
      return;
    }
    if (!look_) {
      // The next cue is at most ~6 s of lesson time away (4.5 s at 1x between the farthest two).
      stall_.exceeded(control, progress_, "the next pausing cue or the end screen");
      return;
    }
    look_ = false;
    progress_ = Clock::now();
    shots_.push_back(control.read_back_video());
    press(SDLK_RETURN, SDL_SCANCODE_RETURN);
  }
  std::vector<cuepoint::media::RgbImage> shots_;
  Stall stall_;

 private:
  std::size_t cues_;
  bool look_ = false;
  Clock::time_point progress_ = Clock::now();
};

std::vector<std::uint8_t> ffmpeg_frames(const fs::path& clip, int first, int count, const fs::path& raw) {
  const std::string command = "ffmpeg -nostdin -loglevel error -y -i '" + clip.string() +
                              "' -vf \"select='between(n\\," + std::to_string(first) + "\\," +
                              std::to_string(first + count - 1) +
                              ")'\" -fps_mode passthrough -sws_flags bicubic+accurate_rnd+full_chroma_int "
                              "-f rawvideo -pix_fmt rgb24 '" +
                              raw.string() + "'";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("ffmpeg failed: " + command);
  std::ifstream in(raw, std::ios::binary);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), {});
}

double difference(const std::uint8_t* a, const std::vector<std::uint8_t>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < b.size(); ++i) sum += std::abs(int(a[i]) - int(b[i]));
  return sum / static_cast<double>(b.size());
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
  return values[std::min(index, values.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc == 3 && std::string(argv[2]) == "--quick";
  if (argc != 2 && !quick) {
    std::cerr << "usage: cuepoint-bench-window CLIP [--quick]\n";
    return 2;
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each result as it is measured, also into a pipe
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  setenv("CUEPOINT_NO_MESSAGE_BOX", "1", 1);
  const fs::path clip = fs::absolute(argv[1]);
  const fs::path dir = clip.parent_path();
  // 12 pauses (~25 s) and two cue runs (~30 s and ~15 s) take about a minute on an idle machine.
  Watchdog watchdog(std::chrono::seconds(300));
  try {
    watchdog.phase("key press to visible pause");
    // Key press to visible pause, at 1x in realtime.
    {
      std::ofstream lesson(dir / "pause-lesson.xml");
      lesson << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson xmlns=\"urn:cuepoint:lesson:1\" "
                "id=\"pause\" "
                "version=\"1\" xml:lang=\"en\"><title>Pause</title><video src=\""
             << clip.filename().string()
             << "\"/><cue id=\"late\" at=\"38\" pause=\"true\"><question type=\"note\"><prompt>End</prompt>"
                "</question></cue></lesson>\n";
    }
    PauseProbe pause(quick ? 4 : 12);
    fs::remove(dir / "bench.sqlite");
    if (wp::run_window(window_options(dir / "pause-lesson.xml", dir, 960, 540), &pause) != wp::kExitOk)
      return 1;
    if (!pause.stall_.why().empty())
      throw std::runtime_error("key press to visible pause: " + pause.stall_.why());
    std::printf(
        "pause_presses=%zu pause_p50_ms=%.1f pause_p99_ms=%.1f pause_max_ms=%.1f "
        "frames_between_key_and_pause=%d\n",
        pause.latencies_ms_.size(), percentile(pause.latencies_ms_, 0.5),
        percentile(pause.latencies_ms_, 0.99), percentile(pause.latencies_ms_, 1.0), pause.max_frames_);

    // Exact cue frames while windowed: cues 10 ms into frames no keyframe reaches.
    const std::array<int, 8> all_frames = {47, 131, 262, 389, 455, 598, 733, 890};
    const std::span<const int> frames(all_frames.data(), quick ? 3 : all_frames.size());
    {
      std::ofstream lesson(dir / "cue-lesson.xml");
      lesson << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson xmlns=\"urn:cuepoint:lesson:1\" "
                "id=\"cues\" "
                "version=\"1\" xml:lang=\"en\"><title>Cues</title><video src=\""
             << clip.filename().string() << "\"/>";
      for (const int frame : frames) {
        lesson << "<cue id=\"f" << frame << "\" at=\"" << frame / 30.0 + 0.01
               << "\" pause=\"true\"><question type=\"note\"><prompt>f</prompt></question></cue>";
      }
      lesson << "</lesson>\n";
    }
    for (const double rate : {1.0, 2.0}) {
      watchdog.phase("cue frames at " + std::to_string(rate) + "x");
      CueProbe cues(frames.size());
      auto options = window_options(dir / "cue-lesson.xml", dir, 1280, 720);
      options.rate = rate;
      fs::remove(dir / "bench.sqlite");
      if (wp::run_window(options, &cues) != wp::kExitOk) return 1;
      if (!cues.stall_.why().empty()) throw std::runtime_error("cue frames: " + cues.stall_.why());
      if (cues.shots_.size() != frames.size()) {
        throw std::runtime_error("cue frames: " + std::to_string(cues.shots_.size()) + " of " +
                                 std::to_string(frames.size()) + " cues were reached");
      }
      int worst = 0;
      int exact = 0;
      for (std::size_t i = 0; i < cues.shots_.size() && i < frames.size(); ++i) {
        const auto around = ffmpeg_frames(clip, frames[i] - 2, 5, dir / "around.rgb");
        const std::size_t frame_bytes = around.size() / 5;
        int best = 0;
        double best_difference = 1e9;
        for (int k = 0; k < 5; ++k) {
          const double d = difference(around.data() + k * frame_bytes, cues.shots_[i].pixels);
          if (d < best_difference) {
            best_difference = d;
            best = k - 2;
          }
        }
        worst = std::max(worst, std::abs(best));
        exact += best == 0;
      }
      std::printf("cue_rate=%.0f cue_exact=%d cue_total=%zu cue_worst_frames_off=%d\n", rate, exact,
                  frames.size(), worst);
    }
  } catch (const std::exception& error) {
    std::cerr << "cuepoint-bench-window: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
