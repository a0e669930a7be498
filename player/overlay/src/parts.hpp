// The parts of the overlay, one file each; the renderer calls them in painting order
// (back to front) for the children of the view's root.
#pragma once

#include <map>
#include <string>

#include "cuepoint/overlay/library_layout.hpp"
#include "painter.hpp"

namespace cuepoint::overlay {

// The output area, and the part of it left free by the control bar below it.
struct Screen {
  int width = 0;
  int height = 0;
  int free_bottom = 0;  // y where the control bar (when shown) begins
};

// The auto-hiding control bar at the bottom: buttons, seek bar with cue markers, chapter
// ticks, the skip-ahead limit and the hover label. Returns the bar's top edge.
int draw_control_bar(Painter& p, const ui::Widget& bar, const Screen& screen);
// Captions over the video, with a backdrop, above the control bar.
void draw_caption(Painter& p, const ui::Widget& caption, const Screen& screen);
// Non-pausing cues at the top right edge; a notice at the top centre.
void draw_toasts(Painter& p, const ui::Widget& toasts, const Screen& screen);
void draw_notice(Painter& p, const ui::Widget& notice, const Screen& screen);
// The captions menu, over the captions button.
void draw_captions_menu(Painter& p, const ui::Widget& menu, const Screen& screen, const Layout& layout);
// The question (all eight types) or note card over the frozen frame.
void draw_question_card(Painter& p, const ui::Widget& dialog, const Screen& screen);
void draw_help(Painter& p, const ui::Widget& help, const Screen& screen);
void draw_quit_dialog(Painter& p, const ui::Widget& dialog, const Screen& screen);
void draw_end_screen(Painter& p, const ui::Widget& end, const Screen& screen);
void draw_learner_screen(Painter& p, const ui::Widget& learner, const Screen& screen);
// The lesson library: heading, one row per lesson (thumbnail, title, duration, progress), hint.
using Thumbnails = std::map<std::string, Thumbnail>;
void draw_library_screen(Painter& p, const ui::Widget& library, const Screen& screen,
                         const Thumbnails& thumbnails);

}  // namespace cuepoint::overlay
