// Delivers the outbox's pending statements to an LRS in batches, exactly once
// in effect: statement ids are fixed when recorded, the LRS ignores a re-sent
// identical statement, and a batch is marked sent (one transaction) only after
// the LRS accepted it. An interrupted upload resumes from the database.
#pragma once

#include <chrono>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "cuepoint/store/store.hpp"
#include "cuepoint/upload/backoff.hpp"
#include "cuepoint/upload/transport.hpp"

namespace cuepoint::upload {

struct UploadOptions {
  std::string endpoint;  // the LRS base, e.g. https://lrs.example/xapi/
  int batch_size = 50;
  RetryPolicy retry;
};

struct RejectedStatement {
  std::string statement_id;
  std::string message;  // the LRS's reason
};

struct UploadSummary {
  int sent = 0;                             // accepted in this run
  int already_there = 0;                    // the LRS answered 409: it holds a statement with this id
  std::vector<RejectedStatement> rejected;  // refused in this run (kept in the outbox as rejected)
  int left = 0;                             // still pending plus every rejected one in the database
  std::string stopped_because;              // empty when the run went through the whole outbox
  bool credentials_refused = false;
  bool complete() const { return left == 0; }
};

// Hooks that tests replace: waiting, randomness, progress reports.
struct UploadHooks {
  std::function<void(std::chrono::milliseconds)> sleep;
  std::function<double()> random01;  // jitter in [0, 1)
  std::function<void(int done, int total)> progress;
  std::function<std::chrono::system_clock::time_point()> now;
};
UploadHooks default_upload_hooks();

class Uploader {
 public:
  // Throws UploadError for an endpoint that is not an http(s) URL or a batch size below 1.
  Uploader(store::Store& store, Transport& transport, UploadOptions options, UploadHooks hooks);
  UploadSummary run();

 private:
  enum class Flow { Continue, Stop };
  Flow deliver(std::span<const store::OutboxEntry> batch);
  Flow wait_before_retry(std::span<const store::OutboxEntry> batch, const HttpResult& result,
                         const std::string& problem);
  void report_progress();
  bool refuses_everything() const;

  store::Store& store_;
  Transport& transport_;
  UploadOptions options_;
  UploadHooks hooks_;
  std::string url_;
  UploadSummary summary_;
  int consecutive_failures_ = 0;
  std::chrono::milliseconds total_wait_{0};
  int done_ = 0;
  int total_ = 0;
};

}  // namespace cuepoint::upload
