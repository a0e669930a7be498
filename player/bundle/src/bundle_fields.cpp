#include "bundle_fields.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>

#include "cuepoint/json/bounded_json.hpp"

namespace cuepoint::bundle::fields {
namespace {

using nlohmann::json;

template <typename T>
json optional_value(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

// Reads the keys of one record line, each checked for its type; finish() refuses
// keys nobody asked for, so a misspelt or foreign field is not silently dropped.
class LineFields {
 public:
  LineFields(const json& line, const std::string& where, const char* record)
      : line_(line), where_(where), record_(record) {
    used_.insert("record");
  }

  std::string text(const char* key) {
    const json& value = get(key);
    if (!value.is_string()) wrong(key, "a string");
    return value.get<std::string>();
  }
  // Text that must not be empty (ids, times).
  std::string required_text(const char* key) {
    std::string value = text(key);
    if (value.empty()) fail(std::string("'") + key + "' is empty");
    return value;
  }
  std::optional<std::string> optional_text(const char* key) {
    if (get(key).is_null()) return std::nullopt;
    return text(key);
  }
  std::int64_t integer(const char* key) {
    const json& value = get(key);
    if (!value.is_number_integer()) wrong(key, "a whole number");
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max()) {
      wrong(key, "a whole number that fits in 64 bits");
    }
    return value.get<std::int64_t>();
  }
  std::optional<std::int64_t> optional_integer(const char* key) {
    if (get(key).is_null()) return std::nullopt;
    return integer(key);
  }
  std::optional<double> optional_number(const char* key) {
    const json& value = get(key);
    if (value.is_null()) return std::nullopt;
    if (!value.is_number() || !std::isfinite(value.get<double>())) wrong(key, "a number or null");
    return value.get<double>();
  }
  std::optional<bool> optional_boolean(const char* key) {
    const json& value = get(key);
    if (value.is_null()) return std::nullopt;
    if (!value.is_boolean()) wrong(key, "true, false or null");
    return value.get<bool>();
  }
  void finish() {
    for (const auto& [key, value] : line_.items()) {
      if (!used_.contains(key)) fail("unknown field " + json_input::shorten(key, 40));
    }
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw BundleError(where_ + ": error: " + record_ + " record: " + what);
  }

 private:
  const json& get(const char* key) {
    used_.insert(key);
    const auto found = line_.find(key);
    if (found == line_.end()) fail(std::string("no '") + key + "'");
    return *found;
  }
  [[noreturn]] void wrong(const char* key, const char* expected) const {
    fail(std::string("'") + key + "' must be " + expected + ", not " +
         json_input::shorten(line_.at(key), 40));
  }

  const json& line_;
  const std::string& where_;
  const char* record_;
  std::set<std::string, std::less<>> used_;
};

store::OutboxState state_from(LineFields& fields) {
  const std::string state = fields.text("state");
  for (auto candidate : {store::OutboxState::Pending, store::OutboxState::Sent, store::OutboxState::Rejected,
                         store::OutboxState::Conflict}) {
    if (store::to_string(candidate) == state) return candidate;
  }
  fields.fail("'state' must be pending, sent, rejected or conflict, not " + json_input::shorten(state, 40));
}

}  // namespace

json to_line(const store::LearnerRecord& l) {
  return {
      {"record", kLearner}, {"id", l.id}, {"display_name", l.display_name}, {"created_utc", l.created_utc}};
}

json to_line(const store::SessionRecord& s) {
  return {{"record", kSession},
          {"uuid", s.uuid},
          {"learner_id", s.learner_id},
          {"lesson_id", s.lesson_id},
          {"lesson_version", s.lesson_version},
          {"lesson_sha256", s.lesson_sha256},
          {"started_utc", s.started_utc},
          {"ended_utc", optional_value(s.ended_utc)},
          {"xapi_session_id", s.xapi_session_id}};
}

json to_line(const BundleStatement& s) {
  return {{"record", kStatement},
          {"id", s.id},
          {"json", s.json},
          {"created_utc", s.created_utc},
          {"state", to_string(s.state)},
          {"sent_utc", optional_value(s.sent_utc)}};
}

json to_line(const store::AttemptRecord& a) {
  return {{"record", kAttempt},
          {"learner_id", a.learner_id},
          {"session_uuid", a.session_uuid},
          {"lesson_id", a.lesson_id},
          {"lesson_version", a.lesson_version},
          {"lesson_sha256", a.lesson_sha256},
          {"cue_id", a.cue_id},
          {"question_type", a.question_type},
          {"response_json", a.response_json},
          {"correct", optional_value(a.correct)},
          {"score", optional_value(a.score)},
          {"max_score", optional_value(a.max_score)},
          {"attempt_number", a.attempt_number},
          {"lesson_time_us", a.lesson_time_us},
          {"wall_time_utc", a.wall_time_utc},
          {"statement_id", a.statement_id}};
}

json to_line(const store::WatchEventRecord& e) {
  return {{"record", kWatch},
          {"session_uuid", e.session_uuid},
          {"kind", to_string(e.kind)},
          {"from_us", optional_value(e.from_us)},
          {"to_us", optional_value(e.to_us)},
          {"rate", optional_value(e.rate)},
          {"captions_on", optional_value(e.captions_on)},
          {"captions_lang", optional_value(e.captions_lang)},
          {"wall_time_utc", e.wall_time_utc},
          {"statement_id", e.statement_id}};
}

store::LearnerRecord learner_from(const json& line, const std::string& where) {
  LineFields f(line, where, kLearner);
  store::LearnerRecord l{f.required_text("id"), f.text("display_name"), f.required_text("created_utc")};
  f.finish();
  return l;
}

store::SessionRecord session_from(const json& line, const std::string& where) {
  LineFields f(line, where, kSession);
  store::SessionRecord s;
  s.uuid = f.required_text("uuid");
  s.learner_id = f.required_text("learner_id");
  s.lesson_id = f.required_text("lesson_id");
  s.lesson_version = f.text("lesson_version");
  s.lesson_sha256 = f.text("lesson_sha256");
  s.started_utc = f.required_text("started_utc");
  s.ended_utc = f.optional_text("ended_utc");
  s.xapi_session_id = f.text("xapi_session_id");
  f.finish();
  return s;
}

BundleStatement statement_from(const json& line, const std::string& where, const BundleLimits& limits) {
  LineFields f(line, where, kStatement);
  BundleStatement s;
  s.id = f.required_text("id");
  s.json = f.text("json");
  s.created_utc = f.required_text("created_utc");
  s.state = state_from(f);
  s.sent_utc = f.optional_text("sent_utc");
  f.finish();
  // What the uploader will send must be the statement the id names: an object whose id is this one.
  json statement;
  try {
    statement = json_input::parse_bounded(
        s.json, "the statement text", {.max_bytes = limits.max_line_bytes, .max_depth = limits.max_depth});
  } catch (const json_input::JsonInputError& error) {
    throw BundleError(where + ": error: statement record: 'json' is not a JSON statement (" + error.what() +
                      ")");
  }
  const auto id = statement.is_object() ? statement.find("id") : statement.end();
  if (!statement.is_object() || id == statement.end() || !id->is_string() || id->get<std::string>() != s.id) {
    f.fail("'json' is not the statement " + json_input::shorten(s.id, 40) +
           " (its id differs or is missing)");
  }
  return s;
}

store::AttemptRecord attempt_from(const json& line, const std::string& where) {
  LineFields f(line, where, kAttempt);
  store::AttemptRecord a;
  a.learner_id = f.required_text("learner_id");
  a.session_uuid = f.required_text("session_uuid");
  a.lesson_id = f.required_text("lesson_id");
  a.lesson_version = f.text("lesson_version");
  a.lesson_sha256 = f.text("lesson_sha256");
  a.cue_id = f.required_text("cue_id");
  a.question_type = f.required_text("question_type");
  a.response_json = f.text("response_json");
  a.correct = f.optional_boolean("correct");
  a.score = f.optional_number("score");
  a.max_score = f.optional_number("max_score");
  const std::int64_t attempt_number = f.integer("attempt_number");
  if (attempt_number < 1 || attempt_number > 1'000'000) {
    f.fail("'attempt_number' must be from 1 to 1000000, not " + std::to_string(attempt_number));
  }
  a.attempt_number = static_cast<int>(attempt_number);
  a.lesson_time_us = f.integer("lesson_time_us");
  a.wall_time_utc = f.required_text("wall_time_utc");
  a.statement_id = f.required_text("statement_id");
  f.finish();
  return a;
}

store::WatchEventRecord watch_event_from(const json& line, const std::string& where) {
  LineFields f(line, where, kWatch);
  store::WatchEventRecord e;
  e.session_uuid = f.required_text("session_uuid");
  const std::string kind = f.text("kind");
  const auto parsed = store::watch_kind_from_string(kind);
  if (!parsed) f.fail("'kind' " + json_input::shorten(kind, 40) + " is not a watch event kind");
  e.kind = *parsed;
  e.from_us = f.optional_integer("from_us");
  e.to_us = f.optional_integer("to_us");
  e.rate = f.optional_number("rate");
  e.captions_on = f.optional_boolean("captions_on");
  e.captions_lang = f.optional_text("captions_lang");
  e.wall_time_utc = f.required_text("wall_time_utc");
  e.statement_id = f.required_text("statement_id");
  f.finish();
  return e;
}

}  // namespace cuepoint::bundle::fields
