#include "cuepoint/upload/statement_match.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <string_view>

namespace cuepoint::upload {
namespace {

using nlohmann::json;

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

void lowercase_member(json& object, const char* key) {
  if (object.contains(key) && object[key].is_string())
    object[key] = lowercase(object[key].get<std::string>());
}

bool read_digits(std::string_view& text, std::size_t count, int& value) {
  if (text.size() < count) return false;
  const auto result = std::from_chars(text.data(), text.data() + count, value);
  if (result.ptr != text.data() + count) return false;
  text.remove_prefix(count);
  return true;
}

bool skip(std::string_view& text, char expected) {
  if (text.empty() || text.front() != expected) return false;
  text.remove_prefix(1);
  return true;
}

// An ISO 8601 / RFC 3339 timestamp as nanoseconds since 1970 (a string, so the
// value stays exact), or nullopt when it is not one.
std::optional<std::string> instant(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!read_digits(text, 4, year) || !skip(text, '-') || !read_digits(text, 2, month) || !skip(text, '-') ||
      !read_digits(text, 2, day) || !(skip(text, 'T') || skip(text, 't')) || !read_digits(text, 2, hour) ||
      !skip(text, ':') || !read_digits(text, 2, minute) || !skip(text, ':') ||
      !read_digits(text, 2, second)) {
    return std::nullopt;
  }
  std::int64_t nanos = 0;
  if (skip(text, '.')) {
    int digits = 0;
    while (!text.empty() && std::isdigit(static_cast<unsigned char>(text.front()))) {
      if (digits < 9) nanos = nanos * 10 + (text.front() - '0');
      ++digits;
      text.remove_prefix(1);
    }
    if (digits == 0) return std::nullopt;
    for (int i = std::min(digits, 9); i < 9; ++i) nanos *= 10;
  }
  int offset_minutes = 0;
  if (skip(text, 'Z') || skip(text, 'z')) {
  } else if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    const int sign = text.front() == '-' ? -1 : 1;
    text.remove_prefix(1);
    int offset_hours = 0, offset_rest = 0;
    if (!read_digits(text, 2, offset_hours)) return std::nullopt;
    if (!text.empty()) {
      skip(text, ':');
      if (!read_digits(text, 2, offset_rest)) return std::nullopt;
    }
    offset_minutes = sign * (offset_hours * 60 + offset_rest);
  } else {
    return std::nullopt;  // no zone: not an instant
  }
  if (!text.empty()) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  const auto seconds = std::chrono::sys_days{date}.time_since_epoch() + std::chrono::hours{hour} +
                       std::chrono::minutes{minute - offset_minutes} + std::chrono::seconds{second};
  const auto total = std::chrono::duration_cast<std::chrono::nanoseconds>(seconds).count() + nanos;
  return std::to_string(total);
}

void normalise_timestamp(json& object, const char* key) {
  if (!object.contains(key) || !object[key].is_string()) return;
  if (auto at = instant(object[key].get<std::string>())) object[key] = "instant " + *at;
}

// mailto:name@Example.ORG: the domain is case-insensitive.
void normalise_mbox(json& agent) {
  if (!agent.contains("mbox") || !agent["mbox"].is_string()) return;
  auto mbox = agent["mbox"].get<std::string>();
  if (const auto at = mbox.rfind('@'); at != std::string::npos) {
    mbox = mbox.substr(0, at) + lowercase(mbox.substr(at));
  }
  agent["mbox"] = mbox;
}

void normalise_agent(json& agent) {
  if (!agent.is_object()) return;
  if (!agent.contains("objectType")) agent["objectType"] = "Agent";
  normalise_mbox(agent);
  if (agent["objectType"] == "Group" && agent.contains("member") && agent["member"].is_array()) {
    // A Group's members are not ordered: compare them sorted.
    auto& members = agent["member"];
    for (auto& member : members) normalise_agent(member);
    std::sort(members.begin(), members.end());
  }
}

void normalise_activity(json& activity) {
  if (!activity.is_object()) return;
  if (!activity.contains("objectType")) activity["objectType"] = "Activity";
  activity.erase("definition");
}

void normalise_context(json& context) {
  if (!context.is_object()) return;
  lowercase_member(context, "registration");
  if (context.contains("instructor")) normalise_agent(context["instructor"]);
  if (context.contains("team")) normalise_agent(context["team"]);
  if (context.contains("statement") && context["statement"].is_object()) {
    if (!context["statement"].contains("objectType")) context["statement"]["objectType"] = "StatementRef";
    lowercase_member(context["statement"], "id");
  }
  if (context.contains("contextActivities") && context["contextActivities"].is_object()) {
    for (auto& [kind, activities] : context["contextActivities"].items()) {
      (void)kind;
      // xAPI 0.95 allowed a single activity here; an LRS returns it as a list.
      if (activities.is_object()) activities = json::array({activities});
      for (auto& activity : activities) normalise_activity(activity);
    }
  }
}

void normalise_statement_body(json& statement);

void normalise_object(json& object) {
  if (!object.is_object()) return;
  const std::string type = object.value("objectType", "Activity");
  if (type == "Activity") {
    normalise_activity(object);
  } else if (type == "Agent" || type == "Group") {
    normalise_agent(object);
  } else if (type == "StatementRef") {
    lowercase_member(object, "id");
  } else if (type == "SubStatement") {
    normalise_statement_body(object);
  }
}

// What a statement and a SubStatement share.
void normalise_statement_body(json& statement) {
  if (statement.contains("actor")) normalise_agent(statement["actor"]);
  if (statement.contains("verb") && statement["verb"].is_object()) statement["verb"].erase("display");
  if (statement.contains("object")) normalise_object(statement["object"]);
  if (statement.contains("context")) normalise_context(statement["context"]);
  normalise_timestamp(statement, "timestamp");
}

json normalised(json statement) {
  if (!statement.is_object()) return statement;
  for (const char* assigned : {"authority", "stored", "version", "attachments"}) statement.erase(assigned);
  lowercase_member(statement, "id");
  normalise_statement_body(statement);
  return statement;
}

std::optional<std::string> first_difference(const json& a, const json& b, const std::string& path) {
  const auto where = [&path] { return path.empty() ? std::string("(the statement)") : path; };
  if (a.is_number() && b.is_number()) {
    return a.get<double>() == b.get<double>() ? std::nullopt : std::optional(where());
  }
  if (a.type() != b.type()) return where();
  if (a.is_object()) {
    for (const auto& [key, value] : a.items()) {
      const auto child = path.empty() ? key : path + "." + key;
      if (!b.contains(key)) return child;
      if (auto difference = first_difference(value, b[key], child)) return difference;
    }
    for (const auto& [key, value] : b.items()) {
      (void)value;
      if (!a.contains(key)) return path.empty() ? key : path + "." + key;
    }
    return std::nullopt;
  }
  if (a.is_array()) {
    const auto common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) {
      if (auto difference = first_difference(a[i], b[i], path + "[" + std::to_string(i) + "]"))
        return difference;
    }
    if (a.size() != b.size()) return path + "[" + std::to_string(common) + "]";
    return std::nullopt;
  }
  return a == b ? std::nullopt : std::optional(where());
}

}  // namespace

std::optional<std::string> statement_difference(const json& sent, const json& stored) {
  return first_difference(normalised(sent), normalised(stored), "");
}

}  // namespace cuepoint::upload
