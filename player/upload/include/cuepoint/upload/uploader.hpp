// Delivers the outbox's pending statements to an LRS in batches, exactly once
// in effect: statement ids are fixed when recorded, the LRS ignores a re-sent
// identical statement, and a statement is marked sent only once delivery is
// proven: its id is in the list of stored ids the LRS answers a POST with, or
// (after a 204, or a 409 for it alone) a GET shows the LRS holds the same
// statement. Any other answer, a 200 included, is a failed try. An interrupted
// upload resumes from the database.
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

struct StatementProblem {
  std::string statement_id;
  std::string message;  // the LRS's reason, or what the uploader found
};

struct UploadSummary {
  int sent = 0;  // proven stored in this run (ids in the LRS's answer, or shown by a GET after a 204)
  int already_there = 0;  // answered 409, and a GET showed the LRS holds the same statement: marked sent
  std::vector<StatementProblem> rejected;   // refused in this run (kept in the outbox as rejected)
  std::vector<StatementProblem> conflicts;  // 409, and the LRS holds a different statement or none (kept)
  int left = 0;                 // in the database: still pending, plus every rejected and conflicting one
  std::string stopped_because;  // empty when the run went through the whole outbox
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
  // What a GET of one statement showed.
  enum class Held { Same, Different, None, Unknown };
  struct Confirmation {
    Held held = Held::Unknown;
    std::string detail;  // the difference, or why nothing could be learnt
  };
  using Batch = std::vector<store::OutboxEntry>;

  Flow deliver(Batch batch);
  // The rest of `batch` after a 2xx: what the answer (or GETs) did not prove.
  Batch settle_accepted(const Batch& batch, const HttpResponse& response, std::string& problem);
  Flow settle_refused_alone(const store::OutboxEntry& entry, const HttpResponse& response, bool& retry,
                            std::string& problem);
  Confirmation confirm(const store::OutboxEntry& entry);
  void mark_sent(std::span<const std::string> ids);
  void add_conflict(const store::OutboxEntry& entry, const std::string& message);
  Flow wait_before_retry(std::span<const store::OutboxEntry> batch, const HttpResult& result,
                         const std::string& problem);
  void report_progress();
  bool refuses_everything() const;
  bool conflicts_everywhere() const;

  store::Store& store_;
  Transport& transport_;
  UploadOptions options_;
  UploadHooks hooks_;
  std::string url_;
  UploadSummary summary_;
  int consecutive_failures_ = 0;
  int unheld_conflicts_in_a_row_ = 0;  // 409s for statements a GET did not find
  std::chrono::milliseconds total_wait_{0};
  int done_ = 0;
  int total_ = 0;
};

}  // namespace cuepoint::upload
