#include "cuepoint/lesson/time.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace cuepoint::lesson {
namespace {

constexpr Micros kMicrosPerSecond = 1'000'000;
constexpr int kMaxFractionDigits = 6;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

TimeParseResult failure(std::string message) { return {std::nullopt, std::move(message)}; }

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// a * b + c without overflow, or false.
bool mul_add(Micros a, Micros b, Micros c, Micros& out) {
  Micros product = 0;
  return !__builtin_mul_overflow(a, b, &product) && !__builtin_add_overflow(product, c, &out);
}

}  // namespace

TimeParseResult parse_time_checked(std::string_view text) {
  if (text.empty()) return failure("empty time; expected e.g. '83.4', '1:23.4' or '1:02:03.5'");
  if (text.front() == '-') return failure("negative time " + quoted(text) + "; times are >= 0");

  // Split off the fraction, then the ':' fields.
  std::string_view whole = text;
  std::string_view fraction;
  bool has_fraction = false;
  if (const auto dot = text.find('.'); dot != std::string_view::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    has_fraction = true;
  }
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const auto colon = whole.find(':', start);
    fields.push_back(whole.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (fields.size() > 3) {
    return failure("too many ':' fields in " + quoted(text) + "; expected at most H:MM:SS");
  }
  for (char c : text) {
    if (!is_digit(c) && c != ':' && c != '.') {
      return failure("unexpected character " + quoted(std::string_view(&c, 1)) + " in time " + quoted(text) +
                     "; expected digits, ':' and '.'");
    }
  }
  if (fraction.find('.') != std::string_view::npos) {
    return failure("more than one '.' in time " + quoted(text));
  }
  if (fraction.find(':') != std::string_view::npos) {
    return failure("':' after the '.' in time " + quoted(text));
  }
  if (has_fraction && fraction.empty()) {
    return failure("missing digits after '.' in time " + quoted(text));
  }
  if (fraction.size() > kMaxFractionDigits) {
    return failure("more than 6 fractional digits in time " + quoted(text) +
                   "; times are exact to the microsecond");
  }

  static constexpr std::array<std::string_view, 3> kUnitNames = {"hours", "minutes", "seconds"};
  const std::size_t first_unit = 3 - fields.size();
  Micros seconds = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string_view field = fields[i];
    const std::string_view unit = kUnitNames[first_unit + i];
    if (field.empty()) {
      return failure("missing " + std::string(unit) + " digits in time " + quoted(text));
    }
    if (i > 0 && field.size() != 2) {
      return failure(std::string(unit) + " field " + quoted(field) + " in time " + quoted(text) +
                     " must have exactly two digits");
    }
    Micros value = 0;
    for (char c : field) {
      if (!mul_add(value, 10, c - '0', value)) return failure("time " + quoted(text) + " is too large");
    }
    if (i > 0 && value >= 60) {
      return failure(std::string(unit) + " " + quoted(field) + " in time " + quoted(text) +
                     " must be less than 60");
    }
    // Horner's rule over the fields: ((h * 60 + m) * 60 + s).
    if (!mul_add(seconds, 60, value, seconds)) {
      return failure("time " + quoted(text) + " is too large");
    }
  }
  Micros fraction_micros = 0;
  for (std::size_t i = 0; i < kMaxFractionDigits; ++i) {
    fraction_micros = fraction_micros * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  Micros micros = 0;
  if (!mul_add(seconds, kMicrosPerSecond, fraction_micros, micros)) {
    return failure("time " + quoted(text) + " is too large");
  }
  return {micros, {}};
}

std::optional<Micros> parse_time(std::string_view text) { return parse_time_checked(text).micros; }

std::string format_time(Micros micros) {
  std::string sign;
  // Work in unsigned to print even the most negative value.
  auto magnitude = static_cast<std::uint64_t>(micros);
  if (micros < 0) {
    sign = "-";
    magnitude = 0 - magnitude;
  }
  const std::uint64_t total_seconds = magnitude / kMicrosPerSecond;
  std::uint64_t fraction = magnitude % kMicrosPerSecond;
  const std::uint64_t hours = total_seconds / 3600;
  const std::uint64_t minutes = (total_seconds / 60) % 60;
  const std::uint64_t seconds = total_seconds % 60;

  auto two_digits = [](std::uint64_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  std::string text = sign;
  if (hours > 0) {
    text += std::to_string(hours) + ':' + two_digits(minutes);
  } else {
    text += std::to_string(minutes);
  }
  text += ':' + two_digits(seconds);
  if (fraction > 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, kMaxFractionDigits - digits.size(), '0');
    digits.erase(digits.find_last_not_of('0') + 1);
    text += '.' + digits;
  }
  return text;
}

}  // namespace cuepoint::lesson
