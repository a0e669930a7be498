// Upload to a real LRS on loopback (tests/lrs): statements arrive exactly once,
// through crashes, random faults, wrong passwords and a missing server.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "cuepoint/upload/curl_transport.hpp"
#include "cuepoint/upload/uploader.hpp"
#include "temp_dir.hpp"
#include "test_lrs.hpp"
#include "test_support.hpp"

namespace cuepoint::upload {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

// Fixed so that a failure can be replayed: the proxy draws the same faults for the same requests.
#ifndef CUEPOINT_FAULT_SEED
#define CUEPOINT_FAULT_SEED 11
#endif
constexpr int kFaultSeed = CUEPOINT_FAULT_SEED;

std::set<std::string> outbox_ids(store::Store& store) {
  std::set<std::string> ids;
  for (const auto& entry : store.outbox()) ids.insert(entry.statement_id);
  return ids;
}

std::set<std::string> ids_in(const std::vector<nlohmann::json>& statements) {
  std::set<std::string> ids;
  for (const auto& statement : statements) ids.insert(statement["id"].get<std::string>());
  return ids;
}

class LrsTest : public ::testing::Test {
 protected:
  LrsTest() { testing::bypass_proxies_for_loopback(); }
  UploadSummary upload(const std::string& endpoint, int batch = 4, CurlOptions curl = {},
                       RetryPolicy retry = {}) {
    CurlTransport transport(curl);
    UploadOptions options;
    options.endpoint = endpoint;
    options.batch_size = batch;
    options.retry = retry;
    return Uploader(store, transport, options, default_upload_hooks()).run();
  }

  TempDir dir;
  testing::TestLrs lrs{dir / "lrs.log"};
  store::Store store = store::Store::open(dir / "db.sqlite");
};

TEST_F(LrsTest, UploadedStatementsAreStoredAndASecondUploadSendsNothingNew) {
  const int recorded = testing::record_full_session(store).statements();
  const auto summary = upload(lrs.endpoint());
  EXPECT_EQ(summary.sent, recorded);
  EXPECT_TRUE(summary.rejected.empty()) << summary.rejected.front().message;
  EXPECT_TRUE(summary.complete()) << summary.stopped_because;
  const auto stored = lrs.statements();
  EXPECT_EQ(stored.size(), static_cast<std::size_t>(recorded));
  EXPECT_EQ(ids_in(stored), outbox_ids(store));

  const auto again = upload(lrs.endpoint());
  EXPECT_EQ(again.sent, 0);
  EXPECT_TRUE(again.complete());
  EXPECT_EQ(lrs.statements().size(), static_cast<std::size_t>(recorded));
}

TEST_F(LrsTest, ResendingAfterACrashMidBatchCreatesNoDuplicates) {
  const int recorded = testing::record_full_session(store).statements();
  ASSERT_TRUE(upload(lrs.endpoint()).complete());
  // A crash after the LRS stored the batches but before they were marked sent:
  // from the outbox's view, some were never sent.
  store.database().execute("UPDATE outbox SET state = 'pending', sent_utc = NULL WHERE rowid % 3 <> 0",
                           "simulating a crash");
  const auto pending = store.outbox_counts().pending;
  ASSERT_GT(pending, 0);
  const auto resend = upload(lrs.endpoint(), 5);
  EXPECT_EQ(resend.sent, pending);  // the LRS accepts an identical statement again...
  EXPECT_TRUE(resend.complete()) << resend.stopped_because;
  const auto stored = lrs.statements();
  EXPECT_EQ(stored.size(), static_cast<std::size_t>(recorded));  // ...and stores nothing new
  EXPECT_EQ(ids_in(stored), outbox_ids(store));
}

TEST_F(LrsTest, RandomFaultsLoseNothingAndDuplicateNothing) {
  for (int session = 0; session < 3; ++session) testing::record_full_session(store);
  testing::FaultProxy proxy(lrs.port(), "faults", kFaultSeed, dir / "proxy-stats.json", dir / "proxy.log",
                            0.5);
  CurlOptions curl;
  curl.connect_timeout = std::chrono::seconds(2);
  curl.low_speed_time = std::chrono::seconds(1);  // stalls end in a client timeout quickly
  RetryPolicy retry;
  retry.first_delay = std::chrono::milliseconds(50);
  retry.max_delay = std::chrono::milliseconds(400);
  retry.max_tries = 12;
  retry.max_total_wait = std::chrono::seconds(120);
  const auto summary = upload(proxy.endpoint(), 3, curl, retry);
  EXPECT_TRUE(summary.complete()) << summary.stopped_because;
  EXPECT_TRUE(summary.rejected.empty());
  const auto stats = proxy.stats();
  EXPECT_GT(stats.value("faults", 0), 5) << stats.dump();
  // Faults after the LRS stored a batch are the ones that tempt an uploader into duplicates.
  EXPECT_GT(stats.value("500-after", 0) + stats.value("drop-after", 0) + stats.value("stall-after", 0), 0)
      << stats.dump();
  EXPECT_GT(stats.value("429-seconds", 0) + stats.value("429-date", 0), 0) << stats.dump();
  // A 200 with an HTML page proves nothing: those statements must have been sent again.
  EXPECT_GT(stats.value("html-before", 0) + stats.value("html-after", 0), 0) << stats.dump();
  const auto stored = lrs.statements();
  EXPECT_EQ(stored.size(), store.outbox().size()) << stats.dump();
  EXPECT_EQ(ids_in(stored), outbox_ids(store));
  EXPECT_EQ(store.outbox_counts().sent, static_cast<int>(store.outbox().size()));
  std::cout << "fault proxy: " << stats.dump() << "\n";
}

TEST_F(LrsTest, AWrongPasswordStopsClearlyAndKeepsEverything) {
  const int recorded = testing::record_full_session(store).statements();
  testing::FaultProxy refusing(lrs.port(), "unauthorized", 1, dir / "stats.json", dir / "proxy.log");
  const auto summary = upload(refusing.endpoint());
  EXPECT_TRUE(summary.credentials_refused);
  EXPECT_THAT(summary.stopped_because, HasSubstr("wrong user or password"));
  EXPECT_EQ(summary.left, recorded);
  EXPECT_EQ(refusing.stats().value("requests", 0), 1);
  EXPECT_TRUE(lrs.statements().empty());
}

TEST_F(LrsTest, AnLrsThatIsNotThereLeavesEverythingForLater) {
  const int recorded = testing::record_full_session(store).statements();
  const auto closed = testing::free_loopback_port();
  RetryPolicy retry;
  retry.first_delay = std::chrono::milliseconds(10);
  retry.max_tries = 3;
  const auto summary = upload("http://127.0.0.1:" + std::to_string(closed) + "/xAPI", 4, {}, retry);
  EXPECT_THAT(summary.stopped_because, HasSubstr("no answer from http://127.0.0.1:"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("gave up after 3 tries"));
  EXPECT_EQ(summary.left, recorded);
  EXPECT_EQ(store.outbox_counts().pending, recorded);
}

}  // namespace
}  // namespace cuepoint::upload
