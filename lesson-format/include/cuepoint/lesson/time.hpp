// Lesson time syntax: "83.4", "1:23.4", "01:23.400", "1:02:03.5".
//
//   time    = seconds | minutes ":" SS | hours ":" MM ":" SS   (each optionally + "." 1*6DIGIT)
// The leading field is any number of digits; MM and SS are exactly two digits and < 60.
// Values are exact integer microseconds (decimal digits, no floating point), so more than
// six fractional digits, a sign, spaces or any other character are errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

struct TimeParseResult {
  std::optional<Micros> micros;
  std::string error;  // why the text is not a time; empty on success
};

TimeParseResult parse_time_checked(std::string_view text);

// The value, or nullopt when parse_time_checked reports an error.
std::optional<Micros> parse_time(std::string_view text);

// Canonical form: "M:SS" below an hour, "H:MM:SS" from an hour on, followed by "." and
// the fractional digits without trailing zeros when the time is not whole seconds.
// 5 s -> "0:05", 83.4 s -> "1:23.4", 3723.5 s -> "1:02:03.5". Re-parses to the same
// value. Negative values (never valid in a lesson) print with a leading "-".
std::string format_time(Micros micros);

}  // namespace cuepoint::lesson
