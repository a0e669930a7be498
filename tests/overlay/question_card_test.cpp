// The question card: focus ring on the focused widget, rows mirrored for right-to-left text,
// the high-contrast theme, text size, and carets in the answer field.
#include <gtest/gtest.h>

#include <functional>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "scenes.hpp"
#include "ui_fixture.hpp"

namespace cuepoint::overlay::testing {
namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

const Hit& hit_of(const Layout& layout, std::string_view id) {
  const Hit* hit = layout.find(std::string(id));
  if (hit == nullptr) throw std::runtime_error("no hit for " + std::string(id));
  return *hit;
}

// Pixels of the ring colour in the band just below `r` (where the ring's lower edge is drawn;
// the band above a row can hold the ring of the row before it).
int ring_pixels(const Canvas& canvas, Rect r, std::uint32_t ring_colour) {
  int count = 0;
  for (int x = r.x; x < r.x + r.width; ++x) {
    for (int dy = 3; dy <= 7; ++dy) {
      const int y = r.y + r.height - 1 + dy;
      if (y < canvas.height && difference(canvas.pixel(x, y), ring_colour) < 40) ++count;
    }
  }
  return count;
}

constexpr std::uint32_t kFocusBlue = 0xFF78BEFFU;  // theme.hpp's dark focus colour, opaque

TEST(QuestionCard, FocusRingSurroundsTheFocusedWidgetOnly) {
  auto view = single_choice_question();
  const std::string first = view.focused_id;
  ASSERT_EQ(first, "question.choice.b");  // the digit moved focus to the picked choice
  OverlayRenderer renderer;
  Canvas focused = renderer.draw(view, kWidth, kHeight);
  const Rect choice_b = hit_of(renderer.layout(), "question.choice.b").rect;
  const Rect choice_c = hit_of(renderer.layout(), "question.choice.c").rect;
  EXPECT_GT(ring_pixels(focused, choice_b, kFocusBlue), choice_b.width) << "a ring below choice b";
  EXPECT_EQ(ring_pixels(focused, choice_c, kFocusBlue), 0);

  // The same question with focus on the submit button. Move focus in the view itself: what the renderer draws
  // follows `focused` flags.
  std::function<void(ui::Widget&)> refocus = [&](ui::Widget& w) {
    w.focused = w.id == ui::ids::kSubmit;
    for (auto& child : w.children) refocus(child);
  };
  refocus(view.root);
  view.focused_id = ui::ids::kSubmit;
  const Canvas moved = renderer.draw(view, kWidth, kHeight);
  EXPECT_EQ(ring_pixels(moved, choice_b, kFocusBlue), 0);
  const Rect submit = hit_of(renderer.layout(), ui::ids::kSubmit).rect;
  EXPECT_GT(ring_pixels(moved, submit, kFocusBlue), submit.width / 2);
}

// Ink in the outer parts of a choice row, against the row's own background.
struct RowInk {
  int left = 0;
  int right = 0;
};
RowInk row_ink(const Canvas& canvas, Rect row) {
  const std::uint32_t background = canvas.pixel(row.x + row.width / 2, row.y + 5);
  const int margin = 8;
  const int part = row.width / 4;
  const Rect left{row.x + margin, row.y + margin, part, row.height - 2 * margin};
  const Rect right{row.x + row.width - margin - part, row.y + margin, part, row.height - 2 * margin};
  return RowInk{ink(canvas, left, background), ink(canvas, right, background)};
}

TEST(QuestionCard, RightToLeftChoiceRowsAreMirrored) {
  OverlayRenderer renderer;
  Canvas arabic = renderer.draw(arabic_question(), kWidth, kHeight);
  for (const char* id : {"question.choice.a", "question.choice.b", "question.choice.c"}) {
    const auto ink = row_ink(arabic, hit_of(renderer.layout(), id).rect);
    EXPECT_GT(ink.right, 100) << id << ": digit and radio on the right";
    EXPECT_EQ(ink.left, 0) << id << ": nothing at the left end of a short right-to-left row";
  }
  // English rows are the other way round.
  const Canvas english = renderer.draw(single_choice_question(), kWidth, kHeight);
  for (const char* id : {"question.choice.b", "question.choice.c"}) {
    const auto ink = row_ink(english, hit_of(renderer.layout(), id).rect);
    EXPECT_GT(ink.left, 100) << id;
  }
}

TEST(QuestionCard, RightToLeftButtonsStartAtTheLeft) {
  OverlayRenderer renderer;
  renderer.draw(arabic_feedback(), kWidth, kHeight);
  const Rect card = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  const Rect retry = hit_of(renderer.layout(), ui::ids::kContinue).rect;
  EXPECT_LT(retry.x - card.x, card.x + card.width - (retry.x + retry.width))
      << "the main button at the start (left)";
  renderer.draw(single_choice_wrong(), kWidth, kHeight);
  const Rect card_en = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  const Rect retry_en = hit_of(renderer.layout(), ui::ids::kContinue).rect;
  EXPECT_GT(retry_en.x - card_en.x, card_en.x + card_en.width - (retry_en.x + retry_en.width));
}

// Ink in the left and right thirds of the field, against the field's own background.
RowInk field_ink(const Canvas& canvas, Rect field) {
  const std::uint32_t background = canvas.pixel(field.x + field.width / 2, field.y + 6);
  const int third = field.width / 3;
  const Rect left{field.x + 8, field.y + 8, third, field.height - 16};
  const Rect right{field.x + field.width - 8 - third, field.y + 8, third, field.height - 16};
  return RowInk{ink(canvas, left, background), ink(canvas, right, background)};
}

TEST(QuestionCard, RightToLeftCardsFieldStartsAtTheRight) {
  OverlayRenderer renderer;
  for (const std::string typed : {"", "denominator"}) {
    const Canvas canvas = renderer.draw(arabic_text_question(typed), kWidth, kHeight);
    const auto field = renderer.layout().text_field;
    ASSERT_TRUE(field.has_value()) << typed;
    const auto ink = field_ink(canvas, *field);
    EXPECT_GT(ink.right, 100) << "'" << typed << "' (placeholder when empty) at the right";
    EXPECT_EQ(ink.left, 0) << "'" << typed << "'";
  }
  // An English card's field starts at the left.
  const Canvas english = renderer.draw(text_question("1/2"), kWidth, kHeight);
  const auto ink = field_ink(english, *renderer.layout().text_field);
  EXPECT_GT(ink.left, 100);
  EXPECT_EQ(ink.right, 0);
}

TEST(QuestionCard, HighContrastIsBlackWhiteAndYellow) {
  auto view = single_choice_question();
  OverlayRenderer renderer;
  const Canvas normal = renderer.draw(view, kWidth, kHeight);
  const Rect card = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  const Rect focused = hit_of(renderer.layout(), "question.choice.b").rect;
  view.high_contrast = true;
  const Canvas contrast = renderer.draw(view, kWidth, kHeight);
  ASSERT_EQ(hit_of(renderer.layout(), ui::ids::kQuestion).rect.width, card.width);
  const std::uint32_t inside = contrast.pixel(card.x + 6, card.y + card.height / 2);
  EXPECT_EQ(inside, 0xFF000000U) << "an opaque black card";
  EXPECT_NE(normal.pixel(card.x + 6, card.y + card.height / 2), inside);
  EXPECT_GT(ring_pixels(contrast, focused, 0xFFFFE600U), focused.width * 3) << "a thick yellow ring";
  EXPECT_EQ(ring_pixels(normal, focused, 0xFFFFE600U), 0);
}

TEST(QuestionCard, TextScaleEnlargesTheText) {
  auto view = single_choice_question();
  OverlayRenderer renderer;
  renderer.draw(view, kWidth, kHeight);
  const Rect card = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  const Rect row = hit_of(renderer.layout(), "question.choice.a").rect;
  view.text_scale = 1.5;
  renderer.draw(view, kWidth, kHeight);
  const Rect large_card = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  const Rect large_row = hit_of(renderer.layout(), "question.choice.a").rect;
  EXPECT_GT(large_card.height, card.height + 30);
  EXPECT_GT(large_row.height, row.height);
}

TEST(QuestionCard, HiDpiScaleDoublesTheCard) {
  const auto view = single_choice_question();
  OverlayRenderer renderer;
  renderer.draw(view, kWidth, kHeight);
  const Rect card = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  renderer.draw(view, 2 * kWidth, 2 * kHeight, 2.0);
  const Rect card2 = hit_of(renderer.layout(), ui::ids::kQuestion).rect;
  EXPECT_NEAR(card2.width, 2 * card.width, 4);
  EXPECT_NEAR(card2.height, 2 * card.height, 12);
}

TEST(QuestionCard, CaretAtMapsPointsInTheFieldToByteIndices) {
  OverlayRenderer renderer;
  renderer.draw(text_question("1/2"), kWidth, kHeight);
  const auto field = renderer.layout().text_field;
  ASSERT_TRUE(field.has_value());
  const int y = field->y + field->height / 2;
  EXPECT_EQ(renderer.caret_at(field->x + 3, y), 0U);                 // before the text
  EXPECT_EQ(renderer.caret_at(field->x + field->width - 3, y), 3U);  // after it
  const auto middle = renderer.caret_at(field->x + 14 + 14, y);      // over the "/"
  ASSERT_TRUE(middle.has_value());
  EXPECT_GT(*middle, 0U);
  EXPECT_LT(*middle, 3U);
  EXPECT_EQ(renderer.caret_at(field->x - 5, y), std::nullopt);
  EXPECT_EQ(renderer.caret_at(field->x + 5, field->y + field->height + 5), std::nullopt);
}

TEST(QuestionCard, CaretAtSkipsTheComposition) {
  OverlayRenderer renderer;
  renderer.draw(text_question("ab", "xyz"), kWidth, kHeight);
  const auto field = renderer.layout().text_field;
  ASSERT_TRUE(field.has_value());
  // After the end of "ab" + "xyz" is the end of the committed "ab".
  EXPECT_EQ(renderer.caret_at(field->x + field->width - 3, field->y + field->height / 2), 2U);
}

TEST(QuestionCard, NoFocusedFieldNoCaret) {
  OverlayRenderer renderer;
  renderer.draw(single_choice_question(), kWidth, kHeight);
  EXPECT_EQ(renderer.layout().text_field, std::nullopt);
  EXPECT_EQ(renderer.caret_at(kWidth / 2, kHeight / 2), std::nullopt);
}

}  // namespace
}  // namespace cuepoint::overlay::testing
