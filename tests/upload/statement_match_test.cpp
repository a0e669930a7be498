// xAPI's statement comparison: what an LRS may change without the statement
// being another one, and what makes it another one.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cuepoint/upload/statement_match.hpp"

namespace cuepoint::upload {
namespace {

using nlohmann::json;

json sent() {
  return json::parse(R"({
    "id": "0b6f3c52-56c3-4d0e-9a59-6f1f6c1d2e3f",
    "actor": {"objectType": "Agent", "name": "Ada", "account": {"homePage": "https://school.example", "name": "ada"}},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
    "object": {"id": "https://school.example/lessons/l1/cues/q1",
               "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                              "interactionType": "choice"}},
    "result": {"response": "a[,]c", "success": false, "duration": "PT19S",
               "score": {"raw": 1, "min": 0, "max": 2, "scaled": 0.5}},
    "context": {"registration": "8f1c0d3e-7a54-4c1b-9e0f-2a3b4c5d6e7f",
                "contextActivities": {"parent": [{"id": "https://school.example/lessons/l1",
                                                  "definition": {"name": {"en-US": "L1"}}}]},
                "extensions": {"https://w3id.org/xapi/video/extensions/session-id": "x"}},
    "timestamp": "2026-11-24T05:21:03.123Z"
  })");
}

TEST(StatementMatch, TheSameStatementMatches) {
  EXPECT_EQ(statement_difference(sent(), sent()), std::nullopt);
}

TEST(StatementMatch, WhatTheLrsMayAddOrChangeIsIgnored) {
  auto held = sent();
  held["stored"] = "2026-11-24T06:00:00.000Z";
  held["authority"] = {{"objectType", "Agent"}, {"account", {{"homePage", "https://lrs"}, {"name", "key"}}}};
  held["version"] = "1.0.3";
  held["id"] = "0B6F3C52-56C3-4D0E-9A59-6F1F6C1D2E3F";           // UUIDs are case-insensitive
  held["timestamp"] = "2026-11-24T07:21:03.1230+02:00";          // the same instant
  held["verb"].erase("display");                                 // not part of the statement
  held["object"]["definition"] = {{"name", {{"en-US", "Q1"}}}};  // the LRS's canonical definition
  held["object"]["objectType"] = "Activity";                     // the default, written out
  held["context"]["registration"] = "8F1C0D3E-7A54-4C1B-9E0F-2A3B4C5D6E7F";
  held["context"]["contextActivities"]["parent"][0].erase("definition");
  held["result"]["score"]["raw"] = 1.0;  // the same number
  held["attachments"] = json::array();
  EXPECT_EQ(statement_difference(sent(), held), std::nullopt);
}

TEST(StatementMatch, ASingleContextActivityReadsAsAListOfOne) {
  auto ours = sent();
  ours["context"]["contextActivities"]["parent"] = {{"id", "https://school.example/lessons/l1"}};
  EXPECT_EQ(statement_difference(ours, sent()), std::nullopt);
}

TEST(StatementMatch, GroupMembersInAnotherOrderMatch) {
  auto ours = sent();
  ours["actor"] = {
      {"objectType", "Group"},
      {"member", {{{"mbox", "mailto:a@school.example"}}, {{"mbox", "mailto:b@School.Example"}}}}};
  auto held = ours;
  held["actor"]["member"] = {{{"mbox", "mailto:b@school.example"}, {"objectType", "Agent"}},
                             {{"mbox", "mailto:a@school.example"}}};
  EXPECT_EQ(statement_difference(ours, held), std::nullopt);
}

TEST(StatementMatch, AnyOtherDifferenceCountsAndIsNamed) {
  const auto differs_at = [](const std::function<void(json&)>& change) {
    auto held = sent();
    change(held);
    return statement_difference(sent(), held).value_or("(matched)");
  };
  EXPECT_EQ(differs_at([](json& s) { s["verb"]["id"] = "http://adlnet.gov/expapi/verbs/passed"; }),
            "verb.id");
  EXPECT_EQ(differs_at([](json& s) { s["result"]["response"] = "a"; }), "result.response");
  EXPECT_EQ(differs_at([](json& s) { s["result"]["score"]["raw"] = 2; }), "result.score.raw");
  EXPECT_EQ(differs_at([](json& s) { s["result"]["duration"] = "PT0M19S"; }), "result.duration");  // a string
  EXPECT_EQ(differs_at([](json& s) { s["result"]["success"] = "false"; }), "result.success");
  EXPECT_EQ(differs_at([](json& s) { s["result"].erase("success"); }), "result.success");
  EXPECT_EQ(differs_at([](json& s) { s["result"]["completion"] = true; }), "result.completion");
  EXPECT_EQ(differs_at([](json& s) { s["timestamp"] = "2026-11-24T05:21:03.124Z"; }), "timestamp");
  EXPECT_EQ(differs_at([](json& s) { s["actor"]["account"]["name"] = "Ada"; }), "actor.account.name");
  EXPECT_EQ(differs_at([](json& s) { s["object"]["id"] = "https://school.example/lessons/l1/cues/q2"; }),
            "object.id");
  EXPECT_EQ(differs_at([](json& s) { s["context"]["contextActivities"]["parent"][0]["id"] = "https://x"; }),
            "context.contextActivities.parent[0].id");
  EXPECT_EQ(differs_at([](json& s) {
              s["context"]["extensions"]["https://w3id.org/xapi/video/extensions/session-id"] = "y";
            }),
            "context.extensions.https://w3id.org/xapi/video/extensions/session-id");
  EXPECT_EQ(differs_at([](json& s) { s = json::array(); }), "(the statement)");
}

TEST(StatementMatch, ATimestampWithoutAZoneIsNotTheSameInstant) {
  auto held = sent();
  held["timestamp"] = "2026-11-24T05:21:03.123";
  EXPECT_EQ(statement_difference(sent(), held), "timestamp");
}

}  // namespace
}  // namespace cuepoint::upload
