#include "cuepoint/json/bounded_json.hpp"

#include <cerrno>
#include <cstdio>
#include <iterator>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

namespace cuepoint::json_input {
namespace {

using nlohmann::json;

std::string size_text(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024;
  if (bytes % (kKiB * kKiB) == 0) return std::to_string(bytes / (kKiB * kKiB)) + " MiB";
  if (bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// Hands the text to nlohmann one character at a time and counts them, so the
// SAX handler knows where the parser is when it refuses a key or a depth.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, std::size_t* consumed) : at_(at), consumed_(consumed) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    ++*consumed_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

 private:
  const char* at_;
  std::size_t* consumed_;
};

// The offset of the opening quote of the string token whose closing quote is at `end_quote`.
std::size_t string_start(std::string_view text, std::size_t end_quote) {
  for (std::size_t i = end_quote; i-- > 0;) {
    if (text[i] != '"') continue;
    std::size_t backslashes = 0;
    for (std::size_t j = i; j > 0 && text[j - 1] == '\\'; --j) ++backslashes;
    if (backslashes % 2 == 0) return i;
  }
  return 0;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: detail".
std::string parser_detail(const json::exception& error) {
  std::string detail = error.what();
  if (const auto bracket = detail.find("] "); bracket != std::string::npos) detail.erase(0, bracket + 2);
  if (detail.rfind("parse error", 0) == 0) {
    if (const auto colon = detail.find(": "); colon != std::string::npos) detail.erase(0, colon + 2);
  }
  // "last read: '...'" quotes the input: never a stranger's whole value.
  constexpr std::size_t kMaxDetail = 120;
  if (detail.size() > kMaxDetail) {
    std::size_t cut = kMaxDetail;
    while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80) --cut;
    detail = detail.substr(0, cut) + "...";
  }
  return detail;
}

// Builds the value like nlohmann's own DOM parser, with a depth bound and no duplicate keys.
class BoundedBuilder {
 public:
  BoundedBuilder(std::string_view text, const std::string& file_name, int max_depth,
                 const std::size_t& consumed)
      : text_(text), file_name_(file_name), max_depth_(max_depth), consumed_(consumed) {}

  bool null() { return put(nullptr); }
  bool boolean(bool value) { return put(value); }
  bool number_integer(json::number_integer_t value) { return put(value); }
  bool number_unsigned(json::number_unsigned_t value) { return put(value); }
  bool number_float(json::number_float_t value, const json::string_t& /*as_written*/) { return put(value); }
  bool string(json::string_t& value) { return put(std::move(value)); }
  bool binary(json::binary_t& value) { return put(json::binary(std::move(value))); }
  bool start_object(std::size_t /*elements*/) { return open(json::object()); }
  bool start_array(std::size_t /*elements*/) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& name) {
    json& object = *open_.back();
    if (object.contains(name)) {
      const std::size_t at = consumed_ > 0 ? string_start(text_, consumed_ - 1) : 0;
      return fail(at,
                  "key " + shorten(json(name)) + " appears twice in the same object (which one is meant?)");
    }
    key_ = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/, const json::exception& error) {
    const std::size_t at = position > 0 ? position - 1 : 0;
    constexpr int kNumberOverflow = 406;
    if (error.id == kNumberOverflow) {
      return fail(at, "number out of range: " + parser_detail(error));
    }
    return fail(at, "invalid JSON: " + parser_detail(error));
  }

  json take() { return std::move(root_); }
  const std::optional<std::string>& error() const { return error_; }

 private:
  bool put(json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return true;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
    } else {
      parent[key_] = std::move(value);
    }
    return true;
  }

  bool open(json container) {
    if (static_cast<int>(open_.size()) >= max_depth_) {
      return fail(consumed_ > 0 ? consumed_ - 1 : 0,
                  "nested deeper than " + std::to_string(max_depth_) + " levels of arrays and objects");
    }
    // The open containers are the last element of their parents, which change only
    // after the child closes, so these pointers stay valid.
    if (open_.empty()) {
      root_ = std::move(container);
      open_.push_back(&root_);
    } else if (json& parent = *open_.back(); parent.is_array()) {
      parent.push_back(std::move(container));
      open_.push_back(&parent.back());
    } else {
      json& slot = parent[key_];
      slot = std::move(container);
      open_.push_back(&slot);
    }
    return true;
  }

  bool close() {
    open_.pop_back();
    return true;
  }

  bool fail(std::size_t offset, const std::string& message) {
    if (!error_) error_ = file_name_ + ":" + line_column(text_, offset) + ": error: " + message;
    return false;
  }

  std::string_view text_;
  const std::string& file_name_;
  int max_depth_;
  const std::size_t& consumed_;
  json root_;
  std::vector<json*> open_;
  std::string key_;
  std::optional<std::string> error_;
};

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

std::string read_bounded_text(const std::filesystem::path& file, std::size_t max_bytes) {
  const std::string name = file.string();
  std::error_code status_error;
  if (std::filesystem::is_directory(file, status_error)) {
    throw JsonInputError(name + ": error: is a folder, not a JSON file");
  }
  const std::unique_ptr<std::FILE, FileCloser> in(std::fopen(name.c_str(), "rb"));
  if (!in) {
    const std::error_code open_error(errno, std::generic_category());
    throw JsonInputError(name + ": error: cannot read: " + open_error.message());
  }
  std::string text;
  std::vector<char> chunk(64 * 1024);
  for (;;) {
    const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), in.get());
    text.append(chunk.data(), got);
    if (text.size() > max_bytes) {
      throw JsonInputError(name + ": error: larger than " + size_text(max_bytes) +
                           " (is it really the JSON file meant here?)");
    }
    if (got < chunk.size()) break;
  }
  if (std::ferror(in.get()) != 0) {
    const std::error_code read_error(errno, std::generic_category());
    throw JsonInputError(name + ": error: reading failed: " + read_error.message());
  }
  return text;
}

json parse_bounded(std::string_view text, const std::string& file_name, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw JsonInputError(file_name + ": error: larger than " + size_text(limits.max_bytes));
  }
  std::size_t consumed = 0;
  BoundedBuilder builder(text, file_name, limits.max_depth, consumed);
  const CountingIterator first(text.data(), &consumed);
  const CountingIterator last(text.data() + text.size(), &consumed);
  const bool parsed = json::sax_parse(first, last, &builder);
  if (!parsed || builder.error()) {
    throw JsonInputError(builder.error().value_or(file_name + ": error: invalid JSON"));
  }
  return builder.take();
}

json read_bounded_json(const std::filesystem::path& file, const JsonLimits& limits) {
  return parse_bounded(read_bounded_text(file, limits.max_bytes), file.string(), limits);
}

}  // namespace cuepoint::json_input
