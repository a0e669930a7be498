// Reading H5P parameters leniently: H5P's editor leaves fields out, writes numbers
// as strings or booleans as "true", and old content has older shapes. A field of
// the wrong type reads as missing; what that loses is reported by the caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cuepoint::h5p {

// The member `key` of `object`, or nullptr when `object` is not an object or lacks it.
const nlohmann::json* field(const nlohmann::json& object, std::string_view key);

// The member as a string; empty when missing or not a string.
std::string string_field(const nlohmann::json& object, std::string_view key);

// The member as a number (a JSON number, or a string holding a plain decimal).
std::optional<double> number_field(const nlohmann::json& object, std::string_view key);

// The member as a boolean (true/false, or the strings "true"/"false"); `fallback` otherwise.
bool flag_field(const nlohmann::json& object, std::string_view key, bool fallback);

// The member when it is an array; an empty array otherwise.
const nlohmann::json& array_field(const nlohmann::json& object, std::string_view key);

}  // namespace cuepoint::h5p
