#include "ui_fixture.hpp"

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>
#include <utility>

#include "cuepoint/ui/seek_limit.hpp"

namespace cuepoint::ui::testing {
namespace {

lesson::Choice choice(std::string id, std::string text, bool correct, std::string feedback = {}) {
  lesson::Choice c;
  c.id = std::move(id);
  c.text = std::move(text);
  c.correct = correct;
  c.feedback = std::move(feedback);
  return c;
}

lesson::Cue cue(std::string id, Micros at, lesson::QuestionType type, std::string prompt) {
  lesson::Cue c;
  c.id = std::move(id);
  c.at = at;
  c.question.type = type;
  c.question.prompt = std::move(prompt);
  c.question.feedback_correct = "Well done.";
  c.question.feedback_incorrect = "Have another look.";
  return c;
}

}  // namespace

lesson::Lesson sample_lesson() {
  using lesson::QuestionType;
  lesson::Lesson l;
  l.id = "ui-sample";
  l.version = "1";
  l.title = "Fractions";
  l.video.src = "lecture.mp4";
  l.settings.allow_skip_ahead = false;
  l.settings.max_attempts = 2;
  l.settings.pass_score = 60;
  l.captions = {lesson::CaptionTrack{"captions.en.vtt", "en", "English", {}},
                lesson::CaptionTrack{"captions.es.vtt", "es", "Espa\u00f1ol", {}}};
  l.chapters = {lesson::Chapter{0, "What is a fraction?", {}}, lesson::Chapter{20 * kSecond, "Numerator", {}},
                lesson::Chapter{60 * kSecond, "Equivalent fractions", {}}};

  auto poll = cue("poll", 10 * kSecond, QuestionType::Poll, "How often have you used fractions?");
  poll.required = false;
  poll.question.choices = {choice("often", "Often", false), choice("never", "Never", false)};

  auto single = cue("single", 30 * kSecond, QuestionType::SingleChoice, "In 3/4, what does the 4 tell us?");
  single.question.choices = {choice("a", "The parts of the whole", true, "Yes: it counts the parts."),
                             choice("b", "The parts we take", false, "That is the numerator."),
                             choice("c", "How big the whole is", false)};
  single.question.on_incorrect_seek = 20 * kSecond;

  auto tf = cue("tf", 50 * kSecond, QuestionType::TrueFalse, "Two fifths is more than three fifths.");
  tf.question.choices = {choice("true", "True", false, "2 is fewer than 3."),
                         choice("false", "False", true, "Right.")};

  auto passing = cue("fold", 55 * kSecond, QuestionType::Note, "Fold a sheet of paper in half.");
  passing.pause = false;
  passing.required = false;

  auto multi = cue("multi", 70 * kSecond, QuestionType::MultipleChoice, "Which are equal to 1/2?");
  multi.question.points = 2;
  multi.question.choices = {choice("a", "2/4", true, "2 is half of 4."), choice("b", "3/6", true),
                            choice("c", "2/3", false, "2/3 is more than a half.")};

  auto text = cue("text", 90 * kSecond, QuestionType::Text, "Simplify 4/8.");
  text.question.accepted_answers = {"1/2", "one half"};
  text.question.on_correct_seek = 100 * kSecond;

  auto numeric = cue("numeric", 110 * kSecond, QuestionType::Numeric, "Write 1/4 as a decimal.");
  numeric.question.numeric_value = 0.25;
  numeric.question.tolerance = 0.001;

  auto open = cue("open", 130 * kSecond, QuestionType::Open, "Why are 2/4 and 1/2 the same?");
  auto note = cue("note", 150 * kSecond, QuestionType::Note, "Bring your answer to class.");
  note.required = false;

  l.cues = {poll, single, tf, passing, multi, text, numeric, open, note};
  return l;
}

const Widget& get(const View& view, std::string_view id) {
  const Widget* widget = view.find(id);
  if (widget == nullptr) throw std::runtime_error("no widget " + std::string(id));
  return *widget;
}

UiSettings fixed_learner() {
  UiSettings settings;
  settings.learner.fixed = "ana";
  return settings;
}

UiHarness::UiHarness(lesson::Lesson lesson, UiSettings settings)
    : lesson_(std::make_unique<lesson::Lesson>(std::move(lesson))),
      runtime_(*lesson_),
      ui_(*lesson_, std::move(settings)) {
  report_playback();
}

const lesson::Cue& UiHarness::cue(std::string_view id) const {
  const auto* found = lesson_->find_cue(id);
  if (found == nullptr) throw std::invalid_argument("no cue " + std::string(id));
  return *found;
}

Commands UiHarness::send(const Input& input) {
  auto commands = ui_.handle(input);
  for (const auto& command : commands) carry_out(command);
  return commands;
}

Commands UiHarness::press(Key key, bool shift, bool ctrl) { return send(KeyPress{key, shift, ctrl, 0}); }

Commands UiHarness::digit(int n) { return send(KeyPress::digit_key(n)); }

Commands UiHarness::type(const std::string& text) {
  Commands commands;
  for (const char c : text) {
    // SDL sends a key press for each letter too; the UI must not act on it while typing.
    const std::string letters = "kjlmcfq";
    const std::array<Key, 7> keys = {Key::K, Key::J, Key::L, Key::M, Key::C, Key::F, Key::Q};
    if (const auto at = letters.find(c); at != std::string::npos) {
      for (auto& command : press(keys[at])) commands.push_back(std::move(command));
    } else if (c == ' ') {
      for (auto& command : press(Key::Space)) commands.push_back(std::move(command));
    } else if (c >= '0' && c <= '9') {
      for (auto& command : digit(c - '0')) commands.push_back(std::move(command));
    }
  }
  for (auto& command : send(TextInput{text})) commands.push_back(std::move(command));
  return commands;
}

Commands UiHarness::activate(std::string_view widget_id, int clicks) {
  return send(Activate{std::string(widget_id), clicks});
}

bool UiHarness::play_to(Micros t) {
  if (!playing_) throw std::logic_error("play_to while paused");
  const auto stop = runtime_.next_stop(position_);
  const Micros until = stop && *stop <= t ? *stop : t;
  const Micros from = position_;
  position_ = until;
  runtime_.watched_until(position_);
  for (const auto* passing : runtime_.passing_cues(from, position_)) {
    ui_.handle(CueReached{runtime_.fire(*passing)});
  }
  const auto* cue = runtime_.pausing_cue_at(position_);
  if (cue == nullptr) {
    report_playback();
    return false;
  }
  playing_ = false;
  report_playback();
  for (const auto& command : ui_.handle(CueReached{runtime_.fire(*cue)})) carry_out(command);
  return true;
}

void UiHarness::end() {
  playing_ = false;
  position_ = kDuration;
  report_playback();
  ui_.handle(Ended{runtime_.result()});
}

void UiHarness::report_playback() {
  ui_.handle(PlaybackChanged{position_, kDuration, playing_, rate_, volume_, muted_});
  ui_.handle(SeekLimitChanged{seek_limit(runtime_, position_, kDuration)});
}

void UiHarness::seek(Micros from, Micros to, runtime::SeekReason reason) {
  runtime_.seeked(from, to);
  position_ = to;
  ui_.handle(Seeked{runtime::SeekRequest{from, to, reason}});
  report_playback();
}

void UiHarness::carry_out(const Command& command) {
  log_.push_back(command);
  if (const auto* seek_to = std::get_if<SeekTo>(&command)) {
    // The UI clamps exactly as the runtime's skipping rules would: the session never has to.
    EXPECT_EQ(runtime_.allowed_seek_target(position_, seek_to->target), seek_to->target);
    seek(position_, seek_to->target, runtime::SeekReason::Learner);
  } else if (const auto* submit = std::get_if<SubmitAnswer>(&command)) {
    const auto outcome = runtime_.answer(*submit->cue, submit->response);
    if (outcome.seek) queued_seek_ = outcome.seek;
    for (const auto& next : ui_.handle(AnswerGraded{submit->cue, submit->response, outcome})) carry_out(next);
  } else if (const auto* skip = std::get_if<SkipCue>(&command)) {
    runtime_.skip(*skip->cue);
    ui_.handle(Skipped{skip->cue});
  } else if (const auto* continued = std::get_if<ContinueAfterCue>(&command)) {
    EXPECT_EQ(continued->session_seeks, queued_seek_.has_value());
    playing_ = true;
    if (queued_seek_) {
      const auto request = *queued_seek_;
      queued_seek_.reset();
      seek(request.from, request.to, request.reason);
    } else {
      report_playback();
    }
  } else if (std::holds_alternative<Play>(command)) {
    playing_ = true;
    report_playback();
  } else if (std::holds_alternative<Pause>(command)) {
    playing_ = false;
    report_playback();
  } else if (const auto* rate = std::get_if<SetRate>(&command)) {
    rate_ = rate->rate;
    report_playback();
  } else if (const auto* volume = std::get_if<SetVolume>(&command)) {
    volume_ = volume->volume;
    report_playback();
  } else if (const auto* muted = std::get_if<SetMuted>(&command)) {
    muted_ = muted->muted;
    report_playback();
  }
}

}  // namespace cuepoint::ui::testing
