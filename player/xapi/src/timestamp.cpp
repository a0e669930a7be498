#include "cuepoint/xapi/timestamp.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cuepoint::xapi {

std::string format_timestamp(Clock::time_point when) {
  using namespace std::chrono;
  const auto millis = floor<milliseconds>(when);
  const auto day = floor<days>(millis);
  const year_month_day date{day};
  const hh_mm_ss time{millis - day};
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()),
                static_cast<int>(time.subseconds().count()));
  return text.data();
}

double to_seconds(lesson::Micros micros) { return std::round(static_cast<double>(micros) / 1000.0) / 1000.0; }

std::string format_duration(lesson::Micros micros) {
  return "PT" + format_number(to_seconds(micros < 0 ? 0 : micros)) + "S";
}

std::string format_number(double value) {
  std::array<char, 64> text{};
  const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
  return std::string(text.data(), result.ptr);
}

}  // namespace cuepoint::xapi
