#include "text_field.hpp"

#include <algorithm>

namespace cuepoint::ui {
namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U; }

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is malformed.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  if (lead < 0x80U) return 1;
  if (lead >= 0xC2U && lead <= 0xDFU) {
    length = 2;
  } else if (lead >= 0xE0U && lead <= 0xEFU) {
    length = 3;
  } else if (lead >= 0xF0U && lead <= 0xF4U) {
    length = 4;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if (!is_continuation(text[i + k])) return 0;
  }
  const auto second = static_cast<unsigned char>(text[i + 1]);
  // Overlong forms, surrogates and values above U+10FFFF.
  if (lead == 0xE0U && second < 0xA0U) return 0;
  if (lead == 0xEDU && second > 0x9FU) return 0;
  if (lead == 0xF0U && second < 0x90U) return 0;
  if (lead == 0xF4U && second > 0x8FU) return 0;
  return length;
}

}  // namespace

std::string clean_text_input(std::string_view utf8) {
  std::string clean;
  clean.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t length = sequence_length(utf8, i);
    if (length == 0) {
      ++i;
      continue;
    }
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (length == 1 && (byte < 0x20U || byte == 0x7FU)) {
      if (byte == '\n' || byte == '\t' || byte == '\r') clean += ' ';
    } else {
      clean.append(utf8.substr(i, length));
    }
    i += length;
  }
  return clean;
}

void TextField::insert(std::string_view utf8) {
  const std::string clean = clean_text_input(utf8);
  text_.insert(caret_, clean);
  caret_ += clean.size();
  preedit_.clear();
  preedit_caret_ = 0;
}

void TextField::compose(std::string_view preedit, std::size_t cursor) {
  preedit_ = clean_text_input(preedit);
  preedit_caret_ = std::min(cursor, preedit_.size());
}

void TextField::backspace() {
  if (caret_ == 0) return;
  const std::size_t end = caret_;
  move_left();
  text_.erase(caret_, end - caret_);
}

void TextField::erase_forward() {
  if (caret_ == text_.size()) return;
  const std::size_t start = caret_;
  move_right();
  text_.erase(start, caret_ - start);
  caret_ = start;
}

void TextField::move_left() {
  if (caret_ == 0) return;
  --caret_;
  while (caret_ > 0 && is_continuation(text_[caret_])) --caret_;
}

void TextField::move_right() {
  if (caret_ == text_.size()) return;
  ++caret_;
  while (caret_ < text_.size() && is_continuation(text_[caret_])) ++caret_;
}

void TextField::place_caret(std::size_t index) {
  caret_ = std::min(index, text_.size());
  while (caret_ > 0 && caret_ < text_.size() && is_continuation(text_[caret_])) --caret_;
}

}  // namespace cuepoint::ui
