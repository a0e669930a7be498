#include "cuepoint/bundle/bundle_writer.hpp"

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "bundle_fields.hpp"
#include "bundle_lines.hpp"
#include "cuepoint/integrity/sha256_stream.hpp"
#include "cuepoint/store/store_error.hpp"

namespace cuepoint::bundle {
namespace {

// Writes lines and hashes every byte written, for the end line.
class LineSink {
 public:
  explicit LineSink(std::ostream& out) : out_(out) {}
  void write(const nlohmann::json& line) {
    const std::string text = line.dump() + "\n";
    sha_.update(text.data(), text.size());
    out_ << text;
  }
  std::string finish() { return sha_.finish(); }

 private:
  std::ostream& out_;
  integrity::Sha256Stream sha_;
};

// One read transaction around all the reads: with a player recording at the same
// time (WAL), every read sees the same snapshot, so no row is written without its
// statement (the merge relies on a statement and its row travelling together).
class ReadSnapshot {
 public:
  explicit ReadSnapshot(store::Database& db) : db_(db) {
    db_.execute("BEGIN", "starting to read the database");
  }
  ~ReadSnapshot() {
    try {
      db_.execute("ROLLBACK", "ending the read of the database");
    } catch (const store::StoreError&) {
      // Nothing was written; the connection closes right after.
    }
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  store::Database& db_;
};

}  // namespace

WrittenCounts write_bundle(store::Store& store, const BundleHeader& header, std::ostream& out) {
  // Read everything first: the bundle is one consistent picture of the database.
  std::optional<ReadSnapshot> snapshot(std::in_place, store.database());
  const auto learners = store.learners();
  const auto sessions = store.sessions();
  const auto outbox = store.outbox();
  const auto attempts = store.attempts();
  const auto watch_events = store.watch_events();
  snapshot.reset();

  LineSink sink(out);
  sink.write({{lines::kFormatKey, kFormatName},
              {lines::kVersionKey, kFormatVersion},
              {lines::kDeviceIdKey, header.device_id},
              {lines::kDeviceNameKey, header.device_name},
              {lines::kCreatedKey, header.created_utc}});
  WrittenCounts counts;
  for (const auto& learner : learners) sink.write(fields::to_line(learner));
  for (const auto& session : sessions) sink.write(fields::to_line(session));
  for (const auto& entry : outbox) {
    sink.write(fields::to_line(BundleStatement{entry.statement_id, entry.statement_json, entry.created_utc,
                                               entry.state, entry.sent_utc}));
    if (entry.state == store::OutboxState::Sent) ++counts.statements_sent;
  }
  for (const auto& attempt : attempts) sink.write(fields::to_line(attempt));
  for (const auto& event : watch_events) sink.write(fields::to_line(event));
  counts.learners = learners.size();
  counts.sessions = sessions.size();
  counts.statements = outbox.size();
  counts.attempts = attempts.size();
  counts.watch_events = watch_events.size();
  const std::size_t records =
      counts.learners + counts.sessions + counts.statements + counts.attempts + counts.watch_events;
  const std::string sha256 = sink.finish();
  out << nlohmann::json{{lines::kEndKey, kFormatName},
                        {lines::kRecordsKey, records},
                        {lines::kSha256Key, sha256}}
             .dump()
      << "\n";
  return counts;
}

}  // namespace cuepoint::bundle
