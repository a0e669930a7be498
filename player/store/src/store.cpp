#include "cuepoint/store/store.hpp"

#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string_view>
#include <system_error>

#include "cuepoint/store/database_path.hpp"
#include "cuepoint/store/migrations.hpp"

namespace cuepoint::store {
namespace fs = std::filesystem;
using Kind = StoreError::Kind;

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// Reads the 16-byte header without SQLite so that a foreign file is refused
// before SQLite could touch it (it never writes to a file it cannot parse, but
// the check also gives a clearer message).
void check_sqlite_header(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw StoreError(Kind::CannotOpen, "database " + quoted(path) + " cannot be read (no permission?)");
  }
  std::array<char, 16> header{};
  in.read(header.data(), header.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got == 0) return;  // an empty file is an empty database
  if (got < header.size() || std::string_view(header.data(), header.size()) != kSqliteMagic) {
    throw StoreError(
        Kind::NotOurs,
        "database " + quoted(path) + " is not an SQLite database (wrong file header); it was left untouched");
  }
}

void create_private_file(const fs::path& path) {
  if (path.has_parent_path()) {
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
      throw StoreError(Kind::CannotOpen, "cannot create folder " + quoted(path.parent_path()) +
                                             " for the response database: " + error.message());
    }
  }
  struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  // "x": fail rather than truncate if another process created it meanwhile.
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.string().c_str(), "wbx"));
  const int open_errno = errno;
  if (!file && !fs::exists(path)) {
    if (is_out_of_space(open_errno)) throw no_space_error(path, "creating it");
    const std::error_code error(open_errno, std::generic_category());
    throw StoreError(error == std::errc::permission_denied || error == std::errc::read_only_file_system
                         ? Kind::ReadOnly
                         : Kind::CannotOpen,
                     "cannot create database " + quoted(path) + ": " + error.message());
  }
  file.reset();
  // Answers are personal data: only the owner may read them. SQLite gives the
  // -wal and -shm files the same permissions as the database.
  std::error_code error;
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
  if (error) {
    throw StoreError(Kind::CannotOpen,
                     "cannot restrict permissions of " + quoted(path) + ": " + error.message());
  }
}

enum class Access { ReadWrite, ReadOnly };

// Refuses what is not a Cuepoint database this program can use. A file that
// carries our mark but no valid schema version is damaged (migrating it would
// only fail on "table already exists"); reading needs a schema to read.
void identify(Database& db, Access access) {
  const auto& path = db.file();
  const auto application_id = db.pragma_int("application_id");
  const auto version = db.pragma_int("user_version");
  auto count = db.prepare("SELECT count(*) FROM sqlite_schema", "reading the list of tables");
  count.step();
  const auto objects = count.int64(0);
  if (application_id != kApplicationId && (application_id != 0 || version != 0 || objects != 0)) {
    throw StoreError(Kind::NotOurs, "database " + quoted(path) +
                                        " belongs to another program (application_id " +
                                        std::to_string(application_id) + ", " + std::to_string(objects) +
                                        " schema objects), not Cuepoint; it was left untouched");
  }
  if (version > latest_schema_version()) {
    throw StoreError(Kind::NewerVersion, "database " + quoted(path) +
                                             " was written by a newer Cuepoint (schema version " +
                                             std::to_string(version) + ", this program knows up to " +
                                             std::to_string(latest_schema_version()) +
                                             "); it was left untouched: update Cuepoint to use it");
  }
  if (version < 0) {
    throw StoreError(Kind::Corrupt,
                     "database " + quoted(path) + " is damaged: its schema version " +
                         std::to_string(version) +
                         " is unknown; it was left untouched: restore a backup or move it away");
  }
  if (version == 0 && objects > 0) {
    throw StoreError(Kind::Corrupt, "database " + quoted(path) +
                                        " is damaged: it is marked as Cuepoint's and holds " +
                                        std::to_string(objects) +
                                        " schema objects but no schema version (0); it was left untouched: "
                                        "restore a backup or move it away");
  }
  if (version == 0 && access == Access::ReadOnly) {
    throw StoreError(Kind::NotOurs, "database " + quoted(path) +
                                        " is an empty SQLite database, not a Cuepoint database; it was left "
                                        "untouched");
  }
}

void check_integrity(Database& db) {
  auto check = db.prepare("PRAGMA quick_check", "checking the database for damage");
  if (check.step() && check.text(0) != "ok") {
    throw StoreError(Kind::Corrupt, "database " + quoted(db.file()) + " is corrupt (" + check.text(0) +
                                        "); it was left untouched: restore a backup or move it away");
  }
}

void set_busy_timeout(Database& db) {
  if (const int rc = sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs); rc != SQLITE_OK) {
    throw db.error(rc, "setting how long to wait for a locked database");
  }
}

void configure(Database& db) {
  set_busy_timeout(db);
  auto mode = db.prepare("PRAGMA journal_mode = WAL", "switching to write-ahead logging");
  const std::string journal = mode.step() ? mode.text(0) : std::string();
  if (journal != "wal") {
    throw StoreError(Kind::Other, "database " + quoted(db.file()) +
                                      " cannot use write-ahead logging (journal mode stayed '" + journal +
                                      "'); keep it on a local disk, not a network share");
  }
  // FULL syncs the WAL at every commit: a committed answer survives power loss.
  db.execute("PRAGMA synchronous = FULL", "enabling durable commits");
  db.execute("PRAGMA foreign_keys = ON", "enabling foreign keys");
}

OutboxState state_from_string(std::string_view text) {
  if (text == "sent") return OutboxState::Sent;
  if (text == "rejected") return OutboxState::Rejected;
  if (text == "conflict") return OutboxState::Conflict;
  return OutboxState::Pending;
}

constexpr std::string_view kOutboxColumns =
    "SELECT statement_id, statement_json, created_utc, state, attempts, last_error, sent_utc FROM outbox ";

std::vector<OutboxEntry> read_outbox(Statement& query) {
  std::vector<OutboxEntry> entries;
  while (query.step()) {
    entries.push_back(OutboxEntry{query.text(0), query.text(1), query.text(2),
                                  state_from_string(query.text(3)), static_cast<int>(query.int64(4)),
                                  query.optional_text(5), query.optional_text(6)});
  }
  return entries;
}

}  // namespace

std::string_view to_string(WatchKind kind) {
  switch (kind) {
    case WatchKind::Initialized:
      return "initialized";
    case WatchKind::Played:
      return "played";
    case WatchKind::Paused:
      return "paused";
    case WatchKind::Seeked:
      return "seeked";
    case WatchKind::RateChanged:
      return "rate-changed";
    case WatchKind::Captions:
      return "captions";
    case WatchKind::Completed:
      return "completed";
    case WatchKind::Terminated:
      return "terminated";
  }
  return "played";
}

std::optional<WatchKind> watch_kind_from_string(std::string_view text) {
  for (auto kind :
       {WatchKind::Initialized, WatchKind::Played, WatchKind::Paused, WatchKind::Seeked,
        WatchKind::RateChanged, WatchKind::Captions, WatchKind::Completed, WatchKind::Terminated}) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

std::string_view to_string(OutboxState state) {
  switch (state) {
    case OutboxState::Pending:
      return "pending";
    case OutboxState::Sent:
      return "sent";
    case OutboxState::Rejected:
      return "rejected";
    case OutboxState::Conflict:
      return "conflict";
  }
  return "pending";
}

Store Store::open(const fs::path& path) {
  check_database_path(path);
  std::error_code error;
  if (fs::exists(path, error)) {
    check_sqlite_header(path);
  } else {
    create_private_file(path);
  }
  auto db = Database::open(path, false);
  if (db.read_only()) {
    throw StoreError(Kind::ReadOnly,
                     "database " + quoted(path) +
                         " is read-only: Cuepoint must write answers to it; check its permissions");
  }
  identify(db, Access::ReadWrite);
  check_integrity(db);
  configure(db);
  migrate(db);
  return Store(std::move(db));
}

Store Store::open_read_only(const fs::path& path) {
  check_database_path(path);
  std::error_code error;
  if (!fs::exists(path, error)) throw StoreError(Kind::CannotOpen, "no response database at " + quoted(path));
  if (fs::file_size(path, error) == 0 && !error) {
    throw StoreError(Kind::NotOurs, "database " + quoted(path) +
                                        " is empty, not a Cuepoint database; it was left untouched");
  }
  check_sqlite_header(path);
  // Changes still in a -wal (or a -journal to roll back) are not in the main
  // file: then SQLite must see them through its normal locking, which needs a
  // -shm file beside the database. Without them the main file is complete and
  // is opened immutable: no lock, no -wal or -shm created, even in a read-only
  // folder.
  const auto has_pending_changes = [&](const char* suffix) {
    const fs::path sibling(path.string() + suffix);
    std::error_code ignored;
    return fs::exists(sibling, ignored) && fs::file_size(sibling, ignored) > 0;
  };
  const bool immutable = !has_pending_changes("-wal") && !has_pending_changes("-journal");
  auto db = Database::open_read_only(path, immutable);
  set_busy_timeout(db);
  identify(db, Access::ReadOnly);
  check_integrity(db);
  return Store(std::move(db));
}

int Store::schema_version() { return static_cast<int>(db_.pragma_int("user_version")); }

void Store::save_learner(const LearnerRecord& learner) {
  db_.prepare(
         "INSERT INTO learners (id, display_name, created_utc) VALUES (?, ?, ?) "
         "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name",
         "saving learner '" + learner.id + "'")
      .bind_all(learner.id, learner.display_name, learner.created_utc)
      .run();
}

void Store::add_session(const SessionRecord& s) {
  db_.prepare(
         "INSERT INTO lesson_sessions (uuid, learner_id, lesson_id, lesson_version, lesson_sha256, "
         "started_utc, "
         "ended_utc, xapi_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
         "starting a lesson session")
      .bind_all(s.uuid, s.learner_id, s.lesson_id, s.lesson_version, s.lesson_sha256, s.started_utc,
                s.ended_utc, s.xapi_session_id)
      .run();
}

void Store::end_session(const std::string& uuid, const std::string& ended_utc) {
  db_.prepare("UPDATE lesson_sessions SET ended_utc = ? WHERE uuid = ?", "ending a lesson session")
      .bind_all(ended_utc, uuid)
      .run();
}

void Store::add_attempt(const AttemptRecord& a) {
  db_.prepare(
         "INSERT INTO attempts (learner_id, session_uuid, lesson_id, lesson_version, lesson_sha256, cue_id, "
         "question_type, response_json, correct, score, max_score, attempt_number, lesson_time_us, "
         "wall_time_utc, "
         "statement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         "saving an answer to cue '" + a.cue_id + "'")
      .bind_all(a.learner_id, a.session_uuid, a.lesson_id, a.lesson_version, a.lesson_sha256, a.cue_id,
                a.question_type, a.response_json, a.correct, a.score, a.max_score, a.attempt_number,
                static_cast<std::int64_t>(a.lesson_time_us), a.wall_time_utc, a.statement_id)
      .run();
}

void Store::add_watch_event(const WatchEventRecord& e) {
  db_.prepare(
         "INSERT INTO watch_events (session_uuid, kind, from_us, to_us, rate, captions_on, captions_lang, "
         "wall_time_utc, statement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
         "saving a '" + std::string(to_string(e.kind)) + "' watch event")
      .bind_all(e.session_uuid, to_string(e.kind), e.from_us, e.to_us, e.rate, e.captions_on, e.captions_lang,
                e.wall_time_utc, e.statement_id)
      .run();
}

void Store::enqueue_statement(const std::string& statement_id, const std::string& statement_json,
                              const std::string& created_utc) {
  db_.prepare("INSERT INTO outbox (statement_id, statement_json, created_utc) VALUES (?, ?, ?)",
              "queueing statement " + statement_id + " for upload")
      .bind_all(statement_id, statement_json, created_utc)
      .run();
}

int Store::attempts_at(const std::string& learner_id, const std::string& lesson_id,
                       const std::string& cue_id) {
  auto query = db_.prepare(
      "SELECT coalesce(max(attempt_number), 0) FROM attempts WHERE learner_id = ? AND lesson_id = ? AND "
      "cue_id = ?",
      "counting attempts at cue '" + cue_id + "'");
  query.bind_all(learner_id, lesson_id, cue_id);
  query.step();
  return static_cast<int>(query.int64(0));
}

std::vector<LearnerRecord> Store::learners() {
  auto query =
      db_.prepare("SELECT id, display_name, created_utc FROM learners ORDER BY rowid", "reading learners");
  std::vector<LearnerRecord> result;
  while (query.step()) result.push_back({query.text(0), query.text(1), query.text(2)});
  return result;
}

std::vector<RecentLearner> Store::recent_learners() {
  // RFC 3339 UTC times with milliseconds order as text; rowid breaks ties (later added first).
  auto query = db_.prepare(
      "SELECT l.id, l.display_name, l.created_utc, max(s.started_utc) AS last_session "
      "FROM learners AS l LEFT JOIN lesson_sessions AS s ON s.learner_id = l.id "
      "GROUP BY l.id ORDER BY coalesce(last_session, l.created_utc) DESC, l.rowid DESC",
      "reading the learners, the most recent first");
  std::vector<RecentLearner> result;
  while (query.step()) {
    result.push_back({{query.text(0), query.text(1), query.text(2)}, query.optional_text(3)});
  }
  return result;
}

std::optional<std::string> Store::learner_setting(const std::string& learner_id, const std::string& key) {
  // A version 1 database opened read-only is never migrated: it has no settings yet.
  auto table = db_.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'learner_settings'",
                           "looking for the learner settings table");
  if (!table.step()) return std::nullopt;
  auto query = db_.prepare("SELECT value FROM learner_settings WHERE learner_id = ? AND key = ?",
                           "reading setting '" + key + "' of learner '" + learner_id + "'");
  query.bind_all(learner_id, key);
  if (!query.step()) return std::nullopt;
  return query.text(0);
}

void Store::set_learner_setting(const std::string& learner_id, const std::string& key,
                                const std::string& value) {
  const std::string doing = "saving setting '" + key + "' of learner '" + learner_id + "'";
  const auto refuse = [&](const std::string& why) {
    throw StoreError(Kind::Other, "database " + quoted(db_.file()) + ": " + doing + ": " + why);
  };
  if (db_.read_only()) {
    throw StoreError(Kind::ReadOnly,
                     "database " + quoted(db_.file()) + " was opened read-only: cannot write while " + doing);
  }
  if (key.empty()) refuse("the setting has no name");
  if (key.size() > kMaxSettingKeyBytes) refuse("setting names are at most 64 bytes");
  if (value.size() > kMaxSettingValueBytes) {
    refuse("the value is " + std::to_string(value.size()) + " bytes; settings are at most 4096 bytes");
  }
  db_.prepare(
         "INSERT INTO learner_settings (learner_id, key, value) SELECT id, ?, ? FROM learners WHERE id = ? "
         "ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value",
         doing)
      .bind_all(key, value, learner_id)
      .run();
  if (db_.changes() == 0) refuse("no learner '" + learner_id + "' on this device");
}

std::vector<SessionRecord> Store::sessions() {
  auto query = db_.prepare(
      "SELECT uuid, learner_id, lesson_id, lesson_version, lesson_sha256, started_utc, ended_utc, "
      "xapi_session_id "
      "FROM lesson_sessions ORDER BY rowid",
      "reading lesson sessions");
  std::vector<SessionRecord> result;
  while (query.step()) {
    result.push_back({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4),
                      query.text(5), query.optional_text(6), query.text(7)});
  }
  return result;
}

std::vector<AttemptRecord> Store::attempts() {
  auto query = db_.prepare(
      "SELECT learner_id, session_uuid, lesson_id, lesson_version, lesson_sha256, cue_id, question_type, "
      "response_json, correct, score, max_score, attempt_number, lesson_time_us, wall_time_utc, statement_id "
      "FROM attempts ORDER BY id",
      "reading answers");
  std::vector<AttemptRecord> result;
  while (query.step()) {
    AttemptRecord a;
    a.learner_id = query.text(0);
    a.session_uuid = query.text(1);
    a.lesson_id = query.text(2);
    a.lesson_version = query.text(3);
    a.lesson_sha256 = query.text(4);
    a.cue_id = query.text(5);
    a.question_type = query.text(6);
    a.response_json = query.text(7);
    if (!query.is_null(8)) a.correct = query.int64(8) != 0;
    a.score = query.optional_real(9);
    a.max_score = query.optional_real(10);
    a.attempt_number = static_cast<int>(query.int64(11));
    a.lesson_time_us = query.int64(12);
    a.wall_time_utc = query.text(13);
    a.statement_id = query.text(14);
    result.push_back(std::move(a));
  }
  return result;
}

std::vector<WatchEventRecord> Store::watch_events() {
  auto query = db_.prepare(
      "SELECT session_uuid, kind, from_us, to_us, rate, captions_on, captions_lang, wall_time_utc, "
      "statement_id "
      "FROM watch_events ORDER BY id",
      "reading watch events");
  std::vector<WatchEventRecord> result;
  while (query.step()) {
    WatchEventRecord e;
    e.session_uuid = query.text(0);
    // The CHECK constraint admits only known kinds.
    e.kind = watch_kind_from_string(query.text(1)).value_or(WatchKind::Played);
    e.from_us = query.optional_int64(2);
    e.to_us = query.optional_int64(3);
    e.rate = query.optional_real(4);
    if (!query.is_null(5)) e.captions_on = query.int64(5) != 0;
    e.captions_lang = query.optional_text(6);
    e.wall_time_utc = query.text(7);
    e.statement_id = query.text(8);
    result.push_back(std::move(e));
  }
  return result;
}

std::vector<OutboxEntry> Store::pending_statements(int limit) {
  auto query = db_.prepare(std::string(kOutboxColumns) + "WHERE state = 'pending' ORDER BY rowid LIMIT ?",
                           "reading statements waiting for upload");
  query.bind_all(limit);
  return read_outbox(query);
}

std::vector<OutboxEntry> Store::outbox() {
  auto query = db_.prepare(std::string(kOutboxColumns) + "ORDER BY rowid", "reading the upload outbox");
  return read_outbox(query);
}

OutboxCounts Store::outbox_counts() {
  auto query = db_.prepare("SELECT state, count(*) FROM outbox GROUP BY state", "counting the upload outbox");
  OutboxCounts counts;
  while (query.step()) {
    const int n = static_cast<int>(query.int64(1));
    switch (state_from_string(query.text(0))) {
      case OutboxState::Pending:
        counts.pending = n;
        break;
      case OutboxState::Sent:
        counts.sent = n;
        break;
      case OutboxState::Rejected:
        counts.rejected = n;
        break;
      case OutboxState::Conflict:
        counts.conflict = n;
        break;
    }
  }
  return counts;
}

void Store::set_state(std::span<const std::string> statement_ids, std::string_view state,
                      const std::optional<std::string>& error, const std::optional<std::string>& sent_utc,
                      const std::string& doing) {
  Transaction transaction(db_, doing);
  auto update = db_.prepare(
      "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = coalesce(?, last_error), "
      "sent_utc = coalesce(?, sent_utc) WHERE statement_id = ?",
      doing);
  for (const auto& id : statement_ids) {
    update.bind_all(state, error, sent_utc, id);
    update.run();
    update.reset();
  }
  transaction.commit();
}

void Store::mark_sent(std::span<const std::string> statement_ids, const std::string& sent_utc) {
  set_state(statement_ids, "sent", std::nullopt, sent_utc, "marking statements as sent");
}

void Store::mark_rejected(const std::string& statement_id, const std::string& error) {
  set_state(std::span(&statement_id, 1), "rejected", error, std::nullopt,
            "marking statement " + statement_id + " as rejected");
}

void Store::mark_conflict(const std::string& statement_id, const std::string& error) {
  set_state(std::span(&statement_id, 1), "conflict", error, std::nullopt,
            "marking statement " + statement_id + " as conflicting with the LRS");
}

int Store::requeue_rejected() {
  db_.prepare("UPDATE outbox SET state = 'pending' WHERE state = 'rejected'",
              "putting rejected statements back")
      .run();
  return db_.changes();
}

int Store::requeue_conflicts() {
  db_.prepare("UPDATE outbox SET state = 'pending' WHERE state = 'conflict'",
              "putting conflicting statements back")
      .run();
  return db_.changes();
}

void Store::note_failed_attempt(std::span<const std::string> statement_ids, const std::string& error) {
  set_state(statement_ids, "pending", error, std::nullopt, "recording a failed upload attempt");
}

}  // namespace cuepoint::store
