// What is on screen: a tree of widgets the renderer draws and an accessibility
// adapter (AT-SPI, UIA) can publish later. Ids are stable while a widget exists
// (built from cue and choice ids, not from positions), so hit testing, focus and
// a screen reader's cursor survive a rebuild. Only visible widgets are in the tree,
// except the control bar, which is marked `hidden` while auto-hidden.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::ui {

using lesson::Micros;

enum class Role {
  Window,
  Video,
  Toolbar,  // the control bar
  Button,
  ToggleButton,  // `pressed` says its state
  Slider,        // seek bar (at/end), volume (level)
  Marker,        // a cue on the seek bar, or its skip-ahead limit
  Tick,          // a chapter start on the seek bar
  Label,
  Heading,
  Group,
  Dialog,  // modal: focus stays inside
  RadioButton,
  CheckBox,
  TextField,
  Alert,   // feedback, problems: a screen reader announces it when it appears
  Status,  // notices and toasts: announced politely
  List,
  ListItem,
  Menu,
  MenuItem,
  Caption,
};
std::string_view to_string(Role role);

// What a marker, a result or a feedback block means (colour and icon for the renderer).
enum class Status {
  None,
  Unanswered,
  Answered,
  Missed,
  Correct,
  Incorrect,
  Partial,
  Recorded,
  Skipped,
  Limit
};
std::string_view to_string(Status status);

struct TextEdit {
  std::string text;
  std::size_t caret = 0;  // byte offset in text
  std::string preedit;    // IME composition shown at the caret (underlined)
  std::size_t preedit_caret = 0;
  bool operator==(const TextEdit&) const = default;
};

struct Widget {
  std::string id;
  Role role = Role::Group;
  std::string name;         // the label a person reads and a screen reader speaks
  std::string value;        // "0:41 / 3:20", "1.25x", "70 %"
  std::string description;  // a longer hint (feedback of a choice, a key to press)
  bool focusable = false;
  bool focused = false;
  bool enabled = true;
  bool selected = false;  // radio/check/menu item picked
  bool pressed = false;   // toggle buttons
  bool expanded = false;  // a button whose menu is open
  bool invalid = false;   // a field whose content was refused
  bool hidden = false;    // auto-hidden control bar
  Status status = Status::None;
  std::optional<Micros> at;      // time of a marker, tick, hover label; seek bar position
  std::optional<Micros> end;     // seek bar: duration
  double level = 0.0;            // volume 0..1
  std::optional<TextEdit> edit;  // text fields
  std::vector<Widget> children;

  // The widget with this id in this subtree, or nullptr.
  const Widget* find(std::string_view widget_id) const;
  // Same content: the window redraws the overlay only when the view changed.
  bool operator==(const Widget&) const = default;
};

struct View {
  Widget root;
  std::string focused_id;  // empty when nothing has focus
  double text_scale = 1.0;
  bool high_contrast = false;

  const Widget* find(std::string_view widget_id) const { return root.find(widget_id); }
  bool operator==(const View&) const = default;
};

// Ids of widgets that exist once; per-cue and per-choice ids are built below.
namespace ids {
inline constexpr std::string_view kVideo = "video";
inline constexpr std::string_view kControls = "controls";
inline constexpr std::string_view kPlay = "controls.play";
inline constexpr std::string_view kBack10 = "controls.back10";
inline constexpr std::string_view kForward10 = "controls.forward10";
inline constexpr std::string_view kSeekBar = "seekbar";
inline constexpr std::string_view kSeekLimit = "seekbar.limit";
inline constexpr std::string_view kSeekHover = "seekbar.hover";
inline constexpr std::string_view kTime = "controls.time";
inline constexpr std::string_view kSpeed = "controls.speed";
inline constexpr std::string_view kCaptions = "controls.captions";
inline constexpr std::string_view kCaptionsMenu = "captions.menu";
inline constexpr std::string_view kCaptionsOff = "captions.menu.off";
inline constexpr std::string_view kMute = "controls.mute";
inline constexpr std::string_view kVolume = "controls.volume";
inline constexpr std::string_view kContrast = "controls.contrast";
inline constexpr std::string_view kFullscreen = "controls.fullscreen";
inline constexpr std::string_view kHelpButton = "controls.help";
inline constexpr std::string_view kCaptionText = "captions";
inline constexpr std::string_view kNotice = "notice";
inline constexpr std::string_view kToasts = "toasts";
inline constexpr std::string_view kQuestion = "question";
inline constexpr std::string_view kPrompt = "question.prompt";
inline constexpr std::string_view kAnswerField = "question.answer";
inline constexpr std::string_view kProblem = "question.problem";
inline constexpr std::string_view kSubmit = "question.submit";
inline constexpr std::string_view kSkip = "question.skip";
inline constexpr std::string_view kFeedback = "question.feedback";
inline constexpr std::string_view kAttempts = "question.attempts";
inline constexpr std::string_view kRetry = "question.retry";
inline constexpr std::string_view kContinue = "question.continue";
inline constexpr std::string_view kRewatch = "question.rewatch";
inline constexpr std::string_view kNote = "note";
inline constexpr std::string_view kNoteContinue = "note.continue";
inline constexpr std::string_view kHelp = "help";
inline constexpr std::string_view kHelpClose = "help.close";
inline constexpr std::string_view kQuitDialog = "quit";
inline constexpr std::string_view kQuitLeave = "quit.leave";
inline constexpr std::string_view kQuitStay = "quit.stay";
inline constexpr std::string_view kEnd = "end";
inline constexpr std::string_view kScore = "end.score";
inline constexpr std::string_view kPassMark = "end.pass";
inline constexpr std::string_view kResults = "end.results";
inline constexpr std::string_view kReplayMissed = "end.replay";
inline constexpr std::string_view kRetake = "end.retake";
inline constexpr std::string_view kEndQuit = "end.quit";
inline constexpr std::string_view kLearner = "learner";
inline constexpr std::string_view kLearnerName = "learner.name";
inline constexpr std::string_view kLearnerStart = "learner.start";
inline constexpr std::string_view kLearnerProblem = "learner.problem";

std::string cue_marker(const lesson::Cue& cue);             // seekbar.cue.<cue id>
std::string chapter_tick(std::size_t index);                // seekbar.chapter.<n>
std::string captions_item(std::size_t track);               // captions.menu.<n>
std::string choice(const lesson::Choice& choice);           // question.choice.<choice id>
std::string choice_feedback(const lesson::Choice& choice);  // question.feedback.<choice id>
std::string toast(const lesson::Cue& cue);                  // toast.<cue id>
std::string result(const lesson::Cue& cue);                 // end.result.<cue id>
std::string replay(const lesson::Cue& cue);                 // end.replay.<cue id>
std::string known_learner(std::size_t index);               // learner.known.<n>
}  // namespace ids

}  // namespace cuepoint::ui
