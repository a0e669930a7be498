#include <map>
#include <utility>

#include "cuepoint/record/export.hpp"
#include "cuepoint/report/report_error.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/store/store_error.hpp"
#include "input_readers.hpp"
#include "utc_time.hpp"

namespace cuepoint::report {
namespace {

// The recorder writes every time itself; one it cannot read means a damaged row.
std::int64_t wall_time(const std::filesystem::path& file, const std::string& text, const std::string& row) {
  const auto millis = parse_utc_millis(text);
  if (!millis) {
    throw ReportError("database '" + file.string() + "': " + row + " has a time that is not RFC 3339 UTC: '" +
                      text + "'");
  }
  return *millis;
}

std::string response_text(const std::string& response_json) {
  const auto readable = record::readable_response(response_json);
  return readable.is_string() ? readable.get<std::string>() : readable.dump();
}

}  // namespace

InputSummary read_database(const std::filesystem::path& file, ClassRecords& records) {
  InputSummary summary{InputKind::Database};
  const int duplicates_before = records.duplicates();
  try {
    auto store = store::Store::open_read_only(file);
    for (const auto& learner : store.learners()) records.name_learner(learner.id, learner.display_name);
    std::map<std::string, store::SessionRecord> sessions;
    for (auto& session : store.sessions()) sessions.emplace(session.uuid, std::move(session));
    for (const auto& a : store.attempts()) {
      ++summary.answers;
      records.add(Answer{a.statement_id, a.learner_id, a.session_uuid, a.lesson_id, a.lesson_version,
                         a.cue_id, a.question_type, response_text(a.response_json), a.correct, a.score,
                         a.max_score, a.attempt_number, a.lesson_time_us,
                         wall_time(file, a.wall_time_utc, "answer " + a.statement_id)});
    }
    for (const auto& e : store.watch_events()) {
      ++summary.watch_events;
      // The schema's foreign key ties every event to its session.
      const auto session = sessions.find(e.session_uuid);
      if (session == sessions.end()) {
        throw ReportError("database '" + file.string() + "': watch event " + e.statement_id +
                          " names session " + e.session_uuid + ", which it does not hold");
      }
      records.add(WatchEvent{e.statement_id, e.session_uuid, session->second.learner_id,
                             session->second.lesson_id, e.kind, e.from_us, e.to_us,
                             wall_time(file, e.wall_time_utc, "watch event " + e.statement_id)});
    }
  } catch (const store::StoreError& error) {
    throw ReportError(error.what());
  }
  summary.duplicates = records.duplicates() - duplicates_before;
  return summary;
}

}  // namespace cuepoint::report
