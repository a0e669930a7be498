// Merging refuses bundles that contradict themselves or the teacher's database,
// and a refused bundle adds nothing, even when its first records were fine.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bundle_text.hpp"
#include "cuepoint/bundle/bundle_merge.hpp"
#include "cuepoint/bundle/bundle_reader.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class BundleMerge : public ::testing::Test {
 protected:
  void SetUp() override {
    auto device = store::Store::open(dir_ / "device.sqlite");
    record_full_session(device);
    lines_ = lines_of(bundle_of(device));
  }

  std::size_t first(const std::string& record) const {
    for (std::size_t i = 1; i < lines_.size(); ++i) {
      if (json::parse(lines_[i]).value("record", "") == record) return i;
    }
    throw std::logic_error("no " + record + " record");
  }
  json line(std::size_t index) const { return json::parse(lines_[index]); }

  // Merges `lines` (sealed) into the teacher's database; the refusal's message, or "".
  std::string merge(const std::vector<std::string>& lines) {
    try {
      bundle::merge_bundle(teacher_, bundle::parse_bundle(sealed(lines), "t.cpbundle"));
    } catch (const bundle::BundleError& error) {
      return error.what();
    }
    return "";
  }
  // Nothing of any bundle is in the teacher's database.
  void expect_teacher_empty() {
    EXPECT_TRUE(teacher_.learners().empty());
    EXPECT_TRUE(teacher_.sessions().empty());
    EXPECT_TRUE(teacher_.outbox().empty());
    EXPECT_TRUE(teacher_.attempts().empty());
    EXPECT_TRUE(teacher_.watch_events().empty());
  }

  TempDir dir_;
  std::vector<std::string> lines_;
  store::Store teacher_ = store::Store::open(dir_ / "class.sqlite");
};

TEST_F(BundleMerge, ARowWithoutItsStatementIsRefusedAndNothingIsAdded) {
  const std::size_t statement = first("statement");
  const std::string id = line(statement)["id"];
  auto lines = lines_;
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(statement));
  const std::string message = merge(lines);
  EXPECT_THAT(message,
              HasSubstr("points at statement " + id + ", which is in neither the bundle nor the database"));
  expect_teacher_empty();
}

TEST_F(BundleMerge, TwoRowsOfOneStatementAreRefused) {
  auto lines = lines_;
  const std::size_t attempt = first("attempt");
  lines.push_back(lines[attempt]);
  EXPECT_THAT(
      merge(lines),
      HasSubstr("is the second record of it (the first is t.cpbundle:" + std::to_string(attempt + 1) + ")"));
  expect_teacher_empty();
}

TEST_F(BundleMerge, ASessionOfNobodyIsRefused) {
  auto lines = lines_;
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(first("learner")));
  EXPECT_THAT(merge(lines), HasSubstr("who is in neither the bundle nor the database"));
  expect_teacher_empty();
}

TEST_F(BundleMerge, AStatementIdHoldingAnotherStatementHereIsRefused) {
  ASSERT_EQ(merge(lines_), "");
  const auto before = teacher_.outbox();
  // Another device (or a forger) reuses an id for different content.
  auto lines = lines_;
  const std::size_t statement = first("statement");
  json record = line(statement);
  json content = json::parse(record["json"].get<std::string>());
  content["timestamp"] = "2020-01-01T00:00:00.000Z";
  record["json"] = content.dump();
  lines[statement] = record.dump();
  EXPECT_THAT(merge(lines), HasSubstr("is already in the database with a different content"));
  const auto after = teacher_.outbox();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].statement_json, before[i].statement_json);
}

TEST_F(BundleMerge, AWatchEventOfAnUnknownSessionNamesItsLineAndAddsNothing) {
  auto lines = lines_;
  const std::size_t watch = first("watch");
  json record = line(watch);
  record["session_uuid"] = "00000000-0000-4000-8000-000000000000";
  lines[watch] = record.dump();
  EXPECT_EQ(merge(lines),
            "t.cpbundle:" + std::to_string(watch + 1) +
                ": error: the watch event belongs to session 00000000-0000-4000-8000-000000000000, "
                "which is in neither the bundle nor the database");
  expect_teacher_empty();
}

TEST_F(BundleMerge, ALaterBundleEndsASessionTheEarlierOneLeftOpen) {
  auto lines = lines_;
  const std::size_t session = first("session");
  json open = line(session);
  const json ended = open["ended_utc"];
  ASSERT_TRUE(ended.is_string());
  open["ended_utc"] = nullptr;
  lines[session] = open.dump();
  ASSERT_EQ(merge(lines), "");
  EXPECT_FALSE(teacher_.sessions().front().ended_utc.has_value());
  ASSERT_EQ(merge(lines_), "");
  EXPECT_EQ(teacher_.sessions().front().ended_utc, ended.get<std::string>());
}

}  // namespace
}  // namespace cuepoint::testing
