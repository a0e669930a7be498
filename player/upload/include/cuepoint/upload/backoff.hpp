// When to try again after the LRS or the network failed.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace cuepoint::upload {

struct RetryPolicy {
  std::chrono::milliseconds first_delay{1000};
  std::chrono::milliseconds max_delay{30000};  // cap of one wait (exponential part)
  int max_tries = 8;                           // consecutive failed tries before giving up
  std::chrono::seconds max_total_wait{600};    // all waits of one upload together
};

// Capped exponential backoff with "equal jitter": half of the exponential
// delay fixed, half random, so that many devices coming back online at once
// do not hammer the LRS in step. `failures` counts from 1; `random01` in [0, 1).
std::chrono::milliseconds backoff_delay(const RetryPolicy& policy, int failures, double random01);

// Reads a Retry-After header value: delay-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2026 07:28:00 GMT", relative to `now`; a past date is 0).
// nullopt when the value is neither.
std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                      std::chrono::system_clock::time_point now);

}  // namespace cuepoint::upload
