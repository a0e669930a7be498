// A student at the keyboard of a windowed run (tests, the screenshot script): at
// each question it types the scripted answer as SDL key and text events, the way
// SDL delivers a person's typing, and presses Enter through feedback. It keeps
// what it saw at each pausing cue: the video read back without the overlay.
#pragma once

#include "rgb_compare.hpp"

#include <SDL.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cuepoint/window_player/window_player.hpp"

namespace cuepoint::window_player::testing {

// Pushes the events of one key press (down, then up) for the next loop pass.
void push_key(SDL_Keycode key, Uint16 modifiers = KMOD_NONE);
// Pushes the text as SDL_TEXTINPUT events (split at character boundaries, as SDL does).
void push_text(const std::string& text);

struct CueSight {
  std::string cue_id;
  int firing = 0;
  lesson::Micros position = 0;          // the session's position when the question was shown
  media::RgbImage video;                // read_back_video() cropped to video_rect()
  std::optional<media::RgbImage> full;  // read_back() with the question over it, when asked for
};

class ScriptedStudent : public WindowObserver {
 public:
  // `answers` as the headless --answers file: {"cue-id": [attempt, ...]}.
  explicit ScriptedStudent(nlohmann::json answers) : answers_(std::move(answers)) {}

  // Quit (as a person pressing q) once `count` questions have been answered.
  void quit_after_answers(int count) { quit_after_ = count; }
  // Keep the composed frame with the question too.
  void keep_full_frames() { keep_full_ = true; }
  // Called at each loop pass before the student acts (extra scripted behaviour).
  std::function<void(WindowControl&)> on_idle;

  void session_event(const session::SessionEvent& event) override;
  void idle(WindowControl& control) override;

  const std::vector<CueSight>& sights() const { return sights_; }
  bool reached_end() const { return reached_end_; }
  const std::optional<ui::View>& end_view() const { return end_view_; }
  int answered() const { return answered_; }

 private:
  void type_answer(const lesson::Cue& cue, const nlohmann::json& attempt);

  nlohmann::json answers_;
  const lesson::Cue* at_cue_ = nullptr;  // the pausing cue whose overlay is open
  int firing_ = 0;
  bool look_ = false;                  // read back the frame on the next pass
  std::map<std::string, int> graded_;  // answers graded per cue
  std::map<std::string, int> typed_;   // answers typed per cue
  std::map<std::string, int> noted_;   // the last firing of a note continued past
  bool continue_pending_ = false;
  int answered_ = 0;
  std::optional<int> quit_after_;
  bool keep_full_ = false;
  bool reached_end_ = false;
  std::optional<ui::View> end_view_;
  std::vector<CueSight> sights_;
};

// Crops `image` to `rect` (output pixels).
inline media::RgbImage crop(const media::RgbImage& image, const window::Rect& rect) {
  return cuepoint::testing::crop(image, rect.x, rect.y, rect.width, rect.height);
}

}  // namespace cuepoint::window_player::testing
