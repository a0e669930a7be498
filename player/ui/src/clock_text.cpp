#include "clock_text.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace cuepoint::ui {
namespace {

std::string two_digits(long long value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// Prints `value` with up to `decimals` decimals and drops trailing zeros.
std::string trimmed(double value, int decimals) {
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, value);
  std::string text(buffer.data());
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

}  // namespace

std::string format_clock(lesson::Micros micros) {
  const bool negative = micros < 0;
  const long long seconds = (negative ? -micros : micros) / 1'000'000;
  const long long hours = seconds / 3600;
  const long long minutes = (seconds / 60) % 60;
  std::string text = negative ? "-" : "";
  if (hours > 0) {
    text += std::to_string(hours) + ":" + two_digits(minutes);
  } else {
    text += std::to_string(minutes);
  }
  return text + ":" + two_digits(seconds % 60);
}

std::string format_span(lesson::Micros from, lesson::Micros to) {
  return format_clock(from) + "\u2013" + format_clock(to);
}

std::string seek_notice(const runtime::SeekRequest& seek) {
  if (seek.reason == runtime::SeekReason::Remediation) return "Rewatching " + format_span(seek.to, seek.from);
  return "Moving on to " + format_clock(seek.to);
}

std::string format_number(double value) { return trimmed(std::round(value * 100.0) / 100.0, 2); }

std::string format_percent(double percent) {
  return trimmed(std::floor(percent * 10.0 + 1e-9) / 10.0, 1) + " %";
}

}  // namespace cuepoint::ui
