#include "cuepoint/text/text_cache.hpp"

#include <functional>
#include <string>
#include <utility>

namespace cuepoint::text {

namespace {

template <typename T>
void mix(std::size_t& seed, const T& value) {
  seed ^= std::hash<T>{}(value) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);  // boost::hash_combine
}

}  // namespace

std::size_t TextCache::KeyHash::operator()(const Key& key) const {
  std::size_t seed = 0;
  mix(seed, key.block.text);
  mix(seed, key.block.markup);
  if (key.block.composition) {
    mix(seed, key.block.composition->at);
    mix(seed, key.block.composition->text);
    mix(seed, key.block.composition->cursor);
  }
  const TextStyle& s = key.style;
  mix(seed, s.font_families);
  mix(seed, s.size_px);
  mix(seed, s.weight);
  mix(seed, (s.colour.r << 24) | (s.colour.g << 16) | (s.colour.b << 8) | s.colour.a);
  mix(seed, static_cast<int>(s.align));
  mix(seed, static_cast<int>(s.direction));
  mix(seed, s.max_width_px);
  mix(seed, s.max_lines);
  mix(seed, s.line_spacing);
  mix(seed, key.scale);
  return seed;
}

TextCache::TextCache(const TextRenderer& renderer, std::size_t max_bytes)
    : renderer_(renderer), max_bytes_(max_bytes) {}

std::shared_ptr<const RenderedText> TextCache::get(const TextBlock& block, const TextStyle& style,
                                                   double scale) {
  Key key{block, style, scale};
  if (const auto found = index_.find(key); found != index_.end()) {
    entries_.splice(entries_.begin(), entries_, found->second);  // now the most recently used
    ++stats_.hits;
    return found->second->text;
  }
  auto text = std::make_shared<const RenderedText>(renderer_.render(block, style, scale));  // may throw
  ++stats_.renders;
  entries_.push_front({std::move(key), text});
  index_.emplace(entries_.front().key, entries_.begin());
  stats_.bytes += text->bytes();
  evict_beyond_bound();
  return text;
}

void TextCache::evict_beyond_bound() {
  while (stats_.bytes > max_bytes_ && entries_.size() > 1) {
    const Entry& oldest = entries_.back();
    stats_.bytes -= oldest.text->bytes();
    index_.erase(oldest.key);
    entries_.pop_back();
  }
}

void TextCache::clear() {
  index_.clear();
  entries_.clear();
  stats_.bytes = 0;
}

TextCacheStats TextCache::stats() const {
  TextCacheStats stats = stats_;
  stats.entries = entries_.size();
  return stats;
}

}  // namespace cuepoint::text
