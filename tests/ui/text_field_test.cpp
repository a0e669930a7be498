// Editing an answer: UTF-8 code points, caret keys, the renderer's caret, bad input.
#include <gtest/gtest.h>

#include "ui_fixture.hpp"

namespace cuepoint::ui::testing {
namespace {

TextEdit field(const UiHarness& h) {
  const View view = h.view();
  const Widget* widget = view.find(ids::kAnswerField);
  if (widget == nullptr || !widget->edit) throw std::runtime_error("no answer field");
  return *widget->edit;
}

// The first-run name field is a text field like the answer field, reached without playing.
TextEdit name_field(const UiHarness& h) {
  const View view = h.view();
  const Widget* widget = view.find(ids::kLearnerName);
  if (widget == nullptr || !widget->edit) throw std::runtime_error("no name field");
  return *widget->edit;
}

UiHarness first_run() {
  UiSettings settings;
  return UiHarness(sample_lesson(), settings);
}

TEST(TextField, CaretMovesAndDeletesWholeCodePoints) {
  auto h = first_run();
  h.send(TextInput{"a\u00e9\u05e9\U0001F600"});  // 1, 2, 2 and 4 bytes
  EXPECT_EQ(name_field(h).caret, 9U);
  h.press(Key::Left);
  EXPECT_EQ(name_field(h).caret, 5U);
  h.press(Key::Left);
  EXPECT_EQ(name_field(h).caret, 3U);
  h.press(Key::Backspace);  // removes the two bytes of é
  EXPECT_EQ(name_field(h).text, "a\u05e9\U0001F600");
  EXPECT_EQ(name_field(h).caret, 1U);
  h.press(Key::Delete);
  EXPECT_EQ(name_field(h).text, "a\U0001F600");
  h.press(Key::End);
  EXPECT_EQ(name_field(h).caret, 5U);
  h.press(Key::Right);
  EXPECT_EQ(name_field(h).caret, 5U);
  h.press(Key::Home);
  h.press(Key::Backspace);
  EXPECT_EQ(name_field(h).text, "a\U0001F600");
}

TEST(TextField, RendererPlacesTheCaretOnACodePointBoundary) {
  auto h = first_run();
  h.send(TextInput{"\u05e9\u05dc"});
  h.send(CaretPlaced{1});  // inside the first letter: snapped back
  EXPECT_EQ(name_field(h).caret, 0U);
  h.send(CaretPlaced{2});
  EXPECT_EQ(name_field(h).caret, 2U);
  h.send(CaretPlaced{99});
  EXPECT_EQ(name_field(h).caret, 4U);
  h.send(TextInput{"!"});
  EXPECT_EQ(name_field(h).text, "\u05e9\u05dc!");
}

TEST(TextField, MalformedUtf8AndControlCharactersAreDropped) {
  auto h = first_run();
  h.send(TextInput{std::string("a\xff\xc3(b\x01") + "c\td\xed\xa0\x80"});
  EXPECT_EQ(name_field(h).text, "a(bc d");
}

TEST(TextField, CompositionIsShownUntilCommittedOrCancelled) {
  auto h = first_run();
  h.send(TextInput{"ab"});
  h.press(Key::Left);
  h.send(Composition{"\u306b\u307b", 3});
  EXPECT_EQ(name_field(h).preedit, "\u306b\u307b");
  EXPECT_EQ(name_field(h).preedit_caret, 3U);
  EXPECT_EQ(name_field(h).text, "ab");  // not committed yet
  h.send(Composition{"", 0});           // cancelled
  EXPECT_EQ(name_field(h).preedit, "");
  h.send(TextInput{"\u65e5"});
  EXPECT_EQ(name_field(h).text, "a\u65e5b");
  EXPECT_EQ(name_field(h).caret, 4U);
}

TEST(TextField, AnswerFieldTakesTextOnlyWhileFocused) {
  UiHarness h;
  ASSERT_TRUE(h.play_to(kDuration));
  h.activate(ids::kSkip);
  ASSERT_TRUE(h.play_to(kDuration));
  h.digit(1);
  h.press(Key::Enter);
  h.press(Key::Enter);
  for (int i = 0; i < 2; ++i) {  // tf, multi
    ASSERT_TRUE(h.play_to(kDuration));
    const auto& question = h.lesson().find_cue(i == 0 ? "tf" : "multi")->question;
    for (std::size_t c = 0; c < question.choices.size(); ++c) {
      if (question.choices[c].correct) h.digit(static_cast<int>(c) + 1);
    }
    h.press(Key::Enter);
    h.press(Key::Enter);
  }
  ASSERT_TRUE(h.play_to(kDuration));  // text
  h.send(TextInput{"one"});
  h.press(Key::Tab);  // to Submit
  EXPECT_EQ(h.view().focused_id, ids::kSubmit);
  h.send(TextInput{"xyz"});
  EXPECT_EQ(field(h).text, "one");
  h.activate(ids::kAnswerField);
  h.send(TextInput{" half"});
  EXPECT_EQ(field(h).text, "one half");
}

}  // namespace
}  // namespace cuepoint::ui::testing
