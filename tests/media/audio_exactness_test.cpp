// Seek and stop are sample-exact: what the track plays is compared with a
// seek-free decode of the whole file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "audio_capture.hpp"
#include "audio_reference.hpp"
#include "audio_test_media.hpp"

namespace cuepoint::media {
namespace {

namespace mt = cuepoint::media::testing;

std::int64_t sample_index(Micros t, int sample_rate) { return (t * sample_rate + 500'000) / 1'000'000; }

struct Clip {
  std::string name;
  std::filesystem::path (*path)();
};

class AudioExactness : public ::testing::TestWithParam<Clip> {
 protected:
  std::filesystem::path path() const { return GetParam().path(); }
};

// Reports the first differing frame rather than a wall of floats.
::testing::AssertionResult same_samples(const std::vector<float>& actual, const std::vector<float>& expected,
                                        int channels) {
  if (actual.size() != expected.size()) {
    return ::testing::AssertionFailure()
           << "captured " << actual.size() / channels << " frames, expected " << expected.size() / channels;
  }
  for (std::size_t i = 0; i < actual.size(); ++i) {
    if (actual[i] != expected[i]) {
      return ::testing::AssertionFailure()
             << "first difference at frame " << i / channels << ": " << actual[i] << " != " << expected[i];
    }
  }
  return ::testing::AssertionSuccess();
}

TEST_P(AudioExactness, PlaysFromLessonTimeZeroWithoutASeek) {
  const mt::ReferenceAudio& reference = mt::reference_audio(path());
  auto captured = mt::open_captured(path());
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(20'000), 20'000);
  EXPECT_TRUE(same_samples(captured.sink->samples(), reference.slice(0, 20'000), reference.channels));
}

TEST_P(AudioExactness, SeekPlaysExactlyTheSamplesFromTheTarget) {
  const mt::ReferenceAudio& reference = mt::reference_audio(path());
  auto captured = mt::open_captured(path());
  captured.track->play();
  for (Micros target :
       {Micros{1'234'567}, Micros{0}, Micros{3'500'001}, Micros{2'000'000}, Micros{600'000}}) {
    SCOPED_TRACE("seek to " + std::to_string(target));
    captured.sink->clear();
    captured.track->seek(target);
    EXPECT_EQ(captured.track->clock(), target);
    ASSERT_EQ(captured.sink->capture(8'192), 8'192);
    EXPECT_TRUE(same_samples(captured.sink->samples(),
                             reference.slice(sample_index(target, reference.sample_rate), 8'192),
                             reference.channels));
  }
}

TEST_P(AudioExactness, StopEmitsExactlyTheSamplesBeforeIt) {
  const mt::ReferenceAudio& reference = mt::reference_audio(path());
  auto captured = mt::open_captured(path());
  captured.track->seek(500'000);
  captured.track->set_stop(2'000'000);
  captured.track->play();
  const std::int64_t expected_frames = sample_index(1'500'000, reference.sample_rate);
  EXPECT_EQ(captured.sink->capture_all(), expected_frames);
  EXPECT_TRUE(same_samples(captured.sink->samples(),
                           reference.slice(sample_index(500'000, reference.sample_rate), expected_frames),
                           reference.channels));
  EXPECT_EQ(captured.track->clock(), 2'000'000);
  EXPECT_FALSE(captured.track->finished());
}

TEST_P(AudioExactness, MovingTheStopLaterContinuesSeamlessly) {
  const mt::ReferenceAudio& reference = mt::reference_audio(path());
  auto captured = mt::open_captured(path());
  captured.track->seek(500'000);
  captured.track->set_stop(1'000'000);
  captured.track->play();
  captured.sink->capture_all();
  EXPECT_EQ(captured.track->clock(), 1'000'000);
  captured.track->set_stop(1'500'000);
  captured.sink->capture_all();
  EXPECT_EQ(captured.track->clock(), 1'500'000);
  EXPECT_TRUE(same_samples(captured.sink->samples(),
                           reference.slice(sample_index(500'000, reference.sample_rate),
                                           sample_index(1'000'000, reference.sample_rate)),
                           reference.channels));
}

TEST_P(AudioExactness, PlaysToTheEndAndFinishes) {
  const mt::ReferenceAudio& reference = mt::reference_audio(path());
  auto captured = mt::open_captured(path());
  captured.track->seek(3'000'000);
  captured.track->play();
  const std::int64_t from = sample_index(3'000'000, reference.sample_rate);
  const std::int64_t expected_frames = reference.first_sample + reference.frames() - from;
  EXPECT_EQ(captured.sink->capture_all(), expected_frames);
  EXPECT_TRUE(
      same_samples(captured.sink->samples(), reference.slice(from, expected_frames), reference.channels));
  EXPECT_TRUE(captured.track->finished());
}

INSTANTIATE_TEST_SUITE_P(Clips, AudioExactness,
                         ::testing::Values(Clip{"pcm_wav", &mt::noise_wav}, Clip{"aac_mp4", &mt::noise_m4a},
                                           Clip{"aac_mpegts_start_1_4s", &mt::noise_ts}),
                         [](const ::testing::TestParamInfo<Clip>& info) { return info.param.name; });

TEST(AudioStop, SettingItBelowWhatIsAlreadyQueuedCutsExactlyThere) {
  const mt::ReferenceAudio& reference = mt::reference_audio(mt::noise_wav());
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(4'410), 4'410);  // the producer has queued well past 0.2 s by now
  captured.track->set_stop(200'000);
  captured.sink->capture_all();
  EXPECT_EQ(captured.sink->frames(), 8'820);
  EXPECT_EQ(captured.track->clock(), 200'000);
  captured.track->set_stop(300'000);
  captured.sink->capture_all();
  EXPECT_TRUE(same_samples(captured.sink->samples(), reference.slice(0, 13'230), reference.channels));
  EXPECT_EQ(captured.track->clock(), 300'000);
}

TEST(AudioStop, AStopBeforeTheSeekTargetPlaysNothing) {
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->seek(1'000'000);
  captured.track->set_stop(500'000);
  captured.track->play();
  EXPECT_EQ(captured.sink->capture_all(), 0);
  EXPECT_EQ(captured.track->clock(), 1'000'000);
}

TEST(AudioGap, AudioStartingAfterTheContainerIsPrecededBySilence) {
  const mt::ReferenceAudio& reference = mt::reference_audio(mt::late_audio());
  ASSERT_EQ(reference.first_sample, 22'050);  // the clip really starts its audio at 0.5 s
  auto captured = mt::open_captured(mt::late_audio());
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(11'025), 11'025);
  EXPECT_EQ(captured.track->clock(), 250'000);  // silence carries lesson time too
  captured.sink->capture_all();
  EXPECT_EQ(captured.sink->frames(), 22'050 + reference.frames());
  const std::vector<float>& all = captured.sink->samples();
  EXPECT_TRUE(std::all_of(all.begin(), all.begin() + 22'050, [](float s) { return s == 0.0F; }));
  EXPECT_TRUE(same_samples({all.begin() + 22'050, all.end()}, reference.slice(22'050, reference.frames()),
                           reference.channels));
  EXPECT_TRUE(captured.track->finished());
}

TEST(AudioGap, ASeekIntoTheSilenceBeforeTheAudioPlaysTheRestOfIt) {
  const mt::ReferenceAudio& reference = mt::reference_audio(mt::late_audio());
  auto captured = mt::open_captured(mt::late_audio());
  captured.track->seek(400'000);
  captured.track->set_stop(600'000);
  captured.track->play();
  EXPECT_EQ(captured.sink->capture_all(), 8'820);
  const std::vector<float>& all = captured.sink->samples();
  EXPECT_TRUE(std::all_of(all.begin(), all.begin() + 4'410, [](float s) { return s == 0.0F; }));
  EXPECT_TRUE(
      same_samples({all.begin() + 4'410, all.end()}, reference.slice(22'050, 4'410), reference.channels));
}

TEST(AudioSeek, PastTheEndPlaysNothingAndFinishes) {
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->seek(10'000'000);
  captured.track->play();
  EXPECT_EQ(captured.sink->capture_all(), 0);
  EXPECT_TRUE(captured.track->finished());
  EXPECT_EQ(captured.track->clock(), 10'000'000);
}

}  // namespace
}  // namespace cuepoint::media
