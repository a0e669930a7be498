// Both export formats carry the same fields (player/record/src/export.cpp): each
// line or row becomes one JSON object of typed fields, and one function turns
// that into an Answer or a WatchEvent.
#include <charconv>
#include <cmath>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "csv_rows.hpp"
#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/report/report_error.hpp"
#include "input_readers.hpp"
#include "utc_time.hpp"

namespace cuepoint::report {
namespace {

using nlohmann::json;

constexpr std::string_view kHint =
    " (a report reads response databases and `cuepoint export` files, JSON lines or CSV)";

// One record and where it came from, for messages: "answers.jsonl:12".
class Fields {
 public:
  Fields(const json& object, std::string where) : object_(object), where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw ReportError(where_ + ": error: " + message);
  }

  bool has(const std::string& key) const { return object_.contains(key) && !object_.at(key).is_null(); }

  std::string text(const std::string& key) const {
    if (!has(key)) fail("the record has no \"" + key + "\"");
    const auto& value = object_.at(key);
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
      fail("\"" + key + "\" must be a non-empty text, not " + json_input::shorten(value));
    return value.get<std::string>();
  }

  std::optional<double> number(const std::string& key) const {
    if (!has(key)) return std::nullopt;
    const auto& value = object_.at(key);
    if (!value.is_number()) fail("\"" + key + "\" must be a number, not " + json_input::shorten(value));
    return value.get<double>();
  }

  std::optional<Micros> seconds(const std::string& key) const {
    const auto value = number(key);
    if (!value) return std::nullopt;
    constexpr double kLongest = 1e9;  // about 31 years of video
    if (!std::isfinite(*value) || *value < 0 || *value > kLongest)
      fail("\"" + key + "\" must be a lesson time in seconds, not " + json_input::shorten(object_.at(key)));
    return std::llround(*value * 1e6);
  }

  std::optional<bool> boolean(const std::string& key) const {
    if (!has(key)) return std::nullopt;
    const auto& value = object_.at(key);
    if (!value.is_boolean()) fail("\"" + key + "\" must be true or false, not " + json_input::shorten(value));
    return value.get<bool>();
  }

  int positive_integer(const std::string& key) const {
    if (!has(key)) fail("the record has no \"" + key + "\"");
    const auto& value = object_.at(key);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 1 ||
        value.get<std::int64_t>() > std::numeric_limits<int>::max())
      fail("\"" + key + "\" must be a whole number from 1, not " + json_input::shorten(value));
    return value.get<int>();
  }

  std::int64_t wall_time() const {
    const auto written = text("wall_time_utc");
    const auto millis = parse_utc_millis(written);
    if (!millis) fail("\"wall_time_utc\" is not an RFC 3339 UTC time: " + json_input::shorten(json(written)));
    return *millis;
  }

  // The response as the export wrote it: a text, or a number for numeric answers.
  std::string response() const {
    if (!has("response")) return {};
    const auto& value = object_.at("response");
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number()) return value.dump();
    fail("\"response\" must be a text or a number, not " + json_input::shorten(value));
  }

 private:
  const json& object_;
  std::string where_;
};

void add_record(const Fields& fields, ClassRecords& records, InputSummary& summary) {
  const auto kind = fields.text("record");
  if (kind == "answer") {
    ++summary.answers;
    const auto attempt = fields.positive_integer("attempt_number");
    const auto lesson_time = fields.seconds("lesson_time_s");
    if (!lesson_time) fields.fail("the record has no \"lesson_time_s\"");
    if (!records.add(Answer{fields.text("statement_id"), fields.text("learner_id"),
                            fields.text("session_uuid"), fields.text("lesson_id"),
                            fields.has("lesson_version") ? fields.text("lesson_version") : std::string(),
                            fields.text("cue_id"), fields.text("question_type"), fields.response(),
                            fields.boolean("correct"), fields.number("score"), fields.number("max_score"),
                            attempt, *lesson_time, fields.wall_time()})) {
      ++summary.duplicates;
    }
  } else if (kind == "watch") {
    ++summary.watch_events;
    const auto event = fields.text("event");
    const auto watch_kind = store::watch_kind_from_string(event);
    if (!watch_kind) fields.fail("unknown watch event \"" + event + "\"");
    if (!records.add(WatchEvent{fields.text("statement_id"), fields.text("session_uuid"),
                                fields.text("learner_id"), fields.text("lesson_id"), *watch_kind,
                                fields.seconds("from_s"), fields.seconds("to_s"), fields.wall_time()})) {
      ++summary.duplicates;
    }
  } else {
    fields.fail("unknown record \"" + kind + R"(" (expected "answer" or "watch"))");
  }
}

// parse_bounded names positions within the text it was given: one line here.
std::string on_line(const std::string& message, const std::string& name, int line) {
  const std::string first_line = name + ":1:";
  if (message.rfind(first_line, 0) != 0) return message;
  return name + ":" + std::to_string(line) + ":" + message.substr(first_line.size());
}

// CSV cells are text; the export wrote these columns from numbers and booleans.
json typed_cell(const std::string& column, const std::string& cell, const std::string& where) {
  static const std::set<std::string> number_columns = {"score",  "max_score", "lesson_time_s",
                                                       "from_s", "to_s",      "rate"};
  if (column == "attempt_number") {
    int value = 0;
    const auto result = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (result.ec != std::errc() || result.ptr != cell.data() + cell.size())
      throw ReportError(where + ": error: \"attempt_number\" must be a whole number from 1, not '" + cell +
                        "'");
    return value;
  }
  if (number_columns.contains(column)) {
    double value = 0;
    const auto result = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (result.ec != std::errc() || result.ptr != cell.data() + cell.size())
      throw ReportError(where + ": error: \"" + column + "\" must be a number, not '" + cell + "'");
    return value;
  }
  if (column == "correct" || column == "captions_on") {
    if (cell == "true") return true;
    if (cell == "false") return false;
    throw ReportError(where + ": error: \"" + column + "\" must be true or false, not '" + cell + "'");
  }
  // record::csv_field put an apostrophe before text a spreadsheet would run as a formula.
  if (cell.size() >= 2 && cell[0] == '\'' && std::string_view("=+-@").find(cell[1]) != std::string_view::npos)
    return cell.substr(1);
  return cell;
}

}  // namespace

InputSummary read_jsonl_export(const std::filesystem::path& file, const std::string& text,
                               ClassRecords& records) {
  InputSummary summary{InputKind::JsonLinesExport};
  const std::string name = file.string();
  int line = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    ++line;
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view content(text.data() + start, end - start);
    start = end + 1;
    if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
    if (content.find_first_not_of(" \t") == std::string_view::npos) continue;
    json object;
    try {
      object = json_input::parse_bounded(content, name);
    } catch (const json_input::JsonInputError& error) {
      throw ReportError(on_line(error.what(), name, line) + std::string(kHint));
    }
    const std::string where = name + ":" + std::to_string(line);
    if (!object.is_object())
      throw ReportError(where + ": error: a record must be a JSON object, not " +
                        json_input::shorten(object) + std::string(kHint));
    add_record(Fields(object, where), records, summary);
  }
  return summary;
}

InputSummary read_csv_export(const std::filesystem::path& file, const std::string& text,
                             ClassRecords& records) {
  InputSummary summary{InputKind::CsvExport};
  const std::string name = file.string();
  const auto rows = split_csv(text, name);
  if (rows.empty()) return summary;
  const auto& header = rows.front().fields;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const std::string where = name + ":" + std::to_string(row.line);
    if (row.fields.size() != header.size()) {
      throw ReportError(where + ": error: " + std::to_string(row.fields.size()) +
                        " fields, but the header has " + std::to_string(header.size()));
    }
    json object = json::object();
    for (std::size_t column = 0; column < header.size(); ++column) {
      if (row.fields[column].empty()) continue;
      object[header[column]] = typed_cell(header[column], row.fields[column], where);
    }
    add_record(Fields(object, where), records, summary);
  }
  return summary;
}

}  // namespace cuepoint::report
