// The uploader's decisions, against a scripted LRS: batching, splitting to
// isolate bad statements, proof of delivery, conflicts, credentials, retries
// and resuming.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "cuepoint/upload/upload_error.hpp"
#include "cuepoint/upload/uploader.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace cuepoint::upload {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing::TempDir;

struct Request {
  std::string url;
  std::vector<std::string> ids;
};

HttpResult answer(long status, std::string body = "", std::optional<std::string> retry_after = std::nullopt) {
  return HttpResult{HttpResponse{status, std::move(body), std::move(retry_after)}, {}};
}
HttpResult no_answer(const std::string& why) { return HttpResult{std::nullopt, why}; }

// What xAPI says a POST answers: 200 and the stored ids, in order.
HttpResult stored(const Request& request) { return answer(200, json(request.ids).dump()); }
HttpResult accepted(const Request& request) { return stored(request); }

// An LRS whose answers a test scripts as a function of the request; GETs
// (statement confirmations) have their own script, by statement id.
class ScriptedTransport : public Transport {
 public:
  using Script = std::function<HttpResult(const Request&)>;
  using GetScript = std::function<HttpResult(const std::string& statement_id)>;
  explicit ScriptedTransport(Script script, GetScript get_script = nullptr)
      : script_(std::move(script)), get_script_(std::move(get_script)) {}
  HttpResult post_json(const std::string& url, const std::string& body) override {
    Request request{url, {}};
    for (const auto& statement : json::parse(body)) request.ids.push_back(statement["id"]);
    requests.push_back(request);
    return script_(request);
  }
  HttpResult get(const std::string& url) override {
    gets.push_back(url);
    constexpr std::string_view kQuery = "?statementId=";
    const auto at = url.find(kQuery);
    if (!get_script_ || at == std::string::npos) return answer(404);
    return get_script_(url.substr(at + kQuery.size()));
  }
  std::vector<Request> requests;
  std::vector<std::string> gets;

 private:
  Script script_;
  GetScript get_script_;
};

bool contains(const Request& request, const std::string& id) {
  return std::find(request.ids.begin(), request.ids.end(), id) != request.ids.end();
}

class UploaderTest : public ::testing::Test {
 protected:
  // Statements s0 ... s9 wait in the outbox; expected counts are worked out from this.
  static constexpr int kQueued = 10;
  void SetUp() override {
    for (int i = 0; i < kQueued; ++i) {
      const auto id = "s" + std::to_string(i);
      ids.push_back(id);
      store.enqueue_statement(id, statement(id).dump(), "2026-11-24T05:21:03.123Z");
    }
  }

  // What we record: the shape of an answer statement, enough to compare.
  static json statement(const std::string& id) {
    return json{
        {"id", id},
        {"actor",
         {{"objectType", "Agent"}, {"account", {{"homePage", "https://school.example"}, {"name", "ada"}}}}},
        {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}, {"display", {{"en-US", "answered"}}}}},
        {"object",
         {{"id", "https://school.example/lessons/l1/cues/q1"},
          {"definition", {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"}}}}},
        {"result", {{"response", "a[,]c"}, {"success", false}, {"duration", "PT19S"}}},
        {"timestamp", "2026-11-24T05:21:03.123Z"}};
  }
  // The same statement as an LRS returns it: its own properties added, the
  // timestamp in another zone, the activity's definition and the verb's display left out.
  static json as_the_lrs_holds_it(const std::string& id) {
    auto held = statement(id);
    held["stored"] = "2026-11-24T06:00:01.000Z";
    held["authority"] = {{"objectType", "Agent"},
                         {"account", {{"homePage", "https://lrs.example"}, {"name", "k"}}}};
    held["version"] = "1.0.3";
    held["timestamp"] = "2026-11-24T06:21:03.123+01:00";
    held["object"].erase("definition");
    held["object"]["objectType"] = "Activity";
    held["verb"].erase("display");
    return held;
  }

  UploadSummary upload(ScriptedTransport& transport, int batch = 4, int max_tries = 5) {
    UploadOptions options;
    options.endpoint = "https://lrs.example/xapi/";
    options.batch_size = batch;
    options.retry.max_tries = max_tries;
    options.retry.max_total_wait = std::chrono::seconds(600);
    UploadHooks hooks;
    hooks.sleep = [this](milliseconds delay) { sleeps.push_back(delay); };
    hooks.random01 = [] { return 0.5; };
    hooks.progress = [this](int done, int total) { progress.emplace_back(done, total); };
    hooks.now = [] {
      return std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + std::chrono::hours{6};
    };
    return Uploader(store, transport, options, hooks).run();
  }

  store::OutboxEntry entry(const std::string& id) {
    for (auto& e : store.outbox()) {
      if (e.statement_id == id) return e;
    }
    ADD_FAILURE() << "no outbox entry " << id;
    return {};
  }

  TempDir dir;
  store::Store store = store::Store::open(dir / "db.sqlite");
  std::vector<std::string> ids;
  std::vector<milliseconds> sleeps;
  std::vector<std::pair<int, int>> progress;
};

TEST_F(UploaderTest, SendsEverythingInBatchesInRecordingOrder) {
  ScriptedTransport lrs(accepted);
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_EQ(summary.left, 0);
  EXPECT_TRUE(summary.complete());
  ASSERT_EQ(lrs.requests.size(), 3u);
  EXPECT_EQ(lrs.requests[0].url, "https://lrs.example/xapi/statements");
  EXPECT_EQ(lrs.requests[0].ids, (std::vector<std::string>{"s0", "s1", "s2", "s3"}));
  EXPECT_EQ(lrs.requests[2].ids, (std::vector<std::string>{"s8", "s9"}));
  EXPECT_EQ(store.outbox_counts().sent, kQueued);
  EXPECT_EQ(entry("s0").sent_utc, "2026-11-24T06:00:00.000Z");
  EXPECT_EQ(progress.back(), std::make_pair(kQueued, kQueued));
  EXPECT_TRUE(sleeps.empty());
}

TEST_F(UploaderTest, ASecondUploadSendsNothing) {
  ScriptedTransport lrs(accepted);
  upload(lrs);
  ScriptedTransport again(accepted);
  const auto summary = upload(again);
  EXPECT_EQ(summary.sent, 0);
  EXPECT_TRUE(summary.complete());
  EXPECT_TRUE(again.requests.empty());
}

TEST_F(UploaderTest, ABadStatementIsIsolatedByHalvingAndKeptAsRejected) {
  ScriptedTransport lrs([](const Request& request) {
    if (contains(request, "s6")) return answer(400, R"({"message":"Problem in 'verb': expected IRI"})");
    return stored(request);
  });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued - 1);
  ASSERT_EQ(summary.rejected.size(), 1u);
  EXPECT_EQ(summary.rejected[0].statement_id, "s6");
  EXPECT_EQ(summary.rejected[0].message, "HTTP 400: Problem in 'verb': expected IRI");
  EXPECT_EQ(summary.left, 1);  // a rejected statement still counts as not delivered
  EXPECT_FALSE(summary.complete());
  const auto rejected = entry("s6");
  EXPECT_EQ(rejected.state, store::OutboxState::Rejected);
  EXPECT_EQ(rejected.last_error, "HTTP 400: Problem in 'verb': expected IRI");
  // Batch s4..s7 failed, then s4 s5 went through, then s6 s7 failed, then s6 alone and s7 alone.
  std::vector<std::vector<std::string>> sent;
  for (const auto& request : lrs.requests) sent.push_back(request.ids);
  EXPECT_THAT(sent, ::testing::Contains(std::vector<std::string>{"s6"}));
  EXPECT_EQ(store.outbox().size(), 10u);  // nothing deleted
  // The rejected one is not retried by the next run.
  ScriptedTransport again(accepted);
  EXPECT_EQ(upload(again).sent, 0);
  EXPECT_TRUE(again.requests.empty());
}

TEST_F(UploaderTest, AnLrsRefusingEverythingTheSameWayStopsEarlyAndRejectedOnesCanBeRequeued) {
  ScriptedTransport lrs(
      [](const Request&) { return answer(400, R"({"message":"xAPI version header missing"})"); });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.rejected.size(), 3u);
  EXPECT_THAT(summary.stopped_because, HasSubstr("refused the first 3 statements one by one"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("--retry-rejected"));
  EXPECT_EQ(store.outbox_counts().pending, 7);
  EXPECT_EQ(store.requeue_rejected(), 3);
  ScriptedTransport fixed(accepted);
  const auto after = upload(fixed);
  EXPECT_EQ(after.sent, kQueued);
  EXPECT_TRUE(after.complete());
}

TEST_F(UploaderTest, LearningLockerWarningsBecomeTheRejectionMessage) {
  ScriptedTransport lrs([](const Request& request) {
    if (contains(request, "s2")) {
      return answer(400, R"({"errorId":"e1","warnings":["Problem in 'statements.0.verb.id'","second"]})");
    }
    return stored(request);
  });
  const auto summary = upload(lrs);
  ASSERT_EQ(summary.rejected.size(), 1u);
  EXPECT_EQ(summary.rejected[0].message, "HTTP 400: Problem in 'statements.0.verb.id'; second");
}

TEST_F(UploaderTest, TooLargeBatchesAreSplitToo) {
  ScriptedTransport lrs([](const Request& request) {
    return request.ids.size() > 1 ? answer(413, "Payload Too Large") : stored(request);
  });
  const auto summary = upload(lrs, 10);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_TRUE(summary.rejected.empty());
  EXPECT_TRUE(summary.complete());
}

TEST_F(UploaderTest, RefusedCredentialsStopAtOnceAndMarkNothing) {
  ScriptedTransport lrs([](const Request&) { return answer(401, R"({"message":"Unauthorised"})"); });
  const auto summary = upload(lrs);
  EXPECT_TRUE(summary.credentials_refused);
  EXPECT_THAT(summary.stopped_because, HasSubstr("wrong user or password"));
  EXPECT_EQ(lrs.requests.size(), 1u);
  EXPECT_EQ(summary.left, kQueued);
  EXPECT_EQ(store.outbox_counts().pending, kQueued);
  EXPECT_TRUE(sleeps.empty());
}

TEST_F(UploaderTest, ForbiddenIsTreatedLikeRefusedCredentials) {
  ScriptedTransport lrs([](const Request&) { return answer(403, "Forbidden"); });
  EXPECT_TRUE(upload(lrs).credentials_refused);
}

TEST_F(UploaderTest, ServerErrorsAreRetriedWithGrowingDelays) {
  int calls = 0;
  ScriptedTransport lrs(
      [&calls](const Request& request) { return ++calls <= 3 ? answer(503) : stored(request); });
  const auto summary = upload(lrs, 10);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(sleeps, (std::vector<milliseconds>{milliseconds(750), milliseconds(1500), milliseconds(3000)}));
  const auto first = entry("s0");
  EXPECT_EQ(first.attempts, 4);  // three failures and the success
  EXPECT_EQ(first.last_error, "LRS busy or failing: HTTP 503");
}

TEST_F(UploaderTest, RetryAfterIsHonouredInSecondsAndAsADate) {
  int calls = 0;
  ScriptedTransport lrs([&calls](const Request& request) {
    ++calls;
    if (calls == 1) return answer(429, "", "7");
    if (calls == 2) return answer(503, "", "Tue, 24 Nov 2026 06:00:20 GMT");
    return stored(request);
  });
  const auto summary = upload(lrs, 10);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(sleeps, (std::vector<milliseconds>{milliseconds(7000), milliseconds(20000)}));
}

TEST_F(UploaderTest, ARetryAfterBeyondTheWaitingLimitStopsWithoutLosingAnything) {
  ScriptedTransport lrs([](const Request&) { return answer(429, "", "86400"); });
  const auto summary = upload(lrs);
  EXPECT_THAT(summary.stopped_because, HasSubstr("past the limit of 600 s of waiting"));
  EXPECT_EQ(summary.left, kQueued);
  EXPECT_TRUE(sleeps.empty());
}

TEST_F(UploaderTest, AnUnreachableLrsIsTriedMaxTriesTimesThenLeftForLater) {
  ScriptedTransport lrs([](const Request&) { return no_answer("Connection refused"); });
  const auto summary = upload(lrs, 4, 3);
  EXPECT_EQ(lrs.requests.size(), 3u);
  EXPECT_EQ(sleeps.size(), 2u);
  EXPECT_THAT(summary.stopped_because, HasSubstr("Connection refused"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("gave up after 3 tries"));
  EXPECT_EQ(summary.left, kQueued);
  EXPECT_EQ(store.outbox_counts().pending, kQueued);
}

TEST_F(UploaderTest, AnInterruptedUploadResumesWhereItStopped) {
  int calls = 0;
  ScriptedTransport flaky([&calls](const Request& request) {
    return ++calls <= 2 ? stored(request) : no_answer("Network is unreachable");
  });
  const auto first = upload(flaky, 4, 1);
  constexpr int kStoredBeforeTheCut = 2 * 4;  // the two batches of 4 the script let through
  EXPECT_EQ(first.sent, kStoredBeforeTheCut);
  EXPECT_EQ(first.left, kQueued - kStoredBeforeTheCut);
  ScriptedTransport lrs(accepted);
  const auto second = upload(lrs, 4);
  EXPECT_EQ(second.sent, kQueued - kStoredBeforeTheCut);
  ASSERT_EQ(lrs.requests.size(), 1u);
  EXPECT_EQ(lrs.requests[0].ids, (std::vector<std::string>{"s8", "s9"}));
}

TEST_F(UploaderTest, AnUnexpectedAnswerStopsWithAHint) {
  ScriptedTransport lrs([](const Request&) { return answer(404, "Not Found"); });
  const auto summary = upload(lrs);
  EXPECT_THAT(summary.stopped_because, HasSubstr("HTTP 404"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("--endpoint"));
  EXPECT_EQ(summary.left, kQueued);
}

// --- A 2xx is not proof: only the LRS's list of stored ids is. ---

class NoProofTest : public UploaderTest {
 protected:
  // Every POST answered with `status` and `body`: nothing may be marked sent,
  // each try counts, and the reason names what came back.
  void expect_nothing_proven(long status, const std::string& body, const std::string& reason) {
    ScriptedTransport server([&](const Request&) { return answer(status, body); });
    const auto summary = upload(server, 4, 3);
    EXPECT_EQ(summary.sent, 0);
    EXPECT_EQ(summary.left, kQueued);
    EXPECT_FALSE(summary.complete());
    EXPECT_THAT(summary.stopped_because, HasSubstr(reason));
    EXPECT_THAT(summary.stopped_because, HasSubstr("gave up after 3 tries"));
    EXPECT_EQ(server.requests.size(), 3u);  // retried with the backoff, then given up
    EXPECT_EQ(sleeps.size(), 2u);
    EXPECT_EQ(store.outbox_counts().sent, 0);
    EXPECT_EQ(store.outbox_counts().pending, kQueued);
    const auto first = entry("s0");
    EXPECT_EQ(first.attempts, 3);
    EXPECT_THAT(first.last_error.value_or(""), HasSubstr(reason));
  }
};

TEST_F(NoProofTest, ACaptivePortalPageWithStatus200ProvesNothing) {
  const std::string page =
      "<!DOCTYPE html>\n<html><head><title>School Wi-Fi</title></head>\n<body>Please log in to continue "
      "browsing. Accept the terms of use of the school network first.</body></html>";
  expect_nothing_proven(
      200, page,
      "the server answered HTTP 200 but not with the stored statement ids (a Wi-Fi login page "
      "or a proxy?): <!DOCTYPE html> <html><head><title>School Wi-Fi</title></head> <body>Please log...");
}

TEST_F(NoProofTest, AnEmpty200ProvesNothing) {
  expect_nothing_proven(200, "",
                        "the server answered HTTP 200 but not with the stored statement ids "
                        "(a Wi-Fi login page or a proxy?): an empty body");
}

TEST_F(NoProofTest, AJsonObjectInsteadOfTheIdListProvesNothing) {
  expect_nothing_proven(200, R"({"ok":true})",
                        "not with the stored statement ids (a Wi-Fi login page or a "
                        "proxy?): {\"ok\":true}");
}

TEST_F(NoProofTest, AnotherStatusThan200WithABodyProvesNothing) {
  expect_nothing_proven(202, "queued", "the server answered HTTP 202 but not with the stored statement ids");
}

TEST_F(NoProofTest, AListOfOtherIdsProvesNothing) {
  expect_nothing_proven(
      200, R"(["b7c1a9e2-0000-4000-8000-000000000001","other"])",
      "the server answered HTTP 200 but its list of stored ids lacks 4 of the 4 statements "
      "sent (a proxy, or not an LRS?): [\"b7c1a9e2-0000-4000-8000-000000000001\",\"other\"]");
}

TEST_F(UploaderTest, AnAnswerListingSomeIdsMarksExactlyThoseSentAndRetriesTheRest) {
  int calls = 0;
  ScriptedTransport lrs([&calls](const Request& request) {
    // The first answer lists only the first two of the four ids.
    if (++calls == 1) return answer(200, json({request.ids[0], request.ids[1]}).dump());
    return stored(request);
  });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_TRUE(summary.complete());
  ASSERT_GE(lrs.requests.size(), 2u);
  EXPECT_EQ(lrs.requests[1].ids, (std::vector<std::string>{"s2", "s3"}));  // only the unproven ones again
  EXPECT_EQ(entry("s1").attempts, 1);
  EXPECT_EQ(entry("s2").attempts, 2);  // the unproven try counts
  EXPECT_THAT(entry("s2").last_error.value_or(""), HasSubstr("lacks 2 of the 4 statements sent"));
  EXPECT_EQ(sleeps.size(), 1u);
}

TEST_F(UploaderTest, IdsAreMatchedWhateverTheirCase) {
  ScriptedTransport lrs([](const Request& request) {
    json upper = json::array();
    for (auto id : request.ids) {
      std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return std::toupper(c); });
      upper.push_back(id);
    }
    return answer(200, upper.dump());
  });
  EXPECT_EQ(upload(lrs).sent, kQueued);
}

TEST_F(UploaderTest, AProxyAnsweringSomeBatchesWithHtmlEndsWithEveryStatementSentOnce) {
  int calls = 0;
  ScriptedTransport proxy([&calls](const Request& request) {
    return ++calls % 2 == 0 ? answer(200, "<html><body>Proxy: please log in</body></html>") : stored(request);
  });
  const auto summary = upload(proxy, 3);
  EXPECT_EQ(summary.sent, kQueued);  // each statement counted once
  EXPECT_TRUE(summary.complete()) << summary.stopped_because;
  EXPECT_EQ(store.outbox_counts().sent, kQueued);
  std::multiset<std::string> proven;  // statements posted in the answers that listed them
  for (std::size_t i = 0; i < proxy.requests.size(); i += 2) {
    for (const auto& id : proxy.requests[i].ids) proven.insert(id);
  }
  for (const auto& id : ids) EXPECT_EQ(proven.count(id), 1u) << id;
}

TEST_F(UploaderTest, A204IsConfirmedStatementByStatementWithAGet) {
  ScriptedTransport lrs([](const Request&) { return answer(204); },
                        [](const std::string& id) { return answer(200, as_the_lrs_holds_it(id).dump()); });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_TRUE(summary.complete());
  ASSERT_EQ(lrs.gets.size(), 10u);
  EXPECT_EQ(lrs.gets[0], "https://lrs.example/xapi/statements?statementId=s0");
  EXPECT_EQ(store.outbox_counts().sent, kQueued);
}

TEST_F(UploaderTest, A204ForAStatementTheLrsDoesNotShowIsAFailedTry) {
  int posts = 0;
  ScriptedTransport lrs(
      [&posts](const Request& request) { return ++posts == 1 ? answer(204) : stored(request); },
      [](const std::string& id) {
        return id == "s0" ? answer(200, as_the_lrs_holds_it(id).dump())
                          : answer(404, R"({"message":"No statement found"})");
      });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued);
  EXPECT_EQ(lrs.gets.size(), 2u);  // s0 shown, s1 not: no GET for s2 and s3, they are posted again
  ASSERT_GE(lrs.requests.size(), 2u);
  EXPECT_EQ(lrs.requests[1].ids, (std::vector<std::string>{"s1", "s2", "s3"}));
  EXPECT_THAT(
      entry("s1").last_error.value_or(""),
      HasSubstr("the LRS answered HTTP 204 without the stored statement ids, and GET "
                "https://lrs.example/xapi/statements?statementId=s1 answered HTTP 404: No statement found"));
}

// --- 409 is not "already there": a GET shows what the LRS holds. ---

TEST_F(UploaderTest, A409ToEverythingMarksNothingSentAndStopsWithinAFewRequests) {
  ScriptedTransport server([](const Request&) { return answer(409, "Conflict"); });
  const auto summary = upload(server);
  EXPECT_EQ(summary.sent, 0);
  EXPECT_EQ(summary.already_there, 0);
  EXPECT_EQ(summary.conflicts.size(), 3u);
  EXPECT_EQ(summary.left, kQueued);
  EXPECT_FALSE(summary.complete());
  EXPECT_THAT(
      summary.stopped_because,
      HasSubstr("the first 3 statements sent one by one all met a conflict (the LRS answered HTTP 409: "
                "Conflict but holds no statement with this id (GET "
                "https://lrs.example/xapi/statements?statementId=s0 answered HTTP 404)): is --endpoint "
                "the LRS's xAPI base URL?"));
  // s0..s3, s0 s1, s0, s1, s2 s3, s2: 6 POSTs, and a GET for each of s0, s1, s2.
  EXPECT_EQ(server.requests.size(), 6u);
  EXPECT_EQ(server.gets.size(), 3u);
  const auto counts = store.outbox_counts();
  EXPECT_EQ(counts.sent, 0);
  EXPECT_EQ(counts.conflict, 3);
  EXPECT_EQ(counts.pending, 7);
  EXPECT_EQ(store.requeue_conflicts(), 3);  // --retry-rejected, once the server is fixed
  ScriptedTransport fixed(accepted);
  EXPECT_TRUE(upload(fixed).complete());
}

TEST_F(UploaderTest, AServerTurningTo409ForStatementsItDoesNotHoldStopsAfterThreeInARow) {
  ScriptedTransport server([](const Request& request) {
    return contains(request, "s0") || contains(request, "s1") || contains(request, "s2") ||
                   contains(request, "s3")
               ? stored(request)
               : answer(409, "Conflict");
  });
  const auto summary = upload(server);
  EXPECT_EQ(summary.sent, 4);
  EXPECT_EQ(summary.conflicts.size(), 3u);
  EXPECT_THAT(summary.stopped_because,
              HasSubstr("the server answered 409 Conflict for 3 statements in a row that it does not hold"));
  EXPECT_EQ(store.outbox_counts().pending, 3);
}

TEST_F(UploaderTest, A409ForTheSameStatementTheLrsHoldsMarksItSent) {
  ScriptedTransport lrs(
      [](const Request& request) {
        return contains(request, "s1") ? answer(409, "Conflict") : stored(request);
      },
      [](const std::string& id) { return answer(200, as_the_lrs_holds_it(id).dump()); });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued - 1);
  EXPECT_EQ(summary.already_there, 1);
  EXPECT_TRUE(summary.conflicts.empty());
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(lrs.gets, (std::vector<std::string>{"https://lrs.example/xapi/statements?statementId=s1"}));
  EXPECT_EQ(entry("s1").state, store::OutboxState::Sent);
}

TEST_F(UploaderTest, A409ForADifferentStatementIsAConflictKeptAndReported) {
  ScriptedTransport lrs(
      [](const Request& request) {
        return contains(request, "s1") ? answer(409, "Conflict") : stored(request);
      },
      [](const std::string& id) {
        auto other = as_the_lrs_holds_it(id);
        other["result"]["response"] = "b";
        return answer(200, other.dump());
      });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued - 1);
  EXPECT_EQ(summary.already_there, 0);
  ASSERT_EQ(summary.conflicts.size(), 1u);
  EXPECT_EQ(summary.conflicts[0].statement_id, "s1");
  EXPECT_EQ(summary.conflicts[0].message,
            "the LRS holds a different statement with this id (HTTP 409: Conflict; first difference: "
            "result.response)");
  EXPECT_EQ(summary.left, 1);  // kept, not delivered
  EXPECT_FALSE(summary.complete());
  const auto conflict = entry("s1");
  EXPECT_EQ(conflict.state, store::OutboxState::Conflict);
  EXPECT_EQ(conflict.last_error, summary.conflicts[0].message);
  ScriptedTransport again(accepted);
  upload(again);
  EXPECT_TRUE(again.requests.empty());  // not sent again by itself
}

TEST_F(UploaderTest, A409ForAStatementTheLrsDoesNotHoldIsAConflict) {
  ScriptedTransport lrs(
      [](const Request& request) {
        return contains(request, "s4") ? answer(409, "Conflict") : stored(request);
      },
      [](const std::string&) { return answer(404, R"({"message":"No statement found"})"); });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, kQueued - 1);
  ASSERT_EQ(summary.conflicts.size(), 1u);
  EXPECT_EQ(summary.conflicts[0].message,
            "the LRS answered HTTP 409: Conflict but holds no statement with this id (GET "
            "https://lrs.example/xapi/statements?statementId=s4 answered HTTP 404: No statement found)");
  EXPECT_EQ(entry("s4").state, store::OutboxState::Conflict);
  EXPECT_EQ(summary.left, 1);
}

TEST_F(UploaderTest, A409WhoseGetFailsIsRetriedNotDecided) {
  int gets = 0;
  ScriptedTransport lrs(
      [](const Request& request) {
        return contains(request, "s0") ? answer(409, "Conflict") : stored(request);
      },
      [&gets](const std::string& id) {
        return ++gets == 1 ? no_answer("Connection reset by peer")
                           : answer(200, as_the_lrs_holds_it(id).dump());
      });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.already_there, 1);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(sleeps.size(), 1u);
  EXPECT_THAT(
      entry("s0").last_error.value_or(""),
      HasSubstr(
          "the LRS answered HTTP 409: Conflict and the statement could not be checked: GET "
          "https://lrs.example/xapi/statements?statementId=s0 got no answer: Connection reset by peer"));
}

TEST(Uploader, RefusesBadOptions) {
  TempDir dir;
  auto store = store::Store::open(dir / "db.sqlite");
  ScriptedTransport lrs(accepted);
  UploadOptions options;
  options.endpoint = "lrs.example";
  EXPECT_THROW(Uploader(store, lrs, options, default_upload_hooks()), UploadError);
  options.endpoint = "https://lrs.example/";
  options.batch_size = 0;
  EXPECT_THROW(Uploader(store, lrs, options, default_upload_hooks()), UploadError);
}

}  // namespace
}  // namespace cuepoint::upload
