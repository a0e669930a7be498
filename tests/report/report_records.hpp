// Hand-built class records for the report's tests: answers and watch events
// with the fields the figures read, times in whole seconds for readability.
#pragma once

#include <optional>
#include <string>

#include "cuepoint/report/class_records.hpp"

namespace cuepoint::report::testing {

// Wall-clock instant `seconds` after a fixed day, in Unix milliseconds.
std::int64_t wall(double seconds);
Micros at(double seconds);

// Builds records of lesson "fractions" (version "2") for one learner's session.
class SessionBuilder {
 public:
  SessionBuilder(ClassRecords& records, std::string learner, std::string session);

  SessionBuilder& initialized(double length_s, double when);
  SessionBuilder& played(double position, double when);
  SessionBuilder& paused(double position, double when);
  SessionBuilder& seeked(double from, double to, double when);
  SessionBuilder& completed(double position, double when);
  SessionBuilder& terminated(double position, double when);
  // `correct` empty for an ungraded question; score 1 when correct, else 0.
  SessionBuilder& answered(const std::string& cue, double cue_time, const std::string& type,
                           const std::string& response, std::optional<bool> correct, int attempt, double when,
                           double points = 1.0);

 private:
  SessionBuilder& watch(store::WatchKind kind, std::optional<double> from, std::optional<double> to,
                        double when);
  std::string next_id();

  ClassRecords& records_;
  std::string learner_;
  std::string session_;
  int counter_ = 0;
};

}  // namespace cuepoint::report::testing
