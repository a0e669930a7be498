// Issue 16's done-when: answers back by USB from three simulated devices, each a
// real `cuepoint --headless` run into its own database; one bundle collected
// twice, one device's outbox partly uploaded by the device itself before its
// bundle was written. Everything is collected into one database and uploaded to
// the real test LRS; then the device uploads the rest itself too. The LRS must
// hold every recorded statement exactly once (asked by id, as the crash test does).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "cuepoint/store/store.hpp"
#include "process.hpp"
#include "temp_dir.hpp"
#include "test_lrs.hpp"

namespace cuepoint::testing {
namespace {

using ::testing::HasSubstr;

// 6 s at 10 fps; a wrong answer at q1 rewatches from 0.5 s.
const char* const kLesson = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson xmlns="urn:cuepoint:lesson:1" id="usb-check" version="1" xml:lang="en">
  <title>USB check</title>
  <video src="clip.mp4"/>
  <settings max-attempts="2"/>
  <cue id="q1" at="2">
    <question type="single-choice">
      <prompt>Which one?</prompt>
      <choice id="a" correct="true">A</choice>
      <choice id="b">B</choice>
      <on-incorrect seek="0.5"/>
    </question>
  </cue>
  <cue id="q2" at="4">
    <question type="numeric">
      <prompt>Half of one?</prompt>
      <answer value="0.5" tolerance="0.01"/>
    </question>
  </cue>
</lesson>
)";

class UsbRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    bypass_proxies_for_loopback();
    run_or_throw({FFMPEG_EXECUTABLE, "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc2=size=160x120:rate=10:duration=6", "-c:v", "libx264", "-g", "10", "-pix_fmt",
                  "yuv420p", (dir_ / "clip.mp4").string()});
    write_file(dir_ / "lesson.xml", kLesson);
    write_file(dir_ / "right.json", R"({"q1": ["a"], "q2": [0.5]})");
    write_file(dir_ / "wrong-first.json", R"({"q1": ["b", "a"], "q2": [0.4, 0.5]})");
  }

  void play(const std::string& device, const std::string& learner, const std::string& answers) {
    const auto played =
        run({CUEPOINT_BIN, (dir_ / "lesson.xml").string(), "--headless", "--quiet", "--answers",
             (dir_ / answers).string(), "--db", db(device), "--learner", learner});
    ASSERT_EQ(played.exit_code, 0) << played.err;
  }
  ProcessResult upload(const std::string& database) {
    return run({CUEPOINT_BIN, "upload", "--endpoint", lrs_->endpoint(), "--db", database, "--user", "u",
                "--password", "p", "--max-tries", "3"});
  }
  void export_bundle(const std::string& device) {
    const auto exported = run({CUEPOINT_BIN, "export", "--db", db(device), "--bundle", bundle(device)});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
  }
  ProcessResult collect(const std::vector<std::string>& devices) {
    std::vector<std::string> command{CUEPOINT_AUTHOR_BIN, "collect"};
    for (const auto& device : devices) command.push_back(bundle(device));
    command.insert(command.end(), {"--db", db("class")});
    return run(command);
  }
  std::string db(const std::string& name) const { return (dir_ / (name + ".sqlite")).string(); }
  std::string bundle(const std::string& name) const { return (dir_ / (name + ".cpbundle")).string(); }
  std::set<std::string> outbox_ids(const std::string& name) const {
    std::set<std::string> ids;
    for (const auto& entry : store::Store::open_read_only(db(name)).outbox()) ids.insert(entry.statement_id);
    return ids;
  }

  TempDir dir_;
  std::unique_ptr<TestLrs> lrs_;
};

TEST_F(UsbRoundTrip, ThreeDevicesCollectedAndUploadedHoldEachStatementOnce) {
  play("tablet-1", "s01", "right.json");
  play("tablet-1", "s02", "wrong-first.json");
  play("tablet-2", "s03", "wrong-first.json");
  play("tablet-2", "s04", "right.json");
  play("tablet-3", "s05", "right.json");
  lrs_ = std::make_unique<TestLrs>(dir_ / "lrs.log");

  // Tablet 3 was online once: its first session reached the LRS, its second did not.
  const auto early = upload(db("tablet-3"));
  ASSERT_EQ(early.exit_code, 0) << early.err;
  play("tablet-3", "s05", "wrong-first.json");
  {
    const auto counts = store::Store::open_read_only(db("tablet-3")).outbox_counts();
    ASSERT_GT(counts.sent, 0);
    ASSERT_GT(counts.pending, 0);
  }
  for (const auto* device : {"tablet-1", "tablet-2", "tablet-3"}) export_bundle(device);

  // Two trips to the teacher: tablet 1's stick is read both times.
  const auto first = collect({"tablet-1", "tablet-2"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto second = collect({"tablet-1", "tablet-3"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("tablet-1.cpbundle (device "));
  EXPECT_THAT(second.out, HasSubstr("added 0 learners, 0 sessions, 0 answers, 0 watch events, 0 statements"));
  EXPECT_THAT(second.out, HasSubstr("already uploaded by the device"));

  std::set<std::string> recorded;
  for (const auto* device : {"tablet-1", "tablet-2", "tablet-3"}) recorded.merge(outbox_ids(device));
  EXPECT_EQ(outbox_ids("class"), recorded);

  const auto teacher = upload(db("class"));
  EXPECT_EQ(teacher.exit_code, 0) << teacher.out << teacher.err;
  // The device uploads what it still had pending, after the teacher did.
  const auto late = upload(db("tablet-3"));
  EXPECT_EQ(late.exit_code, 0) << late.out << late.err;

  for (const auto& id : recorded) EXPECT_TRUE(lrs_->holds(id)) << "statement " << id << " is not in the LRS";
  std::multiset<std::string> listed;
  for (const auto& statement : lrs_->statements()) listed.insert(statement["id"].get<std::string>());
  for (const auto& id : listed) {
    EXPECT_EQ(listed.count(id), 1u) << "statement " << id << " is in the LRS twice";
    EXPECT_EQ(recorded.count(id), 1u) << "the LRS holds statement " << id << ", which no device recorded";
  }
  const auto counts = store::Store::open_read_only(db("class")).outbox_counts();
  EXPECT_EQ(counts.sent, static_cast<int>(recorded.size()));
  std::cout << "devices recorded " << recorded.size() << " statements; the LRS lists " << listed.size()
            << "; teacher's upload: " << teacher.out;
}

}  // namespace
}  // namespace cuepoint::testing
