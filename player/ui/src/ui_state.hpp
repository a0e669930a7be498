// PlayerUi's state, shared by the input handlers (player_ui.cpp, keys.cpp) and the
// view builder (view_builder.cpp). Private to the library.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/ui/player_ui.hpp"
#include "text_field.hpp"

namespace cuepoint::ui {

// The overlay at a pausing cue: a question (answering, saving, feedback) or a note.
struct CueOverlay {
  enum class Phase { Answering, Waiting, Feedback };
  const lesson::Cue* cue = nullptr;
  lesson::AnswerKey key;  // which choices are correct, plain or sealed
  Phase phase = Phase::Answering;
  int attempts_left = 0;                          // -1 when unlimited
  std::vector<bool> picked;                       // per choice of the question
  TextField field;                                // numeric, text, open
  std::string problem;                            // why the last submit was refused (not sent)
  std::optional<runtime::AnswerOutcome> outcome;  // Feedback phase

  bool is_note() const { return cue->question.type == lesson::QuestionType::Note; }
  bool has_choices() const { return lesson::has_choices(cue->question.type); }
  bool has_field() const { return !is_note() && !has_choices(); }
  // Something the learner picked or typed that has not been sent.
  bool unsent_input() const;
};

// A non-pausing cue shown at the edge until `until` (window clock).
struct Toast {
  const lesson::Cue* cue = nullptr;
  Micros until = 0;
};

// One line at the top: a rewatch in progress, or why a seek was clamped.
struct Notice {
  std::string text;
  std::optional<Micros> until;           // window clock
  std::optional<Micros> until_position;  // lesson time (a rewatch ends at its cue)
};

struct PlayerUi::State {
  State(const lesson::Lesson& lesson, UiSettings settings);

  const lesson::Lesson& lesson;
  UiSettings settings;
  Screen screen = Screen::Lesson;

  TextField learner_name;
  std::string learner_problem;

  PlaybackChanged playback;
  std::optional<SeekLimit> limit;
  std::optional<Micros> pending_seek;  // asked for, not yet reported back
  std::optional<Micros> hover;
  std::vector<runtime::CueProgress> progress;  // per lesson cue, as the session reported it
  std::optional<std::size_t> captions_track;
  std::string caption_text;
  double text_scale = 1.0;
  bool high_contrast = false;

  bool help_open = false;
  bool quit_open = false;
  bool captions_menu_open = false;
  std::optional<CueOverlay> overlay;
  std::vector<Toast> toasts;
  std::optional<Notice> notice;
  std::optional<runtime::LessonResult> result;

  Micros now = 0;
  Micros last_activity = 0;
  std::string focus;

  std::size_t index_of(const lesson::Cue& cue) const;

  // ---- view_builder.cpp ----
  Widget active_layer() const;  // the widgets that take keys and focus now
  std::vector<std::string> focus_order() const;
  void ensure_focus();
  bool controls_hidden() const;

  // ---- keys.cpp ----
  Commands key(const KeyPress& key);
  Commands activate(std::string_view widget_id);

  // ---- player_ui.cpp ----
  Commands seek_to(Micros target);
  Commands seek_by(Micros delta);
  Commands toggle_play();
  Commands change_rate(int steps);
  Commands change_volume(double delta);
  Commands toggle_mute();
  Commands choose_captions(std::optional<std::size_t> track);
  Commands cycle_captions();
  Commands change_text_scale(int steps);
  Commands toggle_contrast();
  Commands apply_choices(const LearnerChoices& choices);
  Commands request_quit();
  Commands submit_answer();
  Commands continue_after_cue();
  Commands skip_cue();
  Commands choose_learner(std::string name);
  Commands retake();
  Commands replay_missed(const lesson::Cue* only);
  void pick_choice(std::size_t index);
  void retry();
  void open_cue(const runtime::CueFiring& firing, Commands& commands);
};

}  // namespace cuepoint::ui
