#include "attribute_values.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace cuepoint::lesson {
namespace {

constexpr int kMaxCount = 1'000'000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

bool is_lowercase_hex(std::string_view text, std::size_t digits) {
  return text.size() == digits && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace

std::string format_decimal(double value) {
  std::array<char, 400> buffer{};  // fixed notation of the largest double needs ~310 digits
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (error != std::errc()) return std::to_string(value);
  return {buffer.data(), end};
}

ValueOrError<bool> read_boolean(std::string_view text) {
  if (text == "true") return {true, {}};
  if (text == "false") return {false, {}};
  return {std::nullopt, "expected 'true' or 'false', got " + quoted(text)};
}

ValueOrError<double> read_decimal(std::string_view text, bool allow_negative) {
  const std::string expected = allow_negative ? "a decimal number such as '2', '-1' or '0.25'"
                                              : "a decimal number >= 0 such as '2' or '0.5'";
  std::size_t i = 0;
  if (allow_negative && !text.empty() && text.front() == '-') ++i;
  const std::size_t integer_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  bool well_formed = i > integer_start;
  if (well_formed && i < text.size() && text[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    well_formed = i > fraction_start;
  }
  if (!well_formed || i != text.size())
    return {std::nullopt, "expected " + expected + ", got " + quoted(text)};
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return {std::nullopt, "number " + quoted(text) + " is out of range"};
  }
  return {value, {}};
}

ValueOrError<int> read_count(std::string_view text) {
  const std::string expected = "expected a whole number >= 0, got " + quoted(text);
  if (text.empty()) return {std::nullopt, expected};
  for (char c : text) {
    if (!is_digit(c)) return {std::nullopt, expected};
  }
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > kMaxCount) {
    return {std::nullopt,
            "number " + quoted(text) + " is too large; the limit is " + std::to_string(kMaxCount)};
  }
  return {value, {}};
}

std::optional<std::string> check_sha256(std::string_view text) {
  if (is_lowercase_hex(text, 64)) return std::nullopt;
  return "expected 64 lowercase hexadecimal digits (a SHA-256 digest), got " + quoted(text);
}

std::optional<std::string> check_salt(std::string_view text) {
  if (is_lowercase_hex(text, 32)) return std::nullopt;
  return "expected 32 lowercase hexadecimal digits (the lesson's 16-byte salt), got " + quoted(text);
}

std::optional<std::string> check_language_tag(std::string_view text) {
  const std::string error = "expected a BCP 47 language tag such as 'en' or 'fr-CA', got " + quoted(text);
  std::size_t subtag = 0;
  std::size_t start = 0;
  while (true) {
    const auto dash = text.find('-', start);
    const std::string_view part = text.substr(start, dash == std::string_view::npos ? dash : dash - start);
    if (part.empty() || part.size() > 8) return error;
    for (char c : part) {
      if (!is_alpha(c) && (subtag == 0 || !is_digit(c))) return error;
    }
    if (dash == std::string_view::npos) return std::nullopt;
    start = dash + 1;
    ++subtag;
  }
}

}  // namespace cuepoint::lesson
