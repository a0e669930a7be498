#include "cuepoint/record/export.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::record {
namespace {

using nlohmann::json;

// One exported line; the columns are the keys in kColumns order.
struct Row {
  std::string wall_time;
  json fields = json::object();
};

constexpr std::string_view kColumns[] = {
    "record",        "wall_time_utc", "learner_id",    "session_uuid",   "lesson_id", "lesson_version",
    "lesson_sha256", "cue_id",        "question_type", "attempt_number", "response",  "correct",
    "score",         "max_score",     "lesson_time_s", "event",          "from_s",    "to_s",
    "rate",          "captions_on",   "captions_lang", "statement_id"};

bool looks_numeric(std::string_view text) {
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

}  // namespace

json readable_response(const std::string& response_json) {
  const auto parsed = json::parse(response_json, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) return response_json;
  if (parsed.contains("choices")) {
    std::string joined;
    for (const auto& id : parsed["choices"]) {
      if (!joined.empty()) joined += ';';
      joined += id.is_string() ? id.get<std::string>() : id.dump();
    }
    return joined;
  }
  if (parsed.contains("text")) return parsed["text"];
  if (parsed.contains("number")) return parsed["number"];
  return "";
}

namespace {

std::vector<Row> collect(store::Store& store) {
  std::map<std::string, store::SessionRecord> sessions;
  for (auto& session : store.sessions()) sessions.emplace(session.uuid, session);

  std::vector<Row> rows;
  for (const auto& a : store.attempts()) {
    Row row{a.wall_time_utc};
    auto& f = row.fields;
    f["record"] = "answer";
    f["wall_time_utc"] = a.wall_time_utc;
    f["learner_id"] = a.learner_id;
    f["session_uuid"] = a.session_uuid;
    f["lesson_id"] = a.lesson_id;
    f["lesson_version"] = a.lesson_version;
    f["lesson_sha256"] = a.lesson_sha256;
    f["cue_id"] = a.cue_id;
    f["question_type"] = a.question_type;
    f["attempt_number"] = a.attempt_number;
    f["response"] = readable_response(a.response_json);
    if (a.correct) f["correct"] = *a.correct;
    if (a.score) f["score"] = *a.score;
    if (a.max_score) f["max_score"] = *a.max_score;
    f["lesson_time_s"] = xapi::to_seconds(a.lesson_time_us);
    f["statement_id"] = a.statement_id;
    rows.push_back(std::move(row));
  }
  for (const auto& e : store.watch_events()) {
    Row row{e.wall_time_utc};
    auto& f = row.fields;
    f["record"] = "watch";
    f["wall_time_utc"] = e.wall_time_utc;
    f["session_uuid"] = e.session_uuid;
    if (const auto session = sessions.find(e.session_uuid); session != sessions.end()) {
      f["learner_id"] = session->second.learner_id;
      f["lesson_id"] = session->second.lesson_id;
      f["lesson_version"] = session->second.lesson_version;
      f["lesson_sha256"] = session->second.lesson_sha256;
    }
    f["event"] = std::string(to_string(e.kind));
    if (e.from_us) f["from_s"] = xapi::to_seconds(*e.from_us);
    if (e.to_us) f["to_s"] = xapi::to_seconds(*e.to_us);
    if (e.rate) f["rate"] = *e.rate;
    if (e.captions_on) f["captions_on"] = *e.captions_on;
    if (e.captions_lang) f["captions_lang"] = *e.captions_lang;
    f["statement_id"] = e.statement_id;
    rows.push_back(std::move(row));
  }
  // RFC 3339 UTC strings of one width sort as time; stable keeps answers before events of the same ms.
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.wall_time < b.wall_time; });
  return rows;
}

std::string cell_text(const json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return csv_field(value.get<std::string>());
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_float()) return xapi::format_number(value.get<double>());
  return value.dump();
}

}  // namespace

std::string csv_field(std::string_view text) {
  std::string value(text);
  if (!value.empty() && std::string_view("=+-@").find(value.front()) != std::string_view::npos &&
      !looks_numeric(value)) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

int export_records(store::Store& store, ExportFormat format, std::ostream& out) {
  const auto rows = collect(store);
  if (format == ExportFormat::Csv) {
    for (std::size_t i = 0; i < std::size(kColumns); ++i) out << (i ? "," : "") << kColumns[i];
    out << "\r\n";
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < std::size(kColumns); ++i) {
        const auto key = std::string(kColumns[i]);
        if (i) out << ',';
        if (row.fields.contains(key)) out << cell_text(row.fields.at(key));
      }
      out << "\r\n";
    }
  } else {
    for (const auto& row : rows)
      out << row.fields.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  return static_cast<int>(rows.size());
}

}  // namespace cuepoint::record
