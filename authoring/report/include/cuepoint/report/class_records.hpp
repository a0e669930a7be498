// What a class left behind, merged from every input a teacher collected (device
// databases and `cuepoint export` files): answers, watch events and learner
// names. A record is identified by its xAPI statement id, which the player
// gives every answer and watch event once; the same record read from two
// inputs (a database and an export made from it, two copies of one stick) is
// kept once.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/store/records.hpp"

namespace cuepoint::report {

using lesson::Micros;

struct Answer {
  std::string statement_id;
  std::string learner_id;
  std::string session_uuid;
  std::string lesson_id;
  std::string lesson_version;
  std::string cue_id;
  std::string question_type;    // the lesson format's spelling ("single-choice", ...)
  std::string response;         // as a person reads it: choice ids joined by ";", the text, the number
  std::optional<bool> correct;  // empty for ungraded questions (poll, open)
  std::optional<double> score;
  std::optional<double> max_score;
  int attempt_number = 1;
  Micros lesson_time_us = 0;
  std::int64_t wall_time_ms = 0;  // Unix time in milliseconds
};

struct WatchEvent {
  std::string statement_id;
  std::string session_uuid;
  std::string learner_id;
  std::string lesson_id;
  store::WatchKind kind = store::WatchKind::Played;
  std::optional<Micros> from_us;  // the position, or a seek's start
  std::optional<Micros> to_us;    // a seek's target; the video's length for `initialized`
  std::int64_t wall_time_ms = 0;
};

class ClassRecords {
 public:
  // Each returns false (and keeps nothing) for a statement id already kept.
  bool add(Answer answer);
  bool add(WatchEvent event);
  // A learner's display name, where an input knows it (databases do, exports do not).
  void name_learner(const std::string& learner_id, const std::string& display_name);

  // In the order kept: each input's own order, inputs in the order read.
  const std::vector<Answer>& answers() const { return answers_; }
  const std::vector<WatchEvent>& watch_events() const { return watch_events_; }
  std::optional<std::string> display_name(const std::string& learner_id) const;
  // Records seen again in a later input (or twice in one) and counted once.
  int duplicates() const { return duplicates_; }
  bool empty() const { return answers_.empty() && watch_events_.empty(); }
  // Every lesson id with at least one record, sorted.
  std::vector<std::string> lesson_ids() const;

 private:
  bool first_time(const std::string& statement_id);

  std::vector<Answer> answers_;
  std::vector<WatchEvent> watch_events_;
  std::map<std::string, std::string> names_;
  std::set<std::string> statement_ids_;
  int duplicates_ = 0;
};

}  // namespace cuepoint::report
