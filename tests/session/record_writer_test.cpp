// The session's record writer: records commit in order off the caller's thread,
// call() waits, a failure is reported and never silently swallowed, and nothing
// queued is lost when the writer goes away.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"
#include "record_writer.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

using session::RecordWriter;

class RecordWriterTest : public ::testing::Test {
 protected:
  RecordWriterTest()
      : dir_("record-writer"),
        lesson_(*lesson::parse_lesson_string(R"(<lesson xmlns="urn:cuepoint:lesson:1" id="w" version="1">
  <title>W</title><video src="v.mp4"/>
  <cue id="n" at="0"><question type="note"><prompt>Hi</prompt></question></cue>
</lesson>)",
                                             "w.xml")
                     .lesson),
        store_(store::Store::open(dir_ / "db.sqlite")),
        recorder_(store_, lesson_, record::RecorderConfig{.lesson_sha256 = "x", .learner_id = "ada"}) {}

  TempDir dir_;
  lesson::Lesson lesson_;
  store::Store store_;
  record::Recorder recorder_;
};

TEST_F(RecordWriterTest, RecordsRunInOrderOnAnotherThreadAndFlushWaitsForThem) {
  RecordWriter writer(recorder_);
  std::vector<int> order;
  std::atomic<bool> other_thread = true;
  const auto caller = std::this_thread::get_id();
  for (int i = 0; i < 50; ++i) {
    writer.post([&, i](record::Recorder&) {
      if (std::this_thread::get_id() == caller) other_thread = false;
      order.push_back(i);
    });
  }
  writer.flush();
  ASSERT_EQ(order.size(), 50u);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(order[i], i);
  EXPECT_TRUE(other_thread);
}

TEST_F(RecordWriterTest, RealWatchRecordsAreCommittedByFlush) {
  RecordWriter writer(recorder_);
  writer.post([](record::Recorder& r) { r.initialized(4'000'000); });
  for (int i = 0; i < 10; ++i) writer.post([i](record::Recorder& r) { r.played(i * 1000); });
  writer.flush();
  EXPECT_EQ(store_.watch_events().size(), 11u);
}

TEST_F(RecordWriterTest, AFailedRecordIsReportedAndLaterRecordsAreRefused) {
  RecordWriter writer(recorder_);
  bool ran_after_failure = false;
  writer.post([](record::Recorder&) {
    throw store::StoreError(store::StoreError::Kind::DiskFull,
                            "disk full while saving a 'played' watch event");
  });
  writer.post([&](record::Recorder&) { ran_after_failure = true; });
  try {
    writer.flush();
    ADD_FAILURE() << "flush did not report the failure";
  } catch (const store::StoreError& error) {
    EXPECT_STREQ(error.what(), "disk full while saving a 'played' watch event");
  }
  EXPECT_NO_THROW(writer.post([&](record::Recorder&) { ran_after_failure = true; }));  // dropped
  EXPECT_THROW(writer.call([](record::Recorder&) {}), store::StoreError);
  EXPECT_THROW(writer.check(), store::StoreError);
  EXPECT_FALSE(ran_after_failure);
}

TEST_F(RecordWriterTest, CallWaitsAndRethrowsItsOwnFailureOnly) {
  RecordWriter writer(recorder_);
  std::atomic<int> done = 0;
  for (int i = 0; i < 5; ++i) {
    writer.post([&](record::Recorder&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++done;
    });
  }
  writer.call([&](record::Recorder&) { ++done; });
  EXPECT_EQ(done, 6) << "call() returned before the records queued before it";
  EXPECT_THROW(writer.call([](record::Recorder&) { throw std::invalid_argument("bad answer"); }),
               std::invalid_argument);
  EXPECT_NO_THROW(writer.flush());  // the writer itself is fine
}

TEST_F(RecordWriterTest, NothingQueuedIsLostWhenTheWriterGoesAway) {
  std::atomic<int> done = 0;
  {
    RecordWriter writer(recorder_);
    for (int i = 0; i < 20; ++i) {
      writer.post([&](record::Recorder&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++done;
      });
    }
  }
  EXPECT_EQ(done, 20);
}

}  // namespace
}  // namespace cuepoint::testing
