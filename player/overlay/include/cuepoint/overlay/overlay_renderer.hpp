// Draws the window's UI (a ui::View) into a premultiplied ARGB32 canvas with Cairo, over
// the video, and says where each clickable widget landed (hit testing), where the seek bar
// track lies, and where the focused text field is. No SDL: the window uploads the canvas
// with window::OverlayImage, and the same renderer draws `cuepoint-author preview` offscreen.
//
// Threads: one thread calls every member (Pango objects are not thread-safe).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/overlay/canvas.hpp"
#include "cuepoint/overlay/library_layout.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::overlay {

// In output pixels, top-left origin.
struct Rect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  bool contains(int px, int py) const;
  bool operator==(const Rect&) const = default;
};

struct Hit {
  std::string widget_id;
  Rect rect;
};

struct SeekBarArea {
  Rect track;  // the drawn track; the seek bar's hit rect is taller (see Layout::hits)
  lesson::Micros duration = 0;
  // The lesson time under x, clamped to [0, duration]: track.x maps to 0, the track's right end to duration.
  lesson::Micros time_at(int x) const;
};

struct Layout {
  std::vector<Hit> hits;                // every enabled clickable widget drawn, front-most last
  std::optional<SeekBarArea> seek_bar;  // when the control bar is shown and enabled
  std::optional<Rect> text_field;       // the focused text field (for SDL_SetTextInputRect)
  std::string hit(int x, int y) const;  // id of the front-most widget at the point, "" for none (the video)
  const Hit* find(const std::string& widget_id) const;  // nullptr when not drawn
};

class OverlayRenderer {
 public:
  OverlayRenderer();  // owns a text::TextRenderer and a bounded text::TextCache
  OverlayRenderer(OverlayRenderer&&) noexcept;
  OverlayRenderer& operator=(OverlayRenderer&&) noexcept;
  ~OverlayRenderer();

  // Draws `view` for an output area of width x height pixels. `scale` is output pixels per
  // window point (HiDPI): every size is multiplied by it, text also by view.text_scale.
  // Transparent where only the video shows. Throws OverlayError for a bad size or a Cairo
  // failure, text::TextError for text the text layer refuses.
  const Canvas& draw(const ui::View& view, int width, int height, double scale = 1.0);
  const Layout& layout() const;  // of the last draw

  // The thumbnail the library screen shows in the row of `widget_id` (ui::ids::library_item),
  // kept until replaced; rows without one show a plain tile.
  void set_thumbnail(const std::string& widget_id, Thumbnail thumbnail);

  // Byte index in the focused text field's text nearest to the point (for ui::CaretPlaced),
  // nullopt outside the field.
  std::optional<std::size_t> caret_at(int x, int y) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cuepoint::overlay
