// Exact seeks, forward, backward and repeated, on every codec/container of the set:
// the shown picture is the last frame whose lesson time <= t (the first if none).
#include <gtest/gtest.h>

#include <algorithm>

#include "clip_paths.hpp"
#include "clip_set.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

class ExactSeek : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    path_ = clip(GetParam());
    frames_ = &reference_frames(path_);
    playback_ = Playback::open(path_, PlaybackOptions{});
  }

  void expect_shows_frame_for(Micros t) {
    const std::size_t index = expected_index(*frames_, t);
    const std::optional<Picture> shown = playback_->shown();
    ASSERT_TRUE(shown) << "nothing shown after seek to " << t;
    EXPECT_EQ(shown->lesson_time(), (*frames_)[index].time) << GetParam() << ": seek to " << t;
    EXPECT_EQ(picture_digest(*shown), (*frames_)[index].digest)
        << GetParam() << ": pixels after seek to " << t;
    EXPECT_EQ(playback_->position(), t);
  }

  std::filesystem::path path_;
  const std::vector<ReferenceFrame>* frames_ = nullptr;
  std::unique_ptr<Playback> playback_;
};

TEST_P(ExactSeek, OpenShowsTheFirstFrameAtZero) {
  const std::optional<Picture> shown = playback_->shown();
  ASSERT_TRUE(shown);
  EXPECT_EQ(shown->lesson_time(), frames_->front().time);
  EXPECT_EQ(picture_digest(*shown), frames_->front().digest);
  EXPECT_EQ(playback_->position(), 0);
  EXPECT_FALSE(playback_->playing());
}

TEST_P(ExactSeek, ForwardSeeksShowTheExactFrame) {
  for (const Micros t : probe_times(*frames_)) {
    playback_->seek(t);
    expect_shows_frame_for(t);
  }
}

TEST_P(ExactSeek, BackwardSeeksShowTheExactFrame) {
  std::vector<Micros> times = probe_times(*frames_);
  std::reverse(times.begin(), times.end());
  for (const Micros t : times) {
    playback_->seek(t);
    expect_shows_frame_for(t);
  }
}

TEST_P(ExactSeek, RepeatedSeeksToTheSameTimeAgree) {
  const std::vector<Micros> times = probe_times(*frames_);
  for (std::size_t i = 0; i < times.size(); i += 3) {
    playback_->seek(times[i]);
    playback_->seek(times[i]);
    expect_shows_frame_for(times[i]);
  }
}

TEST_P(ExactSeek, NegativeTimeShowsTheFirstFrameAtZero) {
  playback_->seek(frames_->back().time);
  playback_->seek(-5'000'000);
  expect_shows_frame_for(0);
}

TEST_P(ExactSeek, PlayingAfterASeekContinuesWithTheNextFrame) {
  for (const Micros t : probe_times(*frames_)) {
    playback_->seek(t);
    playback_->play();
    const PlaybackEvent event = playback_->update();
    const std::size_t next = expected_index(*frames_, t) + 1;
    if (next < frames_->size()) {
      ASSERT_EQ(event.kind, PlaybackEvent::Kind::FrameShown) << "after seek to " << t;
      EXPECT_EQ(playback_->shown()->lesson_time(), (*frames_)[next].time) << "after seek to " << t;
      EXPECT_EQ(picture_digest(*playback_->shown()), (*frames_)[next].digest) << "after seek to " << t;
    } else {
      EXPECT_EQ(event.kind, PlaybackEvent::Kind::EndOfMedia) << "after seek to " << t;
    }
    playback_->pause();
  }
}

INSTANTIATE_TEST_SUITE_P(Clips, ExactSeek, ::testing::ValuesIn(kExactnessClips),
                         [](const auto& info) { return clip_test_name(info.param); });

}  // namespace
}  // namespace cuepoint::media::testing
