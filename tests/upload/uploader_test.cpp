// The uploader's decisions, against a scripted LRS: batching, splitting to
// isolate bad statements, conflicts, credentials, retries and resuming.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "cuepoint/upload/upload_error.hpp"
#include "cuepoint/upload/uploader.hpp"
#include "test_support.hpp"

namespace cuepoint::upload {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing::ScratchDir;

struct Request {
  std::string url;
  std::vector<std::string> ids;
};

// An LRS whose answers a test scripts as a function of the request.
class ScriptedTransport : public Transport {
 public:
  using Script = std::function<HttpResult(const Request&)>;
  explicit ScriptedTransport(Script script) : script_(std::move(script)) {}
  HttpResult post_json(const std::string& url, const std::string& body) override {
    Request request{url, {}};
    for (const auto& statement : json::parse(body)) request.ids.push_back(statement["id"]);
    requests.push_back(request);
    return script_(request);
  }
  std::vector<Request> requests;

 private:
  Script script_;
};

HttpResult answer(long status, std::string body = "", std::optional<std::string> retry_after = std::nullopt) {
  return HttpResult{HttpResponse{status, std::move(body), std::move(retry_after)}, {}};
}
HttpResult accepted(const Request&) { return answer(200, "[]"); }

bool contains(const Request& request, const std::string& id) {
  return std::find(request.ids.begin(), request.ids.end(), id) != request.ids.end();
}

class UploaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 10; ++i) {
      const auto id = "s" + std::to_string(i);
      ids.push_back(id);
      store.enqueue_statement(id, json{{"id", id}}.dump(), "2026-11-24T05:21:03.123Z");
    }
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

  ScratchDir dir;
  store::Store store = store::Store::open(dir / "db.sqlite");
  std::vector<std::string> ids;
  std::vector<milliseconds> sleeps;
  std::vector<std::pair<int, int>> progress;
};

TEST_F(UploaderTest, SendsEverythingInBatchesInRecordingOrder) {
  ScriptedTransport lrs(accepted);
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, 10);
  EXPECT_EQ(summary.left, 0);
  EXPECT_TRUE(summary.complete());
  ASSERT_EQ(lrs.requests.size(), 3u);
  EXPECT_EQ(lrs.requests[0].url, "https://lrs.example/xapi/statements");
  EXPECT_EQ(lrs.requests[0].ids, (std::vector<std::string>{"s0", "s1", "s2", "s3"}));
  EXPECT_EQ(lrs.requests[2].ids, (std::vector<std::string>{"s8", "s9"}));
  EXPECT_EQ(store.outbox_counts().sent, 10);
  EXPECT_EQ(entry("s0").sent_utc, "2026-11-24T06:00:00.000Z");
  EXPECT_EQ(progress.back(), std::make_pair(10, 10));
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
    return answer(204);
  });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, 9);
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
  EXPECT_EQ(after.sent, 10);
  EXPECT_TRUE(after.complete());
}

TEST_F(UploaderTest, LearningLockerWarningsBecomeTheRejectionMessage) {
  ScriptedTransport lrs([](const Request& request) {
    if (contains(request, "s2")) {
      return answer(400, R"({"errorId":"e1","warnings":["Problem in 'statements.0.verb.id'","second"]})");
    }
    return answer(200, "[]");
  });
  const auto summary = upload(lrs);
  ASSERT_EQ(summary.rejected.size(), 1u);
  EXPECT_EQ(summary.rejected[0].message, "HTTP 400: Problem in 'statements.0.verb.id'; second");
}

TEST_F(UploaderTest, TooLargeBatchesAreSplitToo) {
  ScriptedTransport lrs([](const Request& request) {
    return request.ids.size() > 1 ? answer(413, "Payload Too Large") : answer(200, "[]");
  });
  const auto summary = upload(lrs, 10);
  EXPECT_EQ(summary.sent, 10);
  EXPECT_TRUE(summary.rejected.empty());
  EXPECT_TRUE(summary.complete());
}

TEST_F(UploaderTest, AConflictIsRecordedAsAlreadyThereAndNotRetried) {
  ScriptedTransport lrs([](const Request& request) {
    return contains(request, "s1") ? answer(409, "Conflict") : answer(200, "[]");
  });
  const auto summary = upload(lrs);
  EXPECT_EQ(summary.sent, 9);
  EXPECT_EQ(summary.already_there, 1);
  EXPECT_EQ(summary.left, 0);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(entry("s1").state, store::OutboxState::Conflict);
  ScriptedTransport again(accepted);
  upload(again);
  EXPECT_TRUE(again.requests.empty());
}

TEST_F(UploaderTest, RefusedCredentialsStopAtOnceAndMarkNothing) {
  ScriptedTransport lrs([](const Request&) { return answer(401, R"({"message":"Unauthorised"})"); });
  const auto summary = upload(lrs);
  EXPECT_TRUE(summary.credentials_refused);
  EXPECT_THAT(summary.stopped_because, HasSubstr("wrong user or password"));
  EXPECT_EQ(lrs.requests.size(), 1u);
  EXPECT_EQ(summary.left, 10);
  EXPECT_EQ(store.outbox_counts().pending, 10);
  EXPECT_TRUE(sleeps.empty());
}

TEST_F(UploaderTest, ForbiddenIsTreatedLikeRefusedCredentials) {
  ScriptedTransport lrs([](const Request&) { return answer(403, "Forbidden"); });
  EXPECT_TRUE(upload(lrs).credentials_refused);
}

TEST_F(UploaderTest, ServerErrorsAreRetriedWithGrowingDelays) {
  int calls = 0;
  ScriptedTransport lrs([&calls](const Request&) { return ++calls <= 3 ? answer(503) : answer(200, "[]"); });
  const auto summary = upload(lrs, 10);
  EXPECT_EQ(summary.sent, 10);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(sleeps, (std::vector<milliseconds>{milliseconds(750), milliseconds(1500), milliseconds(3000)}));
  const auto first = entry("s0");
  EXPECT_EQ(first.attempts, 4);  // three failures and the success
  EXPECT_EQ(first.last_error, "LRS busy or failing: HTTP 503");
}

TEST_F(UploaderTest, RetryAfterIsHonouredInSecondsAndAsADate) {
  int calls = 0;
  ScriptedTransport lrs([&calls](const Request&) {
    ++calls;
    if (calls == 1) return answer(429, "", "7");
    if (calls == 2) return answer(503, "", "Tue, 24 Nov 2026 06:00:20 GMT");
    return answer(200, "[]");
  });
  const auto summary = upload(lrs, 10);
  EXPECT_TRUE(summary.complete());
  EXPECT_EQ(sleeps, (std::vector<milliseconds>{milliseconds(7000), milliseconds(20000)}));
}

TEST_F(UploaderTest, ARetryAfterBeyondTheWaitingLimitStopsWithoutLosingAnything) {
  ScriptedTransport lrs([](const Request&) { return answer(429, "", "86400"); });
  const auto summary = upload(lrs);
  EXPECT_THAT(summary.stopped_because, HasSubstr("past the limit of 600 s of waiting"));
  EXPECT_EQ(summary.left, 10);
  EXPECT_TRUE(sleeps.empty());
}

TEST_F(UploaderTest, AnUnreachableLrsIsTriedMaxTriesTimesThenLeftForLater) {
  ScriptedTransport lrs([](const Request&) { return HttpResult{std::nullopt, "Connection refused"}; });
  const auto summary = upload(lrs, 4, 3);
  EXPECT_EQ(lrs.requests.size(), 3u);
  EXPECT_EQ(sleeps.size(), 2u);
  EXPECT_THAT(summary.stopped_because, HasSubstr("Connection refused"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("gave up after 3 tries"));
  EXPECT_EQ(summary.left, 10);
  EXPECT_EQ(store.outbox_counts().pending, 10);
}

TEST_F(UploaderTest, AnInterruptedUploadResumesWhereItStopped) {
  int calls = 0;
  ScriptedTransport flaky([&calls](const Request&) {
    return ++calls <= 2 ? answer(200, "[]") : HttpResult{std::nullopt, "Network is unreachable"};
  });
  const auto first = upload(flaky, 4, 1);
  EXPECT_EQ(first.sent, 8);
  EXPECT_EQ(first.left, 2);
  ScriptedTransport lrs(accepted);
  const auto second = upload(lrs, 4);
  EXPECT_EQ(second.sent, 2);
  ASSERT_EQ(lrs.requests.size(), 1u);
  EXPECT_EQ(lrs.requests[0].ids, (std::vector<std::string>{"s8", "s9"}));
}

TEST_F(UploaderTest, AnUnexpectedAnswerStopsWithAHint) {
  ScriptedTransport lrs([](const Request&) { return answer(404, "Not Found"); });
  const auto summary = upload(lrs);
  EXPECT_THAT(summary.stopped_because, HasSubstr("HTTP 404"));
  EXPECT_THAT(summary.stopped_because, HasSubstr("--endpoint"));
  EXPECT_EQ(summary.left, 10);
}

TEST(Uploader, RefusesBadOptions) {
  ScratchDir dir;
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
