// What each key does, layer by layer: the topmost open layer (quit dialog, help,
// start or end screen, cue overlay, captions menu) takes every key; only with none
// open do keys reach the video (mpv/YouTube bindings).
#include <algorithm>

#include "ui_state.hpp"

namespace cuepoint::ui {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Tab and Shift-Tab walk the layer's focus order, wrapping around.
void move_focus(PlayerUi::State& s, int direction) {
  const auto order = s.focus_order();
  if (order.empty()) return;
  const auto it = std::find(order.begin(), order.end(), s.focus);
  const auto size = static_cast<long>(order.size());
  long index = it == order.end() ? (direction > 0 ? -1 : 0) : it - order.begin();
  index = ((index + direction) % size + size) % size;
  s.focus = order[static_cast<std::size_t>(index)];
}

bool is_button(const Widget* widget) {
  return widget != nullptr && (widget->role == Role::Button || widget->role == Role::ToggleButton ||
                               widget->role == Role::MenuItem);
}

// Editing keys of a focused text field; true when the key was one.
bool edit_key(TextField& field, const KeyPress& key) {
  switch (key.key) {
    case Key::Backspace:
      field.backspace();
      return true;
    case Key::Delete:
      field.erase_forward();
      return true;
    case Key::Left:
      field.move_left();
      return true;
    case Key::Right:
      field.move_right();
      return true;
    case Key::Home:
      field.move_home();
      return true;
    case Key::End:
      field.move_end();
      return true;
    default:
      return false;
  }
}

std::optional<std::size_t> focused_choice(const PlayerUi::State& s) {
  const auto& choices = s.overlay->cue->question.choices;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (s.focus == ids::choice(choices[i])) return i;
  }
  return std::nullopt;
}

Commands overlay_key(PlayerUi::State& s, const KeyPress& key) {
  auto& o = *s.overlay;
  const Widget layer = s.active_layer();
  const Widget* focused = layer.find(s.focus);
  if (key.key == Key::Tab) {
    move_focus(s, key.shift ? -1 : 1);
    return {};
  }
  if (key.key == Key::Escape) return s.request_quit();
  const bool typing =
      o.phase == CueOverlay::Phase::Answering && o.has_field() && s.focus == ids::kAnswerField;
  if (typing) {
    // Printable keys arrive as TextInput; only editing keys act here.
    if (key.key == Key::Enter) return s.submit_answer();
    if (edit_key(o.field, key)) o.problem.clear();  // the refused text is being corrected
    return {};
  }
  if (key.key == Key::Q) return s.request_quit();
  if ((key.key == Key::Enter || key.key == Key::Space) && is_button(focused)) return s.activate(s.focus);
  if (o.phase == CueOverlay::Phase::Feedback || o.is_note()) {
    // Enter continues (or tries again) whatever has focus.
    if (key.key == Key::Enter) {
      const auto order = s.focus_order();
      if (!order.empty()) return s.activate(order.front());
    }
    return {};
  }
  if (o.phase != CueOverlay::Phase::Answering) return {};  // saving: nothing to do until graded
  if (o.has_choices()) {
    const auto count = o.picked.size();
    const auto current = focused_choice(s);
    switch (key.key) {
      case Key::Digit:
        if (key.digit >= 1 && static_cast<std::size_t>(key.digit) <= count) {
          s.pick_choice(static_cast<std::size_t>(key.digit - 1));
        }
        return {};
      case Key::Up:
      case Key::Left:
      case Key::Down:
      case Key::Right: {
        if (count == 0) return {};
        const bool back = key.key == Key::Up || key.key == Key::Left;
        std::size_t next = 0;
        if (current) next = back ? (*current + count - 1) % count : (*current + 1) % count;
        s.focus = ids::choice(o.cue->question.choices[next]);
        return {};
      }
      case Key::Space:
        if (current) s.pick_choice(*current);
        return {};
      default:
        break;
    }
  }
  if (key.key == Key::Enter) return s.submit_answer();
  return {};
}

Commands video_key(PlayerUi::State& s, const KeyPress& key) {
  const Widget layer = s.active_layer();  // find() points into it: keep it alive
  const Widget* focused = layer.find(s.focus);
  switch (key.key) {
    case Key::Tab:
      move_focus(s, key.shift ? -1 : 1);
      return {};
    case Key::Enter:
      if (is_button(focused)) return s.activate(s.focus);
      return {};
    case Key::Space:
      // A focused button takes space as a click, as on the web; elsewhere it is play/pause.
      if (is_button(focused) && s.focus != ids::kPlay) return s.activate(s.focus);
      return s.toggle_play();
    case Key::K:
      return s.toggle_play();
    case Key::Left:
      return s.seek_by(-kShortSeek);
    case Key::Right:
      return s.seek_by(kShortSeek);
    case Key::J:
      return s.seek_by(-kLongSeek);
    case Key::L:
      return s.seek_by(kLongSeek);
    case Key::Home:
      return s.seek_to(0);
    case Key::End:
      return s.seek_to(s.playback.duration);
    case Key::Digit:
      return s.seek_to(s.playback.duration / 10 * std::clamp(key.digit, 0, 9));
    case Key::LeftBracket:
      return s.change_rate(-1);
    case Key::RightBracket:
      return s.change_rate(1);
    case Key::M:
      return s.toggle_mute();
    case Key::Up:
      return s.change_volume(kVolumeStep);
    case Key::Down:
      return s.change_volume(-kVolumeStep);
    case Key::C:
      return s.cycle_captions();
    case Key::F:
      return {ToggleFullscreen{}};
    case Key::Question:
      s.help_open = true;
      s.focus.clear();
      return {};
    case Key::Q:
    case Key::Escape:
      return s.request_quit();
    default:
      return {};
  }
}

Commands menu_key(PlayerUi::State& s, const KeyPress& key) {
  switch (key.key) {
    case Key::Up:
    case Key::Left:
      move_focus(s, -1);
      return {};
    case Key::Down:
    case Key::Right:
    case Key::Tab:
      move_focus(s, key.shift ? -1 : 1);
      return {};
    case Key::Enter:
    case Key::Space:
      return s.activate(s.focus);
    case Key::Escape:
    case Key::C:
      s.captions_menu_open = false;
      s.focus = ids::kCaptions;
      return {};
    default:
      return {};
  }
}

// Dialog-like layers (help, quit, end screen): Tab, Enter/Space on buttons, Esc.
Commands dialog_key(PlayerUi::State& s, const KeyPress& key, Commands on_escape) {
  if (key.key == Key::Tab) {
    move_focus(s, key.shift ? -1 : 1);
    return {};
  }
  if (key.key == Key::Enter || key.key == Key::Space) return s.activate(s.focus);
  if (key.key == Key::Escape) return on_escape;
  return {};
}

Commands learner_key(PlayerUi::State& s, const KeyPress& key) {
  if (s.focus == ids::kLearnerName) {
    if (key.key == Key::Enter) return s.choose_learner(s.learner_name.text());
    if (key.key == Key::Escape) return {Quit{}};
    if (key.key == Key::Tab) move_focus(s, key.shift ? -1 : 1);
    edit_key(s.learner_name, key);
    return {};
  }
  if (key.key == Key::Q) return {Quit{}};
  return dialog_key(s, key, {Quit{}});
}

}  // namespace

Commands PlayerUi::State::key(const KeyPress& key) {
  if (key.ctrl && (key.key == Key::Plus || key.key == Key::Minus)) {
    return change_text_scale(key.key == Key::Plus ? 1 : -1);
  }
  if (screen == Screen::Learner) return learner_key(*this, key);
  if (quit_open) {
    Commands stay;
    if (key.key == Key::Escape) {
      quit_open = false;
      focus.clear();
    }
    return dialog_key(*this, key, std::move(stay));
  }
  if (help_open) {
    if (key.key == Key::Escape || key.key == Key::Question) {
      help_open = false;
      focus.clear();
      return {};
    }
    return dialog_key(*this, key, {});
  }
  if (screen == Screen::End) {
    if (key.key == Key::Q) return {Quit{}};
    return dialog_key(*this, key, {Quit{}});
  }
  if (overlay) return overlay_key(*this, key);
  if (captions_menu_open) return menu_key(*this, key);
  return video_key(*this, key);
}

Commands PlayerUi::State::activate(std::string_view id) {
  // Start screen.
  if (id == ids::kLearnerStart) return choose_learner(learner_name.text());
  if (starts_with(id, "learner.known.")) {
    const auto index = static_cast<std::size_t>(std::stoul(std::string(id.substr(14))));
    if (index < settings.learner.known.size()) return choose_learner(settings.learner.known[index]);
    return {};
  }
  if (id == ids::kLearnerName) {
    focus = ids::kLearnerName;
    return {};
  }
  // Dialogs.
  if (id == ids::kQuitLeave) return {Quit{}};
  if (id == ids::kQuitStay) {
    quit_open = false;
    focus.clear();
    return {};
  }
  if (id == ids::kHelpClose) {
    help_open = false;
    focus.clear();
    return {};
  }
  // End screen.
  if (id == ids::kReplayMissed) return replay_missed(nullptr);
  if (starts_with(id, "end.replay.")) {
    return replay_missed(lesson.find_cue(id.substr(11)));
  }
  if (id == ids::kRetake) return retake();
  if (id == ids::kEndQuit) return {Quit{}};
  // Cue overlay.
  if (overlay) {
    if (id == ids::kSubmit) return submit_answer();
    if (id == ids::kSkip) return skip_cue();
    if (id == ids::kRetry) {
      retry();
      return {};
    }
    if (id == ids::kContinue || id == ids::kNoteContinue) return continue_after_cue();
    if (id == ids::kAnswerField) {
      focus = ids::kAnswerField;
      return {};
    }
    const auto& choices = overlay->cue->question.choices;
    for (std::size_t i = 0; i < choices.size(); ++i) {
      if (id == ids::choice(choices[i])) {
        pick_choice(i);
        return {};
      }
    }
    return {};
  }
  // Captions menu.
  if (id == ids::kCaptionsOff) return choose_captions(std::nullopt);
  if (starts_with(id, "captions.menu.")) {
    const auto track = static_cast<std::size_t>(std::stoul(std::string(id.substr(14))));
    if (track < lesson.captions.size()) return choose_captions(track);
    return {};
  }
  // Control bar.
  if (id == ids::kPlay) return toggle_play();
  if (id == ids::kBack10) return seek_by(-kLongSeek);
  if (id == ids::kForward10) return seek_by(kLongSeek);
  if (id == ids::kSpeed) return change_rate(playback.rate >= kMaxRate ? -100 : 1);  // cycles 0.5 .. 2
  if (id == ids::kCaptions) {
    captions_menu_open = !captions_menu_open;
    focus.clear();
    return {};
  }
  if (id == ids::kMute) return toggle_mute();
  if (id == ids::kContrast) return toggle_contrast();
  if (id == ids::kFullscreen) return {ToggleFullscreen{}};
  if (id == ids::kHelpButton) {
    help_open = true;
    focus.clear();
    return {};
  }
  return {};
}

}  // namespace cuepoint::ui
