// cuepoint-bench-record: the answer path's durability cost, and statements for the upload benchmark.
//   durable LESSON DIR N   N answers through the Recorder (attempt row + xAPI statement, one
//                          synchronous=FULL transaction each), interleaved one by one with N bare
//                          SQLite WAL+FULL commits of one row as large as the statement; latency
//                          p50/p99 of each, from the call to the durable commit returning.
//   fill LESSON DB N       records N answers into DB (a fresh file) for `cuepoint upload`.
//   batches DB DIR SIZE    writes DB's pending statements as JSON arrays of SIZE statements,
//                          DIR/batch-0001.json ..., for a bare client to post (bench/run-record.sh).
// Prints one line of key=value pairs. Exit 1 with a message on any error.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double percentile(std::vector<double> samples, double p) {
  std::sort(samples.begin(), samples.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

cuepoint::lesson::Lesson read_lesson(const fs::path& file) {
  auto parsed = cuepoint::lesson::parse_lesson_file(file);
  if (!parsed.ok() || !parsed.lesson) {
    throw std::runtime_error(parsed.diagnostics.empty() ? file.string() + ": not a valid lesson"
                                                        : parsed.diagnostics.front().to_string());
  }
  return *std::move(parsed.lesson);
}

// The first cue with choices: an answer the learner picks, graded, as in a lesson.
const cuepoint::lesson::Cue& choice_cue(const cuepoint::lesson::Lesson& lesson, const fs::path& file) {
  for (const auto& cue : lesson.cues) {
    if (!cue.question.choices.empty()) return cue;
  }
  throw std::runtime_error(file.string() + ": the benchmark needs a cue with choices");
}

// Records answers as the window does: one Recorder::answered per submitted answer.
class Answering {
 public:
  Answering(cuepoint::store::Store& store, const fs::path& lesson_file)
      : lesson_(read_lesson(lesson_file)),
        cue_(choice_cue(lesson_, lesson_file)),
        response_(cuepoint::lesson::Response::choices({cue_.question.choices.front().id})),
        grade_(cuepoint::lesson::grade(cue_.question, response_)),
        recorder_(
            store, lesson_,
            {.lesson_sha256 = std::string(64, '0'), .learner_id = "bench-learner", .learner_name = "Bench"}) {
    recorder_.initialized(60'000'000);
  }
  void answer() {
    ++attempt_;
    recorder_.answered(cue_, response_, grade_, attempt_, cue_.at);
  }

 private:
  cuepoint::lesson::Lesson lesson_;
  const cuepoint::lesson::Cue& cue_;
  cuepoint::lesson::Response response_;
  cuepoint::lesson::Grade grade_;
  cuepoint::record::Recorder recorder_;
  int attempt_ = 0;
};

struct CloseDatabase {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

// The reference: a bare SQLite database in WAL mode with synchronous=FULL, one row per commit.
class BareTable {
 public:
  explicit BareTable(const fs::path& file) : file_(file) {
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open(file.c_str(), &raw);
    db_.reset(raw);
    check(opened, "opening");
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("CREATE TABLE IF NOT EXISTS row (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(db_.get(), "INSERT INTO row (body) VALUES (?)", -1, &statement, nullptr),
          "preparing the insert");
    insert_.reset(statement);
  }
  // One committed transaction (autocommit), as durable as the Recorder's.
  void commit_row(const std::string& body) {
    check(sqlite3_bind_text(insert_.get(), 1, body.data(), static_cast<int>(body.size()), SQLITE_STATIC),
          "binding the row");
    const int stepped = sqlite3_step(insert_.get());
    if (stepped != SQLITE_DONE) check(stepped, "inserting the row");
    check(sqlite3_reset(insert_.get()), "resetting the insert");
  }

 private:
  void exec(const char* sql) { check(sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr), sql); }
  void check(int result, const std::string& doing) const {
    if (result == SQLITE_OK) return;
    const char* message = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(result);
    throw std::runtime_error(file_.string() + ": " + doing + ": " + message);
  }
  fs::path file_;
  std::unique_ptr<sqlite3, CloseDatabase> db_;
  std::unique_ptr<sqlite3_stmt, FinalizeStatement> insert_;
};

double milliseconds_of(const auto& work) {
  const auto start = Clock::now();
  work();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int durable(const fs::path& lesson_file, const fs::path& dir, int count) {
  fs::create_directories(dir);
  for (const char* name : {"ours.sqlite", "ours.sqlite-wal", "ours.sqlite-shm", "bare.sqlite",
                           "bare.sqlite-wal", "bare.sqlite-shm"}) {
    fs::remove(dir / name);
  }
  auto store = cuepoint::store::Store::open(dir / "ours.sqlite");
  Answering answering(store, lesson_file);
  BareTable bare(dir / "bare.sqlite");
  answering.answer();  // warms both up and gives the size of one answer's statement
  const std::string body(store.outbox().back().statement_json.size(), 'x');
  bare.commit_row(body);
  std::vector<double> ours_ms, bare_ms;
  for (int i = 0; i < count; ++i) {
    // Interleaved one by one, so that disk and machine load hit both alike.
    ours_ms.push_back(milliseconds_of([&] { answering.answer(); }));
    bare_ms.push_back(milliseconds_of([&] { bare.commit_row(body); }));
  }
  std::printf(
      "answers=%d statement_bytes=%zu ours_p50_ms=%.3f ours_p99_ms=%.3f bare_p50_ms=%.3f bare_p99_ms=%.3f\n",
      count, body.size(), percentile(ours_ms, 50), percentile(ours_ms, 99), percentile(bare_ms, 50),
      percentile(bare_ms, 99));
  return 0;
}

int fill(const fs::path& lesson_file, const fs::path& db, int count) {
  for (const auto& suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  auto store = cuepoint::store::Store::open(db);
  Answering answering(store, lesson_file);
  for (int i = 0; i < count; ++i) answering.answer();
  std::printf("pending=%d\n", store.outbox_counts().pending);
  return 0;
}

int batches(const fs::path& db, const fs::path& dir, int size) {
  auto store = cuepoint::store::Store::open(db);
  const auto pending = store.pending_statements(1'000'000);
  fs::create_directories(dir);
  int files = 0;
  for (std::size_t first = 0; first < pending.size(); first += static_cast<std::size_t>(size)) {
    char name[32];
    std::snprintf(name, sizeof name, "batch-%04d.json", ++files);
    std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
    out << '[';
    const std::size_t end = std::min(pending.size(), first + static_cast<std::size_t>(size));
    for (std::size_t i = first; i < end; ++i) out << (i == first ? "" : ",") << pending[i].statement_json;
    out << ']';
    if (!out.flush()) throw std::runtime_error((dir / name).string() + ": cannot write");
  }
  std::printf("statements=%zu batches=%d\n", pending.size(), files);
  return 0;
}

int positive(const char* text, const char* what) {
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || value < 1 || value > 1'000'000) {
    throw std::invalid_argument(std::string(what) + " must be a whole number from 1 to 1000000, not '" +
                                text + "'");
  }
  return static_cast<int>(value);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  try {
    if (mode == "durable" && argc == 5) return durable(argv[2], argv[3], positive(argv[4], "N"));
    if (mode == "fill" && argc == 5) return fill(argv[2], argv[3], positive(argv[4], "N"));
    if (mode == "batches" && argc == 5) return batches(argv[2], argv[3], positive(argv[4], "SIZE"));
  } catch (const std::exception& error) {
    std::cerr << "cuepoint-bench-record " << mode << ": " << error.what() << "\n";
    return 1;
  }
  std::cerr << "usage: cuepoint-bench-record durable LESSON DIR N | fill LESSON DB N | batches DB DIR SIZE\n";
  return 2;
}
