// Bundles the reader refuses, each with the file, the line where there is one, and
// what is wrong: damage on the way (a changed byte, a cut) and hostile content
// sealed with a correct SHA-256 (so that the checks past the hash are reached).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bundle_text.hpp"
#include "cuepoint/bundle/bundle_reader.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class BundleRefusal : public ::testing::Test {
 protected:
  void SetUp() override {
    auto device = store::Store::open(dir_ / "device.sqlite");
    record_full_session(device);
    good_ = bundle_of(device);
    lines_ = lines_of(good_);
  }

  // The message parse_bundle refuses `text` with ("" when it is accepted).
  static std::string refusal(const std::string& text) {
    try {
      bundle::parse_bundle(text, "t.cpbundle");
    } catch (const bundle::BundleError& error) {
      return error.what();
    }
    return "";
  }
  // The first line of kind `record`, as JSON, and its index.
  std::size_t first(const std::string& record) const {
    for (std::size_t i = 1; i < lines_.size(); ++i) {
      if (json::parse(lines_[i]).value("record", "") == record) return i;
    }
    throw std::logic_error("no " + record + " record");
  }
  // The bundle with line `index` changed by `edit`, sealed again.
  std::string edited(std::size_t index, const std::function<void(json&)>& edit) const {
    auto lines = lines_;
    json line = json::parse(lines[index]);
    edit(line);
    lines[index] = line.dump();
    return sealed(lines);
  }

  TempDir dir_;
  std::string good_;
  std::vector<std::string> lines_;
};

TEST_F(BundleRefusal, TheGoodBundleIsAccepted) { EXPECT_EQ(refusal(good_), ""); }

TEST_F(BundleRefusal, EmptyAndForeignFiles) {
  EXPECT_EQ(refusal(""), "t.cpbundle: error: is empty, not an answers bundle");
  EXPECT_EQ(
      refusal("hello\n"),
      "t.cpbundle: error: not a Cuepoint answers bundle (made by `cuepoint export --bundle`): its first "
      "line is not JSON");
  EXPECT_EQ(refusal("{\"a\":1}\n"),
            "t.cpbundle: error: not a Cuepoint answers bundle (made by `cuepoint export --bundle`)");
}

TEST_F(BundleRefusal, VersionsOtherThanOurs) {
  EXPECT_EQ(
      refusal(edited(0, [](json& h) { h["version"] = 2; })),
      "t.cpbundle: error: was written by a newer Cuepoint (bundle version 2, this program reads 1): update "
      "Cuepoint");
  EXPECT_EQ(refusal(edited(0, [](json& h) { h["version"] = 0; })),
            "t.cpbundle: error: bundle version 0 is unknown (this program reads 1)");
  EXPECT_EQ(refusal(edited(0, [](json& h) { h["version"] = "1"; })),
            "t.cpbundle:1: error: the bundle's version is missing or not a number");
}

TEST_F(BundleRefusal, TruncatedAtALineEndOrInsideALine) {
  const std::string at_line_end = good_.substr(0, good_.rfind('\n', good_.size() - 2) + 1);
  EXPECT_EQ(
      refusal(at_line_end),
      "t.cpbundle: error: is truncated: it has no end line (the file was cut short: copy it from the device "
      "again)");
  EXPECT_THAT(refusal(good_.substr(0, good_.size() / 2)),
              HasSubstr("t.cpbundle: error: is truncated: line "));
  EXPECT_EQ(
      refusal(good_.substr(0, good_.find('\n') + 1)),
      "t.cpbundle: error: is truncated: it has no end line (the file was cut short: copy it from the device "
      "again)");
}

TEST_F(BundleRefusal, AChangedByteIsDamage) {
  std::string damaged = good_;
  const auto at = damaged.find("\"wall_time_utc\":\"") + 20;
  damaged[at] = damaged[at] == '1' ? '2' : '1';
  EXPECT_EQ(
      refusal(damaged),
      "t.cpbundle: error: is damaged: its SHA-256 does not match its content (changed on the way: copy it "
      "from the device again)");
}

TEST_F(BundleRefusal, AnEndLineCountingOtherRecords) {
  // The hash covers the bytes before the end line, so a forged count keeps it right.
  const std::string text = sealed(lines_);
  const std::size_t end_start = text.rfind('\n', text.size() - 2) + 1;
  json end = json::parse(text.substr(end_start));
  const auto records = end["records"].get<std::size_t>();
  end["records"] = records + 1;
  EXPECT_EQ(refusal(text.substr(0, end_start) + end.dump() + "\n"),
            "t.cpbundle:" + std::to_string(lines_.size() + 1) + ": error: the end line counts " +
                std::to_string(records + 1) + " records but the bundle holds " + std::to_string(records));
  end.erase("sha256");
  EXPECT_EQ(refusal(text.substr(0, end_start) + end.dump() + "\n"),
            "t.cpbundle:" + std::to_string(lines_.size() + 1) + ": error: the end line is damaged");
}

TEST_F(BundleRefusal, HostileRecordsNameTheirLine) {
  const std::size_t attempt = first("attempt");
  const std::string at = "t.cpbundle:" + std::to_string(attempt + 1) + ": error: ";
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["record"] = "teacher"; })),
            at + "unknown record kind \"teacher\"");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["grade"] = "A+"; })),
            at + "attempt record: unknown field \"grade\"");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r.erase("cue_id"); })), at + "attempt record: no 'cue_id'");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["attempt_number"] = "1"; })),
            at + "attempt record: 'attempt_number' must be a whole number, not \"1\"");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["attempt_number"] = 0; })),
            at + "attempt record: 'attempt_number' must be from 1 to 1000000, not 0");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["correct"] = 1; })),
            at + "attempt record: 'correct' must be true, false or null, not 1");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r["statement_id"] = ""; })),
            at + "attempt record: 'statement_id' is empty");
  EXPECT_EQ(refusal(edited(attempt, [](json& r) { r = json::array(); })),
            at + "a record must be a JSON object");

  const std::size_t watch = first("watch");
  EXPECT_EQ(refusal(edited(watch, [](json& r) { r["kind"] = "rewound"; })),
            "t.cpbundle:" + std::to_string(watch + 1) +
                ": error: watch record: 'kind' \"rewound\" is not a watch event kind");
}

TEST_F(BundleRefusal, StatementsMustBeTheStatementTheirIdNames) {
  const std::size_t statement = first("statement");
  const std::string at = "t.cpbundle:" + std::to_string(statement + 1) + ": error: statement record: ";
  EXPECT_EQ(refusal(edited(statement, [](json& r) { r["state"] = "lost"; })),
            at + "'state' must be pending, sent, rejected or conflict, not \"lost\"");
  EXPECT_EQ(refusal(edited(statement,
                           [](json& r) {
                             json s = json::parse(r["json"].get<std::string>());
                             s["id"] = "6f1c0d7e-0000-4000-8000-000000000000";
                             r["json"] = s.dump();
                           })),
            at + "'json' is not the statement \"" + json::parse(lines_[statement])["id"].get<std::string>() +
                "\" (its id differs or is missing)");
  EXPECT_THAT(refusal(edited(statement, [](json& r) { r["json"] = "{\"id\":"; })),
              HasSubstr(at + "'json' is not a JSON statement ("));
  // 1000 arrays deep inside the statement text: bounded, no stack overflow.
  EXPECT_THAT(refusal(edited(statement,
                             [](json& r) { r["json"] = std::string(1000, '[') + std::string(1000, ']'); })),
              HasSubstr("(the statement text:1:17: error: nested deeper than 16 levels"));
}

TEST_F(BundleRefusal, OversizedAndDuplicateKeyLines) {
  auto lines = lines_;
  lines.insert(lines.begin() + 1,
               "{\"record\":\"learner\",\"id\":\"" + std::string(std::size_t{1} << 20, 'x') + "\"}");
  EXPECT_EQ(refusal(sealed(lines)), "t.cpbundle:2: error: line longer than 1024 KiB: not a bundle record");
  lines = lines_;
  lines.insert(
      lines.begin() + 1,
      R"({"record":"learner","id":"a","id":"b","display_name":"","created_utc":"2026-12-03T10:00:00.000Z"})");
  EXPECT_THAT(refusal(sealed(lines)), HasSubstr("t.cpbundle:2:"));
  EXPECT_THAT(refusal(sealed(lines)), HasSubstr("key \"id\" appears twice"));
}

TEST_F(BundleRefusal, FilesThatAreNotBundles) {
  const auto missing = dir_ / "missing.cpbundle";
  EXPECT_THROW(bundle::read_bundle(missing), bundle::BundleError);
  try {
    bundle::read_bundle(dir_.path());
    FAIL() << "a folder was read";
  } catch (const bundle::BundleError& error) {
    EXPECT_THAT(error.what(), HasSubstr("is a folder, not an answers bundle"));
  }
  write_file(dir_ / "big.cpbundle", std::string(2048, 'x'));
  try {
    bundle::read_bundle(dir_ / "big.cpbundle", {.max_file_bytes = 1024});
    FAIL() << "an oversized file was read";
  } catch (const bundle::BundleError& error) {
    EXPECT_THAT(error.what(), HasSubstr("larger than"));
  }
}

}  // namespace
}  // namespace cuepoint::testing
