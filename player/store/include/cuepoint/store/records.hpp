// Rows of the response database as plain values. Times are RFC 3339 UTC
// strings with milliseconds; lesson times are integer microseconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::store {

struct LearnerRecord {
  std::string id;
  std::string display_name;
  std::string created_utc;
};

// A learner and when they last started a lesson on this device.
struct RecentLearner {
  LearnerRecord learner;
  std::optional<std::string> last_session_utc;  // started_utc of their latest session; none yet: nullopt
};

struct SessionRecord {
  std::string uuid;  // also the xAPI context.registration
  std::string learner_id;
  std::string lesson_id;
  std::string lesson_version;
  std::string lesson_sha256;  // of the lesson XML bytes
  std::string started_utc;
  std::optional<std::string> ended_utc;
  std::string xapi_session_id;  // id of the session's `initialized` statement
};

// Where a learner opened a lesson on this device (the window's recent lessons).
struct LessonLocation {
  std::string learner_id;
  std::string lesson_path;  // as opened: a folder, a lesson XML file or a .cuepoint package
  std::string lesson_id;
  std::string title;
  std::string opened_utc;  // the latest opening
};

// What a learner has done in a lesson, over all their sessions of its id.
struct LessonProgress {
  int sessions = 0;
  bool finished = false;                        // some session was completed
  std::optional<lesson::Micros> last_position;  // of their latest watch event
  double best_score = 0;                        // the sum over cues of each cue's best score
  double max_score = 0;                         // the sum of those cues' maximum scores
  bool started() const { return sessions > 0; }
};

struct AttemptRecord {
  std::string learner_id;
  std::string session_uuid;
  std::string lesson_id;
  std::string lesson_version;
  std::string lesson_sha256;
  std::string cue_id;
  std::string question_type;  // the lesson format's spelling ("single-choice", ...)
  std::string response_json;
  std::optional<bool> correct;  // empty for ungraded questions (poll, open)
  std::optional<double> score;
  std::optional<double> max_score;
  int attempt_number = 1;
  lesson::Micros lesson_time_us = 0;
  std::string wall_time_utc;
  std::string statement_id;
};

enum class WatchKind { Initialized, Played, Paused, Seeked, RateChanged, Captions, Completed, Terminated };
std::string_view to_string(WatchKind kind);
std::optional<WatchKind> watch_kind_from_string(std::string_view text);

struct WatchEventRecord {
  std::string session_uuid;
  WatchKind kind = WatchKind::Played;
  std::optional<lesson::Micros> from_us;  // the position (from_us only) or a seek's start
  std::optional<lesson::Micros> to_us;    // a seek's target
  std::optional<double> rate;
  std::optional<bool> captions_on;
  std::optional<std::string> captions_lang;
  std::string wall_time_utc;
  std::string statement_id;
};

enum class OutboxState { Pending, Sent, Rejected, Conflict };
std::string_view to_string(OutboxState state);

struct OutboxEntry {
  std::string statement_id;
  std::string statement_json;
  std::string created_utc;
  OutboxState state = OutboxState::Pending;
  int attempts = 0;
  std::optional<std::string> last_error;
  std::optional<std::string> sent_utc;
};

struct OutboxCounts {
  int pending = 0;
  int sent = 0;
  int rejected = 0;
  int conflict = 0;  // the LRS holds a different statement with this id (or answered 409 without one)
  int total() const { return pending + sent + rejected + conflict; }
};

}  // namespace cuepoint::store
