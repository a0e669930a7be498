#include "cuepoint/ui/player_ui.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "clock_text.hpp"
#include "end_summary.hpp"
#include "ui_state.hpp"

namespace cuepoint::ui {
namespace {

constexpr std::array<double, 6> kTextScales = {0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string trimmed(const std::string& text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::size_t nearest_text_scale_index(double scale) {
  std::size_t index = 0;
  for (std::size_t i = 0; i < kTextScales.size(); ++i) {
    if (std::abs(kTextScales[i] - scale) < std::abs(kTextScales[index] - scale)) index = i;
  }
  return index;
}

// A remembered scale snapped to the steps Ctrl +/- moves through (a hand-edited or
// damaged value cannot make the text unreadably small or large).
double nearest_text_scale(double scale) {
  if (!std::isfinite(scale)) return 1.0;
  return kTextScales[nearest_text_scale_index(scale)];
}

std::optional<std::size_t> track_for_lang(const lesson::Lesson& lesson, const std::string& lang) {
  if (lang.empty()) return std::nullopt;
  for (std::size_t i = 0; i < lesson.captions.size(); ++i) {
    if (lesson.captions[i].lang == lang) return i;
  }
  return std::nullopt;
}

// The UI's copy of a cue's progress after a graded answer (what the runtime recorded).
void apply_outcome(runtime::CueProgress& progress, const runtime::AnswerOutcome& outcome) {
  progress.attempts = outcome.attempt;
  progress.completed = outcome.completed;
  progress.correct = progress.correct || (outcome.grade.graded && outcome.grade.correct);
  progress.best_score = std::max(progress.best_score, outcome.grade.score);
}

}  // namespace

bool CueOverlay::unsent_input() const {
  if (phase != Phase::Answering) return false;
  return !field.empty() || std::find(picked.begin(), picked.end(), true) != picked.end();
}

PlayerUi::State::State(const lesson::Lesson& lesson_in, UiSettings settings_in)
    : lesson(lesson_in),
      settings(std::move(settings_in)),
      progress(lesson_in.cues.size()),
      text_scale(settings.text_scale),
      high_contrast(settings.high_contrast) {
  screen = settings.learner.fixed ? Screen::Lesson : Screen::Learner;
  captions_track = track_for_lang(lesson, settings.captions_lang);
}

std::size_t PlayerUi::State::index_of(const lesson::Cue& cue) const {
  const auto* first = lesson.cues.data();
  if (&cue < first || &cue >= first + lesson.cues.size()) {
    throw std::invalid_argument("cue '" + cue.id + "' does not belong to lesson '" + lesson.id + "'");
  }
  return static_cast<std::size_t>(&cue - first);
}

PlayerUi::PlayerUi(const lesson::Lesson& lesson, UiSettings settings)
    : state_(std::make_unique<State>(lesson, std::move(settings))) {
  state_->ensure_focus();
}

PlayerUi::~PlayerUi() = default;

Screen PlayerUi::screen() const { return state_->screen; }

bool PlayerUi::holds_playback() const { return state_->overlay.has_value(); }

Commands PlayerUi::handle(const Input& input) {
  auto& s = *state_;
  Commands commands;
  std::visit(
      Overloaded{
          [&](const KeyPress& key) {
            s.last_activity = s.now;
            commands = s.key(key);
          },
          [&](const TextInput& text) {
            if (s.screen == Screen::Learner && s.focus == ids::kLearnerName) {
              s.learner_name.insert(text.text);
              s.learner_problem.clear();
            } else if (s.overlay && !s.quit_open && !s.help_open && s.overlay->has_field() &&
                       s.overlay->phase == CueOverlay::Phase::Answering && s.focus == ids::kAnswerField) {
              s.overlay->field.insert(text.text);
              s.overlay->problem.clear();
            }
          },
          [&](const Composition& composition) {
            if (s.screen == Screen::Learner && s.focus == ids::kLearnerName) {
              s.learner_name.compose(composition.text, composition.cursor);
            } else if (s.overlay && s.overlay->has_field() && s.focus == ids::kAnswerField) {
              s.overlay->field.compose(composition.text, composition.cursor);
            }
          },
          [&](const CaretPlaced& caret) {
            if (s.screen == Screen::Learner && s.focus == ids::kLearnerName) {
              s.learner_name.place_caret(caret.index);
            } else if (s.overlay && s.overlay->has_field() && s.focus == ids::kAnswerField) {
              s.overlay->field.place_caret(caret.index);
            }
          },
          [&](const Activate& activate) {
            s.last_activity = s.now;
            if (activate.widget_id == ids::kVideo && activate.clicks >= 2 &&
                s.active_layer().find(ids::kVideo)) {
              commands = {ToggleFullscreen{}};
              return;
            }
            const auto order = s.focus_order();
            // Modal layers: a click outside the layer that has focus does nothing.
            if (std::find(order.begin(), order.end(), activate.widget_id) == order.end()) return;
            s.focus = activate.widget_id;
            commands = s.activate(activate.widget_id);
          },
          [&](const SeekBarHover& hover) {
            s.last_activity = s.now;
            s.hover = std::clamp<Micros>(hover.at, 0, std::max<Micros>(0, s.playback.duration));
          },
          [&](const SeekBarDrag& drag) {
            s.last_activity = s.now;
            if (s.screen != Screen::Lesson || s.overlay || s.help_open || s.quit_open) return;
            s.hover = drag.at;
            commands = s.seek_to(drag.at);
          },
          [&](const PointerLeave&) { s.hover.reset(); },
          [&](const PointerMoved&) { s.last_activity = s.now; },
          [&](const Tick& tick) {
            s.now = tick.now;
            std::erase_if(s.toasts, [&](const Toast& toast) { return toast.until <= s.now; });
            if (s.notice && s.notice->until && *s.notice->until <= s.now) s.notice.reset();
          },
          [&](const PlaybackChanged& playback) {
            s.playback = playback;
            s.pending_seek.reset();  // sent after step(): the queued seek was carried out or refused
            if (s.notice && s.notice->until_position && playback.position >= *s.notice->until_position) {
              s.notice.reset();
            }
          },
          [&](const SeekLimitChanged& changed) { s.limit = changed.limit; },
          [&](const CueReached& reached) {
            if (reached.firing.cue == nullptr) return;
            ++s.progress[s.index_of(*reached.firing.cue)].times_fired;
            s.open_cue(reached.firing, commands);
          },
          [&](const AnswerGraded& graded) {
            if (graded.cue == nullptr) return;
            apply_outcome(s.progress[s.index_of(*graded.cue)], graded.outcome);
            if (s.overlay && s.overlay->cue == graded.cue) {
              s.overlay->phase = CueOverlay::Phase::Feedback;
              s.overlay->outcome = graded.outcome;
              s.overlay->attempts_left = graded.outcome.attempts_left;
            }
          },
          [&](const Seeked& seeked) {
            s.pending_seek.reset();
            s.playback.position = seeked.seek.to;
            if (seeked.seek.reason == runtime::SeekReason::Remediation) {
              // Shown until playback is back at the cue.
              s.notice = Notice{seek_notice(seeked.seek), std::nullopt, seeked.seek.from};
            } else if (seeked.seek.reason == runtime::SeekReason::Adaptive) {
              s.notice = Notice{seek_notice(seeked.seek), s.now + kNoticeDuration, std::nullopt};
            } else if (s.overlay) {
              s.overlay.reset();  // the session left the cue; it asks again when reached again
            }
          },
          [&](const Skipped& skipped) {
            if (skipped.cue == nullptr) return;
            auto& progress = s.progress[s.index_of(*skipped.cue)];
            progress.skipped = !progress.completed;
          },
          [&](const Ended& ended) {
            s.result = ended.result;
            s.screen = Screen::End;
            s.overlay.reset();
            s.help_open = false;
            s.captions_menu_open = false;
            s.notice.reset();
            s.toasts.clear();
          },
          [&](const CueRestored& restored) {
            if (restored.cue != nullptr) s.progress[s.index_of(*restored.cue)] = restored.progress;
          },
          [&](const CaptionText& caption) { s.caption_text = caption.text; },
          [&](const LearnerChoices& choices) { commands = s.apply_choices(choices); },
      },
      input);
  s.ensure_focus();
  return commands;
}

void PlayerUi::State::open_cue(const runtime::CueFiring& firing, Commands& commands) {
  const auto& cue = *firing.cue;
  if (notice && notice->until_position) notice.reset();  // the rewatch reached its cue
  if (!firing.pauses) {
    std::erase_if(toasts, [&](const Toast& toast) { return toast.cue == &cue; });
    toasts.push_back(Toast{&cue, now + kToastDuration});
    return;
  }
  const bool note = cue.question.type == lesson::QuestionType::Note;
  if (!firing.wants_response && !note) {
    // Reached again after it was done (a backward seek re-armed it): nothing to ask.
    commands.emplace_back(ContinueAfterCue{&cue, false});
    return;
  }
  // Focus moves to the cue: nothing that was open over the video keeps it.
  help_open = false;
  captions_menu_open = false;
  pending_seek.reset();
  hover.reset();
  overlay.emplace();
  overlay->cue = &cue;
  overlay->key = lesson::AnswerKey::of(lesson, cue);
  overlay->attempts_left = firing.attempts_left;
  overlay->picked.assign(cue.question.choices.size(), false);
  focus.clear();
}

// ---- playback controls ----

Commands PlayerUi::State::seek_to(Micros target) {
  const Micros end = std::max<Micros>(0, playback.duration);
  target = std::clamp<Micros>(target, 0, end);
  const Micros from = playback.position;
  if (limit && target > from && target > limit->at) {
    target = std::max(from, limit->at);
    const std::string text =
        limit->blocking_cue != nullptr
            ? "Answer the question at " + format_clock(limit->blocking_cue->at) + " first"
            : "You can skip ahead only as far as you have watched (" + format_clock(limit->at) + ")";
    notice = Notice{text, now + kNoticeDuration, std::nullopt};
  }
  if (target == pending_seek.value_or(from)) return {};
  pending_seek = target;
  return {SeekTo{target}};
}

Commands PlayerUi::State::seek_by(Micros delta) {
  return seek_to(pending_seek.value_or(playback.position) + delta);
}

Commands PlayerUi::State::toggle_play() {
  playback.playing = !playback.playing;
  if (playback.playing) return {Play{}};
  return {Pause{}};
}

Commands PlayerUi::State::change_rate(int steps) {
  const double stepped = std::round(playback.rate / kRateStep + steps) * kRateStep;
  const double rate = std::clamp(stepped, kMinRate, kMaxRate);
  if (rate == playback.rate) return {};
  playback.rate = rate;
  return {SetRate{rate}};
}

Commands PlayerUi::State::change_volume(double delta) {
  const double volume = std::clamp(std::round((playback.volume + delta) * 100.0) / 100.0, 0.0, 1.0);
  Commands commands;
  if (playback.muted && delta > 0) {
    playback.muted = false;
    commands.emplace_back(SetMuted{false});
  }
  if (volume != playback.volume) {
    playback.volume = volume;
    commands.emplace_back(SetVolume{volume});
  }
  return commands;
}

Commands PlayerUi::State::toggle_mute() {
  playback.muted = !playback.muted;
  return {SetMuted{playback.muted}};
}

Commands PlayerUi::State::choose_captions(std::optional<std::size_t> track) {
  captions_menu_open = false;
  captions_track = track;
  caption_text.clear();
  if (!track) return {ChooseCaptions{}};
  const auto& chosen = lesson.captions.at(*track);
  return {ChooseCaptions{track, chosen.lang, chosen.label}};
}

Commands PlayerUi::State::cycle_captions() {
  if (lesson.captions.empty()) return {};
  if (!captions_track) return choose_captions(0);
  if (*captions_track + 1 < lesson.captions.size()) return choose_captions(*captions_track + 1);
  return choose_captions(std::nullopt);
}

Commands PlayerUi::State::change_text_scale(int steps) {
  // The nearest step to the current scale, then `steps` along.
  const std::size_t index = nearest_text_scale_index(text_scale);
  const auto last = static_cast<long>(kTextScales.size()) - 1;
  const long next = std::clamp(static_cast<long>(index) + steps, 0L, last);
  const double scale = kTextScales[static_cast<std::size_t>(next)];
  if (scale == text_scale) return {};
  text_scale = scale;
  return {SetTextScale{scale}};
}

// Restores remembered choices without re-announcing them as new ones, except the
// captions track, which the window has to load.
Commands PlayerUi::State::apply_choices(const LearnerChoices& choices) {
  text_scale = nearest_text_scale(choices.text_scale);
  high_contrast = choices.high_contrast;
  const auto track = track_for_lang(lesson, choices.captions_lang);
  if (track == captions_track) return {};
  return choose_captions(track);
}

Commands PlayerUi::State::toggle_contrast() {
  high_contrast = !high_contrast;
  return {SetHighContrast{high_contrast}};
}

Commands PlayerUi::State::request_quit() {
  if (overlay && overlay->unsent_input()) {
    quit_open = true;
    focus = ids::kQuitStay;
    return {};
  }
  return {Quit{}};
}

// ---- cue overlay ----

void PlayerUi::State::pick_choice(std::size_t index) {
  auto& o = *overlay;
  if (index >= o.picked.size()) return;
  if (o.cue->question.type == lesson::QuestionType::MultipleChoice) {
    o.picked[index] = !o.picked[index];
  } else {
    std::fill(o.picked.begin(), o.picked.end(), false);
    o.picked[index] = true;
  }
  o.problem.clear();
  focus = ids::choice(o.cue->question.choices[index]);
}

Commands PlayerUi::State::submit_answer() {
  auto& o = *overlay;
  if (o.phase != CueOverlay::Phase::Answering || o.is_note()) return {};
  const auto& question = o.cue->question;
  lesson::Response response;
  if (o.has_choices()) {
    for (std::size_t i = 0; i < question.choices.size(); ++i) {
      if (o.picked[i]) response.choice_ids.push_back(question.choices[i].id);
    }
    if (response.choice_ids.empty()) {
      o.problem = question.type == lesson::QuestionType::MultipleChoice ? "Pick at least one answer first."
                                                                        : "Pick an answer first.";
      return {};
    }
  } else {
    const std::string& text = o.field.text();
    if (trimmed(text).empty()) {
      o.problem = "Type your answer first.";
      return {};
    }
    response = lesson::Response::free_text(text);
    if (question.type == lesson::QuestionType::Numeric) {
      if (const auto number = lesson::parse_numeric_response(text))
        response = lesson::Response::numeric(*number);
    }
  }
  // The grader's own words ("'3,5' is not a number; ..."): shown, never sent as a wrong answer.
  if (auto problem = lesson::check_response(question, response)) {
    o.problem = std::move(*problem);
    return {};
  }
  o.problem.clear();
  o.phase = CueOverlay::Phase::Waiting;
  return {SubmitAnswer{o.cue, std::move(response)}};
}

void PlayerUi::State::retry() {
  auto& o = *overlay;
  o.phase = CueOverlay::Phase::Answering;
  o.outcome.reset();
  o.problem.clear();
  focus.clear();
}

Commands PlayerUi::State::continue_after_cue() {
  auto& o = *overlay;
  const bool session_seeks = o.outcome && o.outcome->seek;
  if (session_seeks && o.outcome->seek->reason == runtime::SeekReason::Remediation) {
    notice = Notice{seek_notice(*o.outcome->seek), std::nullopt, o.outcome->seek->from};
  }
  const auto* cue = o.cue;
  overlay.reset();
  focus.clear();
  if (!session_seeks) playback.playing = true;
  return {ContinueAfterCue{cue, session_seeks}};
}

Commands PlayerUi::State::skip_cue() {
  const auto* cue = overlay->cue;
  if (cue->required) return {};
  overlay.reset();
  focus.clear();
  playback.playing = true;
  return {SkipCue{cue}, ContinueAfterCue{cue, false}};
}

// ---- start and end screens ----

Commands PlayerUi::State::choose_learner(std::string name) {
  name = trimmed(name);
  if (name.empty()) {
    learner_problem = "Type your name to start.";
    focus = ids::kLearnerName;
    return {};
  }
  learner_problem.clear();
  screen = Screen::Lesson;
  focus.clear();
  return {ChooseLearner{std::move(name)}};
}

Commands PlayerUi::State::retake() {
  progress.assign(lesson.cues.size(), runtime::CueProgress{});
  result.reset();
  overlay.reset();
  notice.reset();
  toasts.clear();
  pending_seek.reset();
  screen = Screen::Lesson;
  focus.clear();
  return {Retake{}};
}

Commands PlayerUi::State::replay_missed(const lesson::Cue* only) {
  ReplayMissed replay;
  for (const auto& row : question_results(lesson, progress)) {
    if (row.missed && (only == nullptr || only == row.cue))
      replay.segments.push_back(replay_segment(lesson, *row.cue));
  }
  if (replay.segments.empty()) return {};
  return {std::move(replay)};
}

}  // namespace cuepoint::ui
