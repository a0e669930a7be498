// Kills the headless player with SIGKILL at random moments: every answer it
// reported before dying must be in the database, and the database must be intact.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

using nlohmann::json;

std::string many_cue_lesson(int cues) {
  std::ostringstream xml;
  xml << R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="crash" version="1">
  <title>Crash</title>
  <video src="clip.mp4"/>
)";
  for (int i = 0; i < cues; ++i) {
    xml << "  <cue id=\"q" << i << "\" at=\"" << 0.1 + 0.15 * i << "\">\n"
        << "    <question type=\"single-choice\"><prompt>Q" << i << "</prompt>"
        << "<choice id=\"a\" correct=\"true\">A</choice><choice id=\"b\" correct=\"false\">B</choice>"
        << "</question>\n  </cue>\n";
  }
  xml << "</lesson>\n";
  return xml.str();
}

std::string answers_for(int cues) {
  json answers = json::object();
  for (int i = 0; i < cues; ++i) answers["q" + std::to_string(i)] = {"b", "a"};
  return answers.dump();
}

struct Database {
  explicit Database(const std::filesystem::path& path) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      sqlite3_close(raw);
      throw std::runtime_error("cannot open " + path.string());
    }
    db.reset(raw);
  }
  std::vector<std::string> column(const std::string& sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sqlite3_errmsg(db.get()));
    }
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    std::vector<std::string> values;
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
      values.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0)));
    }
    return values;
  }
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db{nullptr, &sqlite3_close};
};

void check_recorded(Database& db, const std::vector<std::string>& reported, int run_index);

TEST(CrashSafety, AnswersReportedBeforeASigkillAreDurable) {
  constexpr int kCues = 36;
  constexpr int kRuns = 12;
  TempDir dir("crash");
  run_or_throw({"ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25:duration=6", "-c:v", "libx264", "-g", "50",
                (dir / "clip.mp4").string()});
  write_file(dir / "lesson.xml", many_cue_lesson(kCues));
  write_file(dir / "answers.json", answers_for(kCues));

  std::mt19937 random(20261124);
  std::uniform_int_distribution<int> kill_after_ms(50, 3200);
  int runs_killed_mid_lesson = 0;
  for (int run_index = 0; run_index < kRuns; ++run_index) {
    const auto events_path = dir / ("run" + std::to_string(run_index) + ".events");
    const auto db_path = dir / ("run" + std::to_string(run_index) + ".sqlite");
    std::vector<std::string> args = {CUEPOINT_BIN, (dir / "lesson.xml").string(),
                                     "--headless", "--realtime",
                                     "--rate",     "2",
                                     "--answers",  (dir / "answers.json").string(),
                                     "--events",   events_path.string(),
                                     "--db",       db_path.string()};
    {
      ChildProcess child(args, dir / "player.log");
      std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(random)));
      child.kill(SIGKILL);
    }

    // Lines written completely before the kill; a torn last line is not a report.
    std::vector<std::string> reported;
    if (std::filesystem::exists(events_path)) {
      std::istringstream lines(read_file(events_path));
      std::string line;
      while (std::getline(lines, line)) {
        if (lines.eof()) break;  // no newline: torn by the kill
        const auto event = json::parse(line);
        if (event["event"] == "answer") {
          reported.push_back(event["cue"].get<std::string>() + "#" +
                             std::to_string(event["attempt"].get<int>()));
        }
      }
    }
    if (!std::filesystem::exists(db_path)) {
      EXPECT_TRUE(reported.empty()) << "answers were reported but no database exists";
      continue;
    }
    Database db(db_path);
    EXPECT_EQ(db.column("PRAGMA integrity_check"), std::vector<std::string>{"ok"}) << "run " << run_index;
    // Killed while the database was being created: the schema is one transaction, so
    // either it is all there or nothing is, and then nothing can have been reported.
    if (db.column("SELECT count(*) FROM sqlite_master WHERE name = 'attempts'") ==
        std::vector<std::string>{"0"}) {
      EXPECT_TRUE(reported.empty()) << "run " << run_index << ": answers reported before the schema existed";
    } else {
      check_recorded(db, reported, run_index);
    }
    // Whatever the moment of the kill, the device's database opens again for the next lesson.
    const auto reopened = run({CUEPOINT_BIN, "export", "--db", db_path.string(), "--format", "jsonl", "--out",
                               (dir / "export.jsonl").string()});
    EXPECT_EQ(reopened.exit_code, 0) << "run " << run_index << ": " << reopened.err;
    if (!reported.empty() && reported.size() < 2 * kCues) ++runs_killed_mid_lesson;
  }
  // The random kill times must actually have hit the lesson while it was answering.
  EXPECT_GE(runs_killed_mid_lesson, kRuns / 2);
}

void check_recorded(Database& db, const std::vector<std::string>& reported, int run_index) {
  const auto rows = db.column("SELECT cue_id || '#' || attempt_number FROM attempts");
  const std::set<std::string> recorded(rows.begin(), rows.end());
  for (const auto& answer : reported) {
    EXPECT_TRUE(recorded.count(answer)) << "run " << run_index << ": answer " << answer
                                        << " was reported before the kill but is not in the database";
  }
  // Each recorded answer has its statement waiting in the outbox.
  const auto missing_statements =
      db.column("SELECT count(*) FROM attempts WHERE statement_id NOT IN (SELECT statement_id FROM outbox)");
  EXPECT_EQ(missing_statements, std::vector<std::string>{"0"});
}

}  // namespace
}  // namespace cuepoint::testing
