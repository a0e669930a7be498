// Volume, mute, pause, the clock, bad inputs, and the real outputs (Null and the
// SDL device through SDL's dummy driver).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <thread>

#include "audio_capture.hpp"
#include "audio_reference.hpp"
#include "audio_signal.hpp"
#include "audio_test_media.hpp"

namespace cuepoint::media {
namespace {

namespace mt = cuepoint::media::testing;
using namespace std::chrono_literals;

TEST(AudioGain, HalfVolumeHalvesEverySample) {
  const mt::ReferenceAudio& reference = mt::reference_audio(mt::noise_wav());
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->set_volume(0.5);
  captured.track->seek(1'000'000);
  captured.track->set_stop(1'500'000);
  captured.track->play();
  ASSERT_EQ(captured.sink->capture_all(), 22'050);
  const std::vector<float> full = reference.slice(44'100, 22'050);
  const std::vector<float>& half = captured.sink->samples();
  for (std::size_t i = 0; i < full.size(); ++i) ASSERT_EQ(half[i], full[i] * 0.5F) << "at sample " << i;
  EXPECT_NEAR(mt::peak(half), mt::peak(full) / 2, 1e-6);
}

TEST(AudioGain, MuteOutputsZerosWhileTheClockRuns) {
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->set_muted(true);
  captured.track->set_stop(1'000'000);
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(22'050), 22'050);
  EXPECT_EQ(captured.track->clock(), 500'000);
  captured.sink->capture_all();
  EXPECT_EQ(captured.sink->frames(), 44'100);
  EXPECT_EQ(mt::peak(captured.sink->samples()), 0.0F);
  EXPECT_EQ(captured.track->clock(), 1'000'000);
  captured.track->set_muted(false);
  captured.track->set_stop(1'100'000);
  captured.sink->clear();
  captured.sink->capture_all();
  EXPECT_GT(mt::peak(captured.sink->samples()), 0.1F);
}

TEST(AudioGain, VolumeOutsideZeroToOneIsRejected) {
  auto captured = mt::open_captured(mt::noise_wav());
  EXPECT_THROW(captured.track->set_volume(1.5), std::invalid_argument);
  EXPECT_THROW(captured.track->set_volume(-0.1), std::invalid_argument);
}

TEST(AudioClock, IsMonotonicTracksTheSamplesAndEndsAtTheStop) {
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->seek(250'000);
  EXPECT_EQ(captured.track->clock(), 250'000);
  captured.track->set_stop(1'250'000);
  captured.track->play();
  Micros previous = captured.track->clock();
  std::int64_t pulled = 0;
  while (captured.sink->capture(441) == 441) {
    pulled += 441;
    const Micros now = captured.track->clock();
    ASSERT_GE(now, previous);
    EXPECT_EQ(now, 250'000 + pulled * 10'000 / 441);  // 441 frames are exactly 10 ms
    previous = now;
  }
  EXPECT_EQ(pulled, 44'100);
  EXPECT_EQ(captured.track->clock(), 1'250'000);
}

TEST(AudioClock, PauseHoldsItAndPlayResumesSeamlessly) {
  const mt::ReferenceAudio& reference = mt::reference_audio(mt::noise_wav());
  auto captured = mt::open_captured(mt::noise_wav());
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(4'410), 4'410);
  captured.track->pause();
  EXPECT_EQ(captured.sink->capture(4'410), 0);
  EXPECT_EQ(captured.track->clock(), 100'000);
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(4'410), 4'410);
  EXPECT_EQ(captured.sink->samples(), reference.slice(0, 8'820));
  EXPECT_EQ(captured.track->clock(), 200'000);
}

void expect_media_error_naming(const std::filesystem::path& path, const std::string& what) {
  try {
    mt::open_captured(path);
    FAIL() << "opening " << path << " did not throw";
  } catch (const MediaError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find(what), std::string::npos) << message;
  }
}

TEST(AudioBadInput, AMissingFileNamesTheFile) {
  expect_media_error_naming(std::filesystem::path(CUEPOINT_AUDIO_TEST_MEDIA_DIR) / "no-such-lesson.mp4",
                            "no such file");
}

TEST(AudioBadInput, AFileWithoutAudioSaysSo) {
  expect_media_error_naming(mt::silent_video(), "has no audio stream");
}

TEST(AudioBadInput, ANonMediaFileIsRefused) {
  const auto path = std::filesystem::path(CUEPOINT_AUDIO_TEST_MEDIA_DIR) / "notes.txt";
  std::ofstream(path) << "Chapter 3: fractions. Not a video.\n";
  expect_media_error_naming(path, "not a recognised media file");
}

TEST(AudioBadInput, OutputNoneIsNotAnOutput) {
  EXPECT_THROW(AudioTrack(mt::noise_wav(), AudioOutput::None, 1.0), std::invalid_argument);
}

TEST(AudioBadInput, ATruncatedFilePlaysWhatIsThereAndFinishes) {
  const mt::ReferenceAudio& full = mt::reference_audio(mt::noise_ts());
  auto captured = mt::open_captured(mt::truncated_ts());
  captured.track->play();
  const std::int64_t frames = captured.sink->capture_all();
  EXPECT_GT(frames, full.frames() / 3);
  EXPECT_LT(frames, full.frames());
  EXPECT_TRUE(captured.track->finished());
}

// Polls `done` for up to a generous bound: a loaded CI machine may be slow, but
// a real-time output must get there eventually.
template <typename Done>
bool eventually(Done done) {
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(5ms);
  }
  return done();
}

void exercise_realtime_output(AudioOutput output) {
  AudioTrack track(mt::noise_wav(), output, 1.0);
  track.set_stop(300'000);
  track.play();
  Micros previous = 0;
  bool monotonic = true;
  EXPECT_TRUE(eventually([&] {
    const Micros now = track.clock();
    monotonic = monotonic && now >= previous;
    previous = now;
    return now == 300'000;
  })) << "clock stuck at "
      << track.clock();
  EXPECT_TRUE(monotonic);
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(track.clock(), 300'000);  // halted at the stop
  EXPECT_FALSE(track.finished());

  track.set_stop(std::nullopt);
  track.seek(3'800'000);
  EXPECT_EQ(track.clock(), 3'800'000);
  EXPECT_TRUE(eventually([&] { return track.finished(); }));
  EXPECT_EQ(track.clock(), 4'000'000);
}

TEST(AudioRealtimeOutput, NullConsumesInRealTimeWithATrueClock) {
  exercise_realtime_output(AudioOutput::Null);
}

TEST(AudioRealtimeOutput, DeviceThroughSdlsDummyDriver) {
  ::setenv("SDL_AUDIODRIVER", "dummy", 0);  // CTest sets it; keep a direct run headless too
  exercise_realtime_output(AudioOutput::Device);
}

TEST(AudioRealtimeOutput, NoUsableDeviceIsAClearMediaError) {
  const char* previous = std::getenv("SDL_AUDIODRIVER");
  const std::optional<std::string> saved = previous ? std::optional<std::string>(previous) : std::nullopt;
  ::setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
  try {
    AudioTrack track(mt::noise_wav(), AudioOutput::Device, 1.0);
    ADD_FAILURE() << "an audio device opened with SDL_AUDIODRIVER=no-such-driver";
  } catch (const MediaError& error) {
    EXPECT_NE(std::string(error.what()).find("SDL audio"), std::string::npos) << error.what();
  }
  if (saved) {
    ::setenv("SDL_AUDIODRIVER", saved->c_str(), 1);
  } else {
    ::unsetenv("SDL_AUDIODRIVER");
  }
}

}  // namespace
}  // namespace cuepoint::media
