// The entry point of the text layer: owns the font map (fontconfig's fonts, loaded once) and
// lays out TextBlocks. Pango objects are not thread-safe: use one TextRenderer per thread.
#pragma once

#include <memory>

#include "cuepoint/text/rendered_text.hpp"
#include "cuepoint/text/text_layout.hpp"
#include "cuepoint/text/text_style.hpp"

namespace cuepoint::text {

class TextRenderer {
 public:
  TextRenderer();  // throws TextError when fontconfig has no usable font map
  TextRenderer(TextRenderer&&) noexcept;
  TextRenderer& operator=(TextRenderer&&) noexcept;
  ~TextRenderer();

  // `scale` is output pixels per layout pixel (2 on a HiDPI display). Throws TextError for
  // invalid UTF-8, malformed markup, a composition outside the text, or a bad style.
  TextLayout layout(const TextBlock& block, const TextStyle& style, double scale = 1.0) const;
  RenderedText render(const TextBlock& block, const TextStyle& style, double scale = 1.0) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cuepoint::text
