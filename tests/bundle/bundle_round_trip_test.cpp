// A device's database written as a bundle, read back and merged into an empty
// database: every row and statement arrives as it was recorded; collecting the
// same bundle again adds nothing.
#include <gtest/gtest.h>

#include "bundle_text.hpp"
#include "cuepoint/bundle/bundle_merge.hpp"
#include "cuepoint/bundle/bundle_reader.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"  // tests/store/support: the scripted session

namespace cuepoint::testing {
namespace {

class BundleRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    auto device = store::Store::open(dir_ / "device.sqlite");
    record_full_session(device);
    record_full_session(device);
    // The device delivered some statements itself before the bundle was written.
    const auto outbox = device.outbox();
    const std::vector<std::string> sent{outbox[0].statement_id, outbox[1].statement_id};
    device.mark_sent(sent, "2026-12-03T09:00:00.000Z");
    text_ = bundle_of(device);
  }

  TempDir dir_;
  std::string text_;
};

TEST_F(BundleRoundTrip, ReadsBackEveryRecordOfTheDevice) {
  auto device = store::Store::open_read_only(dir_ / "device.sqlite");
  const auto bundle = bundle::parse_bundle(text_, "device.cpbundle");
  EXPECT_EQ(bundle.header.device_id, "device-a");
  EXPECT_EQ(bundle.header.device_name, "tablet");
  EXPECT_EQ(bundle.learners.size(), device.learners().size());
  EXPECT_EQ(bundle.sessions.size(), 2u);
  EXPECT_EQ(bundle.attempts.size(), static_cast<std::size_t>(2 * full_session().answers()));
  EXPECT_EQ(bundle.watch_events.size(), static_cast<std::size_t>(2 * full_session().watch_events()));
  ASSERT_EQ(bundle.statements.size(), static_cast<std::size_t>(2 * full_session().statements()));
  const auto outbox = device.outbox();
  for (std::size_t i = 0; i < outbox.size(); ++i) {
    EXPECT_EQ(bundle.statements[i].id, outbox[i].statement_id);
    EXPECT_EQ(bundle.statements[i].json, outbox[i].statement_json);
    EXPECT_EQ(bundle.statements[i].state, outbox[i].state);
  }
  EXPECT_EQ(bundle.statements[0].state, store::OutboxState::Sent);
  EXPECT_EQ(bundle.statements[2].state, store::OutboxState::Pending);
}

TEST_F(BundleRoundTrip, MergedIntoAnEmptyDatabaseHoldsTheSameRowsAllPending) {
  auto device = store::Store::open_read_only(dir_ / "device.sqlite");
  auto teacher = store::Store::open(dir_ / "class.sqlite");
  const auto result = bundle::merge_bundle(teacher, bundle::parse_bundle(text_, "device.cpbundle"));
  EXPECT_EQ(result.added.statements, device.outbox().size());
  EXPECT_EQ(result.added_sent_by_device, 2u);
  EXPECT_EQ(result.already_present.total(), 0u);

  const auto sessions = device.sessions();
  const auto merged_sessions = teacher.sessions();
  ASSERT_EQ(merged_sessions.size(), sessions.size());
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    EXPECT_EQ(merged_sessions[i].uuid, sessions[i].uuid);
    EXPECT_EQ(merged_sessions[i].ended_utc, sessions[i].ended_utc);
    EXPECT_EQ(merged_sessions[i].xapi_session_id, sessions[i].xapi_session_id);
  }
  const auto attempts = device.attempts();
  const auto merged_attempts = teacher.attempts();
  ASSERT_EQ(merged_attempts.size(), attempts.size());
  for (std::size_t i = 0; i < attempts.size(); ++i) {
    EXPECT_EQ(merged_attempts[i].statement_id, attempts[i].statement_id);
    EXPECT_EQ(merged_attempts[i].response_json, attempts[i].response_json);
    EXPECT_EQ(merged_attempts[i].correct, attempts[i].correct);
    EXPECT_EQ(merged_attempts[i].score, attempts[i].score);
    EXPECT_EQ(merged_attempts[i].lesson_time_us, attempts[i].lesson_time_us);
  }
  const auto events = device.watch_events();
  const auto merged_events = teacher.watch_events();
  ASSERT_EQ(merged_events.size(), events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(merged_events[i].statement_id, events[i].statement_id);
    EXPECT_EQ(merged_events[i].kind, events[i].kind);
    EXPECT_EQ(merged_events[i].from_us, events[i].from_us);
    EXPECT_EQ(merged_events[i].to_us, events[i].to_us);
    EXPECT_EQ(merged_events[i].rate, events[i].rate);
    EXPECT_EQ(merged_events[i].captions_lang, events[i].captions_lang);
  }
  // Everything waits for the teacher's upload, in the device's recording order.
  const auto outbox = device.outbox();
  const auto merged_outbox = teacher.outbox();
  ASSERT_EQ(merged_outbox.size(), outbox.size());
  for (std::size_t i = 0; i < outbox.size(); ++i) {
    EXPECT_EQ(merged_outbox[i].statement_id, outbox[i].statement_id);
    EXPECT_EQ(merged_outbox[i].statement_json, outbox[i].statement_json);
    EXPECT_EQ(merged_outbox[i].state, store::OutboxState::Pending);
  }
}

TEST_F(BundleRoundTrip, CollectingTheSameBundleTwiceAddsNothing) {
  auto teacher = store::Store::open(dir_ / "class.sqlite");
  const auto bundle = bundle::parse_bundle(text_, "device.cpbundle");
  const auto first = bundle::merge_bundle(teacher, bundle);
  const auto second = bundle::merge_bundle(teacher, bundle);
  EXPECT_EQ(second.added.total(), 0u);
  EXPECT_EQ(second.already_present.total(), first.added.total());
  EXPECT_EQ(teacher.outbox().size(), bundle.statements.size());
  EXPECT_EQ(teacher.attempts().size(), bundle.attempts.size());
  EXPECT_EQ(teacher.watch_events().size(), bundle.watch_events.size());
}

TEST_F(BundleRoundTrip, AnOverlappingLaterBundleAddsOnlyWhatIsNew) {
  auto teacher = store::Store::open(dir_ / "class.sqlite");
  bundle::merge_bundle(teacher, bundle::parse_bundle(text_, "early.cpbundle"));
  std::string later;
  {
    auto device = store::Store::open(dir_ / "device.sqlite");
    record_full_session(device);
    later = bundle_of(device);
  }
  const auto result = bundle::merge_bundle(teacher, bundle::parse_bundle(later, "later.cpbundle"));
  EXPECT_EQ(result.added.sessions, 1u);
  EXPECT_EQ(result.added.statements, static_cast<std::size_t>(full_session().statements()));
  EXPECT_EQ(result.added.attempts, static_cast<std::size_t>(full_session().answers()));
  EXPECT_EQ(result.already_present.statements, static_cast<std::size_t>(2 * full_session().statements()));
  EXPECT_EQ(result.already_present.learners, 1u);
  EXPECT_EQ(teacher.outbox().size(), static_cast<std::size_t>(3 * full_session().statements()));
}

TEST_F(BundleRoundTrip, AnEmptyDeviceMakesAnEmptyBundle) {
  auto empty = store::Store::open(dir_ / "empty.sqlite");
  const auto bundle = bundle::parse_bundle(bundle_of(empty), "empty.cpbundle");
  EXPECT_EQ(bundle.record_count(), 0u);
  auto teacher = store::Store::open(dir_ / "class.sqlite");
  EXPECT_EQ(bundle::merge_bundle(teacher, bundle).added.total(), 0u);
}

}  // namespace
}  // namespace cuepoint::testing
