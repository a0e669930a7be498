// How scene changes and silences become suggested cue times.
#include <gtest/gtest.h>

#include "cuepoint/suggest/suggestions.hpp"

namespace cuepoint::suggest {
namespace {

media::SceneChange cut(Micros at, Micros previous) { return {at, previous, 20.0}; }
media::Silence quiet(Micros start, Micros end, bool reaches_end = false) { return {start, end, reaches_end}; }

TEST(SuggestPauses, ASlideChangePausesOnTheLastFrameOfTheOldPicture) {
  // 30000/1001 fps: the frame before 5.005 s is at 4.971633 s, rounded up to 4.972 s.
  const auto suggestions = suggest_pauses({cut(5'005'000, 4'971'633)}, {});
  ASSERT_EQ(suggestions.size(), 1U);
  EXPECT_EQ(suggestions[0].at, 4'972'000);
  EXPECT_EQ(suggestions[0].reason, Reason::Scene);
  EXPECT_EQ(to_string(suggestions[0].reason), "scene");
}

TEST(SuggestPauses, ASilencePauses400MillisecondsInOrHalfwayInAShortOne) {
  const auto suggestions = suggest_pauses({}, {quiet(2'000'000, 3'000'000), quiet(6'000'000, 6'600'000)});
  ASSERT_EQ(suggestions.size(), 2U);
  EXPECT_EQ(suggestions[0].at, 2'400'000);
  EXPECT_EQ(suggestions[1].at, 6'300'000);
  EXPECT_EQ(to_string(suggestions[1].reason), "silence");
}

TEST(SuggestPauses, AChangeInOrNearASilenceIsOneSuggestionAtTheChange) {
  const auto suggestions = suggest_pauses(
      {cut(3'000'000, 2'960'000), cut(8'400'000, 8'360'000), cut(12'000'000, 11'960'000)},
      {quiet(2'000'000, 3'500'000), quiet(7'000'000, 7'900'000), quiet(12'600'000, 13'400'000)});
  ASSERT_EQ(suggestions.size(), 4U);
  EXPECT_EQ(suggestions[0].at, 2'960'000);  // inside the silence
  EXPECT_EQ(to_string(suggestions[0].reason), "scene+silence");
  EXPECT_EQ(suggestions[0].silence->start, 2'000'000);
  EXPECT_EQ(suggestions[1].at, 8'360'000);  // 0.5 s after the silence ends
  EXPECT_EQ(suggestions[1].reason, Reason::SceneAndSilence);
  EXPECT_EQ(suggestions[2].reason, Reason::Scene);  // 0.6 s before the next silence: two suggestions
  EXPECT_EQ(suggestions[3].at, 13'000'000);
  EXPECT_EQ(suggestions[3].reason, Reason::Silence);
}

TEST(SuggestPauses, SilencesAtTheVeryStartOrEndAreNoPauseInTheNarration) {
  const auto suggestions = suggest_pauses(
      {}, {quiet(0, 600'000), quiet(4'000'000, 5'000'000), quiet(9'000'000, 10'000'000, true)});
  ASSERT_EQ(suggestions.size(), 1U);
  EXPECT_EQ(suggestions[0].at, 4'400'000);
}

TEST(SuggestPauses, SuggestionsCloserThanHalfASecondAreOne) {
  const auto suggestions = suggest_pauses({cut(5'000'000, 4'960'000), cut(5'200'000, 5'160'000)}, {});
  ASSERT_EQ(suggestions.size(), 1U);
  EXPECT_EQ(suggestions[0].at, 4'960'000);
}

}  // namespace
}  // namespace cuepoint::suggest
