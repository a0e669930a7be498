// Untimed playback through many stop points: every frame is presented once, in
// order, none past a stop; at each stop the picture is the last frame <= stop and
// the clock is exactly at the stop.
#include <gtest/gtest.h>

#include "clip_paths.hpp"
#include "clip_set.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

class UntimedStops : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    path_ = clip(GetParam());
    frames_ = &reference_frames(path_);
    playback_ = Playback::open(path_, PlaybackOptions{});
  }

  void expect_frame(const Picture& shown, std::size_t index, const std::string& context) {
    ASSERT_LT(index, frames_->size()) << context;
    EXPECT_EQ(shown.lesson_time(), (*frames_)[index].time) << context;
    EXPECT_EQ(picture_digest(shown), (*frames_)[index].digest) << context;
  }

  std::filesystem::path path_;
  const std::vector<ReferenceFrame>* frames_ = nullptr;
  std::unique_ptr<Playback> playback_;
};

TEST_P(UntimedStops, EveryFrameOnceAndEachStopOnItsFrame) {
  const std::vector<Micros> stops = probe_times(*frames_);  // the last one lies beyond the end
  std::size_t presented = 1;                                // open() presents the first frame
  std::size_t stop_index = 0;
  playback_->set_stop(stops[stop_index]);
  playback_->play();
  const std::size_t guard = frames_->size() + stops.size() + 10;
  bool ended = false;
  for (std::size_t step = 0; step < guard && !ended; ++step) {
    const PlaybackEvent event = playback_->update();
    switch (event.kind) {
      case PlaybackEvent::Kind::FrameShown:
        expect_frame(*playback_->shown(), presented, "frame #" + std::to_string(presented));
        EXPECT_LE(playback_->shown()->lesson_time(), std::max(stops[stop_index], frames_->front().time))
            << "a frame past the stop at " << stops[stop_index] << " was shown";
        ++presented;
        break;
      case PlaybackEvent::Kind::ReachedStop: {
        const Micros stop = stops[stop_index];
        expect_frame(*playback_->shown(), expected_index(*frames_, stop), "stop at " + std::to_string(stop));
        EXPECT_EQ(event.position, stop);
        EXPECT_EQ(playback_->position(), stop);
        EXPECT_FALSE(playback_->playing());
        ASSERT_LT(++stop_index, stops.size());
        playback_->set_stop(stops[stop_index]);
        playback_->play();
        break;
      }
      case PlaybackEvent::Kind::EndOfMedia:
        ended = true;
        break;
      case PlaybackEvent::Kind::Idle:
        ADD_FAILURE() << "untimed playback must not idle while playing";
        break;
    }
  }
  EXPECT_TRUE(ended);
  EXPECT_EQ(presented, frames_->size()) << "frames were skipped or repeated";
  EXPECT_EQ(stop_index, stops.size() - 1) << "the stop beyond the end must not be reached";
  const PlaybackStats stats = playback_->stats();
  EXPECT_EQ(stats.frames_shown, static_cast<std::int64_t>(frames_->size()));
  EXPECT_EQ(stats.frames_dropped, 0);
}

TEST_P(UntimedStops, SeekThenPlayToAStop) {
  const std::size_t n = frames_->size();
  const std::vector<std::pair<std::size_t, std::size_t>> spans = {
      {n / 4, n / 2}, {n - 3, n - 2}, {n / 2, n / 4 + 1}};
  for (const auto& [from, to] : spans) {
    const Micros start = (*frames_)[from].time;
    const Micros stop = (*frames_)[to].time + 1;
    playback_->seek(start);
    playback_->set_stop(stop);
    playback_->play();
    PlaybackEvent event;
    std::size_t presented = from + 1;
    for (std::size_t step = 0; step < n + 2; ++step) {
      event = playback_->update();
      if (event.kind != PlaybackEvent::Kind::FrameShown) break;
      expect_frame(*playback_->shown(), presented++, "after seek to " + std::to_string(start));
    }
    if (stop < start) {
      // A stop behind the clock is not ahead of it: playback runs to the end.
      EXPECT_EQ(event.kind, PlaybackEvent::Kind::EndOfMedia);
      continue;
    }
    ASSERT_EQ(event.kind, PlaybackEvent::Kind::ReachedStop) << "seek " << start << " stop " << stop;
    expect_frame(*playback_->shown(), to, "stop at " + std::to_string(stop));
    EXPECT_EQ(playback_->position(), stop);
  }
}

TEST_P(UntimedStops, PlayAfterAStopContinuesWithTheNextFrame) {
  const std::size_t middle = frames_->size() / 2;
  playback_->set_stop((*frames_)[middle].time);
  playback_->play();
  PlaybackEvent event;
  do {
    event = playback_->update();
  } while (event.kind == PlaybackEvent::Kind::FrameShown);
  ASSERT_EQ(event.kind, PlaybackEvent::Kind::ReachedStop);
  playback_->play();
  ASSERT_EQ(playback_->update().kind, PlaybackEvent::Kind::FrameShown);
  expect_frame(*playback_->shown(), middle + 1, "first frame after the stop");
}

INSTANTIATE_TEST_SUITE_P(Clips, UntimedStops, ::testing::ValuesIn(kExactnessClips),
                         [](const auto& info) { return clip_test_name(info.param); });

}  // namespace
}  // namespace cuepoint::media::testing
