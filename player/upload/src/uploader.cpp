#include "cuepoint/upload/uploader.hpp"

#include <algorithm>
#include <cctype>
#include <random>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/upload/statement_match.hpp"
#include "cuepoint/upload/upload_config.hpp"
#include "cuepoint/upload/upload_error.hpp"
#include "cuepoint/xapi/identifiers.hpp"
#include "cuepoint/xapi/timestamp.hpp"
#include "excerpt.hpp"

namespace cuepoint::upload {
namespace {

constexpr std::size_t kMaxMessage = 500;
// Deep enough for any statement (a SubStatement's context activities are ~6 levels).
constexpr int kMaxAnswerDepth = 32;

std::string batch_body(std::span<const store::OutboxEntry> batch) {
  std::string body = "[";
  for (const auto& entry : batch) {
    if (body.size() > 1) body += ',';
    body += entry.statement_json;
  }
  body += ']';
  return body;
}

std::vector<std::string> ids_of(std::span<const store::OutboxEntry> batch) {
  std::vector<std::string> ids;
  for (const auto& entry : batch) ids.push_back(entry.statement_id);
  return ids;
}

// An LRS's answer as JSON, or a discarded value when it is not JSON within the
// bounds (an HTML page, an endless body, a hostile nesting).
nlohmann::json parse_answer(std::string_view body, int max_depth) {
  constexpr std::size_t kMaxAnswerBytes = std::size_t{8} << 20;
  try {
    return json_input::parse_bounded(
        body, "the LRS's answer",
        json_input::JsonLimits{.max_bytes = kMaxAnswerBytes, .max_depth = max_depth});
  } catch (const json_input::JsonInputError&) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
}

// UUIDs are case-insensitive (xAPI Data 4.4); ours are lowercase.
std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The LRS's reason: its JSON "message" or "warnings" when there are some, else the body, shortened.
std::string lrs_message(const HttpResponse& response) {
  const auto parsed = parse_answer(response.body, kMaxAnswerDepth);
  std::string text = response.body;
  if (parsed.is_object() && parsed.contains("message") && parsed["message"].is_string()) {
    text = parsed["message"].get<std::string>();
  } else if (parsed.is_object() && parsed.contains("warnings") && parsed["warnings"].is_array()) {
    // Learning Locker lists validation problems as "warnings".
    std::string joined;
    for (const auto& warning : parsed["warnings"]) {
      if (!joined.empty()) joined += "; ";
      joined += warning.is_string() ? warning.get<std::string>() : excerpt(warning.dump());
    }
    if (!joined.empty()) text = joined;
  }
  text = excerpt(text, kMaxMessage);
  return "HTTP " + std::to_string(response.status) + (text.empty() ? "" : ": " + text);
}

// The ids of a POST's answer: xAPI says 200 with the JSON array of the stored
// statements' ids. nullopt when the body is anything else.
std::optional<std::set<std::string>> listed_ids(const std::string& body) {
  const auto parsed = parse_answer(body, 1);
  if (!parsed.is_array()) return std::nullopt;
  std::set<std::string> ids;
  for (const auto& id : parsed) {
    if (!id.is_string()) return std::nullopt;
    ids.insert(lowercase(id.get<std::string>()));
  }
  return ids;
}

std::string body_excerpt(const std::string& body) { return body.empty() ? "an empty body" : excerpt(body); }

bool is_transient(long status) { return status == 408 || status == 429 || status >= 500; }

// Conflicts at the start of a run, or 409s for statements the server does not
// hold in a row, before the run stops: a server answering 409 to anything.
constexpr int kConflictsBeforeStopping = 3;

}  // namespace

UploadHooks default_upload_hooks() {
  auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
  return UploadHooks{
      [](std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); },
      [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); },
      [](int, int) {},
      [] { return std::chrono::system_clock::now(); },
  };
}

Uploader::Uploader(store::Store& store, Transport& transport, UploadOptions options, UploadHooks hooks)
    : store_(store), transport_(transport), options_(std::move(options)), hooks_(std::move(hooks)) {
  url_ = statements_url(options_.endpoint);
  if (options_.batch_size < 1) throw UploadError("batch size must be at least 1");
}

void Uploader::report_progress() {
  if (hooks_.progress) hooks_.progress(done_, total_);
}

UploadSummary Uploader::run() {
  summary_ = UploadSummary{};
  total_ = store_.outbox_counts().pending;
  done_ = 0;
  report_progress();
  for (;;) {
    auto batch = store_.pending_statements(options_.batch_size);
    if (batch.empty()) break;
    if (deliver(std::move(batch)) == Flow::Stop) break;
  }
  const auto counts = store_.outbox_counts();
  summary_.left = counts.pending + counts.rejected + counts.conflict;
  return summary_;
}

Uploader::Flow Uploader::deliver(Batch batch) {
  while (!batch.empty()) {
    const auto result = transport_.post_json(url_, batch_body(batch));
    if (!result.response) {
      if (wait_before_retry(batch, result, "no answer from " + url_ + ": " + result.error) == Flow::Stop) {
        return Flow::Stop;
      }
      continue;
    }
    const auto& response = *result.response;
    const long status = response.status;
    if (status >= 200 && status < 300) {
      std::string problem;
      auto rest = settle_accepted(batch, response, problem);
      if (rest.empty()) {
        consecutive_failures_ = 0;
        return Flow::Continue;
      }
      // Some were proven: the LRS is there, so count the failures of the rest afresh.
      if (rest.size() < batch.size()) consecutive_failures_ = 0;
      if (wait_before_retry(rest, result, problem) == Flow::Stop) return Flow::Stop;
      batch = std::move(rest);
      continue;
    }
    if (status == 401 || status == 403) {
      summary_.credentials_refused = true;
      summary_.stopped_because = "the LRS refused the credentials (" + lrs_message(response) +
                                 "): wrong user or password, or this key may not write statements";
      return Flow::Stop;
    }
    if (is_transient(status)) {
      if (wait_before_retry(batch, result, "LRS busy or failing: " + lrs_message(response)) == Flow::Stop) {
        return Flow::Stop;
      }
      continue;
    }
    if (status == 400 || status == 409 || status == 413) {
      if (batch.size() > 1) {
        // One bad (or conflicting) statement fails the whole batch: halve until it stands alone.
        consecutive_failures_ = 0;
        const auto half = static_cast<std::ptrdiff_t>(batch.size() / 2);
        if (deliver(Batch(batch.begin(), batch.begin() + half)) == Flow::Stop) return Flow::Stop;
        return deliver(Batch(batch.begin() + half, batch.end()));
      }
      bool retry = false;
      std::string problem;
      if (settle_refused_alone(batch.front(), response, retry, problem) == Flow::Stop) return Flow::Stop;
      if (!retry) return Flow::Continue;
      if (wait_before_retry(batch, result, problem) == Flow::Stop) return Flow::Stop;
      continue;
    }
    summary_.stopped_because = "unexpected answer from " + url_ + ": " + lrs_message(response) +
                               (status == 404 ? " (is --endpoint the LRS's xAPI base URL?)" : "");
    return Flow::Stop;
  }
  return Flow::Continue;
}

Uploader::Batch Uploader::settle_accepted(const Batch& batch, const HttpResponse& response,
                                          std::string& problem) {
  std::vector<std::string> proven;
  Batch rest;
  const auto status = std::to_string(response.status);
  if (const auto listed = listed_ids(response.body)) {
    for (const auto& entry : batch) {
      if (listed->count(lowercase(entry.statement_id)) != 0) {
        proven.push_back(entry.statement_id);
      } else {
        rest.push_back(entry);
      }
    }
    problem = "the server answered HTTP " + status + " but its list of stored ids lacks " +
              std::to_string(rest.size()) + " of the " + std::to_string(batch.size()) +
              " statements sent (a proxy, or not an LRS?): " + body_excerpt(response.body);
  } else if (response.status == 204) {
    // No list to read: ask for each statement, and stop asking at the first
    // one not shown (a POST again is cheaper than a GET per statement).
    for (const auto& entry : batch) {
      if (!rest.empty()) {
        rest.push_back(entry);
        continue;
      }
      const auto confirmation = confirm(entry);
      if (confirmation.held == Held::Same) {
        proven.push_back(entry.statement_id);
      } else if (confirmation.held == Held::Different) {
        add_conflict(entry,
                     "the LRS answered HTTP 204 but holds a different statement with this id (first "
                     "difference: " +
                         confirmation.detail + ")");
      } else {
        rest.push_back(entry);
        problem = "the LRS answered HTTP 204 without the stored statement ids, and " + confirmation.detail;
      }
    }
  } else {
    rest = batch;
    problem = "the server answered HTTP " + status +
              " but not with the stored statement ids (a Wi-Fi login page or a proxy?): " +
              body_excerpt(response.body);
  }
  if (!proven.empty()) {
    unheld_conflicts_in_a_row_ = 0;
    mark_sent(proven);
    summary_.sent += static_cast<int>(proven.size());
    done_ += static_cast<int>(proven.size());
    report_progress();
  }
  return rest;
}

Uploader::Flow Uploader::settle_refused_alone(const store::OutboxEntry& entry, const HttpResponse& response,
                                              bool& retry, std::string& problem) {
  const auto message = lrs_message(response);
  if (response.status == 409) {
    // 409 says the LRS holds *a* statement with this id; only a look tells
    // whether it is ours (a re-send after a lost answer) or another one.
    const auto confirmation = confirm(entry);
    switch (confirmation.held) {
      case Held::Same:
        consecutive_failures_ = 0;
        unheld_conflicts_in_a_row_ = 0;
        mark_sent(std::span(&entry.statement_id, 1));
        ++summary_.already_there;
        ++done_;
        report_progress();
        return Flow::Continue;
      case Held::Different:
        add_conflict(entry, "the LRS holds a different statement with this id (" + message +
                                "; first difference: " + confirmation.detail + ")");
        break;
      case Held::None:
        add_conflict(entry, "the LRS answered " + message + " but holds no statement with this id (" +
                                confirmation.detail + ")");
        ++unheld_conflicts_in_a_row_;
        break;
      case Held::Unknown:
        retry = true;
        problem =
            "the LRS answered " + message + " and the statement could not be checked: " + confirmation.detail;
        return Flow::Continue;
    }
    if (confirmation.held != Held::None) unheld_conflicts_in_a_row_ = 0;
    if (conflicts_everywhere()) {
      summary_.stopped_because = "the first " + std::to_string(summary_.conflicts.size()) +
                                 " statements sent one by one all met a conflict (" +
                                 summary_.conflicts.front().message +
                                 "): is --endpoint the LRS's xAPI base URL? Fix it, then upload with "
                                 "--retry-rejected";
      return Flow::Stop;
    }
    if (unheld_conflicts_in_a_row_ >= kConflictsBeforeStopping) {
      summary_.stopped_because =
          "the server answered 409 Conflict for " + std::to_string(unheld_conflicts_in_a_row_) +
          " statements in a row that it does not hold (" + summary_.conflicts.back().message +
          "): not an LRS answering? Check --endpoint, then upload with --retry-rejected";
      return Flow::Stop;
    }
    return Flow::Continue;
  }
  consecutive_failures_ = 0;
  store_.mark_rejected(entry.statement_id, message);
  summary_.rejected.push_back({entry.statement_id, message});
  ++done_;
  report_progress();
  if (refuses_everything()) {
    summary_.stopped_because = "the LRS refused the first " + std::to_string(summary_.rejected.size()) +
                               " statements one by one with the same answer (" + message +
                               "): is --endpoint right? Fix it, then upload with --retry-rejected";
    return Flow::Stop;
  }
  return Flow::Continue;
}

Uploader::Confirmation Uploader::confirm(const store::OutboxEntry& entry) {
  const auto url = url_ + "?statementId=" + xapi::encode_iri_segment(entry.statement_id);
  const auto result = transport_.get(url);
  if (!result.response) return {Held::Unknown, "GET " + url + " got no answer: " + result.error};
  const auto& response = *result.response;
  if (response.status == 404) return {Held::None, "GET " + url + " answered " + lrs_message(response)};
  if (response.status != 200) return {Held::Unknown, "GET " + url + " answered " + lrs_message(response)};
  const auto stored = parse_answer(response.body, kMaxAnswerDepth);
  if (!stored.is_object() || !stored.contains("id")) {
    return {Held::Unknown,
            "GET " + url + " answered HTTP 200 but not with a statement: " + body_excerpt(response.body)};
  }
  const auto sent = nlohmann::json::parse(entry.statement_json, nullptr, false);
  if (auto difference = statement_difference(sent, stored)) return {Held::Different, *difference};
  return {Held::Same, {}};
}

void Uploader::mark_sent(std::span<const std::string> ids) {
  store_.mark_sent(ids, hooks_.now ? xapi::format_timestamp(hooks_.now()) : xapi::now_timestamp());
}

void Uploader::add_conflict(const store::OutboxEntry& entry, const std::string& message) {
  consecutive_failures_ = 0;
  store_.mark_conflict(entry.statement_id, message);
  summary_.conflicts.push_back({entry.statement_id, message});
  ++done_;
  report_progress();
}

bool Uploader::refuses_everything() const {
  // A wrong endpoint or an LRS misconfiguration answers 400 to anything; rather
  // than reject the whole outbox one statement at a time, stop early.
  constexpr std::size_t kSameRefusals = 3;
  if (summary_.sent > 0 || summary_.already_there > 0 || summary_.rejected.size() < kSameRefusals)
    return false;
  return std::all_of(summary_.rejected.begin(), summary_.rejected.end(), [&](const StatementProblem& r) {
    return r.message == summary_.rejected.front().message;
  });
}

bool Uploader::conflicts_everywhere() const {
  // A server answering 409 to anything (a misconfigured proxy, not an LRS)
  // would otherwise turn the whole outbox into conflicts, one by one.
  return summary_.sent == 0 && summary_.already_there == 0 &&
         summary_.conflicts.size() >= static_cast<std::size_t>(kConflictsBeforeStopping);
}

Uploader::Flow Uploader::wait_before_retry(std::span<const store::OutboxEntry> batch,
                                           const HttpResult& result, const std::string& problem) {
  ++consecutive_failures_;
  store_.note_failed_attempt(ids_of(batch), problem);
  if (consecutive_failures_ >= options_.retry.max_tries) {
    summary_.stopped_because =
        problem + " (gave up after " + std::to_string(consecutive_failures_) + " tries)";
    return Flow::Stop;
  }
  auto delay =
      backoff_delay(options_.retry, consecutive_failures_, hooks_.random01 ? hooks_.random01() : 0.5);
  if (result.response && result.response->retry_after) {
    const auto now = hooks_.now ? hooks_.now() : std::chrono::system_clock::now();
    if (auto asked = parse_retry_after(*result.response->retry_after, now)) {
      delay = std::max(delay, std::chrono::duration_cast<std::chrono::milliseconds>(*asked));
    }
  }
  if (total_wait_ + delay > options_.retry.max_total_wait) {
    summary_.stopped_because = problem + " (would have to wait " + std::to_string(delay.count() / 1000) +
                               " s more, past the limit of " +
                               std::to_string(options_.retry.max_total_wait.count()) + " s of waiting)";
    return Flow::Stop;
  }
  total_wait_ += delay;
  if (hooks_.sleep) hooks_.sleep(delay);
  return Flow::Continue;
}

}  // namespace cuepoint::upload
