// Colours, sizes and type sizes of the overlay: a dark translucent theme for everyday use and
// a high-contrast one (black, white, yellow; thicker focus ring) for learners who need it.
// Sizes are in window points; the painter multiplies them by the HiDPI scale.
#pragma once

#include "cuepoint/text/text_style.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::overlay {

using text::Rgba;

struct Theme {
  bool high_contrast = false;
  Rgba text{236, 239, 244, 255};
  Rgba muted{168, 176, 190, 255};
  Rgba accent{77, 163, 255, 255};      // primary buttons, played part, selection
  Rgba on_accent{255, 255, 255, 255};  // text on a primary button
  Rgba focus{120, 190, 255, 255};      // keyboard focus ring
  Rgba correct{74, 210, 120, 255};
  Rgba incorrect{255, 105, 97, 255};
  Rgba partial{255, 191, 64, 255};
  Rgba unanswered{255, 214, 102, 255};  // cue markers still to answer
  Rgba limit{255, 140, 66, 255};        // the skip-ahead limit
  Rgba card{28, 31, 38, 240};           // dialogs
  Rgba card_border{255, 255, 255, 28};
  Rgba row{255, 255, 255, 14};  // choice rows, list rows
  Rgba row_selected{77, 163, 255, 56};
  Rgba field{10, 12, 16, 200};
  Rgba field_border{255, 255, 255, 70};
  Rgba scrim{0, 0, 0, 110};      // over the frozen frame behind a dialog
  Rgba bar_shade{0, 0, 0, 200};  // bottom of the control bar's gradient
  Rgba track{255, 255, 255, 70};
  Rgba track_buffer{255, 255, 255, 40};
  Rgba backdrop{0, 0, 0, 190};   // captions, toasts, hover label
  Rgba screen{16, 18, 24, 255};  // full screens: learner start, end
  double focus_width = 2.5;
  double border_width = 1.0;
  double radius = 12;

  // Type sizes (points, before text_scale).
  double body = 17;
  double small = 14;
  double prompt = 22;
  double heading = 30;
  double caption = 24;

  Rgba for_status(ui::Status status) const;
};

const Theme& theme_for(const ui::View& view);

}  // namespace cuepoint::overlay
