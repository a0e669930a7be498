// An answers bundle: everything one device recorded, as plain values (docs/bundles.md).
// The file is JSON lines: a header line (format name, version, device), one line per
// record (learners, sessions, statements, attempts, watch events, in that order, so
// every reference points backwards), and an end line with the record count and the
// SHA-256 of every byte before it, so a truncated or altered file is detected.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/store/records.hpp"

namespace cuepoint::bundle {

inline constexpr std::string_view kFormatName = "cuepoint-answers-bundle";
inline constexpr int kFormatVersion = 1;

// What a bundle reader accepts at most; far above a device's real bundle (a class
// year of one tablet is a few MiB), so that a hostile file cannot fill memory.
struct BundleLimits {
  std::size_t max_file_bytes = std::size_t{256} << 20;  // 256 MiB
  std::size_t max_line_bytes = std::size_t{1} << 20;    // one record: 1 MiB
  int max_depth = 16;                                   // nesting of a record or a statement
};

// A refused bundle; the message names the file (and line) and what is wrong.
class BundleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct BundleHeader {
  std::string device_id;    // stable per device (docs/bundles.md: where it comes from)
  std::string device_name;  // the host name, for people
  std::string created_utc;
};

// A statement of the device's outbox and what became of it there.
struct BundleStatement {
  std::string id;
  std::string json;  // the statement exactly as recorded
  std::string created_utc;
  store::OutboxState state = store::OutboxState::Pending;
  std::optional<std::string> sent_utc;
};

struct Bundle {
  std::string file;  // as named in messages
  BundleHeader header;
  std::vector<store::LearnerRecord> learners;
  std::vector<store::SessionRecord> sessions;
  std::vector<BundleStatement> statements;
  std::vector<store::AttemptRecord> attempts;
  std::vector<store::WatchEventRecord> watch_events;
  // 1-based line of each record, for messages about a record (same order as above).
  std::vector<int> attempt_lines, watch_event_lines, statement_lines, session_lines, learner_lines;

  std::size_t record_count() const {
    return learners.size() + sessions.size() + statements.size() + attempts.size() + watch_events.size();
  }
};

}  // namespace cuepoint::bundle
