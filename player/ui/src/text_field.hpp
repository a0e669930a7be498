// A one-line UTF-8 text field: committed text, a caret on code point boundaries,
// and an input method's composition shown at the caret until it is committed.
// Moves are logical (previous/next code point); visual moves in bidirectional
// text need the layout, so the renderer reports them with place_caret().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "cuepoint/ui/view.hpp"

namespace cuepoint::ui {

class TextField {
 public:
  const std::string& text() const { return text_; }
  std::size_t caret() const { return caret_; }
  bool empty() const { return text_.empty() && preedit_.empty(); }

  void insert(std::string_view utf8);  // commits: replaces any composition
  void compose(std::string_view preedit, std::size_t cursor);
  void backspace();
  void erase_forward();
  void move_left();
  void move_right();
  void move_home() { caret_ = 0; }
  void move_end() { caret_ = text_.size(); }
  void place_caret(std::size_t index);  // snapped back to a code point boundary

  TextEdit edit() const { return TextEdit{text_, caret_, preedit_, preedit_caret_}; }

 private:
  std::string text_;
  std::size_t caret_ = 0;
  std::string preedit_;
  std::size_t preedit_caret_ = 0;
};

// Drops bytes that are not well-formed UTF-8 and control characters (a field is one
// line: newlines and tabs from a paste become spaces).
std::string clean_text_input(std::string_view utf8);

}  // namespace cuepoint::ui
