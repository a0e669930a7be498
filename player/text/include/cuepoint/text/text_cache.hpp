// Rendered text blocks kept while they are in use, so a question, its choices and the captions
// are shaped and rasterised once and reused every frame until they change. Least recently used
// blocks are dropped once the pixels held exceed the byte bound.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <unordered_map>

#include "cuepoint/text/rendered_text.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "cuepoint/text/text_style.hpp"

namespace cuepoint::text {

struct TextCacheStats {
  std::size_t hits = 0;
  std::size_t renders = 0;
  std::size_t entries = 0;
  std::size_t bytes = 0;
};

class TextCache {
 public:
  // `renderer` must outlive the cache.
  TextCache(const TextRenderer& renderer, std::size_t max_bytes);

  // The same shared buffer for the same (block, style, scale) while it stays cached. The newest
  // block is kept even when it alone exceeds the bound.
  std::shared_ptr<const RenderedText> get(const TextBlock& block, const TextStyle& style, double scale = 1.0);
  void clear();
  TextCacheStats stats() const;

 private:
  struct Key {
    TextBlock block;
    TextStyle style;
    double scale = 1.0;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const;
  };
  struct Entry {
    Key key;
    std::shared_ptr<const RenderedText> text;
  };
  void evict_beyond_bound();

  const TextRenderer& renderer_;
  std::size_t max_bytes_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<Key, std::list<Entry>::iterator, KeyHash> index_;
  TextCacheStats stats_;
};

}  // namespace cuepoint::text
