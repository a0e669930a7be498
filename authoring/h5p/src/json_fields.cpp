#include "json_fields.hpp"

#include <charconv>

namespace cuepoint::h5p {

using nlohmann::json;

const json* field(const json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}

std::string string_field(const json& object, std::string_view key) {
  const json* value = field(object, key);
  return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

std::optional<double> number_field(const json& object, std::string_view key) {
  const json* value = field(object, key);
  if (value == nullptr) return std::nullopt;
  if (value->is_number()) return value->get<double>();
  if (value->is_string()) {
    const auto& text = value->get_ref<const std::string&>();
    double parsed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (error == std::errc() && end == text.data() + text.size() && !text.empty()) return parsed;
  }
  return std::nullopt;
}

bool flag_field(const json& object, std::string_view key, bool fallback) {
  const json* value = field(object, key);
  if (value == nullptr) return fallback;
  if (value->is_boolean()) return value->get<bool>();
  if (value->is_string()) {
    if (*value == "true") return true;
    if (*value == "false") return false;
  }
  return fallback;
}

const json& array_field(const json& object, std::string_view key) {
  static const json empty = json::array();
  const json* value = field(object, key);
  return value != nullptr && value->is_array() ? *value : empty;
}

}  // namespace cuepoint::h5p
