// The figures of a class report for one lesson, computed from merged records
// (class_records.hpp). Definitions (docs/report.md):
// * per question, over the learners who answered it at least once: correct at
//   their first attempt (their earliest, over all their sessions), correct at
//   some attempt ("finally"), attempts per learner (mean, max), the wrong
//   response given most often (over all wrong attempts), and the median time
//   from the pause at the cue to the learner's first answer (wall clock);
// * per learner: score as the player computes it (best score at each graded
//   question over the class's questions, as a share of their points), questions
//   answered, whether some session reached the end, lesson time played
//   (rewatching included) and the distinct part of the video seen;
// * per second of the video: how many learners watched it, how many extra times
//   it was played by a learner who had already seen it (rewatches), and how many
//   forward seeks jumped over it (skips); playback or a seek passes a second
//   when it passes the second's middle. Watching is replayed from the
//   played, paused, seeked, completed and terminated records exactly as the
//   recorder computed the xAPI played-segments (xapi::PlayedSegments).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cuepoint/report/class_records.hpp"

namespace cuepoint::report {

struct QuestionFigures {
  std::string cue_id;
  std::string question_type;
  Micros cue_time = 0;
  bool graded = false;
  int learners = 0;         // who answered at least once
  int correct_first = 0;    // graded: correct at the first attempt
  int correct_finally = 0;  // graded: correct at some attempt
  double mean_attempts = 0.0;
  int max_attempts = 0;
  int wrong_attempts = 0;
  std::optional<std::string> top_wrong_answer;
  int top_wrong_count = 0;  // wrong attempts with that response
  std::optional<double> median_seconds_to_answer;
  double max_score = 0.0;  // the question's points

  // Shares of `learners`, 0..1 (0 without learners).
  double share_correct_first() const;
  double share_correct_finally() const;
};

struct LearnerFigures {
  std::string learner_id;
  std::string display_name;  // empty when no input knows it
  int sessions = 0;
  double score = 0.0;
  double max_score = 0.0;
  std::optional<double> percent;  // empty when the class has no graded question
  int questions_answered = 0;
  bool completed = false;  // some session watched to the end
  Micros watched = 0;      // lesson time played, rewatching included
  Micros seen = 0;         // the distinct part of the video played
};

struct SecondFigures {
  int viewers = 0;    // learners who played some of this second
  int rewatches = 0;  // plays of it by a learner who had played it before
  int skips = 0;      // forward seeks over it
  friend bool operator==(const SecondFigures&, const SecondFigures&) = default;
};

struct ClassReport {
  std::vector<std::string> inputs;  // the files read, as named on the command line
  int duplicates = 0;               // records found in more than one input, counted once
  std::string lesson_id;
  std::vector<std::string> lesson_versions;  // sorted; more than one when the lesson changed meanwhile
  int sessions = 0;
  int answers = 0;
  int watch_events = 0;
  Micros video_length = 0;  // from the sessions' `initialized` records, else the furthest position seen
  std::vector<QuestionFigures> questions;  // by cue time, then id
  std::vector<LearnerFigures> learners;    // by learner id
  std::vector<SecondFigures> timeline;     // one per second of the video, the last one partial
};

// The lesson to report on: `wanted` when the records hold it; without `wanted`,
// the only lesson they hold. Throws ReportError: nothing recorded at all (the
// message names `inputs`), an unknown `wanted` or several lessons without one
// (both list the lesson ids found).
std::string choose_lesson(const ClassRecords& records, const std::optional<std::string>& wanted,
                          const std::string& inputs);

ClassReport build_report(const ClassRecords& records, const std::string& lesson_id);

}  // namespace cuepoint::report
