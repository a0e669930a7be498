#include "cuepoint/report/class_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "cuepoint/report/report_error.hpp"
#include "watch_replay.hpp"

namespace cuepoint::report {
namespace {

constexpr Micros kSecond = 1'000'000;
// Export files keep lesson times to the millisecond.
constexpr Micros kSamePosition = 1'000;

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
  return text;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const auto middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// Records of one lesson in the order they happened (wall clock; records of the
// same millisecond in the order they were read).
template <typename Record>
std::vector<const Record*> of_lesson(const std::vector<Record>& all, const std::string& lesson_id) {
  std::vector<const Record*> kept;
  for (const auto& record : all) {
    if (record.lesson_id == lesson_id) kept.push_back(&record);
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Record* a, const Record* b) { return a->wall_time_ms < b->wall_time_ms; });
  return kept;
}

// The pause at the answer's cue in its session that the answer ended: the
// latest one at the cue's position before the answer.
std::optional<double> seconds_to_answer(const Answer& answer,
                                        const std::vector<const WatchEvent*>& session_events) {
  const WatchEvent* pause = nullptr;
  for (const auto* event : session_events) {
    if (event->wall_time_ms > answer.wall_time_ms) break;
    if (event->kind == store::WatchKind::Paused && event->from_us &&
        std::llabs(*event->from_us - answer.lesson_time_us) <= kSamePosition) {
      pause = event;
    }
  }
  if (pause == nullptr) return std::nullopt;
  return static_cast<double>(answer.wall_time_ms - pause->wall_time_ms) / 1000.0;
}

struct LearnerWatching {
  std::vector<xapi::Segment> played;
  std::vector<xapi::Segment> skipped;
  std::set<std::string> sessions;
  bool completed = false;
};

// A segment passes second s when it holds the second's middle, s + 0.5 s: so a
// pause and the play after it, or a seek landing mid-second, count that second
// once, and each second of a real rewatch counts again.
std::size_t first_middle(Micros start) {
  return static_cast<std::size_t>(start <= kSecond / 2 ? 0 : (start - kSecond / 2 + kSecond - 1) / kSecond);
}
std::size_t end_middle(Micros end) {  // one past the last second whose middle is before `end`
  return static_cast<std::size_t>(end <= kSecond / 2 ? 0 : (end - kSecond / 2 - 1) / kSecond + 1);
}

void count_passed(const xapi::Segment& segment, std::vector<int>& counts) {
  for (auto s = first_middle(segment.start); s < end_middle(segment.end) && s < counts.size(); ++s)
    ++counts[s];
}

Micros distinct_length(const std::vector<xapi::Segment>& played) {
  xapi::PlayedSegments merged;  // its merge of overlapping segments
  for (const auto& segment : played) {
    merged.play(segment.start);
    merged.stop(segment.end);
  }
  return merged.covered();
}

void add_questions(ClassReport& report, const std::vector<const Answer*>& answers,
                   const std::map<std::string, std::vector<const WatchEvent*>>& events_by_session) {
  // cue -> learner -> that learner's answers, oldest first
  std::map<std::string, std::map<std::string, std::vector<const Answer*>>> by_cue;
  for (const auto* answer : answers) by_cue[answer->cue_id][answer->learner_id].push_back(answer);

  for (const auto& [cue_id, by_learner] : by_cue) {
    QuestionFigures q;
    q.cue_id = cue_id;
    q.cue_time = by_learner.begin()->second.front()->lesson_time_us;
    q.question_type = by_learner.begin()->second.front()->question_type;
    std::map<std::string, int> wrong_responses;
    std::vector<double> times;
    int attempts = 0;
    for (const auto& [learner, tries] : by_learner) {
      ++q.learners;
      attempts += static_cast<int>(tries.size());
      q.max_attempts = std::max(q.max_attempts, static_cast<int>(tries.size()));
      bool correct_somewhere = false;
      for (const auto* attempt : tries) {
        q.cue_time = std::min(q.cue_time, attempt->lesson_time_us);
        if (attempt->max_score) q.max_score = std::max(q.max_score, *attempt->max_score);
        if (!attempt->correct) continue;
        q.graded = true;
        if (*attempt->correct) {
          correct_somewhere = true;
        } else {
          ++q.wrong_attempts;
          ++wrong_responses[attempt->response];
        }
      }
      if (tries.front()->correct.value_or(false)) ++q.correct_first;
      if (correct_somewhere) ++q.correct_finally;
      const auto session = events_by_session.find(tries.front()->session_uuid);
      if (session != events_by_session.end()) {
        if (const auto seconds = seconds_to_answer(*tries.front(), session->second))
          times.push_back(*seconds);
      }
    }
    q.mean_attempts = static_cast<double>(attempts) / q.learners;
    // The most frequent; among equals, the first in the order of the responses' text.
    for (const auto& [response, count] : wrong_responses) {
      if (count > q.top_wrong_count) {
        q.top_wrong_answer = response;
        q.top_wrong_count = count;
      }
    }
    if (!times.empty()) q.median_seconds_to_answer = median(times);
    report.questions.push_back(std::move(q));
  }
  std::sort(report.questions.begin(), report.questions.end(), [](const auto& a, const auto& b) {
    return a.cue_time != b.cue_time ? a.cue_time < b.cue_time : a.cue_id < b.cue_id;
  });
}

}  // namespace

double QuestionFigures::share_correct_first() const {
  return learners > 0 ? static_cast<double>(correct_first) / learners : 0.0;
}

double QuestionFigures::share_correct_finally() const {
  return learners > 0 ? static_cast<double>(correct_finally) / learners : 0.0;
}

std::string choose_lesson(const ClassRecords& records, const std::optional<std::string>& wanted,
                          const std::string& inputs) {
  if (records.empty()) {
    throw ReportError("nothing recorded in " + inputs +
                      ": no answers and no watch events (has anyone played a lesson on these devices?)");
  }
  const auto ids = records.lesson_ids();
  if (wanted) {
    if (std::find(ids.begin(), ids.end(), *wanted) != ids.end()) return *wanted;
    throw ReportError("no records of lesson '" + *wanted + "' in " + inputs +
                      "; lessons found: " + joined(ids));
  }
  if (ids.size() == 1) return ids.front();
  throw ReportError(inputs + " hold records of " + std::to_string(ids.size()) +
                    " lessons: choose one with --lesson ID (" + joined(ids) + ")");
}

ClassReport build_report(const ClassRecords& records, const std::string& lesson_id) {
  ClassReport report;
  report.lesson_id = lesson_id;
  const auto answers = of_lesson(records.answers(), lesson_id);
  const auto events = of_lesson(records.watch_events(), lesson_id);
  report.answers = static_cast<int>(answers.size());
  report.watch_events = static_cast<int>(events.size());

  std::set<std::string> versions;
  std::set<std::string> sessions;
  std::map<std::string, std::vector<const WatchEvent*>> events_by_session;
  std::map<std::string, std::string> learner_of_session;
  for (const auto* answer : answers) {
    if (!answer->lesson_version.empty()) versions.insert(answer->lesson_version);
    sessions.insert(answer->session_uuid);
    learner_of_session.emplace(answer->session_uuid, answer->learner_id);
  }
  for (const auto* event : events) {
    sessions.insert(event->session_uuid);
    events_by_session[event->session_uuid].push_back(event);
    learner_of_session.emplace(event->session_uuid, event->learner_id);
  }
  report.lesson_versions.assign(versions.begin(), versions.end());
  report.sessions = static_cast<int>(sessions.size());

  add_questions(report, answers, events_by_session);

  // Watching, per learner over all their sessions.
  std::map<std::string, LearnerWatching> watching;
  for (const auto& [session, learner] : learner_of_session) watching[learner].sessions.insert(session);
  Micros furthest = 0;
  for (const auto& [session, session_events] : events_by_session) {
    const auto replayed = replay_session(session_events);
    auto& learner = watching[learner_of_session.at(session)];
    learner.played.insert(learner.played.end(), replayed.played.begin(), replayed.played.end());
    learner.skipped.insert(learner.skipped.end(), replayed.skipped.begin(), replayed.skipped.end());
    learner.completed = learner.completed || replayed.completed;
    report.video_length = std::max(report.video_length, replayed.length);
    furthest = std::max(furthest, replayed.furthest);
  }
  for (const auto* answer : answers) furthest = std::max(furthest, answer->lesson_time_us);
  if (report.video_length == 0) report.video_length = furthest;

  const auto seconds = static_cast<std::size_t>((report.video_length + kSecond - 1) / kSecond);
  report.timeline.assign(seconds, SecondFigures{});
  for (const auto& [learner_id, learner] : watching) {
    std::vector<int> plays(seconds, 0);
    for (const auto& segment : learner.played) count_passed(segment, plays);
    for (std::size_t s = 0; s < seconds; ++s) {
      if (plays[s] > 0) ++report.timeline[s].viewers;
      report.timeline[s].rewatches += std::max(0, plays[s] - 1);
    }
    std::vector<int> skips(seconds, 0);
    for (const auto& skip : learner.skipped) count_passed(skip, skips);
    for (std::size_t s = 0; s < seconds; ++s) report.timeline[s].skips += skips[s];

    LearnerFigures figures;
    figures.learner_id = learner_id;
    figures.display_name = records.display_name(learner_id).value_or("");
    figures.sessions = static_cast<int>(learner.sessions.size());
    figures.completed = learner.completed;
    for (const auto& segment : learner.played) figures.watched += segment.end - segment.start;
    figures.seen = distinct_length(learner.played);
    report.learners.push_back(std::move(figures));
  }

  // Scores as the player computes them: the best score at each graded question.
  std::map<std::pair<std::string, std::string>, double> best_scores;  // (learner, cue) -> best
  for (const auto* answer : answers) {
    auto& best = best_scores[{answer->learner_id, answer->cue_id}];
    best = std::max(best, answer->score.value_or(0.0));
  }
  for (auto& learner : report.learners) {
    for (const auto& q : report.questions) {
      const auto best = best_scores.find({learner.learner_id, q.cue_id});
      if (best != best_scores.end()) ++learner.questions_answered;
      if (!q.graded) continue;
      if (best != best_scores.end()) learner.score += best->second;
      learner.max_score += q.max_score;
    }
    if (learner.max_score > 0) learner.percent = 100.0 * learner.score / learner.max_score;
  }
  return report;
}

}  // namespace cuepoint::report
