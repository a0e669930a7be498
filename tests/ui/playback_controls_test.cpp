// Video keys and the control bar: play/pause, seeks under the skipping rules, speed,
// volume, captions, auto-hide, text size and contrast, help, resume markers.
#include <gtest/gtest.h>

#include <cmath>

#include "cuepoint/ui/seek_limit.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::ui::testing {
namespace {

lesson::Lesson free_lesson() {
  auto l = sample_lesson();
  l.settings.allow_skip_ahead = true;
  return l;
}

TEST(PlaybackControls, SpaceAndKPlayAndPause) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::Space), Commands{Pause{}});
  EXPECT_EQ(get(h.view(), ids::kPlay).name, "Play");
  EXPECT_EQ(get(h.view(), ids::kVideo).value, "Paused");
  EXPECT_EQ(h.press(Key::K), Commands{Play{}});
  EXPECT_EQ(get(h.view(), ids::kPlay).name, "Pause");
  EXPECT_EQ(h.activate(ids::kPlay), Commands{Pause{}});
}

TEST(PlaybackControls, ArrowsAndJLSeekFreelyWhenTheLessonAllowsIt) {
  UiHarness h(free_lesson());
  EXPECT_EQ(h.press(Key::Right), Commands{SeekTo{5 * kSecond}});
  EXPECT_EQ(h.press(Key::L), Commands{SeekTo{15 * kSecond}});
  EXPECT_EQ(h.press(Key::J), Commands{SeekTo{5 * kSecond}});
  EXPECT_EQ(h.press(Key::Left), Commands{SeekTo{0}});
  EXPECT_EQ(h.press(Key::Left), Commands{});  // already at the start
  EXPECT_EQ(h.press(Key::End), Commands{SeekTo{kDuration}});
  EXPECT_EQ(h.digit(5), Commands{SeekTo{kDuration / 2}});
  EXPECT_EQ(h.press(Key::Home), Commands{SeekTo{0}});
  EXPECT_EQ(h.activate(ids::kForward10), Commands{SeekTo{10 * kSecond}});
  EXPECT_EQ(h.activate(ids::kBack10), Commands{SeekTo{0}});
  EXPECT_EQ(h.view().find(ids::kSeekLimit), nullptr);
}

TEST(PlaybackControls, ForwardSeeksStopAtTheFurthestPointWatched) {
  UiHarness h;
  ASSERT_TRUE(h.play_to(25 * kSecond));  // the optional poll at 0:10
  h.activate(ids::kSkip);
  ASSERT_FALSE(h.play_to(25 * kSecond));
  EXPECT_EQ(h.press(Key::J), Commands{SeekTo{15 * kSecond}});  // backward is free
  EXPECT_EQ(h.press(Key::J), Commands{SeekTo{5 * kSecond}});
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kSeekLimit).at, 25 * kSecond);
  EXPECT_EQ(get(view, ids::kSeekLimit).status, Status::Limit);
  EXPECT_EQ(get(view, ids::kSeekLimit).name, "Watched up to 0:25");

  EXPECT_EQ(h.press(Key::End), Commands{SeekTo{25 * kSecond}});  // clamped, not refused
  EXPECT_EQ(get(h.view(), ids::kNotice).name, "You can skip ahead only as far as you have watched (0:25)");
  EXPECT_EQ(h.press(Key::L), Commands{});  // at the limit: nothing to do
  EXPECT_EQ(h.send(SeekBarDrag{170 * kSecond}), Commands{});
  EXPECT_EQ(h.position(), 25 * kSecond);
  EXPECT_EQ(h.send(SeekBarDrag{12 * kSecond}), Commands{SeekTo{12 * kSecond}});
}

TEST(PlaybackControls, ForwardSeeksNeverPassAnUnansweredRequiredQuestion) {
  UiHarness h;
  ASSERT_TRUE(h.play_to(kDuration));
  h.activate(ids::kSkip);             // poll
  ASSERT_TRUE(h.play_to(kDuration));  // single at 0:30
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // rewatch from 0:20: 0:30 is watched but not answered
  ASSERT_EQ(h.position(), 20 * kSecond);
  const auto limit = seek_limit(h.runtime(), h.position(), kDuration);
  ASSERT_TRUE(limit);
  EXPECT_EQ(limit->blocking_cue, &h.cue("single"));
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kSeekLimit).at, 30 * kSecond);
  EXPECT_EQ(get(view, ids::kSeekLimit).name, "Answer the question at 0:30 to go further");
  EXPECT_EQ(h.press(Key::End), Commands{SeekTo{30 * kSecond}});
  EXPECT_EQ(get(h.view(), ids::kNotice).name, "Answer the question at 0:30 first");
}

TEST(PlaybackControls, RepeatedKeysBeforeTheSessionReportsAddUp) {
  UiHarness h(free_lesson());
  PlayerUi& ui = h.ui();  // no session in between: the seeks are still queued
  EXPECT_EQ(ui.handle(KeyPress{Key::L}), Commands{SeekTo{10 * kSecond}});
  EXPECT_EQ(ui.handle(KeyPress{Key::L}), Commands{SeekTo{20 * kSecond}});
  EXPECT_EQ(get(h.view(), ids::kSeekBar).at, 20 * kSecond);  // the bar shows where it goes
  EXPECT_EQ(get(h.view(), ids::kTime).value, "0:20 / 3:00");
  ui.handle(PlaybackChanged{20 * kSecond, kDuration, true, 1.0, 1.0, false});
  EXPECT_EQ(ui.handle(KeyPress{Key::Left}), Commands{SeekTo{15 * kSecond}});
}

TEST(PlaybackControls, HoverShowsTimeAndChapter) {
  UiHarness h;
  h.send(SeekBarHover{83 * kSecond});
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kSeekHover).name, "1:23 \u00b7 Equivalent fractions");
  EXPECT_EQ(get(view, ids::kSeekHover).at, 83 * kSecond);
  h.send(PointerLeave{});
  EXPECT_EQ(h.view().find(ids::kSeekHover), nullptr);
}

TEST(PlaybackControls, SeekBarHasCueMarkersAndChapterTicks) {
  UiHarness h;
  const auto view = h.view();
  const auto& bar = get(view, ids::kSeekBar);
  EXPECT_EQ(bar.role, Role::Slider);
  EXPECT_EQ(bar.end, kDuration);
  EXPECT_EQ(bar.value, "0:00 of 3:00");
  const auto& marker = get(view, ids::cue_marker(h.cue("single")));
  EXPECT_EQ(marker.role, Role::Marker);
  EXPECT_EQ(marker.at, 30 * kSecond);
  EXPECT_EQ(marker.status, Status::Unanswered);
  EXPECT_EQ(marker.name, "Question: In 3/4, what does the 4 tell us?");
  EXPECT_EQ(get(view, ids::cue_marker(h.cue("fold"))).name, "Note: Fold a sheet of paper in half.");
  const auto& tick = get(view, ids::chapter_tick(2));
  EXPECT_EQ(tick.role, Role::Tick);
  EXPECT_EQ(tick.at, 60 * kSecond);
  EXPECT_EQ(tick.name, "Equivalent fractions");
  EXPECT_EQ(get(view, ids::kSeekLimit).at, 0);  // nothing watched yet
}

TEST(PlaybackControls, ResumedProgressShowsOnTheSeekBar) {
  UiHarness h;
  runtime::CueProgress answered;
  answered.attempts = 1;
  answered.completed = true;
  answered.correct = true;
  answered.best_score = 1;
  runtime::CueProgress missed;
  missed.attempts = 2;
  missed.completed = true;
  h.runtime().restore(h.cue("single"), answered);
  h.runtime().restore(h.cue("tf"), missed);
  h.send(CueRestored{&h.cue("single"), answered});
  h.send(CueRestored{&h.cue("tf"), missed});
  const auto view = h.view();
  EXPECT_EQ(get(view, ids::cue_marker(h.cue("single"))).status, Status::Answered);
  EXPECT_EQ(get(view, ids::cue_marker(h.cue("tf"))).status, Status::Missed);
  EXPECT_EQ(get(view, ids::cue_marker(h.cue("multi"))).status, Status::Unanswered);
  // An answered question reached again asks nothing.
  h.press(Key::Space);
  h.press(Key::Space);
  ASSERT_TRUE(h.play_to(kDuration));  // the poll
  h.activate(ids::kSkip);
  ASSERT_TRUE(h.play_to(kDuration));  // single: done in the earlier session
  EXPECT_EQ(h.view().find(ids::kQuestion), nullptr);
  EXPECT_TRUE(h.playing());
}

TEST(PlaybackControls, SpeedStepsBetweenHalfAndDouble) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::RightBracket), Commands{SetRate{1.25}});
  EXPECT_EQ(get(h.view(), ids::kSpeed).value, "1.25x");
  h.press(Key::RightBracket);
  h.press(Key::RightBracket);
  EXPECT_EQ(h.press(Key::RightBracket), Commands{SetRate{2.0}});
  EXPECT_EQ(h.press(Key::RightBracket), Commands{});
  for (int i = 0; i < 5; ++i) h.press(Key::LeftBracket);
  EXPECT_EQ(h.press(Key::LeftBracket), Commands{SetRate{0.5}});
  EXPECT_EQ(h.press(Key::LeftBracket), Commands{});
  EXPECT_EQ(get(h.view(), ids::kSpeed).value, "0.5x");
  EXPECT_EQ(h.activate(ids::kSpeed), Commands{SetRate{0.75}});  // the button cycles
  h.send(PlaybackChanged{0, kDuration, true, 2.0, 1.0, false});
  EXPECT_EQ(h.activate(ids::kSpeed), Commands{SetRate{0.5}});
}

TEST(PlaybackControls, VolumeStaysBetweenZeroAndOneAndMuteToggles) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::Up), Commands{});  // already 1
  EXPECT_EQ(h.press(Key::Down), Commands{SetVolume{0.9}});
  EXPECT_EQ(get(h.view(), ids::kVolume).value, "90 %");
  for (int i = 0; i < 9; ++i) h.press(Key::Down);
  EXPECT_EQ(h.volume(), 0.0);
  EXPECT_EQ(h.press(Key::Down), Commands{});
  EXPECT_EQ(h.press(Key::M), Commands{SetMuted{true}});
  EXPECT_TRUE(get(h.view(), ids::kMute).pressed);
  EXPECT_EQ(get(h.view(), ids::kVolume).value, "muted");
  EXPECT_EQ(h.press(Key::Up), (Commands{SetMuted{false}, SetVolume{0.1}}));  // louder unmutes
  EXPECT_EQ(h.activate(ids::kMute), Commands{SetMuted{true}});
}

TEST(PlaybackControls, CaptionsCycleByTrackAndTheChoiceIsReported) {
  UiHarness h;
  EXPECT_EQ(get(h.view(), ids::kCaptions).value, "Off");
  EXPECT_EQ(h.press(Key::C), (Commands{ChooseCaptions{0, "en", "English"}}));
  EXPECT_EQ(get(h.view(), ids::kCaptions).value, "English (en)");
  h.send(CaptionText{"A fraction names part of a whole."});
  EXPECT_EQ(get(h.view(), ids::kCaptionText).name, "A fraction names part of a whole.");
  EXPECT_EQ(get(h.view(), ids::kCaptionText).role, Role::Caption);
  EXPECT_EQ(h.press(Key::C), (Commands{ChooseCaptions{1, "es", "Espa\u00f1ol"}}));
  EXPECT_EQ(h.view().find(ids::kCaptionText), nullptr);  // the old track's text is gone
  EXPECT_EQ(h.press(Key::C), Commands{ChooseCaptions{}});
  EXPECT_EQ(get(h.view(), ids::kCaptions).value, "Off");
}

TEST(PlaybackControls, CaptionsMenuOffersEveryTrack) {
  UiHarness h;
  EXPECT_EQ(h.activate(ids::kCaptions), Commands{});
  auto view = h.view();
  EXPECT_TRUE(get(view, ids::kCaptions).expanded);
  EXPECT_EQ(get(view, ids::kCaptionsMenu).role, Role::Menu);
  EXPECT_EQ(get(view, ids::captions_item(1)).name, "Espa\u00f1ol (es)");
  EXPECT_TRUE(get(view, ids::kCaptionsOff).selected);
  EXPECT_EQ(view.focused_id, ids::kCaptionsOff);
  h.press(Key::Down);
  h.press(Key::Down);
  EXPECT_EQ(h.press(Key::Enter), (Commands{ChooseCaptions{1, "es", "Espa\u00f1ol"}}));
  EXPECT_EQ(h.view().find(ids::kCaptionsMenu), nullptr);
  h.activate(ids::kCaptions);
  EXPECT_EQ(h.press(Key::Escape), Commands{});  // closes the menu, does not quit
  EXPECT_EQ(h.view().find(ids::kCaptionsMenu), nullptr);
}

TEST(PlaybackControls, TheRememberedCaptionsChoiceIsShownFromTheStart) {
  UiSettings settings = fixed_learner();
  settings.captions_lang = "es";
  UiHarness h(sample_lesson(), settings);
  EXPECT_EQ(get(h.view(), ids::kCaptions).value, "Espa\u00f1ol (es)");
  settings.captions_lang = "de";  // not in this lesson
  UiHarness other(sample_lesson(), settings);
  EXPECT_EQ(get(other.view(), ids::kCaptions).value, "Off");
}

TEST(PlaybackControls, ControlBarHidesWhilePlayingAndComesBackOnInput) {
  UiHarness h;
  h.send(Tick{1 * kSecond});
  h.press(Key::C);  // activity at 0:01
  h.send(Tick{1 * kSecond + kControlsHideAfter - 1});
  EXPECT_FALSE(get(h.view(), ids::kControls).hidden);
  h.send(Tick{1 * kSecond + kControlsHideAfter});
  EXPECT_TRUE(get(h.view(), ids::kControls).hidden);
  h.send(SeekBarHover{1 * kSecond});
  EXPECT_FALSE(get(h.view(), ids::kControls).hidden);
  h.send(PointerLeave{});
  h.send(Tick{10 * kSecond});
  EXPECT_TRUE(get(h.view(), ids::kControls).hidden);
  h.press(Key::Space);  // paused: always shown
  h.send(Tick{20 * kSecond});
  EXPECT_FALSE(get(h.view(), ids::kControls).hidden);
}

TEST(PlaybackControls, MovingThePointerBringsTheHiddenBarBack) {
  UiHarness h;
  h.send(Tick{kControlsHideAfter + 1});
  EXPECT_TRUE(get(h.view(), ids::kControls).hidden);
  EXPECT_EQ(h.send(PointerMoved{}), Commands{});
  EXPECT_FALSE(get(h.view(), ids::kControls).hidden);
  h.send(Tick{2 * kControlsHideAfter + 1});
  EXPECT_TRUE(get(h.view(), ids::kControls).hidden);
}

// A returning learner's remembered choices: applied without being reported as new
// choices, except the captions track the window must load.
TEST(PlaybackControls, RememberedChoicesComeBackWithTheLearner) {
  UiHarness h;
  EXPECT_EQ(h.send(LearnerChoices{"es", 1.5, true}), (Commands{ChooseCaptions{1, "es", "Espa\u00f1ol"}}));
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kCaptions).value, "Espa\u00f1ol (es)");
  EXPECT_DOUBLE_EQ(view.text_scale, 1.5);
  EXPECT_TRUE(view.high_contrast);
  EXPECT_TRUE(get(view, ids::kContrast).pressed);
  // The same again changes nothing; a language the lesson lacks, or "", turns captions off.
  EXPECT_EQ(h.send(LearnerChoices{"es", 1.5, true}), Commands{});
  EXPECT_EQ(h.send(LearnerChoices{"fr", 1.0, false}), Commands{ChooseCaptions{}});
  EXPECT_EQ(get(h.view(), ids::kCaptions).value, "Off");
  // A damaged scale snaps to a step Ctrl +/- offers: never unreadably small or huge.
  h.send(LearnerChoices{"", 40.0, false});
  EXPECT_DOUBLE_EQ(h.view().text_scale, 2.0);
  h.send(LearnerChoices{"", -3.0, false});
  EXPECT_DOUBLE_EQ(h.view().text_scale, 0.75);
  h.send(LearnerChoices{"", std::nan(""), false});
  EXPECT_DOUBLE_EQ(h.view().text_scale, 1.0);
}

TEST(PlaybackControls, TabWalksTheControlBarWithAVisibleFocus) {
  UiHarness h;
  EXPECT_EQ(h.view().focused_id, ids::kVideo);
  h.press(Key::Tab);
  EXPECT_EQ(h.view().focused_id, ids::kPlay);
  EXPECT_TRUE(get(h.view(), ids::kPlay).focused);
  h.press(Key::Tab);
  EXPECT_EQ(h.view().focused_id, ids::kBack10);
  h.press(Key::Tab, true);
  h.press(Key::Tab, true);
  EXPECT_EQ(h.view().focused_id, ids::kVideo);
  h.press(Key::Tab, true);  // wraps to the last control
  EXPECT_EQ(h.view().focused_id, ids::kHelpButton);
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  EXPECT_NE(h.view().find(ids::kHelp), nullptr);
}

TEST(PlaybackControls, TextSizeAndHighContrastAreReportedAndShown) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::Plus, false, true), Commands{SetTextScale{1.25}});
  EXPECT_EQ(h.view().text_scale, 1.25);
  h.press(Key::Minus, false, true);
  EXPECT_EQ(h.press(Key::Minus, false, true), Commands{SetTextScale{0.75}});
  EXPECT_EQ(h.press(Key::Minus, false, true), Commands{});
  EXPECT_EQ(h.activate(ids::kContrast), Commands{SetHighContrast{true}});
  EXPECT_TRUE(h.view().high_contrast);
  EXPECT_TRUE(get(h.view(), ids::kContrast).pressed);
  EXPECT_EQ(h.press(Key::Plus), Commands{});  // without Ctrl, nothing
}

TEST(PlaybackControls, HelpOverlayTakesKeysUntilClosed) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::Question), Commands{});
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kHelp).role, Role::Dialog);
  EXPECT_EQ(get(view, "help.key.0").name, "Space or K");
  EXPECT_EQ(view.focused_id, ids::kHelpClose);
  EXPECT_EQ(h.press(Key::K), Commands{});
  EXPECT_EQ(h.press(Key::L), Commands{});
  EXPECT_EQ(h.press(Key::Escape), Commands{});  // closes help, does not quit
  EXPECT_EQ(h.view().find(ids::kHelp), nullptr);
  EXPECT_EQ(h.press(Key::Q), Commands{Quit{}});
}

TEST(PlaybackControls, FullscreenFromKeyButtonAndDoubleClick) {
  UiHarness h;
  EXPECT_EQ(h.press(Key::F), Commands{ToggleFullscreen{}});
  EXPECT_EQ(h.activate(ids::kFullscreen), Commands{ToggleFullscreen{}});
  EXPECT_EQ(h.activate(ids::kVideo, 2), Commands{ToggleFullscreen{}});
  EXPECT_EQ(h.activate(ids::kVideo, 1), Commands{});
}

}  // namespace
}  // namespace cuepoint::ui::testing
