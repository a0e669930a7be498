#include "theme.hpp"

namespace cuepoint::overlay {
namespace {

Theme high_contrast_theme() {
  Theme t;
  t.high_contrast = true;
  const Rgba white{255, 255, 255, 255};
  const Rgba black{0, 0, 0, 255};
  const Rgba yellow{255, 230, 0, 255};
  t.text = white;
  t.muted = white;
  t.accent = yellow;
  t.on_accent = black;
  t.focus = yellow;
  t.correct = Rgba{0, 255, 102, 255};
  t.incorrect = Rgba{255, 80, 80, 255};
  t.partial = yellow;
  t.unanswered = yellow;
  t.limit = Rgba{255, 128, 0, 255};
  t.card = black;
  t.card_border = white;
  t.row = black;
  t.row_selected = Rgba{80, 70, 0, 255};
  t.field = black;
  t.field_border = white;
  t.scrim = Rgba{0, 0, 0, 170};
  t.bar_shade = black;
  t.track = Rgba{255, 255, 255, 150};
  t.track_buffer = Rgba{255, 255, 255, 110};
  t.backdrop = black;
  t.screen = black;
  t.focus_width = 4.5;
  t.border_width = 2.0;
  return t;
}

}  // namespace

Rgba Theme::for_status(ui::Status status) const {
  switch (status) {
    case ui::Status::Correct:
    case ui::Status::Answered:
    case ui::Status::Recorded:
      return correct;
    case ui::Status::Incorrect:
    case ui::Status::Missed:
      return incorrect;
    case ui::Status::Partial:
      return partial;
    case ui::Status::Unanswered:
      return unanswered;
    case ui::Status::Limit:
      return limit;
    case ui::Status::Skipped:
    case ui::Status::None:
      break;
  }
  return muted;
}

const Theme& theme_for(const ui::View& view) {
  static const Theme dark;
  static const Theme high_contrast = high_contrast_theme();
  return view.high_contrast ? high_contrast : dark;
}

}  // namespace cuepoint::overlay
