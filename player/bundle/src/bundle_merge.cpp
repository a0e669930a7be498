#include "cuepoint/bundle/bundle_merge.hpp"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "cuepoint/store/store_error.hpp"

namespace cuepoint::bundle {
namespace {

// The keys merging looks up, with bound parameters, inside the bundle's transaction.
class Lookups {
 public:
  explicit Lookups(store::Store& store) : db_(store.database()) {}

  bool has_learner(const std::string& id) { return exists("SELECT 1 FROM learners WHERE id = ?", id); }
  std::optional<store::SessionRecord> session(const std::string& uuid) {
    auto query = db_.prepare("SELECT learner_id, ended_utc FROM lesson_sessions WHERE uuid = ?",
                             "looking up a lesson session");
    query.bind_all(uuid);
    if (!query.step()) return std::nullopt;
    store::SessionRecord found;
    found.uuid = uuid;
    found.learner_id = query.text(0);
    found.ended_utc = query.optional_text(1);
    return found;
  }
  std::optional<std::string> statement_json(const std::string& id) {
    auto query =
        db_.prepare("SELECT statement_json FROM outbox WHERE statement_id = ?", "looking up a statement");
    query.bind_all(id);
    if (!query.step()) return std::nullopt;
    return query.text(0);
  }

 private:
  bool exists(const char* sql, const std::string& key) {
    auto query = db_.prepare(sql, "looking up a learner");
    query.bind_all(key);
    return query.step();
  }
  store::Database& db_;
};

class Merger {
 public:
  Merger(store::Store& store, const Bundle& bundle) : store_(store), bundle_(bundle), lookups_(store) {}

  MergeResult run() {
    for (std::size_t i = 0; i < bundle_.learners.size(); ++i) {
      at(bundle_.learner_lines, i, [&](const std::string& where) { learner(bundle_.learners[i], where); });
    }
    for (std::size_t i = 0; i < bundle_.sessions.size(); ++i) {
      at(bundle_.session_lines, i, [&](const std::string& where) { session(bundle_.sessions[i], where); });
    }
    for (std::size_t i = 0; i < bundle_.statements.size(); ++i) {
      at(bundle_.statement_lines, i,
         [&](const std::string& where) { statement(bundle_.statements[i], where); });
    }
    for (std::size_t i = 0; i < bundle_.attempts.size(); ++i) {
      at(bundle_.attempt_lines, i, [&](const std::string& where) { attempt(bundle_.attempts[i], where); });
    }
    for (std::size_t i = 0; i < bundle_.watch_events.size(); ++i) {
      at(bundle_.watch_event_lines, i,
         [&](const std::string& where) { watch(bundle_.watch_events[i], where); });
    }
    return result_;
  }

 private:
  // Runs one record's merge; a database refusal (a CHECK constraint) names the record's line.
  void at(const std::vector<int>& lines, std::size_t index,
          const std::function<void(const std::string&)>& merge) {
    const std::string where =
        bundle_.file + ":" + (index < lines.size() ? std::to_string(lines[index]) : std::string("?"));
    try {
      merge(where);
    } catch (const store::StoreError& error) {
      throw BundleError(where + ": error: the database refused this record: " + error.what());
    }
  }
  [[noreturn]] static void refuse(const std::string& where, const std::string& what) {
    throw BundleError(where + ": error: " + what);
  }

  void learner(const store::LearnerRecord& learner, const std::string&) {
    // A learner known here keeps the name the teacher's database has.
    if (lookups_.has_learner(learner.id)) {
      ++result_.already_present.learners;
      return;
    }
    store_.save_learner(learner);
    ++result_.added.learners;
  }

  void session(const store::SessionRecord& session, const std::string& where) {
    if (const auto known = lookups_.session(session.uuid)) {
      if (known->learner_id != session.learner_id) {
        refuse(where, "session " + session.uuid + " is learner '" + known->learner_id +
                          "''s in the database but '" + session.learner_id + "''s here");
      }
      // A later bundle of the same device may know that the session has ended since.
      if (!known->ended_utc && session.ended_utc) store_.end_session(session.uuid, *session.ended_utc);
      ++result_.already_present.sessions;
      return;
    }
    if (!lookups_.has_learner(session.learner_id)) {
      refuse(where, "session " + session.uuid + " names learner '" + session.learner_id +
                        "', who is in neither the bundle nor the database");
    }
    store_.add_session(session);
    ++result_.added.sessions;
  }

  void statement(const BundleStatement& statement, const std::string& where) {
    if (const auto known = lookups_.statement_json(statement.id)) {
      if (*known != statement.json) {
        refuse(where,
               "statement " + statement.id +
                   " is already in the database with a different content (the same id must be the same "
                   "statement)");
      }
      if (!added_statements_.contains(statement.id)) present_before_.insert(statement.id);
      ++result_.already_present.statements;
      return;
    }
    // Pending whatever the device did with it: the upload proves delivery to the teacher's LRS.
    store_.enqueue_statement(statement.id, statement.json, statement.created_utc);
    added_statements_.insert(statement.id);
    ++result_.added.statements;
    if (statement.state == store::OutboxState::Sent) ++result_.added_sent_by_device;
  }

  // Whether the row recorded with `statement_id` is to be added: its statement is new
  // (then the row is too: the device recorded them together), claimed by no other row.
  bool row_is_new(const std::string& statement_id, const std::string& where, const char* row) {
    if (const auto first = claimed_.find(statement_id); first != claimed_.end()) {
      refuse(where, std::string(row) + " of statement " + statement_id +
                        " is the second record of it (the first is " + first->second + ")");
    }
    claimed_.emplace(statement_id, where);
    if (present_before_.contains(statement_id)) return false;
    if (added_statements_.contains(statement_id)) return true;
    if (lookups_.statement_json(statement_id)) return false;  // recorded here before, not in this bundle
    refuse(where, std::string(row) + " points at statement " + statement_id +
                      ", which is in neither the bundle nor the database");
  }

  void require_session(const std::string& uuid, const std::string& where, const char* row) {
    if (!lookups_.session(uuid)) {
      refuse(where, std::string(row) + " belongs to session " + uuid +
                        ", which is in neither the bundle nor the database");
    }
  }

  void attempt(const store::AttemptRecord& attempt, const std::string& where) {
    if (!row_is_new(attempt.statement_id, where, "the answer")) {
      ++result_.already_present.attempts;
      return;
    }
    require_session(attempt.session_uuid, where, "the answer");
    if (!lookups_.has_learner(attempt.learner_id)) {
      refuse(where, "the answer names learner '" + attempt.learner_id +
                        "', who is in neither the bundle nor the database");
    }
    store_.add_attempt(attempt);
    ++result_.added.attempts;
  }

  void watch(const store::WatchEventRecord& event, const std::string& where) {
    if (!row_is_new(event.statement_id, where, "the watch event")) {
      ++result_.already_present.watch_events;
      return;
    }
    require_session(event.session_uuid, where, "the watch event");
    store_.add_watch_event(event);
    ++result_.added.watch_events;
  }

  store::Store& store_;
  const Bundle& bundle_;
  Lookups lookups_;
  MergeResult result_;
  std::set<std::string> present_before_;        // statements in the database before this bundle
  std::set<std::string> added_statements_;      // statements this bundle added
  std::map<std::string, std::string> claimed_;  // statement id -> the row that has it
};

}  // namespace

MergeResult merge_bundle(store::Store& store, const Bundle& bundle) {
  auto transaction = store.transaction("collecting bundle '" + bundle.file + "'");
  MergeResult result = Merger(store, bundle).run();
  transaction.commit();
  return result;
}

}  // namespace cuepoint::bundle
