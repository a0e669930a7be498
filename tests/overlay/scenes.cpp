#include "scenes.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "cuepoint/lesson/parser.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::overlay::testing {
namespace {

using ui::Key;
using ui::testing::kSecond;
using ui::testing::UiHarness;

// Plays to `cue_id`, skipping the optional poll on the way and answering nothing else.
void reach(UiHarness& h, std::string_view cue_id) {
  const auto& target = h.cue(cue_id);
  while (h.position() < target.at) {
    if (!h.play_to(target.at)) throw std::logic_error("no stop before " + std::string(cue_id));
    if (h.position() == target.at) return;
    const auto view = h.view();
    if (view.find(ui::ids::kSkip) != nullptr) {
      h.activate(ui::ids::kSkip);
    } else if (view.find(ui::ids::kQuestion) != nullptr) {
      throw std::logic_error("a required question before " + std::string(cue_id));
    }
  }
}

// Answers the questions before `cue_id` rightly.
void answer_until(UiHarness& h, std::string_view cue_id) {
  const auto& target = h.cue(cue_id);
  for (;;) {
    if (!h.play_to(target.at) || h.position() == target.at) return;
    const auto view = h.view();
    if (view.find(ui::ids::kNote) != nullptr) {
      h.activate(ui::ids::kNoteContinue);
      continue;
    }
    if (view.find(ui::ids::kSkip) != nullptr) {
      h.activate(ui::ids::kSkip);
      continue;
    }
    const lesson::Cue* cue = nullptr;
    for (const auto& c : h.lesson().cues) {
      if (c.at == h.position() && c.pause) cue = &c;
    }
    if (cue == nullptr) return;
    for (std::size_t i = 0; i < cue->question.choices.size(); ++i) {
      if (cue->question.choices[i].correct) h.digit(static_cast<int>(i) + 1);
    }
    if (cue->question.type == lesson::QuestionType::Text) h.type("1/2");
    if (cue->question.type == lesson::QuestionType::Numeric) h.type("0.25");
    if (cue->question.type == lesson::QuestionType::Open) h.type("same amount");
    h.press(Key::Enter);
    h.press(Key::Enter);
  }
}

}  // namespace

lesson::Lesson arabic_lesson() {
  const auto path = std::filesystem::path(CUEPOINT_SOURCE_DIR) / "samples/fraction-of-a-number-ar/lesson.xml";
  auto parsed = lesson::parse_lesson_file(path);
  if (!parsed.lesson) throw std::runtime_error("cannot parse " + path.string());
  return std::move(*parsed.lesson);
}

ui::View lesson_with_controls() {
  UiHarness h;
  reach(h, "single");
  h.digit(1);
  h.press(Key::Enter);
  h.press(Key::Enter);  // right: playback goes on
  h.play_to(34 * kSecond);
  h.press(Key::J);  // back 10 s: the skip-ahead limit stays at 0:34
  h.send(ui::SeekBarHover{62 * kSecond});
  return h.view();
}

ui::View lesson_controls_hidden() {
  ui::UiSettings settings = ui::testing::fixed_learner();
  settings.captions_lang = "en";
  UiHarness h(ui::testing::sample_lesson(), settings);
  h.play_to(5 * kSecond);
  h.send(ui::CaptionText{"A fraction names a part of a whole: the bottom number says into how many parts."});
  h.send(ui::Tick{10 * kSecond});
  return h.view();
}

ui::View single_choice_question() {
  UiHarness h;
  reach(h, "single");
  h.digit(2);
  return h.view();
}

ui::View single_choice_wrong() {
  UiHarness h;
  reach(h, "single");
  h.digit(2);
  h.press(Key::Enter);
  return h.view();
}

ui::View multiple_choice_feedback() {
  UiHarness h;
  answer_until(h, "multi");
  h.digit(1);
  h.digit(3);
  h.press(Key::Enter);
  return h.view();
}

ui::View text_question(const std::string& typed, const std::string& preedit) {
  UiHarness h;
  answer_until(h, "text");
  if (!typed.empty()) h.send(ui::TextInput{typed});
  if (!preedit.empty()) h.send(ui::Composition{preedit, preedit.size()});
  return h.view();
}

ui::View numeric_problem() {
  UiHarness h;
  answer_until(h, "numeric");
  h.type("3,5");
  h.press(Key::Enter);
  return h.view();
}

ui::View note_card() {
  UiHarness h;
  answer_until(h, "note");
  return h.view();
}

ui::View help_overlay() {
  UiHarness h;
  h.play_to(5 * kSecond);
  h.press(Key::Question, true);
  return h.view();
}

ui::View quit_dialog() {
  UiHarness h;
  answer_until(h, "text");
  h.send(ui::TextInput{"2/4"});
  h.press(Key::Escape);
  return h.view();
}

ui::View captions_menu() {
  UiHarness h;
  h.play_to(5 * kSecond);
  h.activate(ui::ids::kCaptions);
  return h.view();
}

ui::View rewatch_notice() {
  UiHarness h;
  reach(h, "single");
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // continue: the session seeks back to 0:20 and says so until 0:30
  h.play_to(24 * kSecond);
  return h.view();
}

ui::View toast() {
  UiHarness h;
  answer_until(h, "fold");  // the non-pausing note at 55 s shows at the edge
  h.play_to(57 * kSecond);
  return h.view();
}

ui::View end_screen() {
  UiHarness h;
  reach(h, "single");
  h.digit(2);
  h.press(Key::Enter);
  h.press(Key::Enter);  // continue: rewatch from 0:20
  if (!h.play_to(h.cue("single").at)) throw std::logic_error("the single choice did not fire again");
  h.digit(3);
  h.press(Key::Enter);
  h.press(Key::Enter);  // out of attempts: missed
  answer_until(h, "note");
  h.activate(ui::ids::kNoteContinue);
  h.end();
  return h.view();
}

ui::View learner_screen() {
  ui::UiSettings settings;
  settings.learner.known = {"Ana", "Ben"};
  UiHarness h(ui::testing::sample_lesson(), settings);
  h.press(Key::Tab);
  h.press(Key::Tab);  // to the name field
  h.send(ui::TextInput{"Chl\u00f6"});
  return h.view();
}

ui::View arabic_question() {
  UiHarness h(arabic_lesson());
  reach(h, "three-quarters-of-20");
  h.digit(1);
  return h.view();
}

ui::View arabic_feedback() {
  UiHarness h(arabic_lesson());
  reach(h, "three-quarters-of-20");
  h.digit(3);
  h.press(Key::Enter);
  return h.view();
}

ui::View arabic_text_question(const std::string& typed) {
  UiHarness h(arabic_lesson());
  reach(h, "three-quarters-of-20");
  h.digit(1);
  h.press(Key::Enter);
  h.press(Key::Enter);  // right: on to the text question
  reach(h, "name-of-denominator");
  if (!typed.empty()) h.send(ui::TextInput{typed});
  return h.view();
}

std::vector<Scene> all_scenes() {
  std::vector<Scene> scenes = {
      {"lesson-controls", lesson_with_controls()},
      {"lesson-captions-bar-hidden", lesson_controls_hidden()},
      {"question-single-choice", single_choice_question()},
      {"question-wrong-rewatch", single_choice_wrong()},
      {"question-multiple-feedback", multiple_choice_feedback()},
      {"question-text-composing", text_question("on", "e half")},
      {"question-numeric-problem", numeric_problem()},
      {"note", note_card()},
      {"help", help_overlay()},
      {"quit", quit_dialog()},
      {"captions-menu", captions_menu()},
      {"rewatch-notice", rewatch_notice()},
      {"toast", toast()},
      {"end-screen", end_screen()},
      {"learner-start", learner_screen()},
      {"arabic-question", arabic_question()},
      {"arabic-feedback", arabic_feedback()},
      {"arabic-text-answer", arabic_text_question("denominator")},
  };
  auto contrast = single_choice_wrong();
  contrast.high_contrast = true;
  scenes.push_back({"high-contrast-feedback", contrast});
  auto large = single_choice_question();
  large.text_scale = 1.4;
  scenes.push_back({"large-text-question", large});
  return scenes;
}

Canvas test_frame(int width, int height) {
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width) * height * 3);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      // A light slide on a blue-grey gradient, with a dark title bar: bright and dark regions both.
      int r = 60 + 80 * y / height;
      int g = 90 + 60 * x / width;
      int b = 140 + 60 * y / height;
      const bool slide = x > width / 8 && x < width * 7 / 8 && y > height / 8 && y < height * 6 / 8;
      if (slide) r = g = b = 238;
      if (slide && y < height / 8 + height / 10) r = 40, g = 60, b = 110;
      std::uint8_t* p = rgb.data() + (static_cast<std::size_t>(y) * width + x) * 3;
      p[0] = static_cast<std::uint8_t>(r);
      p[1] = static_cast<std::uint8_t>(g);
      p[2] = static_cast<std::uint8_t>(b);
    }
  }
  return rgb_canvas(width, height, rgb);
}

int difference(std::uint32_t a, std::uint32_t b) {
  int most = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    most = std::max(most,
                    std::abs(static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF)));
  }
  return most;
}

int ink(const Canvas& canvas, Rect r, std::uint32_t reference, int tolerance) {
  int count = 0;
  for (int y = r.y; y < r.y + r.height; ++y) {
    for (int x = r.x; x < r.x + r.width; ++x) {
      if (difference(canvas.pixel(x, y), reference) > tolerance) ++count;
    }
  }
  return count;
}

}  // namespace cuepoint::overlay::testing
