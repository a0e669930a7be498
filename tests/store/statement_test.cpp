// Statement shapes and the response formats of every question type.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cuepoint/lesson/answer_key.hpp"
#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/xapi/identifiers.hpp"
#include "cuepoint/xapi/interaction.hpp"
#include "cuepoint/xapi/statement_builder.hpp"
#include "cuepoint/xapi/timestamp.hpp"
#include "sealed_lesson.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::xapi {
namespace {

using lesson::Response;
using nlohmann::json;

const std::string kVideo = "https://w3id.org/xapi/video/extensions/";

class Statements : public ::testing::Test {
 protected:
  lesson::Lesson lesson = testing::sample_lesson();
  StatementBuilder builder{testing::sample_config(), LessonIdentity::of(lesson, "abc123"),
                           "registration-uuid", "session-uuid"};
  Stamp stamp{"11111111-2222-4333-8444-555555555555", "2026-11-24T05:21:03.123Z"};

  const lesson::Cue& cue(const std::string& id) { return *lesson.find_cue(id); }
  json answer(const std::string& cue_id, const Response& response) {
    const auto& c = cue(cue_id);
    return builder.answered(stamp, c, response, lesson::grade(c.question, response), 2, c.at + 250'000);
  }
};

TEST_F(Statements, AnsweredHasActorVerbObjectContextAndTimestamp) {
  const auto s = answer("single", Response::choices({"a"}));
  EXPECT_EQ(s["id"], stamp.id);
  EXPECT_EQ(s["timestamp"], stamp.timestamp);
  EXPECT_EQ(s["actor"], json::parse(R"({"objectType":"Agent","name":"Ada",
      "account":{"homePage":"https://school.example","name":"learner-42"}})"));
  EXPECT_EQ(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
  EXPECT_EQ(s["object"]["id"], "https://school.example/lessons/fractions%20intro/cues/single");
  EXPECT_EQ(s["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
  EXPECT_EQ(s["object"]["definition"]["description"]["fr-CA"], "Prompt of single");
  EXPECT_EQ(s["context"]["registration"], "registration-uuid");
  EXPECT_EQ(s["context"]["contextActivities"]["parent"][0]["id"],
            "https://school.example/lessons/fractions%20intro");
  const auto& extensions = s["context"]["extensions"];
  EXPECT_EQ(extensions["https://cuepoint.invalid/xapi/extensions/attempt"], 2);
  EXPECT_EQ(extensions["https://cuepoint.invalid/xapi/extensions/cue-time"], 5.0);
  EXPECT_EQ(extensions["https://cuepoint.invalid/xapi/extensions/lesson-sha256"], "abc123");
  EXPECT_EQ(extensions["https://cuepoint.invalid/xapi/extensions/lesson-version"], "3");
  EXPECT_EQ(s["result"]["extensions"][kVideo + "time"], 5.25);
}

TEST_F(Statements, SingleChoice) {
  const auto s = answer("single", Response::choices({"a"}));
  const auto& d = s["object"]["definition"];
  EXPECT_EQ(d["interactionType"], "choice");
  EXPECT_EQ(d["choices"], json::parse(R"([{"id":"a","description":{"fr-CA":"Un"}},
      {"id":"b","description":{"fr-CA":"Deux"}},{"id":"c","description":{"fr-CA":"Trois"}}])"));
  EXPECT_EQ(d["correctResponsesPattern"], json::array({"a"}));
  EXPECT_EQ(s["result"]["response"], "a");
  EXPECT_EQ(s["result"]["success"], true);
  EXPECT_EQ(s["result"]["score"], json::parse(R"({"raw":1.0,"min":0,"max":1.0,"scaled":1.0})"));
}

TEST_F(Statements, MultipleChoiceJoinsIdsAndScoresPartially) {
  const auto s = answer("multiple", Response::choices({"a", "c"}));
  EXPECT_EQ(s["object"]["definition"]["correctResponsesPattern"], json::array({"a[,]b"}));
  EXPECT_EQ(s["result"]["response"], "a[,]c");
  EXPECT_EQ(s["result"]["success"], false);
  EXPECT_EQ(s["result"]["score"]["max"], 2.0);
}

TEST_F(Statements, TrueFalse) {
  const auto s = answer("truefalse", Response::choices({"false"}));
  EXPECT_EQ(s["object"]["definition"]["interactionType"], "true-false");
  EXPECT_FALSE(s["object"]["definition"].contains("choices"));  // not a component of true-false
  EXPECT_EQ(s["object"]["definition"]["correctResponsesPattern"], json::array({"false"}));
  EXPECT_EQ(s["result"]["response"], "false");
  EXPECT_EQ(s["result"]["success"], true);
}

TEST_F(Statements, TrueFalseWithOtherIdsFallsBackToChoice) {
  lesson::Question question;
  question.type = lesson::QuestionType::TrueFalse;
  question.choices = {{"yes", "Yes", true, "", {}}, {"no", "No", false, "", {}}};
  EXPECT_EQ(interaction_type(question), "choice");
  EXPECT_EQ(response_text(question, Response::choices({"no"})), "no");
}

TEST_F(Statements, NumericUsesARangePatternAndANumberResponse) {
  const auto s = answer("numeric", Response::numeric(0.505));
  EXPECT_EQ(s["object"]["definition"]["interactionType"], "numeric");
  EXPECT_EQ(s["object"]["definition"]["correctResponsesPattern"], json::array({"0.49[:]0.51"}));
  EXPECT_EQ(s["result"]["response"], "0.505");
  EXPECT_FALSE(s["object"]["definition"].contains("choices"));
}

// A sealed lesson's statements name the same correct choices (read through the seal);
// a sealed text cue keeps only hashes, so its statement has no pattern to give.
TEST_F(Statements, SealedChoicesKeepTheirPatternSealedTextHasNone) {
  const lesson::Lesson sealed = testing::sealed_copy(lesson);
  const StatementBuilder sealed_builder{testing::sample_config(), LessonIdentity::of(sealed, "abc123"),
                                        "registration-uuid", "session-uuid"};
  int compared = 0;
  for (const lesson::Cue& c : sealed.cues) {
    if (!lesson::has_choices(c.question.type)) continue;
    const Response response = Response::choices({c.question.choices.front().id});
    const json plain_definition = answer(c.id, response)["object"]["definition"];
    const json sealed_definition = sealed_builder.answered(
        stamp, c, response, lesson::grade(c.question, response, lesson::AnswerKey::of(sealed, c)), 2,
        c.at)["object"]["definition"];
    EXPECT_EQ(sealed_definition.value("correctResponsesPattern", json()),
              plain_definition.value("correctResponsesPattern", json()))
        << c.id;
    compared += plain_definition.contains("correctResponsesPattern") ? 1 : 0;
  }
  EXPECT_EQ(compared, 3);  // single, multiple and true-false; the poll has none
  const lesson::Cue& text = *sealed.find_cue("text");
  const Response typed = Response::free_text("un demi");
  const json statement = sealed_builder.answered(
      stamp, text, typed, lesson::grade(text.question, typed, lesson::AnswerKey::of(sealed, text)), 1,
      text.at);
  EXPECT_FALSE(statement["object"]["definition"].contains("correctResponsesPattern"));
  EXPECT_EQ(statement["result"]["success"], true);
}

TEST_F(Statements, NumericTypedAsTextIsNormalisedAndExactValueHasNoRange) {
  lesson::Question question;
  question.type = lesson::QuestionType::Numeric;
  question.numeric_value = 12;
  EXPECT_EQ(correct_responses_pattern(question), std::vector<std::string>{"12"});
  EXPECT_EQ(response_text(question, Response::free_text(" 3.50 ")), "3.5");
}

TEST_F(Statements, TextIsFillInWithCaseInsensitivePatterns) {
  const auto s = answer("text", Response::free_text("Un Demi"));
  EXPECT_EQ(s["object"]["definition"]["interactionType"], "fill-in");
  EXPECT_EQ(s["object"]["definition"]["correctResponsesPattern"],
            json::array({"{case_matters=false}1/2", "{case_matters=false}un demi"}));
  EXPECT_EQ(s["result"]["response"], "Un Demi");
  EXPECT_EQ(s["result"]["success"], true);
}

TEST_F(Statements, OpenIsLongFillInWithoutPatternSuccessOrScore) {
  const auto s = answer("open", Response::free_text("Because two quarters make a half."));
  EXPECT_EQ(s["object"]["definition"]["interactionType"], "long-fill-in");
  EXPECT_FALSE(s["object"]["definition"].contains("correctResponsesPattern"));
  EXPECT_EQ(s["result"]["response"], "Because two quarters make a half.");
  EXPECT_FALSE(s["result"].contains("success"));
  EXPECT_FALSE(s["result"].contains("score"));
}

TEST_F(Statements, PollIsAChoiceWithoutPatternSuccessOrScore) {
  const auto s = answer("poll", Response::choices({"never"}));
  EXPECT_EQ(s["object"]["definition"]["interactionType"], "choice");
  EXPECT_EQ(s["object"]["definition"]["choices"].size(), 2u);
  EXPECT_FALSE(s["object"]["definition"].contains("correctResponsesPattern"));
  EXPECT_EQ(s["result"]["response"], "never");
  EXPECT_FALSE(s["result"].contains("success"));
}

TEST_F(Statements, DefaultLanguageIsEnUs) {
  lesson.language.clear();
  StatementBuilder english{testing::sample_config(), LessonIdentity::of(lesson, "h"), "r", "s"};
  const auto& c = cue("single");
  const auto s = english.answered(stamp, c, Response::choices({"a"}),
                                  lesson::grade(c.question, Response::choices({"a"})), 1, 0);
  EXPECT_TRUE(s["object"]["definition"]["choices"][0]["description"].contains("en-US"));
  EXPECT_FALSE(s["context"].contains("language"));
}

TEST_F(Statements, VideoStatementsCarryTheProfileSessionAndLength) {
  VideoState video;
  video.length = 90'500'000;
  video.played.play(0);
  video.played.stop(45'250'000);
  for (const auto& s :
       {builder.initialized(stamp, video), builder.played(stamp, video, 1), builder.paused(stamp, video, 1),
        builder.seeked(stamp, video, 1, 2), builder.interacted(stamp, video, 1),
        builder.completed(stamp, video, 1), builder.terminated(stamp, video, 1)}) {
    EXPECT_EQ(s["context"]["contextActivities"]["category"][0]["id"], "https://w3id.org/xapi/video");
    EXPECT_EQ(s["context"]["extensions"][kVideo + "session-id"], "session-uuid");
    EXPECT_EQ(s["context"]["extensions"][kVideo + "length"], 90.5);
    EXPECT_EQ(s["object"]["definition"]["type"], "https://w3id.org/xapi/video/activity-type/video");
    EXPECT_EQ(s["object"]["definition"]["name"]["fr-CA"], "Les fractions");
  }
}

TEST_F(Statements, EachVideoVerbHasItsResultExtensions) {
  VideoState video;
  video.length = 60'000'000;
  video.speed = 1.5;
  video.captions_enabled = true;
  video.captions_lang = "fr-CA";
  video.played.play(0);
  video.played.seek(12'000'000, 14'000'000);
  video.played.stop(21'000'000);

  const auto initialized = builder.initialized(stamp, video);
  EXPECT_EQ(initialized["verb"]["id"], "http://adlnet.gov/expapi/verbs/initialized");
  EXPECT_EQ(initialized["context"]["extensions"][kVideo + "speed"], "1.5x");
  EXPECT_EQ(initialized["context"]["extensions"][kVideo + "cc-subtitle-enabled"], true);
  EXPECT_EQ(initialized["context"]["extensions"][kVideo + "cc-subtitle-lang"], "fr-CA");

  const auto played = builder.played(stamp, video, 14'000'000);
  EXPECT_EQ(played["verb"]["id"], "https://w3id.org/xapi/video/verbs/played");
  EXPECT_EQ(played["result"]["extensions"][kVideo + "time"], 14.0);

  const auto paused = builder.paused(stamp, video, 21'000'000);
  EXPECT_EQ(paused["verb"]["id"], "https://w3id.org/xapi/video/verbs/paused");
  EXPECT_EQ(paused["result"]["extensions"][kVideo + "time"], 21.0);
  EXPECT_EQ(paused["result"]["extensions"][kVideo + "progress"], 0.317);
  EXPECT_EQ(paused["result"]["extensions"][kVideo + "played-segments"], "0.000[.]12.000[,]14.000[.]21.000");

  const auto seeked = builder.seeked(stamp, video, 12'000'000, 14'000'000);
  EXPECT_EQ(seeked["verb"]["id"], "https://w3id.org/xapi/video/verbs/seeked");
  EXPECT_EQ(seeked["result"]["extensions"][kVideo + "time-from"], 12.0);
  EXPECT_EQ(seeked["result"]["extensions"][kVideo + "time-to"], 14.0);

  const auto interacted = builder.interacted(stamp, video, 15'000'000);
  EXPECT_EQ(interacted["verb"]["id"], "http://adlnet.gov/expapi/verbs/interacted");
  EXPECT_EQ(interacted["context"]["extensions"][kVideo + "speed"], "1.5x");

  const auto completed = builder.completed(stamp, video, 60'000'000);
  EXPECT_EQ(completed["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
  EXPECT_EQ(completed["result"]["completion"], true);
  EXPECT_EQ(completed["result"]["duration"], "PT19S");

  const auto terminated = builder.terminated(stamp, video, 60'000'000);
  EXPECT_EQ(terminated["verb"]["id"], "http://adlnet.gov/expapi/verbs/terminated");
  EXPECT_EQ(terminated["result"]["extensions"][kVideo + "progress"], 0.317);
}

TEST(Identifiers, RandomUuidsAreVersion4AndDistinct) {
  const std::regex v4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  const auto a = random_uuid();
  const auto b = random_uuid();
  EXPECT_TRUE(std::regex_match(a, v4)) << a;
  EXPECT_NE(a, b);
}

TEST(Identifiers, IriSegmentsArePercentEncoded) {
  EXPECT_EQ(encode_iri_segment("fractions-1.2_b~"), "fractions-1.2_b~");
  EXPECT_EQ(encode_iri_segment("a b/c?d"), "a%20b%2Fc%3Fd");
  EXPECT_EQ(encode_iri_segment("é"), "%C3%A9");
}

TEST(Timestamps, AreRfc3339UtcWithMilliseconds) {
  using namespace std::chrono;
  const auto when = sys_days{year{2026} / 11 / 24} + hours{5} + minutes{21} + seconds{3} + milliseconds{123} +
                    microseconds{999};
  EXPECT_EQ(format_timestamp(when), "2026-11-24T05:21:03.123Z");
  EXPECT_EQ(format_timestamp(sys_days{year{2027} / 1 / 1}), "2027-01-01T00:00:00.000Z");
  EXPECT_TRUE(std::regex_match(now_timestamp(), std::regex(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")));
}

TEST(Timestamps, DurationsAndSeconds) {
  EXPECT_EQ(format_duration(12'500'000), "PT12.5S");
  EXPECT_EQ(format_duration(0), "PT0S");
  EXPECT_DOUBLE_EQ(to_seconds(1'234'567), 1.235);
  EXPECT_EQ(format_number(0.1), "0.1");
  EXPECT_EQ(format_number(2), "2");
}

}  // namespace
}  // namespace cuepoint::xapi
