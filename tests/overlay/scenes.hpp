// Every screen the window shows, as real Views built by driving a ui::PlayerUi over a lesson
// with the real runtime (tests/ui's harness): the overlay tests assert on them and
// overlay_screens writes them as PNGs to look at.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/overlay/overlay_renderer.hpp"
#include "cuepoint/ui/view.hpp"

namespace cuepoint::overlay::testing {

struct Scene {
  std::string name;  // also the PNG's file name
  ui::View view;
};

// The Arabic sample lesson (samples/fraction-of-a-number-ar/lesson.xml).
lesson::Lesson arabic_lesson();

ui::View
lesson_with_controls();  // playing, control bar shown, back at 0:24 under the 0:34 limit, hovering 1:02
ui::View lesson_controls_hidden();  // playing, idle: the bar has hidden itself; captions on
ui::View single_choice_question();  // answering, choice 2 picked
ui::View single_choice_wrong();     // feedback after a wrong answer: rewatch notice, try again
ui::View multiple_choice_feedback();
ui::View text_question(const std::string& typed, const std::string& preedit = {});
ui::View numeric_problem();  // "3,5" refused with the grader's message
ui::View note_card();
ui::View help_overlay();
ui::View quit_dialog();
ui::View captions_menu();
ui::View rewatch_notice();  // playing again after a wrong answer: "Rewatching 0:20–0:30"
ui::View toast();           // a non-pausing note at the edge while playing
ui::View end_screen();
ui::View learner_screen();
ui::View arabic_question();
ui::View arabic_feedback();
ui::View arabic_text_question(const std::string& typed);

std::vector<Scene> all_scenes();

// A stand-in video frame (opaque): a slide-like picture, so overlays can be judged against it.
Canvas test_frame(int width, int height);

// Pixel helpers (premultiplied 0xAARRGGBB).
inline int alpha(std::uint32_t p) { return static_cast<int>(p >> 24); }
inline int red(std::uint32_t p) { return static_cast<int>((p >> 16) & 0xFF); }
inline int green(std::uint32_t p) { return static_cast<int>((p >> 8) & 0xFF); }
inline int blue(std::uint32_t p) { return static_cast<int>(p & 0xFF); }
// The largest channel difference between two pixels.
int difference(std::uint32_t a, std::uint32_t b);
// Pixels in `r` that differ from `reference` by more than `tolerance` in some channel.
int ink(const Canvas& canvas, Rect r, std::uint32_t reference, int tolerance = 32);

}  // namespace cuepoint::overlay::testing
