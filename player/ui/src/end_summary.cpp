#include "end_summary.hpp"

#include "clock_text.hpp"

namespace cuepoint::ui {
namespace {

std::string points_text(double score, double points) {
  return format_number(score) + " of " + format_number(points) + (points == 1.0 ? " point" : " points");
}

QuestionResult result_of(const lesson::Cue& cue, const runtime::CueProgress& progress) {
  QuestionResult row;
  row.cue = &cue;
  const bool graded = lesson::is_graded(cue.question.type);
  if (progress.attempts == 0) {
    row.status = progress.skipped ? Status::Skipped : Status::Unanswered;
    row.summary = progress.skipped ? "Skipped" : "Not answered";
  } else if (!graded) {
    row.status = Status::Recorded;
    row.summary = "Answer saved";
  } else {
    row.status = progress.correct          ? Status::Correct
                 : progress.best_score > 0 ? Status::Partial
                                           : Status::Incorrect;
    row.summary = points_text(progress.best_score, cue.question.points);
  }
  row.missed = graded && !progress.correct;
  return row;
}

}  // namespace

std::vector<QuestionResult> question_results(const lesson::Lesson& lesson,
                                             const std::vector<runtime::CueProgress>& progress) {
  std::vector<QuestionResult> rows;
  for (std::size_t i = 0; i < lesson.cues.size(); ++i) {
    const auto& cue = lesson.cues[i];
    if (lesson::takes_response(cue.question.type)) rows.push_back(result_of(cue, progress.at(i)));
  }
  return rows;
}

ReplaySegment replay_segment(const lesson::Lesson& lesson, const lesson::Cue& cue) {
  ReplaySegment segment{&cue, cue.at, cue.at};
  if (cue.question.on_incorrect_seek && *cue.question.on_incorrect_seek < cue.at) {
    segment.from = *cue.question.on_incorrect_seek;
    return segment;
  }
  bool in_chapter = false;
  for (const auto& chapter : lesson.chapters) {
    if (chapter.at < cue.at && (!in_chapter || chapter.at > segment.from)) {
      segment.from = chapter.at;
      in_chapter = true;
    }
  }
  return segment;
}

Status marker_status(const lesson::Cue& cue, const runtime::CueProgress& progress) {
  if (cue.question.type == lesson::QuestionType::Note) {
    return progress.times_fired > 0 ? Status::Answered : Status::Unanswered;
  }
  if (progress.skipped) return Status::Skipped;
  if (!progress.completed) return Status::Unanswered;
  const bool right = !lesson::is_graded(cue.question.type) || progress.correct;
  return right ? Status::Answered : Status::Missed;
}

}  // namespace cuepoint::ui
