#include "cuepoint/ui/view.hpp"

namespace cuepoint::ui {

const Widget* Widget::find(std::string_view widget_id) const {
  if (id == widget_id) return this;
  for (const auto& child : children) {
    if (const auto* found = child.find(widget_id)) return found;
  }
  return nullptr;
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::Window:
      return "window";
    case Role::Video:
      return "video";
    case Role::Toolbar:
      return "toolbar";
    case Role::Button:
      return "button";
    case Role::ToggleButton:
      return "toggle-button";
    case Role::Slider:
      return "slider";
    case Role::Marker:
      return "marker";
    case Role::Tick:
      return "tick";
    case Role::Label:
      return "label";
    case Role::Heading:
      return "heading";
    case Role::Group:
      return "group";
    case Role::Dialog:
      return "dialog";
    case Role::RadioButton:
      return "radio-button";
    case Role::CheckBox:
      return "check-box";
    case Role::TextField:
      return "text-field";
    case Role::Alert:
      return "alert";
    case Role::Status:
      return "status";
    case Role::List:
      return "list";
    case Role::ListItem:
      return "list-item";
    case Role::Menu:
      return "menu";
    case Role::MenuItem:
      return "menu-item";
    case Role::Caption:
      return "caption";
  }
  return "group";
}

std::string_view to_string(Status status) {
  switch (status) {
    case Status::None:
      return "none";
    case Status::Unanswered:
      return "unanswered";
    case Status::Answered:
      return "answered";
    case Status::Missed:
      return "missed";
    case Status::Correct:
      return "correct";
    case Status::Incorrect:
      return "incorrect";
    case Status::Partial:
      return "partial";
    case Status::Recorded:
      return "recorded";
    case Status::Skipped:
      return "skipped";
    case Status::Limit:
      return "limit";
  }
  return "none";
}

namespace ids {
std::string cue_marker(const lesson::Cue& cue) { return "seekbar.cue." + cue.id; }
std::string chapter_tick(std::size_t index) { return "seekbar.chapter." + std::to_string(index); }
std::string captions_item(std::size_t track) { return "captions.menu." + std::to_string(track); }
std::string choice(const lesson::Choice& choice) { return "question.choice." + choice.id; }
std::string choice_feedback(const lesson::Choice& choice) { return "question.feedback." + choice.id; }
std::string toast(const lesson::Cue& cue) { return "toast." + cue.id; }
std::string result(const lesson::Cue& cue) { return "end.result." + cue.id; }
std::string replay(const lesson::Cue& cue) { return "end.replay." + cue.id; }
std::string known_learner(std::size_t index) { return "learner.known." + std::to_string(index); }
}  // namespace ids

}  // namespace cuepoint::ui
