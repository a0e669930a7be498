#include <gtest/gtest.h>

#include "cuepoint/xapi/played_segments.hpp"

namespace cuepoint::xapi {
namespace {

TEST(PlayedSegments, PlayPauseMakesOneSegment) {
  PlayedSegments played;
  played.play(0);
  played.stop(12'000'000);
  EXPECT_EQ(played.segments(), (std::vector<Segment>{{0, 12'000'000}}));
  EXPECT_EQ(played.format(), "0.000[.]12.000");
  EXPECT_EQ(played.covered(), 12'000'000);
}

TEST(PlayedSegments, SeekWhilePlayingSplitsAndOverlapsMerge) {
  PlayedSegments played;
  played.play(0);
  played.seek(12'000'000, 14'000'000);
  played.stop(21'000'000);
  EXPECT_EQ(played.format(), "0.000[.]12.000[,]14.000[.]21.000");
  played.play(10'000'000);  // rewatch 10-15: bridges nothing, overlaps the first
  played.stop(15'000'000);
  EXPECT_EQ(played.format(), "0.000[.]21.000");
}

TEST(PlayedSegments, SegmentsAreSortedAndTouchingOnesMerge) {
  PlayedSegments played;
  played.play(30'000'000);
  played.stop(40'000'000);
  played.play(10'000'000);
  played.stop(20'000'000);
  played.play(20'000'000);
  played.stop(25'000'000);
  EXPECT_EQ(played.segments(), (std::vector<Segment>{{10'000'000, 25'000'000}, {30'000'000, 40'000'000}}));
}

TEST(PlayedSegments, SeekWhilePausedOnlyMovesAndRepeatedCallsAreHarmless) {
  PlayedSegments played;
  played.seek(0, 50'000'000);
  EXPECT_FALSE(played.playing());
  played.play(5'000'000);
  played.play(7'000'000);  // still the segment opened at 5 s
  played.stop(9'000'000);
  played.stop(11'000'000);
  EXPECT_EQ(played.format(), "5.000[.]9.000");
}

TEST(PlayedSegments, ZeroLengthSegmentsAreDropped) {
  PlayedSegments played;
  played.play(4'000'000);
  played.stop(4'000'000);
  EXPECT_TRUE(played.segments().empty());
  EXPECT_EQ(played.format(), "");
}

TEST(PlayedSegments, ProgressIsTheCoveredFractionWithThreeDecimals) {
  PlayedSegments played;
  played.play(0);
  played.stop(1'000'000);
  EXPECT_DOUBLE_EQ(played.progress(3'000'000), 0.333);
  played.play(0);
  played.stop(2'000'000);
  EXPECT_DOUBLE_EQ(played.progress(3'000'000), 0.667);
  EXPECT_DOUBLE_EQ(played.progress(1'000'000), 1.0);  // capped
  EXPECT_DOUBLE_EQ(played.progress(0), 0.0);          // unknown length
}

TEST(PlayedSegments, OpenSegmentIsNotCountedUntilClosed) {
  PlayedSegments played;
  played.play(0);
  EXPECT_TRUE(played.playing());
  EXPECT_EQ(played.covered(), 0);
}

}  // namespace
}  // namespace cuepoint::xapi
