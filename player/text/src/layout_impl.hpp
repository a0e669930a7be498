// What a TextLayout holds: the Pango layout (and through it its context and font map) and the
// buffer geometry computed once when it was laid out.
#pragma once

#include <string>

#include "cuepoint/text/text_layout.hpp"
#include "cuepoint/text/text_style.hpp"
#include "pango_handles.hpp"

namespace cuepoint::text {

struct TextLayout::Impl {
  GObjectPtr<PangoLayout> layout;
  Rgba colour;
  std::string text;  // as displayed, composition included
  std::size_t composition_caret = 0;
  int width = 0;  // buffer size, output pixels
  int height = 0;
  int origin_x = 0;  // layout origin inside the buffer
  int origin_y = 0;
};

}  // namespace cuepoint::text
