#include "cuepoint/upload/backoff.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace cuepoint::upload {

std::chrono::milliseconds backoff_delay(const RetryPolicy& policy, int failures, double random01) {
  const double first = static_cast<double>(policy.first_delay.count());
  const double cap = static_cast<double>(policy.max_delay.count());
  // Bound the exponent so 2^n cannot overflow before the cap applies.
  const int exponent = std::clamp(failures - 1, 0, 30);
  const double exponential = std::min(cap, first * std::pow(2.0, exponent));
  const double jitter = std::clamp(random01, 0.0, 1.0);
  return std::chrono::milliseconds(static_cast<std::int64_t>(exponential / 2.0 + jitter * exponential / 2.0));
}

std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                      std::chrono::system_clock::time_point now) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() &&
         (value.back() == ' ' || value.back() == '\t' || value.back() == '\r' || value.back() == '\n')) {
    value.remove_suffix(1);
  }
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::int64_t seconds = 0;
    const auto result = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (result.ec != std::errc()) return std::nullopt;  // absurdly large
    return std::chrono::seconds(seconds);
  }
  // curl_getdate reads the RFC 9110 date formats (IMF-fixdate, RFC 850, asctime).
  const std::string text(value);
  const auto when = curl_getdate(text.c_str(), nullptr);
  if (when < 0) return std::nullopt;
  const auto target = std::chrono::system_clock::from_time_t(static_cast<std::time_t>(when));
  const auto delay = std::chrono::ceil<std::chrono::seconds>(target - now);
  return std::max(delay, std::chrono::seconds(0));
}

}  // namespace cuepoint::upload
