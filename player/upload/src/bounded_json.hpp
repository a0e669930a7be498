// JSON from outside (a config file, an LRS's answer) parsed with a bound on
// nesting, so a hostile `[[[[...]]]]` cannot exhaust the stack of whatever
// walks the value afterwards (dump, comparison).
#pragma once

#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cuepoint::upload {

class JsonTooDeep : public std::runtime_error {
 public:
  explicit JsonTooDeep(int max_depth);
};

// Throws nlohmann::json::parse_error for bad syntax and JsonTooDeep for
// arrays or objects nested more than `max_depth` levels (the top level is 1).
nlohmann::json parse_bounded_json(std::string_view text, int max_depth);

// The same, but a discarded value instead of either exception.
nlohmann::json parse_bounded_json_or_discarded(std::string_view text, int max_depth);

}  // namespace cuepoint::upload
