// The question overlay for every question type: right, wrong, retried, out of
// attempts; grader messages; keys that must not reach the video; leaving while typing.
#include <gtest/gtest.h>

#include <algorithm>

#include "cuepoint/lesson/grading.hpp"
#include "sealed_lesson.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::ui::testing {
namespace {

using lesson::Response;

std::string choice_id(const UiHarness& h, std::string_view cue, std::size_t index) {
  return ids::choice(h.cue(cue).question.choices.at(index));
}

// Plays to `cue` having passed every question before it rightly (or skipped the poll).
void reach(UiHarness& h, std::string_view cue_id) {
  const auto& target = h.cue(cue_id);
  for (;;) {
    ASSERT_TRUE(h.play_to(target.at)) << "no stop before " << cue_id;
    const auto view = h.view();
    if (view.find(ids::kQuestion) == nullptr && view.find(ids::kNote) == nullptr) continue;  // passed on
    if (h.position() == target.at) return;
    if (h.position() == h.cue("poll").at) {
      h.press(Key::Tab);
      h.press(Key::Tab);
      h.press(Key::Tab);  // choices, submit, skip
      ASSERT_EQ(h.view().focused_id, ids::kSkip);
      h.press(Key::Enter);
      continue;
    }
    ADD_FAILURE() << "stopped at " << h.position();
    return;
  }
}

void answer_right(UiHarness& h, std::string_view cue_id) {
  reach(h, cue_id);
  const auto& question = h.cue(cue_id).question;
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    if (question.choices[i].correct) h.digit(static_cast<int>(i) + 1);
  }
  if (question.type == lesson::QuestionType::Text) h.type("1/2");
  if (question.type == lesson::QuestionType::Numeric) h.type("0.25");
  if (question.type == lesson::QuestionType::Open) h.type("same amount");
  h.press(Key::Enter);
  h.press(Key::Enter);  // continue
}

TEST(QuestionOverlay, SingleChoiceRightShowsFeedbackAndContinuesWithEnter) {
  UiHarness h;
  reach(h, "single");
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kPrompt).name, "In 3/4, what does the 4 tell us?");
  EXPECT_EQ(get(view, choice_id(h, "single", 0)).role, Role::RadioButton);
  EXPECT_EQ(view.focused_id, choice_id(h, "single", 0));  // focus moved into the question
  EXPECT_EQ(get(view, ids::kAttempts).name, "2 attempts left");
  EXPECT_TRUE(h.ui().holds_playback());

  EXPECT_TRUE(h.digit(1).empty());
  EXPECT_TRUE(get(h.view(), choice_id(h, "single", 0)).selected);
  const auto submitted = h.press(Key::Enter);
  ASSERT_EQ(submitted.size(), 1U);
  EXPECT_EQ(submitted[0], Command(SubmitAnswer{&h.cue("single"), Response::choices({"a"})}));

  view = h.view();
  EXPECT_EQ(get(view, ids::kFeedback).name, "Correct");
  EXPECT_EQ(get(view, ids::kFeedback).status, Status::Correct);
  EXPECT_EQ(get(view, ids::kFeedback).description, "Well done.");
  EXPECT_EQ(get(view, "question.feedback.a").name, "Yes: it counts the parts.");
  EXPECT_EQ(get(view, choice_id(h, "single", 0)).status, Status::Correct);
  EXPECT_FALSE(get(view, choice_id(h, "single", 0)).enabled);
  EXPECT_EQ(view.focused_id, ids::kContinue);
  EXPECT_EQ(view.find(ids::kAttempts), nullptr);

  const auto continued = h.press(Key::Enter);
  ASSERT_EQ(continued.size(), 1U);
  EXPECT_EQ(continued[0], Command(ContinueAfterCue{&h.cue("single"), false}));
  EXPECT_EQ(h.view().find(ids::kQuestion), nullptr);
  EXPECT_FALSE(h.ui().holds_playback());
  EXPECT_EQ(h.view().focused_id, ids::kVideo);
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("single"))).status, Status::Answered);
}

TEST(QuestionOverlay, WrongAnswerWithRewatchShowsTheSegmentThenAsksAgainThenRunsOut) {
  UiHarness h;
  reach(h, "single");
  h.digit(2);
  h.press(Key::Enter);
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kFeedback).name, "Not quite");
  EXPECT_EQ(get(view, ids::kFeedback).status, Status::Incorrect);
  EXPECT_EQ(get(view, "question.feedback.b").name, "That is the numerator.");
  EXPECT_EQ(get(view, choice_id(h, "single", 1)).status, Status::Incorrect);
  // Another attempt is left: the right choice is not given away.
  EXPECT_EQ(get(view, choice_id(h, "single", 0)).status, Status::None);
  EXPECT_EQ(get(view, ids::kRewatch).name, "Rewatching 0:20\u20130:30");
  EXPECT_EQ(get(view, ids::kAttempts).name, "1 attempt left");
  EXPECT_EQ(view.find(ids::kRetry), nullptr);

  const auto continued = h.press(Key::Enter);
  ASSERT_EQ(continued.size(), 1U);
  EXPECT_EQ(continued[0], Command(ContinueAfterCue{&h.cue("single"), true}));
  EXPECT_EQ(h.position(), 20 * kSecond);
  EXPECT_EQ(get(h.view(), ids::kNotice).name, "Rewatching 0:20\u20130:30");
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("single"))).status, Status::Unanswered);

  ASSERT_TRUE(h.play_to(40 * kSecond));  // the rewatch reaches the cue: asked again
  EXPECT_EQ(h.position(), 30 * kSecond);
  EXPECT_EQ(h.view().find(ids::kNotice), nullptr);
  EXPECT_EQ(get(h.view(), ids::kAttempts).name, "1 attempt left");
  h.digit(3);
  h.press(Key::Enter);
  view = h.view();
  EXPECT_EQ(get(view, ids::kFeedback).status, Status::Incorrect);
  EXPECT_EQ(view.find(ids::kRewatch), nullptr);                             // no attempt left: no rewatch
  EXPECT_EQ(get(view, choice_id(h, "single", 0)).status, Status::Correct);  // now shown
  EXPECT_EQ(view.focused_id, ids::kContinue);
  EXPECT_EQ(h.press(Key::Enter), (Commands{ContinueAfterCue{&h.cue("single"), false}}));
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("single"))).status, Status::Missed);
}

TEST(QuestionOverlay, TrueFalseWrongIsRetriedWithArrowsAndSpace) {
  UiHarness h;
  answer_right(h, "single");
  reach(h, "tf");
  EXPECT_EQ(h.view().focused_id, choice_id(h, "tf", 0));
  EXPECT_TRUE(h.press(Key::Space).empty());  // picks the focused "True"
  EXPECT_TRUE(get(h.view(), choice_id(h, "tf", 0)).selected);
  h.press(Key::Enter);
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Not quite");
  EXPECT_EQ(h.view().focused_id, ids::kRetry);
  EXPECT_EQ(get(h.view(), ids::kRetry).name, "Try again");

  EXPECT_TRUE(h.press(Key::Enter).empty());  // try again: no command, the question is still open
  auto view = h.view();
  EXPECT_EQ(view.find(ids::kFeedback), nullptr);
  EXPECT_TRUE(get(view, choice_id(h, "tf", 0)).enabled);
  EXPECT_EQ(get(view, ids::kAttempts).name, "1 attempt left");
  h.press(Key::Down);
  EXPECT_EQ(h.view().focused_id, choice_id(h, "tf", 1));
  h.press(Key::Space);
  EXPECT_FALSE(get(h.view(), choice_id(h, "tf", 0)).selected);  // one choice only
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("tf"), Response::choices({"false"})}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Correct");
  EXPECT_EQ(h.runtime().progress(h.cue("tf")).attempts, 2);
}

TEST(QuestionOverlay, MultipleChoiceTogglesPartialCreditThenOutOfAttempts) {
  UiHarness h;
  answer_right(h, "single");
  answer_right(h, "tf");
  reach(h, "multi");
  EXPECT_EQ(get(h.view(), choice_id(h, "multi", 0)).role, Role::CheckBox);
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  EXPECT_EQ(get(h.view(), ids::kProblem).name, "Pick at least one answer first.");
  h.digit(1);
  h.digit(3);
  h.digit(3);  // toggled off again
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("multi"), Response::choices({"a"})}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Partly right: 1 of 2 points");
  EXPECT_EQ(get(h.view(), ids::kFeedback).status, Status::Partial);
  h.press(Key::Enter);  // try again
  h.digit(3);
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("multi"), Response::choices({"a", "c"})}}));
  const auto view = h.view();
  EXPECT_EQ(get(view, ids::kFeedback).name, "Not quite");
  EXPECT_EQ(get(view, "question.feedback.c").name, "2/3 is more than a half.");
  EXPECT_EQ(get(view, choice_id(h, "multi", 1)).status, Status::Correct);  // revealed: no attempt left
  EXPECT_EQ(view.find(ids::kRetry), nullptr);
  h.press(Key::Enter);
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("multi"))).status, Status::Missed);
}

TEST(QuestionOverlay, TextAnswerTakesTypedTextAndImeComposition) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi"}) answer_right(h, id);
  reach(h, "text");
  EXPECT_EQ(h.view().focused_id, ids::kAnswerField);
  EXPECT_TRUE(h.type("one ").empty());  // no key reached the video
  h.send(Composition{"hal", 3});
  auto field = get(h.view(), ids::kAnswerField);
  ASSERT_TRUE(field.edit);
  EXPECT_EQ(field.edit->text, "one ");
  EXPECT_EQ(field.edit->preedit, "hal");
  EXPECT_EQ(field.edit->preedit_caret, 3U);
  h.send(TextInput{"half"});
  field = get(h.view(), ids::kAnswerField);
  EXPECT_EQ(field.edit->text, "one half");
  EXPECT_EQ(field.edit->preedit, "");
  EXPECT_EQ(field.edit->caret, 8U);
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("text"), Response::free_text("one half")}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Correct");
  // Adaptivity on a right answer: the session jumps ahead.
  EXPECT_EQ(get(h.view(), ids::kRewatch).name, "Moving on to 1:40");
  EXPECT_EQ(h.press(Key::Enter), (Commands{ContinueAfterCue{&h.cue("text"), true}}));
  EXPECT_EQ(h.position(), 100 * kSecond);
  EXPECT_EQ(get(h.view(), ids::kNotice).name, "Moving on to 1:40");
  h.send(Tick{kNoticeDuration});
  EXPECT_EQ(h.view().find(ids::kNotice), nullptr);
}

TEST(QuestionOverlay, UnreadableNumberShowsTheGradersMessageAndIsNotSent) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi", "text"}) answer_right(h, id);
  reach(h, "numeric");
  EXPECT_EQ(get(h.view(), ids::kAnswerField).name, "Your answer (a number, such as 3.5)");
  h.type("3,5");
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  const auto expected = lesson::check_response(h.cue("numeric").question, Response::free_text("3,5"));
  ASSERT_TRUE(expected);
  EXPECT_EQ(get(h.view(), ids::kProblem).name, *expected);
  EXPECT_EQ(
      get(h.view(), ids::kProblem).name,
      "'3,5' is not a number; expected digits with an optional sign and '.' as the decimal separator (e.g. "
      "'3.5')");
  EXPECT_EQ(get(h.view(), ids::kProblem).role, Role::Alert);
  EXPECT_TRUE(get(h.view(), ids::kAnswerField).invalid);
  EXPECT_EQ(h.view().find(ids::kFeedback), nullptr);  // no wrong mark
  EXPECT_EQ(h.runtime().progress(h.cue("numeric")).attempts, 0);
  EXPECT_EQ(get(h.view(), ids::kAttempts).name, "2 attempts left");

  h.press(Key::Backspace);
  h.press(Key::Backspace);
  EXPECT_EQ(h.view().find(ids::kProblem), nullptr);  // being corrected
  h.type(".4");
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("numeric"), Response::numeric(3.4)}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Not quite");
  h.press(Key::Enter);  // try again: the text stays for editing
  EXPECT_EQ(get(h.view(), ids::kAnswerField).edit->text, "3.4");
  h.press(Key::Home);
  h.press(Key::Delete);
  h.press(Key::Delete);
  h.press(Key::Delete);
  h.type("0.25");
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("numeric"), Response::numeric(0.25)}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Correct");
}

TEST(QuestionOverlay, NumericWrongTwiceRunsOutOfAttempts) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi", "text"}) answer_right(h, id);
  reach(h, "numeric");
  h.type("4");
  h.press(Key::Enter);
  h.press(Key::Enter);
  h.press(Key::Backspace);
  h.type("0.5");
  h.press(Key::Enter);
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Not quite");
  EXPECT_EQ(h.view().find(ids::kRetry), nullptr);
  EXPECT_EQ(h.view().find(ids::kAttempts), nullptr);
  EXPECT_FALSE(get(h.view(), ids::kAnswerField).enabled);
  EXPECT_EQ(h.press(Key::Enter), (Commands{ContinueAfterCue{&h.cue("numeric"), false}}));
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("numeric"))).status, Status::Missed);
}

TEST(QuestionOverlay, OpenAnswerIsSavedNotGraded) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi", "text", "numeric"}) answer_right(h, id);
  reach(h, "open");
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  EXPECT_EQ(get(h.view(), ids::kProblem).name, "Type your answer first.");
  EXPECT_EQ(h.view().find(ids::kAttempts), nullptr);  // ungraded: no attempts to count
  h.type("Both are half of the whole");
  EXPECT_EQ(h.press(Key::Enter),
            (Commands{SubmitAnswer{&h.cue("open"), Response::free_text("Both are half of the whole")}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Answer saved");
  EXPECT_EQ(get(h.view(), ids::kFeedback).status, Status::Recorded);
  h.press(Key::Enter);
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("open"))).status, Status::Answered);
}

TEST(QuestionOverlay, OptionalPollIsAnsweredOrSkipped) {
  UiHarness h;
  ASSERT_TRUE(h.play_to(kDuration));
  EXPECT_EQ(h.position(), 10 * kSecond);
  EXPECT_NE(h.view().find(ids::kSkip), nullptr);
  h.digit(2);
  EXPECT_EQ(h.press(Key::Enter), (Commands{SubmitAnswer{&h.cue("poll"), Response::choices({"never"})}}));
  EXPECT_EQ(get(h.view(), ids::kFeedback).name, "Answer saved");

  UiHarness skipping;
  ASSERT_TRUE(skipping.play_to(kDuration));
  const auto commands = skipping.activate(ids::kSkip);
  EXPECT_EQ(commands,
            (Commands{SkipCue{&skipping.cue("poll")}, ContinueAfterCue{&skipping.cue("poll"), false}}));
  EXPECT_TRUE(skipping.runtime().progress(skipping.cue("poll")).skipped);
  EXPECT_EQ(get(skipping.view(), ids::cue_marker(skipping.cue("poll"))).status, Status::Skipped);
  EXPECT_TRUE(skipping.playing());
}

TEST(QuestionOverlay, RequiredQuestionHasNoSkip) {
  UiHarness h;
  reach(h, "single");
  EXPECT_EQ(h.view().find(ids::kSkip), nullptr);
  EXPECT_EQ(h.activate(ids::kSkip), Commands{});
}

TEST(QuestionOverlay, PausingNoteShowsAndContinues) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi", "text", "numeric", "open"}) answer_right(h, id);
  reach(h, "note");
  EXPECT_EQ(get(h.view(), ids::kNote).role, Role::Dialog);
  EXPECT_EQ(get(h.view(), ids::kPrompt).name, "Bring your answer to class.");
  EXPECT_EQ(h.view().focused_id, ids::kNoteContinue);
  EXPECT_EQ(h.press(Key::Space), (Commands{ContinueAfterCue{&h.cue("note"), false}}));
  EXPECT_EQ(h.view().find(ids::kNote), nullptr);
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("note"))).status, Status::Answered);
}

TEST(QuestionOverlay, PassingNoteIsAToastThatDoesNotStopAndExpires) {
  UiHarness h;
  answer_right(h, "single");
  answer_right(h, "tf");
  h.send(Tick{1 * kSecond});
  EXPECT_FALSE(h.play_to(60 * kSecond));
  EXPECT_TRUE(h.playing());
  EXPECT_EQ(get(h.view(), ids::toast(h.cue("fold"))).name, "Fold a sheet of paper in half.");
  EXPECT_EQ(get(h.view(), ids::toast(h.cue("fold"))).role, Role::Status);
  EXPECT_EQ(h.view().find(ids::kNote), nullptr);
  EXPECT_FALSE(h.ui().holds_playback());
  h.send(Tick{1 * kSecond + kToastDuration});
  EXPECT_EQ(h.view().find(ids::toast(h.cue("fold"))), nullptr);
}

TEST(QuestionOverlay, VideoKeysDoNotReachTheVideoWhileAQuestionIsOpen) {
  UiHarness h;
  reach(h, "single");
  for (const Key key :
       {Key::Space, Key::K, Key::J, Key::L, Key::Left, Key::Right, Key::M, Key::LeftBracket,
        Key::RightBracket, Key::Up, Key::Down, Key::C, Key::F, Key::Question, Key::Home, Key::End}) {
    for (const auto& command : h.press(key)) {
      EXPECT_FALSE(std::holds_alternative<Play>(command) || std::holds_alternative<Pause>(command) ||
                   std::holds_alternative<SeekTo>(command) || std::holds_alternative<SetRate>(command) ||
                   std::holds_alternative<SetMuted>(command) || std::holds_alternative<SetVolume>(command) ||
                   std::holds_alternative<ChooseCaptions>(command) ||
                   std::holds_alternative<ToggleFullscreen>(command))
          << "key " << static_cast<int>(key);
    }
  }
  EXPECT_EQ(h.digit(9), Commands{});  // no ninth choice, and no seek to 90 %
  EXPECT_EQ(h.view().find(ids::kHelp), nullptr);
  // Pointer: the control bar under the question is disabled, the seek bar does not move.
  EXPECT_EQ(h.activate(ids::kPlay), Commands{});
  EXPECT_EQ(h.send(SeekBarDrag{5 * kSecond}), Commands{});
  EXPECT_FALSE(get(h.view(), ids::kSeekBar).enabled);
  EXPECT_EQ(h.position(), 30 * kSecond);
  EXPECT_FALSE(h.playing());
  EXPECT_EQ(h.rate(), 1.0);
  EXPECT_NE(h.view().find(ids::kQuestion), nullptr);
}

TEST(QuestionOverlay, LettersTypedInAnAnswerAreTextNotShortcuts) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi"}) answer_right(h, id);
  reach(h, "text");
  EXPECT_EQ(h.type("jklmfcq 5"), Commands{});
  EXPECT_EQ(get(h.view(), ids::kAnswerField).edit->text, "jklmfcq 5");
  EXPECT_EQ(h.view().find(ids::kQuitDialog), nullptr);
  EXPECT_NE(h.view().find(ids::kQuestion), nullptr);
}

TEST(QuestionOverlay, LeavingWhileTypingAsksFirst) {
  UiHarness h;
  for (const auto* id : {"single", "tf", "multi"}) answer_right(h, id);
  reach(h, "text");
  h.type("one ha");
  EXPECT_EQ(h.press(Key::Escape), Commands{});
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kQuitDialog).role, Role::Dialog);
  EXPECT_EQ(get(view, ids::kQuitDialog).description, "Your answer has not been sent yet.");
  EXPECT_EQ(view.focused_id, ids::kQuitStay);
  EXPECT_FALSE(get(view, ids::kAnswerField).enabled);  // the dialog is modal
  EXPECT_EQ(h.type("lf"), Commands{});                 // keys and text do not reach the answer
  EXPECT_EQ(h.press(Key::Enter), Commands{});          // "Keep answering"
  view = h.view();
  EXPECT_EQ(view.find(ids::kQuitDialog), nullptr);
  EXPECT_EQ(get(view, ids::kAnswerField).edit->text, "one ha");
  EXPECT_EQ(view.focused_id, ids::kAnswerField);

  h.press(Key::Escape);
  h.press(Key::Tab);
  EXPECT_EQ(h.view().focused_id, ids::kQuitLeave);
  EXPECT_EQ(h.press(Key::Enter), Commands{Quit{}});
}

TEST(QuestionOverlay, LeavingWithNothingTypedDoesNotAsk) {
  UiHarness h;
  reach(h, "single");
  EXPECT_EQ(h.press(Key::Q), Commands{Quit{}});
  UiHarness picked;
  reach(picked, "single");
  picked.digit(2);  // a picked but unsent choice is an answer in progress too
  EXPECT_EQ(picked.press(Key::Q), Commands{});
  EXPECT_NE(picked.view().find(ids::kQuitDialog), nullptr);
  EXPECT_EQ(picked.press(Key::Escape), Commands{});  // Esc in the dialog: stay
  EXPECT_EQ(picked.view().find(ids::kQuitDialog), nullptr);
}

TEST(QuestionOverlay, CueReachedAgainAfterItIsDoneContinuesByItself) {
  UiHarness h;
  answer_right(h, "single");
  ASSERT_FALSE(h.play_to(40 * kSecond));
  h.press(Key::J);
  h.press(Key::J);  // back to 0:20
  EXPECT_EQ(h.position(), 20 * kSecond);
  ASSERT_TRUE(h.play_to(40 * kSecond));  // the re-armed cue stops playback again...
  EXPECT_EQ(h.position(), 30 * kSecond);
  EXPECT_EQ(h.view().find(ids::kQuestion), nullptr);  // ...but asks nothing
  ASSERT_FALSE(h.log().empty());
  EXPECT_EQ(h.log().back(), Command(ContinueAfterCue{&h.cue("single"), false}));
  EXPECT_TRUE(h.playing());
}

TEST(QuestionOverlay, PointerPicksChoicesAndSubmits) {
  UiHarness h;
  reach(h, "single");
  EXPECT_EQ(h.activate(choice_id(h, "single", 0)), Commands{});
  EXPECT_EQ(h.activate(ids::kSubmit), (Commands{SubmitAnswer{&h.cue("single"), Response::choices({"a"})}}));
  EXPECT_EQ(h.activate(ids::kContinue), (Commands{ContinueAfterCue{&h.cue("single"), false}}));
}

// Every widget of the view as "id|name|status|description", depth first.
void flatten(const Widget& widget, std::vector<std::string>& out) {
  out.push_back(widget.id + "|" + widget.name + "|" + std::string(to_string(widget.status)) + "|" +
                widget.description);
  for (const Widget& child : widget.children) flatten(child, out);
}

// Wrong, partly right, right and revealed answers to the three choice questions, with
// what the learner sees after each: picked by position, so plain and sealed lessons
// get the same presses.
std::vector<std::string> answer_choice_questions(UiHarness& h) {
  std::vector<std::string> seen;
  const auto look = [&] { flatten(h.view().root, seen); };
  reach(h, "single");
  h.digit(2);
  h.press(Key::Enter);
  look();
  h.press(Key::Enter);                   // rewatch 0:20-0:30
  EXPECT_TRUE(h.play_to(40 * kSecond));  // asked again
  h.digit(3);
  h.press(Key::Enter);
  look();  // out of attempts: the right choice is shown
  h.press(Key::Enter);
  reach(h, "tf");
  h.digit(1);
  h.press(Key::Enter);
  look();
  h.press(Key::Enter);  // try again
  h.digit(2);
  h.press(Key::Enter);
  look();
  h.press(Key::Enter);
  reach(h, "multi");
  h.digit(1);
  h.press(Key::Enter);
  look();
  h.press(Key::Enter);
  h.digit(3);
  h.press(Key::Enter);
  look();
  return seen;
}

TEST(QuestionOverlay, ASealedLessonShowsTheSameFeedbackAsThePlainOne) {
  UiHarness plain;
  UiHarness sealed(cuepoint::testing::sealed_copy(sample_lesson()));
  ASSERT_TRUE(sealed.lesson().seal);
  ASSERT_FALSE(sealed.cue("single").question.choices[0].correct);
  const auto plain_seen = answer_choice_questions(plain);
  EXPECT_EQ(answer_choice_questions(sealed), plain_seen);
  // What is compared holds right and wrong marks, and a correct choice shown unpicked.
  const std::string correct = "|" + std::string(to_string(Status::Correct)) + "|";
  const std::string incorrect = "|" + std::string(to_string(Status::Incorrect)) + "|";
  const auto marked = [&](const std::string& status, const std::string& id) {
    return std::any_of(plain_seen.begin(), plain_seen.end(), [&](const std::string& line) {
      return line.find(status) != std::string::npos && line.rfind(id, 0) == 0;
    });
  };
  EXPECT_TRUE(marked(correct, choice_id(plain, "single", 0)));
  EXPECT_TRUE(marked(incorrect, choice_id(plain, "single", 1)));
  EXPECT_TRUE(marked(correct, choice_id(plain, "multi", 1)));
}

}  // namespace
}  // namespace cuepoint::ui::testing
