// JSON input that a stranger may have written: an answers script, an LRS config,
// an answers bundle. nlohmann's parser happily builds a value 50,000 arrays deep
// (whose dump() then overflows the stack) and reads /dev/zero until memory runs
// out; these functions bound the bytes read and the nesting depth, refuse
// duplicate keys (last-wins would silently drop data), and report every problem
// as "FILE:LINE:COL: error: ..." (or "FILE: error: ..." where there is no position).
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cuepoint::json_input {

class JsonInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct JsonLimits {
  std::size_t max_bytes = std::size_t{1} << 20;  // 1 MiB: far above any hand-written script
  int max_depth = 32;                            // objects and arrays nested in each other
};

// Reads at most limits.max_bytes from `file` (a regular file, device or pipe);
// more is an error, so /dev/zero is refused instead of filling memory.
std::string read_bounded_text(const std::filesystem::path& file, std::size_t max_bytes);

// Parses `text` (named `file_name` in messages) within the limits.
nlohmann::json parse_bounded(std::string_view text, const std::string& file_name,
                             const JsonLimits& limits = {});

// read_bounded_text + parse_bounded.
nlohmann::json read_bounded_json(const std::filesystem::path& file, const JsonLimits& limits = {});

// A value as it may appear in a message: compact JSON, cut to about `max_chars`
// characters (never the whole of an attacker's value).
std::string shorten(const nlohmann::json& value, std::size_t max_chars = 60);

// "LINE:COL" of byte `offset` in `text` (columns count UTF-8 characters).
std::string line_column(std::string_view text, std::size_t offset);

}  // namespace cuepoint::json_input
