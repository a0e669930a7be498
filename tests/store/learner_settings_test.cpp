// Per-learner settings and the most recent learners: schema version 2, the upgrade
// from version 1, and reading a version 1 file that open_read_only never migrates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "cuepoint/store/migrations.hpp"
#include "cuepoint/store/store.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::store {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using testing::TempDir;

std::string set_error(Store& store, const std::string& learner, const std::string& key,
                      const std::string& value) {
  try {
    store.set_learner_setting(learner, key, value);
  } catch (const StoreError& error) {
    return error.what();
  }
  return "(no error)";
}

std::vector<std::string> ids(const std::vector<RecentLearner>& learners) {
  std::vector<std::string> result;
  for (const auto& recent : learners) result.push_back(recent.learner.id);
  return result;
}

// A database as Cuepoint 0.1 left it: schema version 1, one learner with a session.
void write_version_1_database(const fs::path& file) {
  auto db = Database::open(file, true);
  migrate(db, migrations().first(1));
  db.execute(
      "INSERT INTO learners VALUES ('ada', 'Ada', '2026-01-01T08:00:00.000Z');"
      "INSERT INTO lesson_sessions VALUES ('s1', 'ada', 'fractions', '1', 'hash', "
      "'2026-01-02T08:00:00.000Z', "
      "NULL, 'init');",
      "writing a version 1 database");
}

TEST(LearnerSettings, RoundTripPerLearnerAndAcrossReopening) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  {
    auto store = Store::open(file);
    store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
    store.save_learner({"ben", "Ben", "2026-01-01T09:00:00.000Z"});
    store.set_learner_setting("ada", std::string(kCaptionsLangSetting), "ar");
    store.set_learner_setting("ada", std::string(kTextScaleSetting), "1.25");
    store.set_learner_setting("ada", std::string(kCaptionsLangSetting), "en");  // replaces "ar"
    store.set_learner_setting("ben", std::string(kHighContrastSetting), "true");
  }
  auto store = Store::open(file);
  EXPECT_EQ(store.learner_setting("ada", std::string(kCaptionsLangSetting)), "en");
  EXPECT_EQ(store.learner_setting("ada", std::string(kTextScaleSetting)), "1.25");
  EXPECT_EQ(store.learner_setting("ada", std::string(kHighContrastSetting)), std::nullopt);
  EXPECT_EQ(store.learner_setting("ben", std::string(kHighContrastSetting)), "true");
  EXPECT_EQ(store.learner_setting("ben", std::string(kCaptionsLangSetting)), std::nullopt);
  EXPECT_EQ(store.learner_setting("nobody", std::string(kCaptionsLangSetting)), std::nullopt);
}

TEST(LearnerSettings, AreNotXapiData) {
  TempDir dir;
  auto store = Store::open(dir / "responses.sqlite");
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  store.set_learner_setting("ada", std::string(kCaptionsLangSetting), "fr");
  EXPECT_TRUE(store.outbox().empty());
  EXPECT_TRUE(store.watch_events().empty());
}

TEST(LearnerSettings, UnknownLearnerAndOversizedKeysOrValuesAreRefusedAndNothingIsWritten) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  auto store = Store::open(file);
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  const std::string prefix = "database '" + file.string() + "': saving setting ";
  EXPECT_EQ(set_error(store, "ghost", "captions.lang", "en"),
            prefix + "'captions.lang' of learner 'ghost': no learner 'ghost' on this device");
  EXPECT_EQ(set_error(store, "ada", "", "en"), prefix + "'' of learner 'ada': the setting has no name");
  const std::string long_key(65, 'k');
  EXPECT_EQ(set_error(store, "ada", long_key, "en"),
            prefix + "'" + long_key + "' of learner 'ada': setting names are at most 64 bytes");
  EXPECT_EQ(
      set_error(store, "ada", "text.scale", std::string(4097, '1')),
      prefix + "'text.scale' of learner 'ada': the value is 4097 bytes; settings are at most 4096 bytes");
  EXPECT_EQ(set_error(store, "ada", std::string(64, 'k'), std::string(4096, 'v')), "(no error)");
  EXPECT_EQ(store.learner_setting("ghost", "captions.lang"), std::nullopt);
  EXPECT_EQ(store.learner_setting("ada", "text.scale"), std::nullopt);
  EXPECT_EQ(store.learner_setting("ada", long_key), std::nullopt);
}

TEST(LearnerSettings, VersionOneDatabaseMigratesKeepingItsData) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  write_version_1_database(file);
  auto store = Store::open(file);
  EXPECT_EQ(store.schema_version(), latest_schema_version());
  ASSERT_EQ(store.sessions().size(), 1U);
  store.set_learner_setting("ada", std::string(kCaptionsLangSetting), "ar");
  EXPECT_EQ(store.learner_setting("ada", std::string(kCaptionsLangSetting)), "ar");
  const auto recent = store.recent_learners();
  ASSERT_EQ(recent.size(), 1U);
  EXPECT_EQ(recent[0].learner.display_name, "Ada");
  EXPECT_EQ(recent[0].last_session_utc, "2026-01-02T08:00:00.000Z");
}

TEST(LearnerSettings, ReadOnlyOpeningOfAVersionOneDatabaseReadsNoSettingsAndChangesNothing) {
  TempDir dir;
  const auto file = dir / "responses.sqlite";
  write_version_1_database(file);
  auto store = Store::open_read_only(file);
  EXPECT_EQ(store.schema_version(), 1);
  EXPECT_EQ(store.learner_setting("ada", std::string(kCaptionsLangSetting)), std::nullopt);
  EXPECT_THAT(ids(store.recent_learners()), ElementsAre("ada"));
  try {
    store.set_learner_setting("ada", std::string(kCaptionsLangSetting), "ar");
    ADD_FAILURE() << "a read-only store wrote";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly);
    EXPECT_EQ(std::string(error.what()), "database '" + file.string() +
                                             "' was opened read-only: cannot write while saving setting "
                                             "'captions.lang' of learner 'ada'");
  }
  EXPECT_EQ(store.schema_version(), 1);
}

TEST(RecentLearners, NewestSessionFirstThenLearnersWithoutSessionsByWhenTheyWereAdded) {
  TempDir dir;
  auto store = Store::open(dir / "responses.sqlite");
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  store.save_learner({"ben", "Ben", "2026-01-01T08:00:00.000Z"});
  store.save_learner({"cyd", "Cyd", "2026-01-01T07:00:00.000Z"});
  store.save_learner({"dee", "Dee", "2026-03-01T08:00:00.000Z"});  // typed at the start screen just now
  store.add_session({"s1", "ada", "fractions", "1", "h", "2026-02-01T10:00:00.000Z", std::nullopt, "i1"});
  store.add_session({"s2", "ben", "fractions", "1", "h", "2026-02-03T10:00:00.000Z", std::nullopt, "i2"});
  store.add_session({"s3", "ada", "fractions", "1", "h", "2026-02-05T10:00:00.000Z", std::nullopt, "i3"});
  store.add_session({"s4", "ben", "fractions", "1", "h", "2026-02-04T10:00:00.000Z", std::nullopt, "i4"});
  const auto recent = store.recent_learners();
  EXPECT_THAT(ids(recent), ElementsAre("dee", "ada", "ben", "cyd"));
  EXPECT_EQ(recent[1].last_session_utc, "2026-02-05T10:00:00.000Z");
  EXPECT_EQ(recent[2].last_session_utc, "2026-02-04T10:00:00.000Z");
  EXPECT_EQ(recent[3].last_session_utc, std::nullopt);
  EXPECT_EQ(recent[0].learner.display_name, "Dee");
}

TEST(RecentLearners, EqualTimesPutTheLaterAddedLearnerFirst) {
  TempDir dir;
  auto store = Store::open(dir / "responses.sqlite");
  store.save_learner({"ada", "Ada", "2026-01-01T08:00:00.000Z"});
  store.save_learner({"ben", "Ben", "2026-01-01T08:00:00.000Z"});
  EXPECT_THAT(ids(store.recent_learners()), ElementsAre("ben", "ada"));
  EXPECT_TRUE(Store::open(dir / "other.sqlite").recent_learners().empty());
}

}  // namespace
}  // namespace cuepoint::store
