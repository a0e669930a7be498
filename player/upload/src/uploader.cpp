#include "cuepoint/upload/uploader.hpp"

#include <algorithm>
#include <random>
#include <thread>

#include <nlohmann/json.hpp>

#include "cuepoint/upload/upload_config.hpp"
#include "cuepoint/upload/upload_error.hpp"
#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::upload {
namespace {

constexpr std::size_t kMaxMessage = 500;

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

// The LRS's reason: its JSON "message" or "warnings" when there are some, else the body, shortened.
std::string lrs_message(const HttpResponse& response) {
  auto parsed = nlohmann::json::parse(response.body, nullptr, false);
  std::string text = response.body;
  if (parsed.is_object() && parsed.contains("message") && parsed["message"].is_string()) {
    text = parsed["message"].get<std::string>();
  } else if (parsed.is_object() && parsed.contains("warnings") && parsed["warnings"].is_array()) {
    // Learning Locker lists validation problems as "warnings".
    std::string joined;
    for (const auto& warning : parsed["warnings"]) {
      if (!joined.empty()) joined += "; ";
      joined += warning.is_string() ? warning.get<std::string>() : warning.dump();
    }
    if (!joined.empty()) text = joined;
  }
  if (text.size() > kMaxMessage) text = text.substr(0, kMaxMessage) + "...";
  return "HTTP " + std::to_string(response.status) + (text.empty() ? "" : ": " + text);
}

bool is_transient(long status) { return status == 408 || status == 429 || status >= 500; }

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
    const auto batch = store_.pending_statements(options_.batch_size);
    if (batch.empty()) break;
    if (deliver(batch) == Flow::Stop) break;
  }
  const auto counts = store_.outbox_counts();
  summary_.left = counts.pending + counts.rejected;
  return summary_;
}

Uploader::Flow Uploader::deliver(std::span<const store::OutboxEntry> batch) {
  for (;;) {
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
      consecutive_failures_ = 0;
      const auto ids = ids_of(batch);
      store_.mark_sent(ids, hooks_.now ? xapi::format_timestamp(hooks_.now()) : xapi::now_timestamp());
      summary_.sent += static_cast<int>(batch.size());
      done_ += static_cast<int>(batch.size());
      report_progress();
      return Flow::Continue;
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
      consecutive_failures_ = 0;
      if (batch.size() > 1) {
        // One bad statement fails the whole batch: halve until it stands alone.
        const auto half = batch.size() / 2;
        if (deliver(batch.subspan(0, half)) == Flow::Stop) return Flow::Stop;
        return deliver(batch.subspan(half));
      }
      const auto& entry = batch.front();
      const auto message = lrs_message(response);
      if (status == 409) {
        store_.mark_conflict(entry.statement_id, message);
        ++summary_.already_there;
      } else {
        store_.mark_rejected(entry.statement_id, message);
        summary_.rejected.push_back({entry.statement_id, message});
        if (refuses_everything()) {
          summary_.stopped_because = "the LRS refused the first " + std::to_string(summary_.rejected.size()) +
                                     " statements one by one with the same answer (" + message +
                                     "): is --endpoint right? Fix it, then upload with --retry-rejected";
          return Flow::Stop;
        }
      }
      ++done_;
      report_progress();
      return Flow::Continue;
    }
    summary_.stopped_because = "unexpected answer from " + url_ + ": " + lrs_message(response) +
                               (status == 404 ? " (is --endpoint the LRS's xAPI base URL?)" : "");
    return Flow::Stop;
  }
}

bool Uploader::refuses_everything() const {
  // A wrong endpoint or an LRS misconfiguration answers 400 to anything; rather
  // than reject the whole outbox one statement at a time, stop early.
  constexpr std::size_t kSameRefusals = 3;
  if (summary_.sent > 0 || summary_.rejected.size() < kSameRefusals) return false;
  return std::all_of(summary_.rejected.begin(), summary_.rejected.end(), [&](const RejectedStatement& r) {
    return r.message == summary_.rejected.front().message;
  });
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
