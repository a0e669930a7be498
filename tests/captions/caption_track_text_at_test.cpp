// CaptionTrack::text_at: which cues are on screen at a time (start inclusive, end
// exclusive, overlaps joined in start order), checked against a plain scan.
#include <gtest/gtest.h>

#include <random>
#include <stdexcept>
#include <string>

#include "cuepoint/captions/caption_track.hpp"

namespace cuepoint::captions {
namespace {

TEST(CaptionTrackTextAt, StartIsInclusiveEndIsExclusive) {
  const CaptionTrack track({{1000, 2000, "one"}, {2000, 3000, "two"}});
  EXPECT_EQ(track.text_at(999), "");
  EXPECT_EQ(track.text_at(1000), "one");
  EXPECT_EQ(track.text_at(1999), "one");
  EXPECT_EQ(track.text_at(2000), "two");
  EXPECT_EQ(track.text_at(2999), "two");
  EXPECT_EQ(track.text_at(3000), "");
}

TEST(CaptionTrackTextAt, NoCuesAndGapsGiveEmptyText) {
  EXPECT_EQ(CaptionTrack({}).text_at(0), "");
  const CaptionTrack track({{0, 10, "a"}, {20, 30, "b"}});
  EXPECT_EQ(track.text_at(15), "");
  EXPECT_EQ(track.text_at(-5), "");
  EXPECT_EQ(track.text_at(1'000'000), "");
}

TEST(CaptionTrackTextAt, OverlapsJoinInStartOrderWhateverTheInputOrder) {
  // A long cue that started first stays active under the short ones after it.
  const CaptionTrack track({{500, 600, "short"}, {0, 10'000, "long"}, {550, 700, "later"}});
  EXPECT_EQ(track.cues()[0].text, "long");
  EXPECT_EQ(track.text_at(400), "long");
  EXPECT_EQ(track.text_at(560), "long\nshort\nlater");
  EXPECT_EQ(track.text_at(650), "long\nlater");
  EXPECT_EQ(track.text_at(700), "long");
}

TEST(CaptionTrackTextAt, EqualStartsKeepTheirOrder) {
  const CaptionTrack track({{100, 200, "speaker one"}, {100, 150, "speaker two"}});
  EXPECT_EQ(track.text_at(100), "speaker one\nspeaker two");
  EXPECT_EQ(track.text_at(150), "speaker one");
}

TEST(CaptionTrackTextAt, CueThatDoesNotEndAfterItStartsIsRefused) {
  try {
    CaptionTrack({{2'000'000, 2'000'000, "x"}});
    FAIL() << "no error";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "caption cue at 0:02 ends at 0:02, not after it starts");
  }
}

TEST(CaptionTrackTextAt, MatchesAPlainScanOnRandomOverlappingCues) {
  std::mt19937 random(14);
  std::uniform_int_distribution<lesson::Micros> start(0, 100'000);
  std::uniform_int_distribution<lesson::Micros> length(1, 5'000);
  std::vector<CaptionCue> cues;
  for (int i = 0; i < 1000; ++i) {
    const lesson::Micros at = start(random);
    cues.push_back({at, at + length(random), "cue " + std::to_string(i)});
  }
  const CaptionTrack track(cues);
  for (lesson::Micros t = -10; t <= 106'000; t += 37) {
    std::string expected;
    for (const CaptionCue& cue : track.cues()) {
      if (cue.start <= t && t < cue.end) expected += (expected.empty() ? "" : "\n") + cue.text;
    }
    ASSERT_EQ(track.text_at(t), expected) << "at " << t;
  }
}

}  // namespace
}  // namespace cuepoint::captions
