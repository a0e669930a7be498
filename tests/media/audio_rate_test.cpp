// Playback rate through atempo: duration scales by 1/rate, pitch stays, and the
// clock keeps mapping output samples to lesson time.
#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "audio_capture.hpp"
#include "audio_signal.hpp"
#include "audio_test_media.hpp"

namespace cuepoint::media {
namespace {

namespace mt = cuepoint::media::testing;

constexpr int kRate = 44'100;

class AudioRate : public ::testing::TestWithParam<double> {};

TEST_P(AudioRate, ScalesDurationAndKeepsPitch) {
  const double rate = GetParam();
  auto captured = mt::open_captured(mt::sine_wav(), rate);
  captured.track->set_stop(3'000'000);
  captured.track->play();
  const double frames = static_cast<double>(captured.sink->capture_all());
  const double expected = 3.0 * kRate / rate;
  EXPECT_NEAR(frames, expected, expected * 0.02);

  // Away from the edges, where the tempo filter ramps in and out.
  const std::vector<float>& all = captured.sink->samples();
  const std::vector<float> middle(all.begin() + static_cast<std::ptrdiff_t>(all.size() / 5),
                                  all.end() - static_cast<std::ptrdiff_t>(all.size() / 5));
  EXPECT_NEAR(mt::zero_crossing_frequency(middle, 1, kRate), 440.0, 5.0);
  EXPECT_EQ(captured.track->clock(), 3'000'000);
}

TEST_P(AudioRate, ClockIsMonotonicAndAdvancesByRatePerOutputSecond) {
  const double rate = GetParam();
  auto captured = mt::open_captured(mt::sine_wav(), rate);
  captured.track->seek(250'000);
  captured.track->set_stop(1'750'000);
  captured.track->play();
  Micros previous = captured.track->clock();
  EXPECT_EQ(previous, 250'000);
  std::int64_t pulled = 0;
  while (captured.sink->capture(441) == 441) {
    pulled += 441;
    const Micros now = captured.track->clock();
    ASSERT_GE(now, previous);
    // 1 output second carries `rate` lesson seconds (atempo's own delay aside).
    EXPECT_NEAR(static_cast<double>(now - 250'000), static_cast<double>(pulled) * rate * 1e6 / kRate,
                60'000.0);
    previous = now;
  }
  EXPECT_EQ(captured.track->clock(), 1'750'000);
}

INSTANTIATE_TEST_SUITE_P(Rates, AudioRate, ::testing::Values(0.5, 1.0, 2.0, 1.25),
                         [](const ::testing::TestParamInfo<double>& info) {
                           return "x" + std::to_string(static_cast<int>(info.param * 100));
                         });

TEST(AudioRateChange, MidStreamResumesWhereTheOldRateLeftOff) {
  auto captured = mt::open_captured(mt::sine_wav());
  captured.track->set_stop(2'000'000);
  captured.track->play();
  ASSERT_EQ(captured.sink->capture(22'050), 22'050);
  EXPECT_EQ(captured.track->clock(), 500'000);
  captured.track->set_rate(2.0);
  EXPECT_EQ(captured.track->clock(), 500'000);
  const double later = static_cast<double>(captured.sink->capture_all());
  EXPECT_NEAR(later, 1.5 * kRate / 2.0, 1.5 * kRate / 2.0 * 0.02);
  EXPECT_EQ(captured.track->clock(), 2'000'000);
}

TEST(AudioRateChange, AStopMovedLaterContinuesAtDoubleSpeed) {
  auto captured = mt::open_captured(mt::sine_wav(), 2.0);
  captured.track->seek(500'000);
  captured.track->set_stop(1'000'000);
  captured.track->play();
  const double first = static_cast<double>(captured.sink->capture_all());
  EXPECT_NEAR(first, 0.5 * kRate / 2.0, 0.5 * kRate / 2.0 * 0.02);
  EXPECT_EQ(captured.track->clock(), 1'000'000);
  captured.track->set_stop(1'500'000);
  const double second = static_cast<double>(captured.sink->capture_all());
  EXPECT_NEAR(second, 0.5 * kRate / 2.0, 0.5 * kRate / 2.0 * 0.02);
  EXPECT_EQ(captured.track->clock(), 1'500'000);
}

TEST(AudioRateChange, RatesOutsideHalfToDoubleAreRejected) {
  EXPECT_THROW(mt::open_captured(mt::sine_wav(), 2.5), std::invalid_argument);
  auto captured = mt::open_captured(mt::sine_wav());
  try {
    captured.track->set_rate(0.25);
    FAIL() << "set_rate(0.25) was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("0.25"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("0.5 .. 2.0"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace cuepoint::media
