#include "cuepoint/h5p/html_text.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <utility>

namespace cuepoint::h5p {
namespace {

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// The named entities H5P's editor writes (it encodes only what it must, plus the
// typographic ones a pasted text brings).
constexpr std::array<std::pair<std::string_view, std::uint32_t>, 24> kNamedEntities{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"laquo", 0xAB},    {"raquo", 0xBB},
    {"copy", 0xA9},    {"reg", 0xAE},     {"deg", 0xB0},     {"times", 0xD7},    {"divide", 0xF7},
    {"middot", 0xB7},  {"bull", 0x2022},  {"euro", 0x20AC},  {"shy", 0xAD},
}};

// Decodes the entity starting at html[at] == '&'; returns the code point and its length.
std::optional<std::pair<std::uint32_t, std::size_t>> entity_at(std::string_view html, std::size_t at) {
  const std::size_t semicolon = html.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon - at > 12) return std::nullopt;
  const std::string_view name = html.substr(at + 1, semicolon - at - 1);
  const std::size_t length = semicolon - at + 1;
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return std::nullopt;
    std::uint32_t code = 0;
    for (const char c : digits) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(c)) != 0
                            ? (std::tolower(c) - 'a' + 10)
                            : -1;
      if (digit < 0) return std::nullopt;
      code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      if (code > 0x10FFFF) return std::nullopt;
    }
    // Surrogates and NUL are not characters: keep the text as written.
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
    return std::pair{code, length};
  }
  for (const auto& [entity, code] : kNamedEntities) {
    if (entity == name) return std::pair{code, length};
  }
  return std::nullopt;
}

// Characters an XML document may hold (a decoded &#12; may not: the lesson would not parse).
bool is_xml_char(std::uint32_t code) {
  return (code >= 0x20 && code < 0x7F) || (code >= 0xA0 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || code >= 0x10000;
}

bool is_block(std::string_view tag) {
  static constexpr std::array<std::string_view, 20> kBlocks{
      "p",  "div", "br", "li",    "ul",         "ol",  "h1", "h2", "h3", "h4",
      "h5", "h6",  "tr", "table", "blockquote", "pre", "dl", "dt", "dd", "hr"};
  for (const auto block : kBlocks) {
    if (block == tag) return true;
  }
  return false;
}

// Builds the text: white space collapsed inside a paragraph, paragraphs kept apart.
class TextBuilder {
 public:
  void space() { pending_space_ = !line_.empty(); }
  void character(std::string_view utf8) {
    if (pending_space_) line_ += ' ';
    pending_space_ = false;
    line_ += utf8;
  }
  void paragraph() {
    if (!line_.empty()) {
      if (!out_.empty()) out_ += '\n';
      out_ += line_;
    }
    line_.clear();
    pending_space_ = false;
  }
  std::string finish() {
    paragraph();
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string line_;
  bool pending_space_ = false;
};

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  TextBuilder text;
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      if (html.substr(i, 4) == "<!--") {
        const std::size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      const std::size_t end = html.find('>', i + 1);
      if (end == std::string_view::npos) {  // a lone '<' is text
        text.character("<");
        ++i;
        continue;
      }
      std::string_view inside = html.substr(i + 1, end - i - 1);
      const bool closing = !inside.empty() && inside[0] == '/';
      if (closing) inside.remove_prefix(1);
      std::size_t name_end = 0;
      while (name_end < inside.size() && std::isalnum(static_cast<unsigned char>(inside[name_end])) != 0) {
        ++name_end;
      }
      const std::string tag = lower(inside.substr(0, name_end));
      i = end + 1;
      if (!closing && (tag == "script" || tag == "style")) {
        const std::size_t close = lower(html.substr(i)).find("</" + tag);
        i = close == std::string::npos ? html.size() : i + close;
        continue;
      }
      if (is_block(tag)) {
        text.paragraph();
        if (tag == "li" && !closing) text.character("\u2022 ");
      } else if (tag == "td" || tag == "th") {
        text.space();
      }
      continue;
    }
    if (c == '&') {
      if (const auto entity = entity_at(html, i)) {
        const auto [code, length] = *entity;
        i += length;
        if (code == 0xA0 || code == ' ' || code == '\t' || code == '\n' || code == '\r') {
          text.space();
        } else if (code != 0xAD && is_xml_char(code)) {  // a soft hyphen is invisible
          std::string utf8;
          append_utf8(utf8, code);
          text.character(utf8);
        }
        continue;
      }
    }
    // White space, and the control characters XML forbids, separate words.
    if (static_cast<unsigned char>(c) < 0x20 || c == ' ' || c == 0x7F) {
      text.space();
      ++i;
      continue;
    }
    // A UTF-8 no-break space (C2 A0) is white space too.
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < html.size() &&
        static_cast<unsigned char>(html[i + 1]) == 0xA0) {
      text.space();
      i += 2;
      continue;
    }
    text.character(html.substr(i, 1));
    ++i;
  }
  return text.finish();
}

std::string html_to_line(std::string_view html) {
  std::string text = html_to_text(html);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

}  // namespace cuepoint::h5p
