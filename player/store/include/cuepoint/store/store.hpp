// The device's response database: one SQLite file holding learners, lesson
// sessions, answers, watch events and the outbox of xAPI statements that
// still have to reach the school's LRS.
//
// Durability: WAL journal with synchronous=FULL, so a committed transaction
// survives a crash or power loss. Single-row writers below join the caller's
// Transaction; the outbox state changes commit on their own.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/store/database.hpp"
#include "cuepoint/store/records.hpp"

namespace cuepoint::store {

// Keys of Store::learner_setting that the window uses.
inline constexpr std::string_view kCaptionsLangSetting = "captions.lang";        // BCP 47 tag; "" means off
inline constexpr std::string_view kTextScaleSetting = "text.scale";              // e.g. "1.25"
inline constexpr std::string_view kHighContrastSetting = "theme.high_contrast";  // "true" or "false"
inline constexpr std::size_t kMaxSettingKeyBytes = 64;
inline constexpr std::size_t kMaxSettingValueBytes = 4096;

class Store {
 public:
  // Creates the file (mode 0600) and its folders when missing, refuses files
  // that are not ours, are from a newer Cuepoint, are corrupt or read-only,
  // and brings older schemas up to date. Throws StoreError.
  static Store open(const std::filesystem::path& path);
  // For commands that only read (export): opens an existing database with
  // SQLITE_OPEN_READONLY, never creates, writes or migrates anything, and works
  // on a read-only file in a read-only folder. Refuses a missing or empty file
  // and everything open() refuses. Writes through this Store fail with ReadOnly.
  static Store open_read_only(const std::filesystem::path& path);

  const std::filesystem::path& path() const { return db_.file(); }
  Database& database() { return db_; }
  int schema_version();

  Transaction transaction(std::string doing) { return Transaction(db_, std::move(doing)); }

  // Inserts the learner, or updates the display name of a known one.
  void save_learner(const LearnerRecord& learner);
  void add_session(const SessionRecord& session);
  void end_session(const std::string& uuid, const std::string& ended_utc);
  void add_attempt(const AttemptRecord& attempt);
  void add_watch_event(const WatchEventRecord& event);
  void enqueue_statement(const std::string& statement_id, const std::string& statement_json,
                         const std::string& created_utc);

  // Highest attempt number this learner has recorded at the cue (0 if none), over all sessions.
  int attempts_at(const std::string& learner_id, const std::string& lesson_id, const std::string& cue_id);

  std::vector<LearnerRecord> learners();
  // Every learner, the most recently active first: by their latest session's start, or
  // when they have none by when they were added (a name typed at the start screen just
  // now comes first). The window's "last learner on this device" is the first.
  std::vector<RecentLearner> recent_learners();

  // Per-learner settings the window remembers (keys below). Not xAPI data: no statement,
  // nothing in the outbox. Reading a database of schema version 1 (open_read_only, which
  // never migrates) gives nullopt. Setting refuses an unknown learner, an empty key or one
  // over 64 bytes and a value over 4096 bytes (StoreError, Kind::Other), and joins the
  // caller's Transaction like the other single-row writers.
  std::optional<std::string> learner_setting(const std::string& learner_id, const std::string& key);
  void set_learner_setting(const std::string& learner_id, const std::string& key, const std::string& value);
  std::vector<SessionRecord> sessions();

  // The window's lesson library (lesson_library.cpp). note_lesson_opened records (or
  // refreshes) where a learner opened a lesson; recent_lessons lists a learner's, the
  // latest first, at most `limit` (none from a database before schema version 3, which
  // open_read_only never migrates); lesson_progress sums up their sessions of a lesson id.
  void note_lesson_opened(const LessonLocation& location);
  std::vector<LessonLocation> recent_lessons(const std::string& learner_id, int limit);
  LessonProgress lesson_progress(const std::string& learner_id, const std::string& lesson_id);
  std::vector<AttemptRecord> attempts();
  std::vector<WatchEventRecord> watch_events();

  // Pending statements in the order they were recorded, at most `limit`.
  std::vector<OutboxEntry> pending_statements(int limit);
  std::vector<OutboxEntry> outbox();
  OutboxCounts outbox_counts();

  // Outbox state changes; each call is one transaction. Rows are never deleted.
  void mark_sent(std::span<const std::string> statement_ids, const std::string& sent_utc);
  void mark_rejected(const std::string& statement_id, const std::string& error);
  void mark_conflict(const std::string& statement_id, const std::string& error);
  // Puts rejected statements back to pending (after the cause was fixed); returns how many.
  int requeue_rejected();
  // Puts conflicting statements back to pending (after a misconfigured server
  // answered 409 for statements the LRS never held); returns how many.
  int requeue_conflicts();
  // A failed delivery that will be retried: counts the attempt, keeps the reason.
  void note_failed_attempt(std::span<const std::string> statement_ids, const std::string& error);

 private:
  explicit Store(Database db) : db_(std::move(db)) {}
  void set_state(std::span<const std::string> statement_ids, std::string_view state,
                 const std::optional<std::string>& error, const std::optional<std::string>& sent_utc,
                 const std::string& doing);

  Database db_;
};

}  // namespace cuepoint::store
