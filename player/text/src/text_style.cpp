#include "cuepoint/text/text_style.hpp"

#include <cmath>
#include <sstream>
#include <string>

#include "cuepoint/text/text_error.hpp"

namespace cuepoint::text {

namespace {

// Cairo image surfaces are at most 32767 pixels a side; beyond 8x no display needs text.
constexpr double kMaxScale = 8.0;
constexpr double kMaxSizePx = 1000.0;
constexpr int kMaxWidthPx = 4096;

[[noreturn]] void bad(const std::string& what) { throw TextError("text style: " + what); }

std::string number(double value) {  // "2.5", "0", "-3": what the caller wrote
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

void check_style(const TextStyle& style, double scale) {
  if (!std::isfinite(scale) || scale <= 0.0 || scale > kMaxScale) {
    bad("scale must be in (0, 8], got " + number(scale));
  }
  if (!std::isfinite(style.size_px) || style.size_px <= 0.0 || style.size_px > kMaxSizePx) {
    bad("size_px must be in (0, 1000], got " + number(style.size_px));
  }
  if (style.weight < 100 || style.weight > 1000) {
    bad("weight must be in 100..1000, got " + std::to_string(style.weight));
  }
  if (style.max_width_px < 0 || style.max_width_px > kMaxWidthPx) {
    bad("max_width_px must be in 0..4096, got " + std::to_string(style.max_width_px));
  }
  if (style.max_lines < 0) bad("max_lines must not be negative, got " + std::to_string(style.max_lines));
  if (style.max_lines > 0 && style.max_width_px == 0) bad("max_lines needs max_width_px to wrap at");
  if (!std::isfinite(style.line_spacing) || style.line_spacing < 0.0 || style.line_spacing > 10.0) {
    bad("line_spacing must be in 0..10, got " + number(style.line_spacing));
  }
  if (style.font_families.find_first_not_of(" ,") == std::string::npos) bad("font_families is empty");
}

}  // namespace cuepoint::text
