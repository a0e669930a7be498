// The report's readers: a database and both export formats of it hold the same
// records; read together they count once; every bad input is named exactly.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "cuepoint/record/export.hpp"
#include "cuepoint/report/read_input.hpp"
#include "cuepoint/report/report_error.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::report {
namespace {

using cuepoint::testing::TempDir;

using cuepoint::testing::write_file;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class ReadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = store::Store::open(database_);
    cuepoint::testing::record_full_session(store);
    for (const auto& [path, format] :
         {std::pair{jsonl_, record::ExportFormat::Jsonl}, std::pair{csv_, record::ExportFormat::Csv}}) {
      std::ofstream out(path, std::ios::binary);
      record::export_records(store, format, out);
    }
  }

  static std::string error_of(const std::filesystem::path& file) {
    ClassRecords records;
    try {
      read_input(file, records);
    } catch (const ReportError& error) {
      return error.what();
    }
    return "no error";
  }

  std::filesystem::path bad(const std::string& name, const std::string& text) {
    write_file(dir_ / name, text);
    return dir_ / name;
  }

  TempDir dir_;
  std::filesystem::path database_ = dir_ / "device.sqlite";
  std::filesystem::path jsonl_ = dir_ / "export.jsonl";
  std::filesystem::path csv_ = dir_ / "export.csv";
};

void expect_same_answers(const ClassRecords& a, const ClassRecords& b) {
  ASSERT_EQ(a.answers().size(), b.answers().size());
  for (std::size_t i = 0; i < a.answers().size(); ++i) {
    const auto& x = a.answers()[i];
    const auto& y = b.answers()[i];
    SCOPED_TRACE(x.cue_id);
    EXPECT_EQ(x.statement_id, y.statement_id);
    EXPECT_EQ(x.learner_id, y.learner_id);
    EXPECT_EQ(x.session_uuid, y.session_uuid);
    EXPECT_EQ(x.lesson_id, y.lesson_id);
    EXPECT_EQ(x.lesson_version, y.lesson_version);
    EXPECT_EQ(x.cue_id, y.cue_id);
    EXPECT_EQ(x.question_type, y.question_type);
    EXPECT_EQ(x.response, y.response);
    EXPECT_EQ(x.correct, y.correct);
    EXPECT_EQ(x.score, y.score);
    EXPECT_EQ(x.max_score, y.max_score);
    EXPECT_EQ(x.attempt_number, y.attempt_number);
    EXPECT_EQ(x.lesson_time_us, y.lesson_time_us);
    EXPECT_EQ(x.wall_time_ms, y.wall_time_ms);
  }
}

void expect_same_watching(const ClassRecords& a, const ClassRecords& b) {
  ASSERT_EQ(a.watch_events().size(), b.watch_events().size());
  for (std::size_t i = 0; i < a.watch_events().size(); ++i) {
    const auto& x = a.watch_events()[i];
    const auto& y = b.watch_events()[i];
    SCOPED_TRACE(std::string(store::to_string(x.kind)));
    EXPECT_EQ(x.statement_id, y.statement_id);
    EXPECT_EQ(x.session_uuid, y.session_uuid);
    EXPECT_EQ(x.learner_id, y.learner_id);
    EXPECT_EQ(x.lesson_id, y.lesson_id);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.from_us, y.from_us);
    EXPECT_EQ(x.to_us, y.to_us);
    EXPECT_EQ(x.wall_time_ms, y.wall_time_ms);
  }
}

TEST_F(ReadInput, ADatabaseAndItsTwoExportsHoldTheSameRecords) {
  ClassRecords from_database;
  ClassRecords from_jsonl;
  ClassRecords from_csv;
  const auto database = read_input(database_, from_database);
  const auto jsonl = read_input(jsonl_, from_jsonl);
  const auto csv = read_input(csv_, from_csv);
  EXPECT_EQ(database.kind, InputKind::Database);
  EXPECT_EQ(jsonl.kind, InputKind::JsonLinesExport);
  EXPECT_EQ(csv.kind, InputKind::CsvExport);
  const auto& session = cuepoint::testing::full_session();
  EXPECT_EQ(database.answers, session.answers());
  EXPECT_EQ(database.watch_events, session.watch_events());
  EXPECT_EQ(jsonl.answers, session.answers());
  EXPECT_EQ(csv.watch_events, session.watch_events());
  // The text answer holds a comma, quotes and a line break: the CSV quoting round-trips.
  EXPECT_EQ(from_csv.answers()[6].response, "Parce que, \"deux\" quarts,\nc'est une moitié");
  EXPECT_EQ(from_database.answers()[2].response, "a;b");
  EXPECT_EQ(from_database.answers()[4].response, "0.505");
  // Exports carry times to the millisecond; these are whole milliseconds.
  expect_same_answers(from_database, from_jsonl);
  expect_same_answers(from_database, from_csv);
  // Export files order records by time, not per table: compare per kind of record.
  expect_same_watching(from_database, from_jsonl);
  expect_same_watching(from_database, from_csv);
}

TEST_F(ReadInput, RecordsReadAgainFromAnotherInputCountOnce) {
  ClassRecords records;
  EXPECT_EQ(read_input(database_, records).duplicates, 0);
  const auto& session = cuepoint::testing::full_session();
  EXPECT_EQ(read_input(jsonl_, records).duplicates, session.statements());
  EXPECT_EQ(read_input(csv_, records).duplicates, session.statements());
  EXPECT_EQ(records.answers().size(), static_cast<std::size_t>(session.answers()));
  EXPECT_EQ(records.watch_events().size(), static_cast<std::size_t>(session.watch_events()));
  EXPECT_EQ(records.duplicates(), 2 * session.statements());  // both exports read again
}

TEST_F(ReadInput, LearnerNamesComeFromTheDatabase) {
  ClassRecords records;
  read_input(database_, records);
  const auto& learner = records.answers().front().learner_id;
  EXPECT_TRUE(records.display_name(learner).has_value());
}

TEST_F(ReadInput, TheDatabaseIsLeftByteForByte) {
  const auto before = cuepoint::testing::read_file(database_);
  const auto modified = std::filesystem::last_write_time(database_);
  ClassRecords records;
  read_input(database_, records);
  EXPECT_EQ(cuepoint::testing::read_file(database_), before);
  EXPECT_EQ(std::filesystem::last_write_time(database_), modified);
}

TEST_F(ReadInput, AnEmptyExportHoldsNothing) {
  ClassRecords records;
  const auto summary = read_input(bad("empty.jsonl", ""), records);
  EXPECT_EQ(summary.answers + summary.watch_events, 0);
  EXPECT_TRUE(records.empty());
}

TEST_F(ReadInput, MissingFileAndFolderAreNamed) {
  EXPECT_EQ(error_of(dir_ / "none.sqlite"), "'" + (dir_ / "none.sqlite").string() + "': no such file");
  EXPECT_EQ(error_of(dir_.path()),
            "'" + dir_.path().string() + "' is a folder, not a response database or export file");
}

TEST_F(ReadInput, AFileThatIsNotJsonSaysWhereAndWhatIsExpected) {
  const auto file = bad("notes.txt", "Class of 3B, week 4\n");
  EXPECT_EQ(error_of(file),
            file.string() +
                ":1:1: error: invalid JSON: syntax error while parsing value - invalid literal; "
                "last read: 'C' (a report reads response databases and `cuepoint export` files, "
                "JSON lines or CSV)");
}

TEST_F(ReadInput, AJsonErrorNamesItsLineInTheFile) {
  auto lines = cuepoint::testing::read_file(jsonl_);
  lines = lines.substr(0, lines.find('\n', lines.find('\n') + 1) + 1);  // two good lines
  const auto file = bad("cut.jsonl", lines + "{\"record\": \"answer\", \"cue_id\": \n");
  EXPECT_THAT(error_of(file), StartsWith(file.string() + ":3:"));
  EXPECT_THAT(error_of(file), HasSubstr("error: invalid JSON"));
}

TEST_F(ReadInput, AnotherProgramsDatabaseIsRefusedUntouched) {
  const auto file = dir_ / "photos.sqlite";
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE photos (id INTEGER PRIMARY KEY)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const auto before = cuepoint::testing::read_file(file);
  EXPECT_EQ(error_of(file),
            "database '" + file.string() +
                "' belongs to another program (application_id 0, 1 schema objects), not Cuepoint; "
                "it was left untouched");
  EXPECT_EQ(cuepoint::testing::read_file(file), before);
}

TEST_F(ReadInput, ExportLinesThatAreNotRecordsAreNamedByLine) {
  const auto good = cuepoint::testing::read_file(jsonl_);
  const auto first_line = good.substr(0, good.find('\n') + 1);
  EXPECT_EQ(error_of(bad("array.jsonl", first_line + "[1, 2]\n")),
            (dir_ / "array.jsonl").string() +
                ":2: error: a record must be a JSON object, not [1,2] (a report reads response databases and "
                "`cuepoint export` files, JSON lines or CSV)");
  EXPECT_EQ(error_of(bad("kind.jsonl", "{\"record\": \"grade\"}\n")),
            (dir_ / "kind.jsonl").string() +
                ":1: error: unknown record \"grade\" (expected \"answer\" or \"watch\")");
  EXPECT_EQ(error_of(bad("field.jsonl", "{\"record\": \"watch\", \"event\": \"played\"}\n")),
            (dir_ / "field.jsonl").string() + ":1: error: the record has no \"statement_id\"");
  auto late = nlohmann::json::parse(first_line);
  late["wall_time_utc"] = "yesterday";
  EXPECT_EQ(error_of(bad("time.jsonl", late.dump() + "\n")),
            (dir_ / "time.jsonl").string() +
                ":1: error: \"wall_time_utc\" is not an RFC 3339 UTC time: \"yesterday\"");
}

TEST_F(ReadInput, ACsvExportCutShortIsNamedByLine) {
  const auto good = cuepoint::testing::read_file(csv_);
  const auto header = good.substr(0, good.find('\n') + 1);
  EXPECT_EQ(
      error_of(bad("open.csv", header + "answer,\"2026-11-24T05:21:03.123Z\n")),
      (dir_ / "open.csv").string() + ":2: error: a quoted CSV field is not closed (the file is cut short?)");
  EXPECT_EQ(error_of(bad("short.csv", header + "answer,2026-11-24T05:21:03.123Z\r\n")),
            (dir_ / "short.csv").string() + ":2: error: 2 fields, but the header has 22");
}

}  // namespace
}  // namespace cuepoint::report
