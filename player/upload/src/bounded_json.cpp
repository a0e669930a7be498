#include "bounded_json.hpp"

#include <string>

namespace cuepoint::upload {

JsonTooDeep::JsonTooDeep(int max_depth)
    : std::runtime_error("nested more than " + std::to_string(max_depth) + " levels deep") {}

nlohmann::json parse_bounded_json(std::string_view text, int max_depth) {
  // The callback sees each container as it opens, before anything below it is
  // built; its depth counts the containers around it.
  const auto limit_depth = [max_depth](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
    const bool opens = event == nlohmann::json::parse_event_t::object_start ||
                       event == nlohmann::json::parse_event_t::array_start;
    if (opens && depth >= max_depth) throw JsonTooDeep(max_depth);
    return true;
  };
  return nlohmann::json::parse(text, limit_depth);
}

nlohmann::json parse_bounded_json_or_discarded(std::string_view text, int max_depth) {
  try {
    return parse_bounded_json(text, max_depth);
  } catch (const nlohmann::json::parse_error&) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  } catch (const JsonTooDeep&) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
}

}  // namespace cuepoint::upload
