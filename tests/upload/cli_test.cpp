// `cuepoint upload` and `cuepoint export` as a teacher runs them: exit
// statuses, messages, config files, against the loopback LRS.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "temp_dir.hpp"
#include "test_lrs.hpp"
#include "test_support.hpp"

namespace cuepoint::app {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  CliTest() { testing::bypass_proxies_for_loopback(); }
  // `arguments` as a shell would split them: at spaces, except inside '...'.
  static std::vector<std::string> words(const std::string& arguments) {
    std::vector<std::string> split(1);
    bool quoted = false;
    for (const char c : arguments) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (!split.back().empty()) split.emplace_back();
      } else {
        split.back() += c;
      }
    }
    if (split.back().empty()) split.pop_back();
    return split;
  }
  CommandRun run_cuepoint(const std::string& arguments) {
    auto command = words(arguments);
    command.insert(command.begin(), CUEPOINT_BINARY);
    auto result = testing::run(command);
    return CommandRun{result.exit_code, std::move(result.out), std::move(result.err)};
  }
  std::string db() const { return (dir / "db.sqlite").string(); }
  void record() {
    auto store = store::Store::open(dir / "db.sqlite");
    recorded = testing::record_full_session(store).statements();
  }
  int pending() { return store::Store::open(dir / "db.sqlite").outbox_counts().pending; }
  store::OutboxCounts counts() { return store::Store::open(dir / "db.sqlite").outbox_counts(); }
  std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

  TempDir dir;
  int recorded = 0;
};

TEST_F(CliTest, UploadSendsEverythingAndSummarises) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  const auto run =
      run_cuepoint("upload --endpoint " + lrs.endpoint() + " --user u --password p --db " + db());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("sent: " + std::to_string(recorded) +
                                 ", already there: 0, conflicts: 0, rejected: 0, left: 0"));
  EXPECT_EQ(run.err, "");  // not a terminal: no progress bar
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
  const auto again = run_cuepoint("upload --endpoint " + lrs.endpoint() + " --db " + db());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_THAT(again.out, HasSubstr("sent: 0,"));
}

TEST_F(CliTest, UploadReadsEndpointAndCredentialsFromAConfigFile) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  std::ofstream(dir / "lrs.json") << R"({"endpoint": ")" << lrs.endpoint()
                                  << R"(", "user": "u", "password": "p"})";
  const auto run =
      run_cuepoint("upload --config " + (dir / "lrs.json").string() + " --db " + db() + " --batch 3");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
}

TEST_F(CliTest, AStatementTheLrsRejectsIsReportedKeptAndCanBeRetried) {
  record();
  {
    // A statement the LRS must refuse: its verb id is not an IRI.
    auto store = store::Store::open(dir / "db.sqlite");
    auto bad = nlohmann::json::parse(store.outbox().front().statement_json);
    bad["id"] = "0b6f3c52-56c3-4d0e-9a59-6f1f6c1d2e3f";
    bad["verb"]["id"] = "not an iri";
    store.enqueue_statement(bad["id"], bad.dump(), "2026-11-24T05:21:03.123Z");
  }
  testing::TestLrs lrs(dir / "lrs.log");
  auto run = run_cuepoint("upload --endpoint " + lrs.endpoint() + " --db " + db() + " --batch 50");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.out, HasSubstr("sent: " + std::to_string(recorded) +
                                 ", already there: 0, conflicts: 0, rejected: 1, left: 1"));
  EXPECT_THAT(run.err, HasSubstr("the LRS rejected statement 0b6f3c52-56c3-4d0e-9a59-6f1f6c1d2e3f: HTTP 400: "
                                 "Problem in 'statements.0.verb.id'"));
  EXPECT_THAT(run.err, HasSubstr("1 rejected by the LRS: fix the cause, then upload --retry-rejected"));
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
  run = run_cuepoint("upload --endpoint " + lrs.endpoint() + " --db " + db() + " --retry-rejected");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("1 rejected statement(s) queued again"));
  EXPECT_THAT(run.out, HasSubstr("sent: 0, already there: 0, conflicts: 0, rejected: 1, left: 1"));
}

TEST_F(CliTest, AWrongPasswordExitsWithItsOwnStatusAndKeepsEverything) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  testing::FaultProxy refusing(lrs.port(), "unauthorized", 1, dir / "stats.json", dir / "proxy.log");
  const auto run =
      run_cuepoint("upload --endpoint " + refusing.endpoint() + " --user u --password wrong --db " + db());
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_THAT(run.err, HasSubstr("wrong user or password"));
  EXPECT_EQ(pending(), recorded);
}

TEST_F(CliTest, AnUnreachableEndpointExitsNonZeroAndKeepsEverything) {
  record();
  const auto port = testing::free_loopback_port();
  const auto run = run_cuepoint("upload --endpoint http://127.0.0.1:" + std::to_string(port) + "/xAPI --db " +
                                db() + " --max-tries 2 --max-wait 10");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no answer from http://127.0.0.1:"));
  EXPECT_THAT(run.err, HasSubstr(std::to_string(recorded) + " statement(s) not delivered"));
  EXPECT_EQ(pending(), recorded);
}

TEST_F(CliTest, BadSettingsAreRefusedBeforeAnythingIsSent) {
  record();
  auto run = run_cuepoint("upload --db " + db());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("no LRS endpoint"));
  run = run_cuepoint("upload --endpoint lrs.example/xapi --db " + db());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("not an http:// or https:// URL"));
  std::ofstream(dir / "lrs.ini") << "endpoint = http://127.0.0.1:9/\npasword = x\n";
  run = run_cuepoint("upload --config " + (dir / "lrs.ini").string() + " --db " + db());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("lrs.ini:2: unknown key 'pasword'"));
  run = run_cuepoint("upload --endpoint http://127.0.0.1:9/ --db " + (dir / "missing.sqlite").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("no response database at"));
  EXPECT_FALSE(std::filesystem::exists(dir / "missing.sqlite"));
  EXPECT_EQ(pending(), recorded);
}

// Endpoints that answer 2xx (or 409) without proving anything: nothing is
// marked sent, the run says what came back, and the real LRS then gets
// every statement exactly once.
TEST_F(CliTest, AnswersThatProveNoDeliveryLeaveEverythingUnsentThenTheLrsGetsEachOnce) {
  record();
  struct Fake {
    std::string mode;
    std::string message;
  };
  const std::vector<Fake> fakes = {
      {"captive-portal",
       "the server answered HTTP 200 but not with the stored statement ids (a Wi-Fi login page or a proxy?): "
       "<!DOCTYPE html> <html><head><title>School Wi-Fi</title>"},
      {"empty-200",
       "the server answered HTTP 200 but not with the stored statement ids (a Wi-Fi login page or "
       "a proxy?): an empty body"},
      {"foreign-json",
       "the server answered HTTP 200 but not with the stored statement ids (a Wi-Fi login page "
       "or a proxy?): {\"ok\":true}"},
      {"other-ids", "the server answered HTTP 200 but its list of stored ids lacks " +
                        std::to_string(recorded) + " of the " + std::to_string(recorded) +
                        " statements sent (a proxy, or not an LRS?): [\""},
      {"conflict-all",
       "the first 3 statements sent one by one all met a conflict (the LRS answered HTTP 409: "
       "Conflict but holds no statement with this id"},
  };
  for (const auto& fake : fakes) {
    SCOPED_TRACE(fake.mode);
    testing::FaultProxy server(0, fake.mode, 1, dir / (fake.mode + ".json"), dir / "fake.log");
    const auto run = run_cuepoint("upload --endpoint " + server.endpoint() + " --user u --password p --db " +
                                  db() + " --max-tries 2 --max-wait 30");
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_THAT(run.err, HasSubstr("cuepoint upload: stopped: " + fake.message));
    EXPECT_THAT(run.out, HasSubstr("sent: 0, already there: 0, "));
    EXPECT_EQ(counts().sent, 0);
    EXPECT_EQ(counts().total(), recorded);
  }
  EXPECT_EQ(counts().conflict, 3);

  testing::TestLrs lrs(dir / "lrs.log");
  const auto run = run_cuepoint("upload --endpoint " + lrs.endpoint() + " --user u --password p --db " +
                                db() + " --retry-rejected");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("0 rejected statement(s) queued again, and 3 conflicting one(s)"));
  EXPECT_THAT(run.out, HasSubstr("sent: " + std::to_string(recorded) +
                                 ", already there: 0, conflicts: 0, rejected: 0, left: 0"));
  const auto held = lrs.statements();
  std::multiset<std::string> held_ids;
  for (const auto& statement : held) held_ids.insert(statement["id"].get<std::string>());
  std::multiset<std::string> outbox_ids;
  for (const auto& entry : store::Store::open(dir / "db.sqlite").outbox())
    outbox_ids.insert(entry.statement_id);
  EXPECT_EQ(held_ids, outbox_ids);  // every statement, each once
  EXPECT_EQ(counts().sent, recorded);
}

TEST_F(CliTest, AStatementTheLrsHoldsDifferentlyIsAConflictKeptAndReported) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  ASSERT_EQ(
      run_cuepoint("upload --endpoint " + lrs.endpoint() + " --user u --password p --db " + db()).exit_code,
      0);
  // Another device (a restored copy of this database, say) recorded a different
  // statement under an id the LRS already holds.
  std::string id;
  {
    auto store = store::Store::open(dir / "db.sqlite");
    auto changed = nlohmann::json::parse(store.outbox().front().statement_json);
    id = changed["id"];
    changed["timestamp"] = "2026-11-24T05:21:04.000Z";
    store.database()
        .prepare("UPDATE outbox SET state = 'pending', statement_json = ? WHERE statement_id = ?",
                 "changing a statement")
        .bind_all(changed.dump(), id)
        .run();
  }
  const auto run =
      run_cuepoint("upload --endpoint " + lrs.endpoint() + " --user u --password p --db " + db());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.out, HasSubstr("sent: 0, already there: 0, conflicts: 1, rejected: 0, left: 1"));
  EXPECT_THAT(run.err, HasSubstr("cuepoint upload: conflict for statement " + id +
                                 ": the LRS holds a different statement with this id (HTTP 409"));
  EXPECT_THAT(run.err, HasSubstr("first difference: timestamp)"));
  EXPECT_THAT(run.err, HasSubstr("1 in conflict"));
  EXPECT_EQ(counts().conflict, 1);
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
}

TEST_F(CliTest, ARecordedStatementTheLrsAlreadyHoldsIsConfirmedAndMarkedSent) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  ASSERT_EQ(run_cuepoint("upload --endpoint " + lrs.endpoint() + " --db " + db()).exit_code, 0);
  // A crash between the LRS's answer and the commit: from the outbox's view nothing was sent.
  store::Store::open(dir / "db.sqlite")
      .database()
      .execute("UPDATE outbox SET state = 'pending', sent_utc = NULL", "simulating a crash");
  const auto run = run_cuepoint("upload --endpoint " + lrs.endpoint() + " --db " + db());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(counts().sent, recorded);
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
}

TEST_F(CliTest, SettingsThatCannotWorkAreUsageErrorsNotRetried) {
  record();
  std::ofstream(dir / "lrs.json") << R"({"user": "u", "password": "p"})";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--endpoint http://127.0.0.1:99999/xAPI",
       "endpoint 'http://127.0.0.1:99999/xAPI' has port 99999: a port is a number from 1 to 65535"},
      {"--endpoint 'http://127.0.0.1:8080/my xapi/'",
       "endpoint 'http://127.0.0.1:8080/my xapi/' contains a space (percent-encode it as %20)"},
      {"--endpoint http:///xAPI", "endpoint 'http:///xAPI' has no host"},
      {"--config " + (dir / "lrs.json").string(),
       (dir / "lrs.json").string() + ": no 'endpoint' (add the LRS's xAPI base URL, or pass --endpoint URL)"},
  };
  for (const auto& [arguments, message] : cases) {
    const auto run = run_cuepoint("upload " + arguments + " --db " + db());
    EXPECT_EQ(run.exit_code, 2) << arguments;
    EXPECT_EQ(first_line(run.err), "cuepoint upload: " + message);
  }
  EXPECT_EQ(counts().pending, recorded);
}

TEST_F(CliTest, AnUploadWithoutCredentialsSaysItIsUnauthenticated) {
  record();
  testing::TestLrs lrs(dir / "lrs.log");
  std::ofstream(dir / "lrs.ini") << "endpoint = " << lrs.endpoint() << "\n";
  const auto run = run_cuepoint("upload --config " + (dir / "lrs.ini").string() + " --db " + db());
  EXPECT_EQ(run.exit_code, 0) << run.err;  // it still uploads
  EXPECT_EQ(
      run.err,
      "cuepoint upload: warning: no user or password (--user and --password, or in --config): uploading "
      "without authentication\n");
  EXPECT_EQ(counts().sent, recorded);
}

TEST_F(CliTest, ACorruptDatabaseIsReportedNotTouched) {
  std::ofstream(dir / "db.sqlite") << "this is not a database, just some text that is long enough";
  const auto before = testing::read_file(dir / "db.sqlite");
  const auto run = run_cuepoint("upload --endpoint http://127.0.0.1:9/ --db " + db());
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_THAT(run.err, HasSubstr("is not an SQLite database"));
  EXPECT_EQ(testing::read_file(dir / "db.sqlite"), before);
}

TEST_F(CliTest, ExportWritesCsvAndJsonl) {
  record();
  auto run = run_cuepoint("export --db " + db() + " --format csv --out " + (dir / "out.csv").string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("exported " + std::to_string(recorded) + " records"));
  EXPECT_THAT(testing::read_file(dir / "out.csv"), ::testing::StartsWith("record,wall_time_utc,learner_id"));
  run = run_cuepoint("export --db " + db() + " --format jsonl --out " + (dir / "out.jsonl").string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto jsonl = testing::read_file(dir / "out.jsonl");
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), recorded);
  run = run_cuepoint("export --db " + db() + " --format xml --out " + (dir / "out.xml").string());
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.err, HasSubstr("xml"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out.xml"));
  const auto unwritable = dir / "no-such-folder" / "out.csv";
  run = run_cuepoint("export --db " + db() + " --format csv --out " + unwritable.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("cannot write '" + unwritable.string() + "': cannot create a file in"));
}

}  // namespace
}  // namespace cuepoint::app
