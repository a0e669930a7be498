#include <gtest/gtest.h>

#include "cuepoint/upload/backoff.hpp"

namespace cuepoint::upload {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(Backoff, DoublesFromTheFirstDelayWithHalfOfItJittered) {
  RetryPolicy policy;
  policy.first_delay = milliseconds(1000);
  policy.max_delay = milliseconds(30000);
  EXPECT_EQ(backoff_delay(policy, 1, 0.0), milliseconds(500));
  EXPECT_EQ(backoff_delay(policy, 1, 0.5), milliseconds(750));
  EXPECT_EQ(backoff_delay(policy, 2, 0.0), milliseconds(1000));
  EXPECT_EQ(backoff_delay(policy, 3, 0.0), milliseconds(2000));
  EXPECT_EQ(backoff_delay(policy, 3, 0.999), milliseconds(3998));
}

TEST(Backoff, IsCappedAndNeverOverflows) {
  RetryPolicy policy;
  policy.first_delay = milliseconds(1000);
  policy.max_delay = milliseconds(30000);
  EXPECT_EQ(backoff_delay(policy, 6, 1.0), milliseconds(30000));
  EXPECT_EQ(backoff_delay(policy, 6, 0.0), milliseconds(15000));
  EXPECT_EQ(backoff_delay(policy, 1000, 1.0), milliseconds(30000));
  EXPECT_EQ(backoff_delay(policy, 0, 0.0), milliseconds(500));  // treated as the first failure
}

TEST(Backoff, OutOfRangeJitterIsClamped) {
  RetryPolicy policy;
  EXPECT_EQ(backoff_delay(policy, 1, -3.0), backoff_delay(policy, 1, 0.0));
  EXPECT_EQ(backoff_delay(policy, 1, 7.0), backoff_delay(policy, 1, 1.0));
}

TEST(Backoff, GrowsMonotonicallyForAFixedJitter) {
  RetryPolicy policy;
  for (int failures = 1; failures < 40; ++failures) {
    EXPECT_LE(backoff_delay(policy, failures, 0.3), backoff_delay(policy, failures + 1, 0.3));
  }
}

const auto kNow = std::chrono::sys_days{std::chrono::year{2026} / 10 / 21} + std::chrono::hours{7} +
                  std::chrono::minutes{27};

TEST(RetryAfter, ReadsDelaySeconds) {
  EXPECT_EQ(parse_retry_after("120", kNow), seconds(120));
  EXPECT_EQ(parse_retry_after(" 5\r\n", kNow), seconds(5));
  EXPECT_EQ(parse_retry_after("0", kNow), seconds(0));
}

TEST(RetryAfter, ReadsHttpDates) {
  EXPECT_EQ(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", kNow), seconds(60));
  EXPECT_EQ(parse_retry_after("Wednesday, 21-Oct-26 07:29:00 GMT", kNow), seconds(120));  // RFC 850
  EXPECT_EQ(parse_retry_after("Wed Oct 21 07:27:30 2026", kNow), seconds(30));            // asctime
}

TEST(RetryAfter, APastDateMeansNow) {
  EXPECT_EQ(parse_retry_after("Tue, 20 Oct 2026 07:28:00 GMT", kNow), seconds(0));
}

TEST(RetryAfter, RefusesAnythingElse) {
  EXPECT_FALSE(parse_retry_after("", kNow));
  EXPECT_FALSE(parse_retry_after("soon", kNow));
  EXPECT_FALSE(parse_retry_after("-5", kNow));
  EXPECT_FALSE(parse_retry_after("1.5", kNow));
  EXPECT_FALSE(parse_retry_after("99999999999999999999999", kNow));
}

}  // namespace
}  // namespace cuepoint::upload
