#include "cuepoint/lesson/time.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cuepoint::lesson {
namespace {

constexpr Micros kSecond = 1'000'000;

struct TimeCase {
  std::string text;
  Micros micros;
};

class ValidTimeTest : public ::testing::TestWithParam<TimeCase> {};

TEST_P(ValidTimeTest, ParsesToExactMicroseconds) {
  const TimeParseResult result = parse_time_checked(GetParam().text);
  ASSERT_TRUE(result.micros.has_value()) << GetParam().text << ": " << result.error;
  EXPECT_EQ(*result.micros, GetParam().micros);
  EXPECT_TRUE(result.error.empty());
  EXPECT_EQ(parse_time(GetParam().text), GetParam().micros);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ValidTimeTest,
    ::testing::Values(TimeCase{"0", 0}, TimeCase{"5", 5 * kSecond}, TimeCase{"83.4", 83'400'000},
                      TimeCase{"1:23.4", 83'400'000}, TimeCase{"01:23.400", 83'400'000},
                      TimeCase{"1:02:03.5", 3'723'500'000}, TimeCase{"0.000001", 1}, TimeCase{"0.1", 100'000},
                      TimeCase{"0.999999", 999'999}, TimeCase{"5000", 5000 * kSecond},
                      TimeCase{"90:00", 5400 * kSecond}, TimeCase{"0:59.999999", 59'999'999},
                      TimeCase{"100:00:00", 360'000 * kSecond}, TimeCase{"00:00:00.000", 0},
                      TimeCase{"007", 7 * kSecond}, TimeCase{"1:00", 60 * kSecond}));

struct BadTimeCase {
  std::string text;
  std::string error;
};

class InvalidTimeTest : public ::testing::TestWithParam<BadTimeCase> {};

TEST_P(InvalidTimeTest, ReportsWhy) {
  const TimeParseResult result = parse_time_checked(GetParam().text);
  EXPECT_FALSE(result.micros.has_value()) << GetParam().text;
  EXPECT_EQ(result.error, GetParam().error);
  EXPECT_EQ(parse_time(GetParam().text), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, InvalidTimeTest,
    ::testing::Values(
        BadTimeCase{"", "empty time; expected e.g. '83.4', '1:23.4' or '1:02:03.5'"},
        BadTimeCase{"-5", "negative time '-5'; times are >= 0"},
        BadTimeCase{"-0:05", "negative time '-0:05'; times are >= 0"},
        BadTimeCase{"1.0000001",
                    "more than 6 fractional digits in time '1.0000001'; times are exact to the microsecond"},
        BadTimeCase{"1:60", "seconds '60' in time '1:60' must be less than 60"},
        BadTimeCase{"1:60:00", "minutes '60' in time '1:60:00' must be less than 60"},
        BadTimeCase{"1:5", "seconds field '5' in time '1:5' must have exactly two digits"},
        BadTimeCase{"1:005", "seconds field '005' in time '1:005' must have exactly two digits"},
        BadTimeCase{"1:02:3", "seconds field '3' in time '1:02:3' must have exactly two digits"},
        BadTimeCase{"1:2:03", "minutes field '2' in time '1:2:03' must have exactly two digits"},
        BadTimeCase{"1:00:00:00", "too many ':' fields in '1:00:00:00'; expected at most H:MM:SS"},
        BadTimeCase{":05", "missing minutes digits in time ':05'"},
        BadTimeCase{"1:", "missing seconds digits in time '1:'"},
        BadTimeCase{".5", "missing seconds digits in time '.5'"},
        BadTimeCase{"5.", "missing digits after '.' in time '5.'"},
        BadTimeCase{"1.2.3", "more than one '.' in time '1.2.3'"},
        BadTimeCase{"1.5:00", "':' after the '.' in time '1.5:00'"},
        BadTimeCase{" 5", "unexpected character ' ' in time ' 5'; expected digits, ':' and '.'"},
        BadTimeCase{"5s", "unexpected character 's' in time '5s'; expected digits, ':' and '.'"},
        BadTimeCase{"+5", "unexpected character '+' in time '+5'; expected digits, ':' and '.'"},
        BadTimeCase{"1,5", "unexpected character ',' in time '1,5'; expected digits, ':' and '.'"},
        BadTimeCase{"99999999999999999999", "time '99999999999999999999' is too large"},
        BadTimeCase{"9999999999999", "time '9999999999999' is too large"}));

TEST(FormatTimeTest, UsesCanonicalForm) {
  EXPECT_EQ(format_time(0), "0:00");
  EXPECT_EQ(format_time(5 * kSecond), "0:05");
  EXPECT_EQ(format_time(83'400'000), "1:23.4");
  EXPECT_EQ(format_time(3'723'500'000), "1:02:03.5");
  EXPECT_EQ(format_time(1), "0:00.000001");
  EXPECT_EQ(format_time(100'250'000), "1:40.25");
  EXPECT_EQ(format_time(3600 * kSecond), "1:00:00");
  EXPECT_EQ(format_time(360'000 * kSecond), "100:00:00");
  EXPECT_EQ(format_time(-1'500'000), "-0:01.5");
}

TEST(FormatTimeTest, ReparsesToTheSameValue) {
  for (Micros micros :
       {Micros{0}, Micros{1}, Micros{999'999}, Micros{59'999'999}, Micros{60'000'000}, Micros{3'599'999'999},
        Micros{3'600'000'000}, Micros{86'400'000'001}, Micros{9'000'000'000'000'000'000}}) {
    EXPECT_EQ(parse_time(format_time(micros)), micros) << format_time(micros);
  }
}

}  // namespace
}  // namespace cuepoint::lesson
