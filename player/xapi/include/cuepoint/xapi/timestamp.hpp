// Time in the formats xAPI wants.
#pragma once

#include <chrono>
#include <string>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::xapi {

using Clock = std::chrono::system_clock;

// RFC 3339 UTC with milliseconds: 2026-11-24T05:21:03.123Z.
std::string format_timestamp(Clock::time_point when);
inline std::string now_timestamp() { return format_timestamp(Clock::now()); }

// Lesson time in seconds rounded to milliseconds, as the Video Profile's
// decimal-seconds extensions expect.
double to_seconds(lesson::Micros micros);

// ISO 8601 duration: PT12.5S (seconds with up to 3 decimals).
std::string format_duration(lesson::Micros micros);

// Shortest text that reads back as the same double ("0.1", "2", "1.25").
std::string format_number(double value);

}  // namespace cuepoint::xapi
