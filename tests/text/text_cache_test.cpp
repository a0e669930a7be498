// The cache renders a block once while it is unchanged and keeps its pixels under the bound.
#include <gtest/gtest.h>

#include "cuepoint/text/text_cache.hpp"
#include "text_samples.hpp"

namespace cuepoint::text {
namespace {

using testing::plain;
using testing::style_px;

TEST(TextCache, ReturnsTheSameBufferForTheSameKey) {
  const TextRenderer renderer;
  TextCache cache(renderer, 16U << 20U);
  const auto first = cache.get(plain("ما هو 3/4 من 20؟"), style_px(24, 300));
  const auto second = cache.get(plain("ما هو 3/4 من 20؟"), style_px(24, 300));
  EXPECT_EQ(first.get(), second.get());
  EXPECT_EQ(cache.stats().renders, 1U);
  EXPECT_EQ(cache.stats().hits, 1U);
  EXPECT_EQ(cache.stats().bytes, first->bytes());
}

TEST(TextCache, RendersAgainWhenWidthStyleTextOrScaleChange) {
  const TextRenderer renderer;
  TextCache cache(renderer, 16U << 20U);
  const auto base = cache.get(plain("question"), style_px(24, 300));
  const auto narrower = cache.get(plain("question"), style_px(24, 200));
  EXPECT_NE(base.get(), narrower.get());
  EXPECT_EQ(narrower->width, 200);
  TextStyle red = style_px(24, 300);
  red.colour = {255, 0, 0, 255};
  EXPECT_NE(cache.get(plain("question"), red).get(), base.get());
  EXPECT_NE(cache.get(plain("question?"), style_px(24, 300)).get(), base.get());
  EXPECT_NE(cache.get(plain("question"), style_px(24, 300), 2.0).get(), base.get());
  EXPECT_EQ(cache.stats().renders, 5U);
  EXPECT_EQ(cache.get(plain("question"), style_px(24, 300)).get(), base.get());  // still cached
}

TEST(TextCache, DropsTheLeastRecentlyUsedBeyondTheBound) {
  const TextRenderer renderer;
  const std::size_t one_block = renderer.render(plain("block 1"), style_px(24, 200)).bytes();
  TextCache cache(renderer, one_block * 2);  // room for two blocks of this size
  const auto first = cache.get(plain("block 1"), style_px(24, 200));
  (void)cache.get(plain("block 2"), style_px(24, 200));
  (void)cache.get(plain("block 1"), style_px(24, 200));  // 1 is now more recent than 2
  (void)cache.get(plain("block 3"), style_px(24, 200));  // evicts 2
  EXPECT_EQ(cache.stats().entries, 2U);
  EXPECT_LE(cache.stats().bytes, one_block * 2);
  EXPECT_EQ(cache.get(plain("block 1"), style_px(24, 200)).get(), first.get());
  const std::size_t renders = cache.stats().renders;
  (void)cache.get(plain("block 2"), style_px(24, 200));
  EXPECT_EQ(cache.stats().renders, renders + 1);
}

TEST(TextCache, KeepsTheNewestBlockEvenWhenItAloneExceedsTheBound) {
  const TextRenderer renderer;
  TextCache cache(renderer, 16);
  const auto block = cache.get(plain("too big"), style_px(24));
  EXPECT_EQ(cache.stats().entries, 1U);
  EXPECT_EQ(cache.get(plain("too big"), style_px(24)).get(), block.get());
  cache.clear();
  EXPECT_EQ(cache.stats().entries, 0U);
  EXPECT_EQ(cache.stats().bytes, 0U);
  EXPECT_GT(block->width, 0);  // a caller's buffer outlives its eviction
}

}  // namespace
}  // namespace cuepoint::text
