// The end screen: score, pass mark, each question's result, replay what was missed, retake.
#include <gtest/gtest.h>

#include "ui_fixture.hpp"

namespace cuepoint::ui::testing {
namespace {

// Plays the sample lesson: poll skipped, single missed twice, tf right, multi half
// right, text right, numeric right, open answered, note read.
UiHarness& play_through(UiHarness& h) {
  const auto stop = [&] { EXPECT_TRUE(h.play_to(kDuration)); };
  stop();
  h.activate(ids::kSkip);  // poll
  stop();
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // single: wrong, rewatch
  stop();
  h.digit(3);
  h.press(Key::Enter);
  h.press(Key::Enter);  // single: wrong again, out of attempts
  stop();
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // tf right
  stop();
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // multi: one of two right
  h.digit(1);
  h.digit(3);
  h.press(Key::Enter);
  h.press(Key::Enter);  // multi: a, b, c: still 1 of 2, out of attempts
  stop();
  h.type("1/2");
  h.press(Key::Enter);
  h.press(Key::Enter);  // text right, jumps to 1:40
  stop();
  h.type("0.25");
  h.press(Key::Enter);
  h.press(Key::Enter);  // numeric right
  stop();
  h.type("Same amount");
  h.press(Key::Enter);
  h.press(Key::Enter);  // open
  stop();
  h.press(Key::Enter);  // note
  EXPECT_FALSE(h.play_to(kDuration));
  h.end();
  return h;
}

TEST(EndScreen, ShowsScorePassMarkAndEachQuestionsResult) {
  UiHarness h;
  play_through(h);
  EXPECT_EQ(h.ui().screen(), Screen::End);
  const auto view = h.view();
  // single 0/1, tf 1/1, multi 1/2, text 1/1, numeric 1/1: 4 of 6.
  EXPECT_EQ(get(view, ids::kScore).value, "4 of 6 points (66.6 %)");
  EXPECT_EQ(get(view, ids::kPassMark).value, "60 %");
  EXPECT_EQ(get(view, ids::kPassMark).description, "Passed");
  const auto& results = get(view, ids::kResults);
  ASSERT_EQ(results.children.size(), 7U);  // every cue but the two notes
  EXPECT_EQ(get(view, ids::result(h.cue("poll"))).value, "Skipped");
  EXPECT_EQ(get(view, ids::result(h.cue("poll"))).status, Status::Skipped);
  EXPECT_EQ(get(view, ids::result(h.cue("single"))).value, "0 of 1 point");
  EXPECT_EQ(get(view, ids::result(h.cue("single"))).status, Status::Incorrect);
  EXPECT_EQ(get(view, ids::result(h.cue("tf"))).status, Status::Correct);
  EXPECT_EQ(get(view, ids::result(h.cue("multi"))).value, "1 of 2 points");
  EXPECT_EQ(get(view, ids::result(h.cue("multi"))).status, Status::Partial);
  EXPECT_EQ(get(view, ids::result(h.cue("open"))).value, "Answer saved");
  EXPECT_EQ(get(view, ids::result(h.cue("open"))).status, Status::Recorded);
  EXPECT_EQ(get(view, ids::replay(h.cue("single"))).description, "Rewatch 0:20\u20130:30");
  EXPECT_EQ(view.find(ids::replay(h.cue("tf"))), nullptr);
  EXPECT_EQ(view.focused_id, ids::kReplayMissed);
  // The end screen's numbers are the runtime's.
  EXPECT_EQ(h.runtime().result().score, 4.0);
}

TEST(EndScreen, ReplayWhatIMissedJumpsToEachRewatchSegmentOrChapter) {
  UiHarness h;
  play_through(h);
  const auto commands = h.press(Key::Enter);
  ASSERT_EQ(commands.size(), 1U);
  // single has a rewatch segment; multi has none, so its chapter up to the cue.
  EXPECT_EQ(commands[0], Command(ReplayMissed{{ReplaySegment{&h.cue("single"), 20 * kSecond, 30 * kSecond},
                                               ReplaySegment{&h.cue("multi"), 60 * kSecond, 70 * kSecond}}}));
  EXPECT_EQ(h.activate(ids::replay(h.cue("multi"))),
            (Commands{ReplayMissed{{ReplaySegment{&h.cue("multi"), 60 * kSecond, 70 * kSecond}}}}));
}

TEST(EndScreen, RetakeStartsAgainWithNothingAnswered) {
  UiHarness h;
  play_through(h);
  EXPECT_EQ(h.activate(ids::kRetake), Commands{Retake{}});
  EXPECT_EQ(h.ui().screen(), Screen::Lesson);
  EXPECT_EQ(get(h.view(), ids::cue_marker(h.cue("tf"))).status, Status::Unanswered);
  EXPECT_EQ(h.view().find(ids::kEnd), nullptr);
}

TEST(EndScreen, AllRightOffersNoReplayAndFailingSaysNotPassedYet) {
  auto lesson = sample_lesson();
  lesson.settings.pass_score = 90;
  UiHarness h(lesson);
  play_through(h);
  EXPECT_EQ(get(h.view(), ids::kPassMark).value, "90 %");
  EXPECT_EQ(get(h.view(), ids::kPassMark).description, "Not passed yet");
  EXPECT_EQ(get(h.view(), ids::kPassMark).status, Status::Incorrect);
  EXPECT_EQ(h.press(Key::Q), Commands{Quit{}});

  lesson::Lesson ungraded = sample_lesson();
  std::erase_if(ungraded.cues, [](const lesson::Cue& cue) { return lesson::is_graded(cue.question.type); });
  UiHarness open_only(ungraded);
  open_only.end();
  EXPECT_EQ(get(open_only.view(), ids::kScore).value, "No graded questions");
  EXPECT_EQ(open_only.view().find(ids::kReplayMissed), nullptr);
  EXPECT_EQ(open_only.view().focused_id, ids::kRetake);
}

}  // namespace
}  // namespace cuepoint::ui::testing
