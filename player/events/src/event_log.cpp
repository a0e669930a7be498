#include "cuepoint/events/event_log.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace cuepoint::events {

using nlohmann::json;

void EventLog::FileCloser::operator()(std::FILE* file) const {
  if (file != nullptr) std::fclose(file);
}

EventLog::EventLog(const std::string& destination) {
  if (destination == "-") {
    out_ = stdout;
    return;
  }
  owned_.reset(std::fopen(destination.c_str(), "w"));
  if (!owned_) {
    throw std::runtime_error(destination + ": cannot write the events file: " + std::strerror(errno));
  }
  out_ = owned_.get();
}

void EventLog::write(const std::string& event, const json& fields) {
  if (out_ == nullptr) return;
  json line = {{"event", event}};
  line.update(fields);
  const std::string text = line.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() || std::fflush(out_) != 0) {
    throw std::runtime_error(std::string("cannot write an event: ") + std::strerror(errno));
  }
}

void EventLog::started(const RunStarted& start) {
  write("start", {{"lesson", start.lesson->id},
                  {"version", start.lesson->version},
                  {"video", start.video},
                  {"duration", seconds(start.info.duration)},
                  {"width", start.info.width},
                  {"height", start.info.height},
                  {"rate", start.rate},
                  {"realtime", start.realtime},
                  {"learner", start.learner}});
}

void EventLog::cue(const session::CueReached& cue, const std::optional<std::filesystem::path>& frame_file) {
  const auto& shown = cue.shown;
  json fields = {{"cue", cue.cue->id},
                 {"type", std::string(lesson::to_string(cue.cue->question.type))},
                 {"at", seconds(cue.cue->at)},
                 {"frame_time", shown ? json(seconds(shown->lesson_time())) : json(nullptr)},
                 {"pause", cue.cue->pause},
                 {"firing", cue.firing}};
  if (frame_file) fields["frame_file"] = frame_file->string();
  write("cue", fields);
}

void EventLog::answered(const session::AnswerGraded& answer, const json& response) {
  const auto& outcome = answer.outcome;
  json fields = {{"cue", answer.cue->id},
                 {"response", response},
                 {"correct", outcome.grade.correct},
                 {"graded", outcome.grade.graded},
                 {"score", outcome.grade.score},
                 {"max_score", outcome.grade.max_score},
                 {"attempt", outcome.attempt},
                 {"completed", outcome.completed}};
  fields["attempts_left"] = outcome.attempts_left < 0 ? json(nullptr) : json(outcome.attempts_left);
  if (!outcome.grade.feedback.empty()) fields["feedback"] = outcome.grade.feedback;
  if (!outcome.grade.choice_feedback.empty()) fields["choice_feedback"] = outcome.grade.choice_feedback;
  write("answer", fields);
}

void EventLog::skipped(const session::Skipped& skip) {
  write("skip", {{"cue", skip.cue->id}, {"at", seconds(skip.cue->at)}});
}

void EventLog::seeked(const session::Seeked& seek) {
  write(
      "seek",
      {{"from", seconds(seek.from)}, {"to", seconds(seek.to)}, {"reason", runtime::to_string(seek.reason)}});
}

void EventLog::ended(const session::Ended& end) {
  const auto& result = end.result;
  write("end", {{"score", result.score},
                {"max_score", result.max_score},
                {"percent", result.percent},
                {"passed", result.passed},
                {"cues_completed", result.cues_completed},
                {"cues_total", result.cues_total},
                {"position", seconds(end.position)}});
}

void EventLog::finished(const RunStats& stats) {
  json fields = {{"frames_decoded", stats.playback.frames_decoded},
                 {"frames_shown", stats.playback.frames_shown},
                 {"frames_dropped", stats.playback.frames_dropped},
                 {"wall_seconds", stats.wall_seconds}};
  if (stats.realtime) {
    fields["av_offset_p50_ms"] = stats.playback.av_offset_p50_ms;
    fields["av_offset_p99_ms"] = stats.playback.av_offset_p99_ms;
  }
  write("stats", fields);
}

double seconds(std::int64_t micros) { return static_cast<double>(micros) / 1e6; }

}  // namespace cuepoint::events
