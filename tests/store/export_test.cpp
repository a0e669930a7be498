// The offline export: CSV (RFC 4180) and JSONL with the same records.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cuepoint/record/export.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::record {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::TempDir;

// A small RFC 4180 reader, to check the export the way a spreadsheet reads it.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  rows.pop_back();  // after the final CRLF
  return rows;
}

TEST(CsvField, QuotesOnlyWhenNeededAndDefusesFormulas) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_field("-2.5"), "-2.5");  // a number stays a number
  EXPECT_EQ(csv_field("@sum"), "'@sum");
}

TEST(Export, CsvHasAHeaderAndOneRowPerAnswerAndEvent) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  testing::record_full_session(store);
  std::ostringstream out;
  const int count = export_records(store, ExportFormat::Csv, out);
  EXPECT_EQ(count, testing::full_session().statements());
  const auto rows = parse_csv(out.str());
  ASSERT_EQ(rows.size(),
            static_cast<std::size_t>(testing::full_session().statements()) + 1);  // and the header
  const auto& header = rows[0];
  EXPECT_THAT(header, ::testing::Contains("response"));
  for (const auto& row : rows) ASSERT_EQ(row.size(), header.size());
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  int answers = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    EXPECT_EQ(row[column("learner_id")], "learner-42");
    EXPECT_EQ(row[column("lesson_id")], "fractions intro");
    if (row[column("record")] != "answer") continue;
    ++answers;
    if (row[column("cue_id")] == "open") {
      // The comma, quotes and newline survive the round trip.
      EXPECT_EQ(row[column("response")], "Parce que, \"deux\" quarts,\nc'est une moitié");
      EXPECT_EQ(row[column("correct")], "");
    }
    if (row[column("cue_id")] == "multiple") {
      EXPECT_EQ(row[column("response")], "a;b");
      EXPECT_EQ(row[column("correct")], "true");
      EXPECT_EQ(row[column("score")], "2");
    }
  }
  EXPECT_EQ(answers, testing::full_session().answers());
}

TEST(Export, JsonlHasOneObjectPerLineWithTheSameRecords) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  testing::record_full_session(store);
  std::ostringstream out;
  EXPECT_EQ(export_records(store, ExportFormat::Jsonl, out), testing::full_session().statements());
  std::istringstream lines(out.str());
  std::string line;
  int count = 0;
  int watch = 0;
  while (std::getline(lines, line)) {
    const auto record = nlohmann::json::parse(line);
    ++count;
    EXPECT_TRUE(record.contains("statement_id"));
    if (record["record"] == "watch") {
      ++watch;
      if (record["event"] == "seeked") {
        EXPECT_EQ(record["from_s"], 12.0);
        EXPECT_EQ(record["to_s"], 2.0);
      }
    } else {
      EXPECT_EQ(record["record"], "answer");
    }
  }
  EXPECT_EQ(count, testing::full_session().statements());
  EXPECT_EQ(watch, testing::full_session().watch_events());
}

TEST(Export, AnEmptyDatabaseGivesJustTheHeader) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  std::ostringstream out;
  EXPECT_EQ(export_records(store, ExportFormat::Csv, out), 0);
  EXPECT_THAT(out.str(), StartsWith("record,wall_time_utc,"));
  EXPECT_EQ(parse_csv(out.str()).size(), 1u);
}

}  // namespace
}  // namespace cuepoint::record
