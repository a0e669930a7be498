// Kills `cuepoint upload` with SIGKILL at random moments while it goes through
// the fault proxy (200-with-an-HTML-page answers among its faults): after every
// kill each statement marked sent is in the LRS, and a clean upload afterwards
// leaves the LRS holding exactly the outbox, none twice, none missing.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <map>
#include <random>
#include <set>

#include "process.hpp"
#include "temp_dir.hpp"
#include "test_lrs.hpp"      // tests/upload/support: the test LRS and the fault proxy
#include "test_support.hpp"  // tests/store/support: recorded sessions

namespace cuepoint::testing {
namespace {

struct Upload {
  bool exited_by_itself = false;
  int exit_code = -1;
};

// Runs `cuepoint upload` (output appended to `log`) for `delay`, then kills it
// unless it ended by itself.
Upload upload_for(const std::vector<std::string>& arguments, const std::filesystem::path& log,
                  std::chrono::milliseconds delay) {
  std::vector<std::string> args = {CUEPOINT_BIN, "upload"};
  args.insert(args.end(), arguments.begin(), arguments.end());
  ChildProcess child(args, log);
  if (const auto ended = child.wait_for(delay)) return Upload{true, ended->exit_code};
  child.kill(SIGKILL);
  return Upload{};
}

std::multiset<std::string> ids_in(const std::vector<nlohmann::json>& statements) {
  std::multiset<std::string> ids;
  for (const auto& statement : statements) ids.insert(statement["id"].get<std::string>());
  return ids;
}

TEST(UploadCrashSafety, SigkillsDuringUploadThroughFaultsLoseNothingAndDuplicateNothing) {
  constexpr int kSessions = 12;  // 204 statements: more than the killed rounds can deliver
  constexpr int kRounds = 12;
  bypass_proxies_for_loopback();
  TempDir dir;
  const auto db = dir / "db.sqlite";
  {
    auto store = store::Store::open(db);
    for (int i = 0; i < kSessions; ++i) record_full_session(store);
  }
  TestLrs lrs(dir / "lrs.log");

  std::mt19937 random(20261202);
  std::uniform_int_distribution<int> kill_after_ms(300, 4000);
  int killed_mid_upload = 0;
  std::map<std::string, int> faults;
  for (int round = 0; round < kRounds; ++round) {
    const auto stats_file = dir / ("proxy-" + std::to_string(round) + ".json");
    // Seeds far apart: the proxy's xorshift starts low for small seeds (a fault first, always).
    FaultProxy proxy(lrs.port(), "faults", 7919 * (round + 1), stats_file, dir / "proxy.log", 0.5);
    const auto upload = upload_for({"--endpoint", proxy.endpoint(), "--db", db.string(), "--batch", "3",
                                    "--max-tries", "50", "--max-wait", "600", "--connect-timeout", "2",
                                    "--stall-timeout", "1", "--user", "u", "--password", "p"},
                                   dir / "upload.log", std::chrono::milliseconds(kill_after_ms(random)));
    const auto stats = proxy.stats();
    for (const auto& [kind, count] : stats.items()) {
      if (count.is_number()) faults[kind] += count.get<int>();
    }

    // Reopening checks the database (quick_check); a kill must never damage it.
    auto store = store::Store::open(db);
    int sent = 0;
    for (const auto& entry : store.outbox()) {
      if (entry.state != store::OutboxState::Sent) continue;
      ++sent;
      EXPECT_TRUE(lrs.holds(entry.statement_id)) << "round " << round << ": statement " << entry.statement_id
                                                 << " is marked sent but the LRS does not hold it";
    }
    const auto pending = store.outbox_counts().pending;
    if (!upload.exited_by_itself && pending > 0) ++killed_mid_upload;
    if (upload.exited_by_itself) {
      EXPECT_EQ(upload.exit_code, 0) << "round " << round << ": " << read_file(dir / "upload.log");
    }
    EXPECT_EQ(store.outbox_counts().rejected + store.outbox_counts().conflict, 0) << "round " << round;
    std::cout << "round " << round << ": " << sent << " sent, " << pending << " pending"
              << (upload.exited_by_itself ? " (finished)" : " (killed)") << "\n";
  }

  // A clean upload, straight to the LRS, delivers the rest.
  const auto last = upload_for({"--endpoint", lrs.endpoint(), "--db", db.string(), "--user", "u",
                                "--password", "p", "--max-tries", "3"},
                               dir / "upload.log", std::chrono::seconds(120));
  ASSERT_TRUE(last.exited_by_itself);
  EXPECT_EQ(last.exit_code, 0) << read_file(dir / "upload.log");

  auto store = store::Store::open(db);
  const auto outbox = store.outbox();
  std::multiset<std::string> recorded;
  for (const auto& entry : outbox) recorded.insert(entry.statement_id);
  // Every recorded statement is in the LRS (asked one by one: exact) ...
  for (const auto& id : recorded) EXPECT_TRUE(lrs.holds(id)) << "statement " << id << " is not in the LRS";
  // ... and the LRS holds nothing else and nothing twice (its listing may skip
  // statements stored in the same instant, never invent any).
  const auto listed = ids_in(lrs.statements());
  for (const auto& id : listed) {
    EXPECT_EQ(listed.count(id), 1u) << "statement " << id << " is in the LRS twice";
    EXPECT_EQ(recorded.count(id), 1u) << "the LRS holds statement " << id << ", which was never recorded";
  }
  EXPECT_EQ(store.outbox_counts().sent, static_cast<int>(outbox.size()));

  // The kills must have hit uploads at work, and the HTML answers must have been among the faults.
  EXPECT_GE(killed_mid_upload, kRounds / 2);
  EXPECT_GT(faults["html-before"], 0);
  EXPECT_GT(faults["html-after"] + faults["500-after"] + faults["drop-after"] + faults["stall-after"], 0);
  std::cout << "faults over all rounds:";
  for (const auto& [kind, count] : faults) std::cout << " " << kind << "=" << count;
  std::cout << "\n";
}

}  // namespace
}  // namespace cuepoint::testing
