#include "report_records.hpp"

#include <cmath>

namespace cuepoint::report::testing {

namespace {
constexpr std::int64_t kDay = 1'795'000'000'000;  // 2026-11-18, in Unix milliseconds
}

std::int64_t wall(double seconds) { return kDay + std::llround(seconds * 1000.0); }
Micros at(double seconds) { return std::llround(seconds * 1e6); }

SessionBuilder::SessionBuilder(ClassRecords& records, std::string learner, std::string session)
    : records_(records), learner_(std::move(learner)), session_(std::move(session)) {}

std::string SessionBuilder::next_id() { return session_ + "-" + std::to_string(++counter_); }

SessionBuilder& SessionBuilder::watch(store::WatchKind kind, std::optional<double> from,
                                      std::optional<double> to, double when) {
  WatchEvent event;
  event.statement_id = next_id();
  event.session_uuid = session_;
  event.learner_id = learner_;
  event.lesson_id = "fractions";
  event.kind = kind;
  if (from) event.from_us = at(*from);
  if (to) event.to_us = at(*to);
  event.wall_time_ms = wall(when);
  records_.add(event);
  return *this;
}

SessionBuilder& SessionBuilder::initialized(double length_s, double when) {
  return watch(store::WatchKind::Initialized, std::nullopt, length_s, when);
}
SessionBuilder& SessionBuilder::played(double position, double when) {
  return watch(store::WatchKind::Played, position, std::nullopt, when);
}
SessionBuilder& SessionBuilder::paused(double position, double when) {
  return watch(store::WatchKind::Paused, position, std::nullopt, when);
}
SessionBuilder& SessionBuilder::seeked(double from, double to, double when) {
  return watch(store::WatchKind::Seeked, from, to, when);
}
SessionBuilder& SessionBuilder::completed(double position, double when) {
  return watch(store::WatchKind::Completed, position, std::nullopt, when);
}
SessionBuilder& SessionBuilder::terminated(double position, double when) {
  return watch(store::WatchKind::Terminated, position, std::nullopt, when);
}

SessionBuilder& SessionBuilder::answered(const std::string& cue, double cue_time, const std::string& type,
                                         const std::string& response, std::optional<bool> correct,
                                         int attempt, double when, double points) {
  Answer answer;
  answer.statement_id = next_id();
  answer.learner_id = learner_;
  answer.session_uuid = session_;
  answer.lesson_id = "fractions";
  answer.lesson_version = "2";
  answer.cue_id = cue;
  answer.question_type = type;
  answer.response = response;
  answer.correct = correct;
  if (correct) {
    answer.score = *correct ? points : 0.0;
    answer.max_score = points;
  }
  answer.attempt_number = attempt;
  answer.lesson_time_us = at(cue_time);
  answer.wall_time_ms = wall(when);
  records_.add(answer);
  return *this;
}

}  // namespace cuepoint::report::testing
