// The value syntaxes of format v1 attributes. Each reader returns the value or an error
// message that quotes the text and says what is expected; the parser adds the position.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cuepoint::lesson {

template <typename T>
struct ValueOrError {
  std::optional<T> value;
  std::string error;
};

// The shortest text that reads back as the same double, without exponent ("0.5", "2", "-1.25").
std::string format_decimal(double value);

// "true" or "false" only.
ValueOrError<bool> read_boolean(std::string_view text);
// [-]digits[.digits]; negatives only when `allow_negative`.
ValueOrError<double> read_decimal(std::string_view text, bool allow_negative);
// A whole number >= 0, at most 1,000,000.
ValueOrError<int> read_count(std::string_view text);
// 64 lowercase hexadecimal digits.
std::optional<std::string> check_sha256(std::string_view text);
// A <seal salt>: 32 lowercase hexadecimal digits (16 random bytes).
std::optional<std::string> check_salt(std::string_view text);
// A BCP 47 language tag as XML Schema's xs:language: 1-8 letters, then "-" and 1-8
// letters or digits, repeated ("en", "fr-CA", "zh-Hant-TW").
std::optional<std::string> check_language_tag(std::string_view text);

}  // namespace cuepoint::lesson
