#include "xml_prescan.hpp"

#include <unicode/utf8.h>

#include <array>
#include <cstdio>

namespace cuepoint::lesson {
namespace {

std::string hex_byte(unsigned char byte) {
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "0x%02X", byte);
  return buffer.data();
}

std::string code_point_name(UChar32 c) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "U+%04X", static_cast<unsigned>(c));
  return buffer.data();
}

bool is_xml_char(UChar32 c) {
  if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
  return c != 0xFFFE && c != 0xFFFF;
}

bool is_predefined_entity(std::string_view name) {
  return name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot";
}

// `reference` is what stands between '&' and ';'.
std::optional<std::string> check_reference(std::string_view reference) {
  if (reference.starts_with('#')) {
    const bool hex = reference.starts_with("#x");
    const std::string_view digits = reference.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
      return "malformed character reference '&" + std::string(reference) + ";'";
    UChar32 value = 0;
    for (char c : digits) {
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) return "malformed character reference '&" + std::string(reference) + ";'";
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) break;
    }
    if (value > 0x10FFFF || U_IS_SURROGATE(value) || !is_xml_char(value)) {
      return "character reference '&" + std::string(reference) + ";' is not an XML character";
    }
    return std::nullopt;
  }
  if (is_predefined_entity(reference)) return std::nullopt;
  return "undefined entity '&" + std::string(reference) +
         ";'; only &lt; &gt; &amp; &apos; &quot; and character references (&#233;) are allowed";
}

}  // namespace

std::optional<RawProblem> find_encoding_problem(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      return RawProblem{static_cast<std::size_t>(start), "invalid UTF-8: byte " + hex_byte(bytes[start]) +
                                                             " does not start a valid sequence; " +
                                                             "lesson files must be UTF-8"};
    }
    if (!is_xml_char(c)) {
      return RawProblem{static_cast<std::size_t>(start),
                        "character " + code_point_name(c) + " is not allowed in an XML document"};
    }
  }
  return std::nullopt;
}

std::optional<RawProblem> find_markup_problem(std::string_view text) {
  // Sections whose content is not markup: '&' and '<!' inside them mean nothing.
  struct Skipped {
    std::string_view open;
    std::string_view close;
  };
  static constexpr std::array<Skipped, 3> kSkipped = {{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}}};

  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    bool skipped = false;
    for (const Skipped& section : kSkipped) {
      if (rest.starts_with(section.open)) {
        const auto end = text.find(section.close, i + section.open.size());
        if (end == std::string_view::npos) return std::nullopt;  // unterminated: pugixml reports it
        i = end + section.close.size() - 1;
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!ENTITY")) {
      return RawProblem{i, "DOCTYPE and entity declarations are not allowed in a lesson file"};
    }
    if (text[i] == '&') {
      const auto semicolon = text.find(';', i);
      const auto next_markup = text.find_first_of("<&\"' \t\r\n", i + 1);
      if (semicolon == std::string_view::npos ||
          (next_markup != std::string_view::npos && next_markup < semicolon)) {
        return RawProblem{i,
                          "'&' must start an entity reference such as &amp; (write &amp; for a literal '&')"};
      }
      if (auto problem = check_reference(text.substr(i + 1, semicolon - i - 1)))
        return RawProblem{i, *problem};
      i = semicolon;
    }
  }
  return std::nullopt;
}

}  // namespace cuepoint::lesson
