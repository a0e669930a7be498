#include "ass_text.hpp"

namespace cuepoint::captions {
namespace {

// The dialogue fields before Text, as libavcodec writes them (ff_ass_get_dialog).
constexpr int kFieldsBeforeText = 8;

std::string_view dialogue_text(std::string_view event) {
  std::size_t at = 0;
  for (int field = 0; field < kFieldsBeforeText; ++field) {
    const std::size_t comma = event.find(',', at);
    if (comma == std::string_view::npos) return {};
    at = comma + 1;
  }
  return event.substr(at);
}

}  // namespace

std::string ass_event_plain_text(std::string_view event) {
  const std::string_view text = dialogue_text(event);
  std::string plain;
  plain.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '{') {  // an override block: styling the window does not draw
      const std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' && i + 1 < text.size()) {
      const char next = text[i + 1];
      if (next == 'N' || next == 'n') {
        plain += '\n';
      } else if (next == 'h') {
        plain += "\u00A0";
      } else if (next == '{' || next == '}' || next == '\\') {
        plain += next;
      } else {
        plain += c;  // not an escape: a backslash in the text
        continue;
      }
      ++i;
    } else if (c != '\r') {
      plain += c;
    }
  }
  while (!plain.empty() && plain.back() == '\n') plain.pop_back();
  return plain;
}

}  // namespace cuepoint::captions
