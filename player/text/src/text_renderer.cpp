#include "cuepoint/text/text_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "cuepoint/text/text_error.hpp"
#include "layout_impl.hpp"
#include "pango_handles.hpp"
#include "utf8.hpp"

namespace cuepoint::text {

namespace {

constexpr int kMaxSurfaceSide = 32767;  // Cairo's image surface limit

struct DisplayedText {
  std::string text;
  AttrListPtr attributes;
  std::size_t composition_caret = 0;
};

// Antialiased grey (subpixel colour fringes would be wrong on a video overlay), light hinting,
// unhinted metrics and unrounded glyph positions so that layout scales linearly with HiDPI.
GObjectPtr<PangoContext> make_context(PangoFontMap* font_map, Direction direction) {
  GObjectPtr<PangoContext> context(pango_font_map_create_context(font_map));
  if (!context) throw TextError("text: Pango could not create a context");
  FontOptionsPtr options(cairo_font_options_create());
  if (cairo_font_options_status(options.get()) != CAIRO_STATUS_SUCCESS) {
    throw TextError("text: Cairo could not create font options");
  }
  cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context.get(), options.get());
  pango_context_set_round_glyph_positions(context.get(), FALSE);
  pango_context_set_base_dir(context.get(),
                             direction == Direction::RightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  return context;
}

DisplayedText displayed_text(const TextBlock& block) {
  check_utf8(block.text, "text");
  DisplayedText shown;
  if (block.markup) {
    if (block.composition) throw TextError("text: a composition needs plain text, not markup");
    PangoAttrList* attributes = nullptr;
    char* plain = nullptr;
    GError* error = nullptr;
    if (!pango_parse_markup(block.text.data(), static_cast<int>(block.text.size()), 0, &attributes, &plain,
                            nullptr, &error)) {
      const GErrorPtr owned(error);
      throw TextError("text markup: " + std::string(owned ? owned->message : "cannot be parsed"));
    }
    shown.attributes.reset(attributes);
    const GCharPtr owned_plain(plain);
    shown.text = plain;
    return shown;
  }
  shown.attributes.reset(pango_attr_list_new());
  if (!block.composition) {
    shown.text = block.text;
    shown.composition_caret = shown.text.size();
    return shown;
  }
  const Composition& composition = *block.composition;
  check_utf8(composition.text, "composition");
  check_boundary(block.text, composition.at, "composition position");
  check_boundary(composition.text, composition.cursor, "composition cursor");
  shown.text = block.text.substr(0, composition.at) + composition.text + block.text.substr(composition.at);
  shown.composition_caret = composition.at + composition.cursor;
  // The composition is underlined, as input methods expect, so the learner sees it is not committed yet.
  PangoAttribute* underline = pango_attr_underline_new(PANGO_UNDERLINE_SINGLE);
  underline->start_index = static_cast<guint>(composition.at);
  underline->end_index = static_cast<guint>(composition.at + composition.text.size());
  pango_attr_list_insert(shown.attributes.get(), underline);  // the list owns it now
  return shown;
}

PangoAlignment pango_alignment(const TextStyle& style) {
  // With auto direction Pango itself swaps left and right for right-to-left paragraphs, so
  // Start = LEFT there; a forced direction turns that off and the swap is ours.
  const bool mirrored = style.direction == Direction::RightToLeft;
  switch (style.align) {
    case Align::Centre:
      return PANGO_ALIGN_CENTER;
    case Align::Start:
      return mirrored ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    case Align::End:
      return mirrored ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  }
  return PANGO_ALIGN_LEFT;
}

void apply_style(PangoLayout* layout, const TextStyle& style, double scale) {
  const FontDescriptionPtr font(pango_font_description_new());
  if (!font) throw TextError("text: Pango could not create a font description");
  pango_font_description_set_family(font.get(), style.font_families.c_str());
  pango_font_description_set_absolute_size(font.get(), style.size_px * scale * PANGO_SCALE);
  pango_font_description_set_weight(font.get(), static_cast<PangoWeight>(style.weight));
  pango_layout_set_font_description(layout, font.get());  // copies it

  pango_layout_set_auto_dir(layout, style.direction == Direction::Auto ? TRUE : FALSE);
  pango_layout_set_alignment(layout, pango_alignment(style));
  if (style.max_width_px > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::lround(style.max_width_px * scale * PANGO_SCALE)));
    // Word boundaries (UAX #14, dictionary-based for Thai); only a word wider than the whole
    // line is cut between characters rather than overflowing the box.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  if (style.max_lines > 0) {
    pango_layout_set_height(layout, -style.max_lines);
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
  }
  pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));
}

// The buffer covers the logical box, the ink (accents and italics can overhang it) and, when the
// text wraps, the whole wrap width, so alignment within that width survives in the pixels.
void compute_bounds(TextLayout::Impl& impl, const TextStyle& style, double scale) {
  PangoRectangle ink;
  PangoRectangle logical;
  pango_layout_get_extents(impl.layout.get(), &ink, &logical);
  pango_extents_to_pixels(&ink, nullptr);
  pango_extents_to_pixels(&logical, nullptr);
  int left = std::min(ink.x, logical.x);
  int right = std::max(ink.x + ink.width, logical.x + logical.width);
  if (style.max_width_px > 0) {
    left = std::min(left, 0);
    right = std::max(right, static_cast<int>(std::ceil(style.max_width_px * scale)));
  }
  const int top = std::min(ink.y, logical.y);
  const int bottom = std::max(ink.y + ink.height, logical.y + logical.height);
  impl.origin_x = -left;
  impl.origin_y = -top;
  impl.width = right - left;
  impl.height = bottom - top;
  if (impl.width > kMaxSurfaceSide || impl.height > kMaxSurfaceSide) {
    throw TextError("text: the block would be " + std::to_string(impl.width) + "x" +
                    std::to_string(impl.height) + " pixels, over Cairo's limit of 32767 a side");
  }
}

}  // namespace

struct TextRenderer::Impl {
  GObjectPtr<PangoFontMap> font_map;
};

TextRenderer::TextRenderer() : impl_(std::make_unique<Impl>()) {
  // A font map of our own rather than the per-thread default, so its lifetime is ours.
  impl_->font_map.reset(pango_cairo_font_map_new());
  if (!impl_->font_map) throw TextError("text: Pango has no font map (is fontconfig installed?)");
}

TextRenderer::TextRenderer(TextRenderer&&) noexcept = default;
TextRenderer& TextRenderer::operator=(TextRenderer&&) noexcept = default;
TextRenderer::~TextRenderer() = default;

TextLayout TextRenderer::layout(const TextBlock& block, const TextStyle& style, double scale) const {
  check_style(style, scale);
  DisplayedText shown = displayed_text(block);

  auto impl = std::make_unique<TextLayout::Impl>();
  const GObjectPtr<PangoContext> context = make_context(impl_->font_map.get(), style.direction);
  impl->layout.reset(pango_layout_new(context.get()));  // holds its own reference to the context
  if (!impl->layout) throw TextError("text: Pango could not create a layout");
  apply_style(impl->layout.get(), style, scale);
  pango_layout_set_text(impl->layout.get(), shown.text.data(), static_cast<int>(shown.text.size()));
  pango_layout_set_attributes(impl->layout.get(), shown.attributes.get());  // takes a reference
  impl->colour = style.colour;
  impl->text = std::move(shown.text);
  impl->composition_caret = shown.composition_caret;
  compute_bounds(*impl, style, scale);
  return TextLayout(std::move(impl));
}

RenderedText TextRenderer::render(const TextBlock& block, const TextStyle& style, double scale) const {
  return layout(block, style, scale).render();
}

}  // namespace cuepoint::text
