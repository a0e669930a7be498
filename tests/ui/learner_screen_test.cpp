// The start screen: a first run asks for a name; a shared device offers its learners.
#include <gtest/gtest.h>

#include "ui_fixture.hpp"

namespace cuepoint::ui::testing {
namespace {

UiSettings with_known(std::vector<std::string> known) {
  UiSettings settings;
  settings.learner.known = std::move(known);
  return settings;
}

TEST(LearnerScreen, FirstRunAsksForANameAndRefusesAnEmptyOne) {
  UiHarness h(sample_lesson(), with_known({}));
  EXPECT_EQ(h.ui().screen(), Screen::Learner);
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kLearner).name, "What is your name?");
  EXPECT_EQ(view.focused_id, ids::kLearnerName);
  EXPECT_EQ(view.find(ids::kVideo), nullptr);
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  EXPECT_EQ(get(h.view(), ids::kLearnerProblem).name, "Type your name to start.");
  EXPECT_EQ(h.type("   "), Commands{});
  EXPECT_EQ(h.press(Key::Enter), Commands{});
  h.press(Key::Home);
  h.type("\u0633\u0627\u0631\u0629 K.");  // a name in Arabic script, letters that are also shortcuts
  EXPECT_EQ(h.view().find(ids::kLearnerProblem), nullptr);
  EXPECT_EQ(h.press(Key::Enter), Commands{ChooseLearner{"\u0633\u0627\u0631\u0629 K."}});
  EXPECT_EQ(h.ui().screen(), Screen::Lesson);
  EXPECT_EQ(h.view().focused_id, ids::kVideo);
}

TEST(LearnerScreen, SharedDeviceOffersTheLastLearnerFirstAndSwitching) {
  UiHarness h(sample_lesson(), with_known({"ana", "ben"}));
  auto view = h.view();
  EXPECT_EQ(get(view, ids::kLearner).name, "Who is watching?");
  EXPECT_EQ(view.focused_id, ids::known_learner(0));
  EXPECT_EQ(get(view, ids::known_learner(0)).name, "Continue as ana");
  EXPECT_EQ(get(view, ids::known_learner(1)).name, "ben");
  h.press(Key::Tab);
  EXPECT_EQ(h.press(Key::Enter), Commands{ChooseLearner{"ben"}});

  UiHarness other(sample_lesson(), with_known({"ana", "ben"}));
  other.press(Key::Tab);
  other.press(Key::Tab);
  EXPECT_EQ(other.view().focused_id, ids::kLearnerName);
  other.type("cleo");
  EXPECT_EQ(other.activate(ids::kLearnerStart), Commands{ChooseLearner{"cleo"}});

  UiHarness leaving(sample_lesson(), with_known({"ana"}));
  EXPECT_EQ(leaving.press(Key::Escape), Commands{Quit{}});
}

TEST(LearnerScreen, AGivenLearnerSkipsTheScreen) {
  UiHarness h;
  EXPECT_EQ(h.ui().screen(), Screen::Lesson);
  EXPECT_EQ(h.view().find(ids::kLearner), nullptr);
}

}  // namespace
}  // namespace cuepoint::ui::testing
