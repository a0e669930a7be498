// One laid-out block of text, kept alive for what a text field asks repeatedly: where the caret
// is, where an arrow key moves it in bidi text, which character a click lands on. Indices are byte
// offsets into the displayed text (the committed text with any composition spliced in) and always
// fall on character boundaries. Geometry is in output pixels, in the coordinates of render()'s buffer.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "cuepoint/text/rendered_text.hpp"

namespace cuepoint::text {

struct Caret {
  PixelRect strong;  // where text typed in the paragraph's direction goes
  PixelRect weak;    // where text of the other direction goes; equals strong outside bidi boundaries
};

struct CaretMove {
  std::size_t index = 0;
  bool moved = false;  // false at the visual start or end of the text
};

struct Hit {
  std::size_t index = 0;  // the caret position nearest to the point
  bool inside = false;    // the point lies on the text itself
};

class TextLayout {
 public:
  struct Impl;
  explicit TextLayout(std::unique_ptr<Impl> impl);
  TextLayout(TextLayout&&) noexcept;
  TextLayout& operator=(TextLayout&&) noexcept;
  ~TextLayout();

  const std::string& text() const;  // what is displayed
  int width() const;                // of the buffer render() returns
  int height() const;
  int baseline() const;
  bool right_to_left() const;
  int unknown_glyphs() const;
  std::vector<LineExtent> lines() const;

  Caret caret(std::size_t index) const;
  // The box of the character (grapheme) starting at `index`; width is negative for right-to-left.
  PixelRect character_box(std::size_t index) const;
  // One visual step right (+1) or left (-1) from `index`: in right-to-left text, right moves
  // towards the start. Throws TextError for another step or an index off a character boundary.
  CaretMove move_visually(std::size_t index, int step) const;
  Hit hit_test(int x, int y) const;
  // Where the caret goes while composing: the composition's own cursor, else the text's end.
  std::size_t composition_caret() const;

  RenderedText render() const;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace cuepoint::text
