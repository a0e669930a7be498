// PlayerUi::view(): the widget tree built from the state, one builder per layer.
// The same builders give the focus order (the focusable widgets of the layer that
// takes keys), so what Tab visits is exactly what is drawn.
#include <algorithm>
#include <array>

#include "clock_text.hpp"
#include "end_summary.hpp"
#include "ui_state.hpp"

namespace cuepoint::ui {
namespace {

using State = PlayerUi::State;

Widget widget(std::string_view id, Role role, std::string name, std::string value = {}) {
  Widget w;
  w.id = std::string(id);
  w.role = role;
  w.name = std::move(name);
  w.value = std::move(value);
  return w;
}

Widget button(std::string_view id, std::string name, bool enabled = true, Role role = Role::Button) {
  Widget w = widget(id, role, std::move(name));
  w.enabled = enabled;
  w.focusable = enabled;
  return w;
}

std::string attempts_text(int attempts_left) {
  if (attempts_left < 0) return {};
  if (attempts_left == 1) return "1 attempt left";
  return std::to_string(attempts_left) + " attempts left";
}

const lesson::Chapter* chapter_at(const lesson::Lesson& lesson, Micros t) {
  const lesson::Chapter* found = nullptr;
  for (const auto& chapter : lesson.chapters) {
    if (chapter.at <= t && (found == nullptr || chapter.at > found->at)) found = &chapter;
  }
  return found;
}

Widget video(const State& s) {
  Widget w = widget(ids::kVideo, Role::Video, s.lesson.title, s.playback.playing ? "Playing" : "Paused");
  w.focusable = true;
  return w;
}

Widget seek_bar(const State& s) {
  const Micros shown = s.pending_seek.value_or(s.playback.position);
  Widget bar = widget(ids::kSeekBar, Role::Slider, "Seek",
                      format_clock(shown) + " of " + format_clock(s.playback.duration));
  bar.description = "Left and Right: 5 seconds; J and L: 10 seconds";
  bar.focusable = true;
  bar.at = shown;
  bar.end = s.playback.duration;
  for (std::size_t i = 0; i < s.lesson.chapters.size(); ++i) {
    const auto& chapter = s.lesson.chapters[i];
    Widget tick = widget(ids::chapter_tick(i), Role::Tick, chapter.title, format_clock(chapter.at));
    tick.at = chapter.at;
    bar.children.push_back(std::move(tick));
  }
  for (std::size_t i = 0; i < s.lesson.cues.size(); ++i) {
    const auto& cue = s.lesson.cues[i];
    const bool note = cue.question.type == lesson::QuestionType::Note;
    Widget marker = widget(ids::cue_marker(cue), Role::Marker,
                           (note ? "Note: " : "Question: ") + cue.question.prompt, format_clock(cue.at));
    marker.at = cue.at;
    marker.status = marker_status(cue, s.progress[i]);
    marker.description = std::string(to_string(marker.status));
    bar.children.push_back(std::move(marker));
  }
  if (s.limit && s.limit->at < s.playback.duration) {
    Widget limit =
        widget(ids::kSeekLimit, Role::Marker,
               s.limit->blocking_cue != nullptr
                   ? "Answer the question at " + format_clock(s.limit->blocking_cue->at) + " to go further"
                   : "Watched up to " + format_clock(s.limit->at),
               format_clock(s.limit->at));
    limit.at = s.limit->at;
    limit.status = Status::Limit;
    bar.children.push_back(std::move(limit));
  }
  if (s.hover) {
    std::string name = format_clock(*s.hover);
    if (const auto* chapter = chapter_at(s.lesson, *s.hover)) name += " \u00b7 " + chapter->title;
    Widget hover = widget(ids::kSeekHover, Role::Label, std::move(name));
    hover.at = *s.hover;
    bar.children.push_back(std::move(hover));
  }
  return bar;
}

std::string track_name(const lesson::CaptionTrack& track) {
  return (track.label.empty() ? track.lang : track.label) + " (" + track.lang + ")";
}

Widget controls(const State& s) {
  Widget bar = widget(ids::kControls, Role::Toolbar, "Playback controls");
  bar.hidden = s.controls_hidden();
  Widget play = button(ids::kPlay, s.playback.playing ? "Pause" : "Play");
  play.description = "Space or K";
  bar.children.push_back(std::move(play));
  Widget back = button(ids::kBack10, "Back 10 seconds");
  back.description = "J";
  bar.children.push_back(std::move(back));
  Widget forward = button(ids::kForward10, "Forward 10 seconds");
  forward.description = "L";
  bar.children.push_back(std::move(forward));
  bar.children.push_back(seek_bar(s));
  bar.children.push_back(widget(ids::kTime, Role::Label, "Time",
                                format_clock(s.pending_seek.value_or(s.playback.position)) + " / " +
                                    format_clock(s.playback.duration)));
  Widget speed = button(ids::kSpeed, "Speed");
  speed.value = format_number(s.playback.rate) + "x";
  speed.description = "[ slower, ] faster";
  bar.children.push_back(std::move(speed));
  Widget captions = button(ids::kCaptions, "Captions", !s.lesson.captions.empty());
  captions.value = s.captions_track ? track_name(s.lesson.captions[*s.captions_track]) : "Off";
  captions.expanded = s.captions_menu_open;
  captions.description = "C";
  bar.children.push_back(std::move(captions));
  Widget mute = button(ids::kMute, "Mute", true, Role::ToggleButton);
  mute.pressed = s.playback.muted;
  mute.description = "M";
  bar.children.push_back(std::move(mute));
  Widget volume = widget(ids::kVolume, Role::Slider, "Volume",
                         s.playback.muted ? "muted" : format_number(s.playback.volume * 100.0) + " %");
  volume.level = s.playback.volume;
  volume.description = "Up and Down";
  bar.children.push_back(std::move(volume));
  Widget contrast = button(ids::kContrast, "High contrast", true, Role::ToggleButton);
  contrast.pressed = s.high_contrast;
  bar.children.push_back(std::move(contrast));
  Widget fullscreen = button(ids::kFullscreen, "Fullscreen");
  fullscreen.description = "F";
  bar.children.push_back(std::move(fullscreen));
  Widget help = button(ids::kHelpButton, "Keyboard shortcuts");
  help.description = "?";
  bar.children.push_back(std::move(help));
  return bar;
}

Widget captions_menu(const State& s) {
  Widget menu = widget(ids::kCaptionsMenu, Role::Menu, "Captions");
  Widget off = button(ids::kCaptionsOff, "Off", true, Role::MenuItem);
  off.selected = !s.captions_track;
  menu.children.push_back(std::move(off));
  for (std::size_t i = 0; i < s.lesson.captions.size(); ++i) {
    Widget item = button(ids::captions_item(i), track_name(s.lesson.captions[i]), true, Role::MenuItem);
    item.selected = s.captions_track == i;
    menu.children.push_back(std::move(item));
  }
  return menu;
}

std::string feedback_title(const runtime::AnswerOutcome& outcome) {
  const auto& grade = outcome.grade;
  if (!grade.graded) return "Answer saved";
  if (grade.correct) return "Correct";
  if (grade.score > 0) {
    return "Partly right: " + format_number(grade.score) + " of " + format_number(grade.max_score) +
           " points";
  }
  return "Not quite";
}

Status feedback_status(const runtime::AnswerOutcome& outcome) {
  const auto& grade = outcome.grade;
  if (!grade.graded) return Status::Recorded;
  if (grade.correct) return Status::Correct;
  return grade.score > 0 ? Status::Partial : Status::Incorrect;
}

Widget choice_widget(const CueOverlay& o, std::size_t index) {
  const auto& question = o.cue->question;
  const auto& choice = question.choices[index];
  const bool answering = o.phase == CueOverlay::Phase::Answering;
  const Role role =
      question.type == lesson::QuestionType::MultipleChoice ? Role::CheckBox : Role::RadioButton;
  Widget w = button(ids::choice(choice), choice.text, answering, role);
  w.value = std::to_string(index + 1);  // the digit that picks it
  w.selected = o.picked[index];
  if (o.phase == CueOverlay::Phase::Feedback && o.outcome && o.outcome->grade.graded) {
    // Picked choices say whether they were right; the rest only once nothing more is asked.
    const bool correct = o.key.is_correct(choice);
    if (o.picked[index]) {
      w.status = correct ? Status::Correct : Status::Incorrect;
    } else if (o.outcome->completed && correct) {
      w.status = Status::Correct;
    }
  }
  if (o.phase == CueOverlay::Phase::Feedback && o.picked[index] && !choice.feedback.empty()) {
    Widget feedback = widget(ids::choice_feedback(choice), Role::Label, choice.feedback);
    feedback.status = w.status;
    w.children.push_back(std::move(feedback));
  }
  return w;
}

Widget note_overlay(const CueOverlay& o) {
  Widget note = widget(ids::kNote, Role::Dialog, "Note");
  note.children.push_back(widget(ids::kPrompt, Role::Label, o.cue->question.prompt));
  note.children.push_back(button(ids::kNoteContinue, "Continue"));
  return note;
}

Widget question_overlay(const CueOverlay& o) {
  const auto& question = o.cue->question;
  Widget dialog = widget(ids::kQuestion, Role::Dialog, "Question");
  dialog.children.push_back(widget(ids::kPrompt, Role::Label, question.prompt));
  const bool answering = o.phase == CueOverlay::Phase::Answering;
  if (o.has_choices()) {
    Widget choices = widget("question.choices", Role::Group, "Choices");
    for (std::size_t i = 0; i < question.choices.size(); ++i) choices.children.push_back(choice_widget(o, i));
    dialog.children.push_back(std::move(choices));
  } else {
    const bool numeric = question.type == lesson::QuestionType::Numeric;
    Widget field = button(ids::kAnswerField, numeric ? "Your answer (a number, such as 3.5)" : "Your answer",
                          answering, Role::TextField);
    field.edit = o.field.edit();
    field.value = o.field.text();
    field.invalid = !o.problem.empty();
    dialog.children.push_back(std::move(field));
  }
  if (!o.problem.empty()) dialog.children.push_back(widget(ids::kProblem, Role::Alert, o.problem));
  if (o.phase == CueOverlay::Phase::Feedback && o.outcome) {
    Widget feedback = widget(ids::kFeedback, Role::Alert, feedback_title(*o.outcome));
    feedback.description = o.outcome->grade.feedback;
    feedback.status = feedback_status(*o.outcome);
    dialog.children.push_back(std::move(feedback));
    if (o.outcome->seek)
      dialog.children.push_back(widget(ids::kRewatch, Role::Status, seek_notice(*o.outcome->seek)));
  }
  const std::string attempts = attempts_text(o.attempts_left);
  const bool graded = lesson::is_graded(question.type);
  if (graded && !attempts.empty() && !(o.outcome && o.outcome->completed)) {
    dialog.children.push_back(widget(ids::kAttempts, Role::Label, attempts));
  }
  if (o.phase == CueOverlay::Phase::Feedback && o.outcome) {
    if (o.outcome->retry) {
      dialog.children.push_back(button(ids::kRetry, "Try again"));
    } else {
      dialog.children.push_back(button(ids::kContinue, "Continue"));
    }
  } else {
    dialog.children.push_back(button(ids::kSubmit, answering ? "Submit" : "Saving\u2026", answering));
    if (!o.cue->required) dialog.children.push_back(button(ids::kSkip, "Skip", answering));
  }
  return dialog;
}

Widget overlay(const CueOverlay& o) { return o.is_note() ? note_overlay(o) : question_overlay(o); }

Widget help_dialog() {
  static constexpr std::array<std::array<std::string_view, 2>, 16> kKeys = {{
      {"Space or K", "Play or pause"},
      {"Left / Right", "Back or forward 5 seconds"},
      {"J / L", "Back or forward 10 seconds"},
      {"Home / End", "Start or end"},
      {"0 to 9", "Jump to 0 % .. 90 % of the video"},
      {"[ / ]", "Slower or faster"},
      {"Up / Down", "Volume"},
      {"M", "Mute"},
      {"C", "Captions"},
      {"F", "Fullscreen"},
      {"Ctrl + / Ctrl -", "Larger or smaller text"},
      {"1 to 9", "In a question: pick a choice"},
      {"Arrows, Space", "In a question: move between choices, pick one"},
      {"Enter", "Submit the answer; continue after feedback"},
      {"Tab / Shift+Tab", "Move between buttons"},
      {"Q or Esc", "Leave the lesson"},
  }};
  Widget help = widget(ids::kHelp, Role::Dialog, "Keyboard shortcuts");
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    help.children.push_back(widget("help.key." + std::to_string(i), Role::Label, std::string(kKeys[i][0]),
                                   std::string(kKeys[i][1])));
  }
  help.children.push_back(button(ids::kHelpClose, "Close"));
  return help;
}

Widget quit_dialog() {
  Widget dialog = widget(ids::kQuitDialog, Role::Dialog, "Leave the lesson?");
  dialog.description = "Your answer has not been sent yet.";
  dialog.children.push_back(button(ids::kQuitStay, "Keep answering"));
  dialog.children.push_back(button(ids::kQuitLeave, "Leave"));
  return dialog;
}

Widget end_screen(const State& s) {
  Widget end = widget(ids::kEnd, Role::Group, "Lesson complete");
  end.children.push_back(widget("end.title", Role::Heading, s.lesson.title));
  const auto& result = *s.result;
  if (result.max_score > 0) {
    end.children.push_back(widget(ids::kScore, Role::Label, "Score",
                                  format_number(result.score) + " of " + format_number(result.max_score) +
                                      " points (" + format_percent(result.percent) + ")"));
    Widget pass =
        widget(ids::kPassMark, Role::Label, "Pass mark", format_percent(s.lesson.settings.pass_score));
    pass.description = result.passed ? "Passed" : "Not passed yet";
    pass.status = result.passed ? Status::Correct : Status::Incorrect;
    end.children.push_back(std::move(pass));
  } else {
    end.children.push_back(widget(ids::kScore, Role::Label, "Score", "No graded questions"));
  }
  Widget list = widget(ids::kResults, Role::List, "Your answers");
  bool any_missed = false;
  for (const auto& row : question_results(s.lesson, s.progress)) {
    Widget item = widget(ids::result(*row.cue), Role::ListItem, row.cue->question.prompt, row.summary);
    item.status = row.status;
    if (row.missed) {
      any_missed = true;
      const auto segment = replay_segment(s.lesson, *row.cue);
      Widget replay = button(ids::replay(*row.cue), "Replay");
      replay.description = "Rewatch " + format_span(segment.from, segment.to);
      item.children.push_back(std::move(replay));
    }
    list.children.push_back(std::move(item));
  }
  end.children.push_back(std::move(list));
  if (any_missed) end.children.push_back(button(ids::kReplayMissed, "Replay what I missed"));
  end.children.push_back(button(ids::kRetake, "Retake the lesson"));
  end.children.push_back(button(ids::kEndQuit, "Close"));
  return end;
}

Widget learner_screen(const State& s) {
  const auto& known = s.settings.learner.known;
  Widget screen =
      widget(ids::kLearner, Role::Group, known.empty() ? "What is your name?" : "Who is watching?");
  screen.children.push_back(widget("learner.title", Role::Heading, screen.name));
  for (std::size_t i = 0; i < known.size(); ++i) {
    Widget choice = button(ids::known_learner(i), i == 0 ? "Continue as " + known[i] : known[i]);
    screen.children.push_back(std::move(choice));
  }
  if (!known.empty())
    screen.children.push_back(widget("learner.other", Role::Label, "Someone else? Type a name:"));
  Widget name = button(ids::kLearnerName, "Your name", true, Role::TextField);
  name.edit = s.learner_name.edit();
  name.value = s.learner_name.text();
  name.invalid = !s.learner_problem.empty();
  screen.children.push_back(std::move(name));
  if (!s.learner_problem.empty()) {
    screen.children.push_back(widget(ids::kLearnerProblem, Role::Alert, s.learner_problem));
  }
  screen.children.push_back(button(ids::kLearnerStart, "Start"));
  return screen;
}

void collect_focusable(const Widget& w, std::vector<std::string>& order) {
  if (w.focusable && w.enabled) order.push_back(w.id);
  for (const auto& child : w.children) collect_focusable(child, order);
}

void mark_focus(Widget& w, const std::string& focus) {
  w.focused = !focus.empty() && w.id == focus;
  for (auto& child : w.children) mark_focus(child, focus);
}

void disable_all(Widget& w) {
  w.enabled = false;
  w.focusable = false;
  for (auto& child : w.children) disable_all(child);
}

}  // namespace

bool PlayerUi::State::controls_hidden() const {
  if (!playback.playing || overlay || captions_menu_open || hover) return false;
  if (!focus.empty() && focus != ids::kVideo) return false;
  return now - last_activity >= kControlsHideAfter;
}

Widget PlayerUi::State::active_layer() const {
  if (screen == Screen::Learner) return learner_screen(*this);
  if (quit_open) return quit_dialog();
  if (help_open) return help_dialog();
  if (screen == Screen::End && result) return end_screen(*this);
  if (overlay) return ui::overlay(*overlay);
  if (captions_menu_open) return captions_menu(*this);
  Widget layer = widget("lesson", Role::Group, lesson.title);
  layer.children.push_back(video(*this));
  layer.children.push_back(controls(*this));
  return layer;
}

std::vector<std::string> PlayerUi::State::focus_order() const {
  std::vector<std::string> order;
  collect_focusable(active_layer(), order);
  return order;
}

void PlayerUi::State::ensure_focus() {
  const auto order = focus_order();
  if (std::find(order.begin(), order.end(), focus) != order.end()) return;
  // Where focus lands when a layer opens: its main action, else its first control.
  const std::array<std::string, 10> preferred = {
      std::string(ids::kQuitStay), std::string(ids::kHelpClose),    std::string(ids::kRetry),
      std::string(ids::kContinue), std::string(ids::kNoteContinue), std::string(ids::kReplayMissed),
      std::string(ids::kRetake),   ids::known_learner(0),           std::string(ids::kLearnerName),
      std::string(ids::kVideo)};
  for (const auto& id : preferred) {
    if (std::find(order.begin(), order.end(), id) != order.end()) {
      focus = id;
      return;
    }
  }
  focus = order.empty() ? std::string() : order.front();
}

View PlayerUi::view() const {
  const auto& s = *state_;
  View view;
  view.root = widget("window", Role::Window, s.lesson.title);
  view.text_scale = s.text_scale;
  view.high_contrast = s.high_contrast;
  auto& children = view.root.children;
  if (s.screen == Screen::Learner) {
    children.push_back(learner_screen(s));
  } else if (s.screen == Screen::End && s.result) {
    children.push_back(end_screen(s));
  } else {
    children.push_back(video(s));
    if (s.captions_track && !s.caption_text.empty()) {
      children.push_back(widget(ids::kCaptionText, Role::Caption, s.caption_text));
    }
    if (!s.toasts.empty()) {
      Widget toasts = widget(ids::kToasts, Role::Group, "Notes");
      for (const auto& toast : s.toasts) {
        toasts.children.push_back(widget(ids::toast(*toast.cue), Role::Status, toast.cue->question.prompt));
      }
      children.push_back(std::move(toasts));
    }
    if (s.notice) children.push_back(widget(ids::kNotice, Role::Status, s.notice->text));
    Widget bar = controls(s);
    if (s.overlay || s.help_open || s.quit_open) disable_all(bar);  // modal layers above it
    children.push_back(std::move(bar));
    if (s.captions_menu_open) children.push_back(captions_menu(s));
    if (s.overlay) children.push_back(overlay(*s.overlay));
  }
  if (s.help_open) children.push_back(help_dialog());
  if (s.quit_open) children.push_back(quit_dialog());
  if (s.overlay && (s.help_open || s.quit_open)) {
    for (auto& child : children) {
      if (child.id == ids::kQuestion || child.id == ids::kNote) disable_all(child);
    }
  }
  mark_focus(view.root, s.focus);
  view.focused_id = s.focus;
  return view;
}

}  // namespace cuepoint::ui
