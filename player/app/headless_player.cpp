#include "headless_player.hpp"

#include <chrono>
#include <iostream>
#include <stdexcept>

#include "cuepoint/lesson/time.hpp"
#include "cuepoint/loader/lesson_loader.hpp"
#include "cuepoint/media/playback.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/store/default_path.hpp"
#include "cuepoint/store/store.hpp"
#include "event_log.hpp"
#include "scripted_answers.hpp"
#include "transcript.hpp"

namespace cuepoint::app {
namespace {

using lesson::Micros;
using nlohmann::json;

// A required cue found no scripted attempt: the run cannot go on as a student would.
class MissingAnswer : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

json grade_json(const runtime::AnswerOutcome& outcome) {
  json fields = {{"correct", outcome.grade.correct}, {"graded", outcome.grade.graded},
                 {"score", outcome.grade.score},     {"max_score", outcome.grade.max_score},
                 {"attempt", outcome.attempt},       {"completed", outcome.completed}};
  fields["attempts_left"] = outcome.attempts_left < 0 ? json(nullptr) : json(outcome.attempts_left);
  if (!outcome.grade.feedback.empty()) fields["feedback"] = outcome.grade.feedback;
  if (!outcome.grade.choice_feedback.empty()) fields["choice_feedback"] = outcome.grade.choice_feedback;
  return fields;
}

// One headless run: the loop a student's window would run, with scripted input.
class HeadlessRun {
 public:
  HeadlessRun(const HeadlessOptions& options, loader::LoadedLesson loaded, ScriptedAnswers answers,
              std::unique_ptr<media::Playback> playback, store::Store& store, EventLog& events)
      : options_(options),
        loaded_(std::move(loaded)),
        answers_(std::move(answers)),
        playback_(std::move(playback)),
        events_(events),
        runtime_(loaded_.lesson),
        recorder_(store, loaded_.lesson,
                  record::RecorderConfig{.lesson_sha256 = loaded_.sha256, .learner_id = options.learner}) {
    if (options.transcript) transcript_.emplace(std::cout, loaded_.lesson);
  }

  int run() {
    const auto& info = playback_->info();
    emit("start", {{"lesson", loaded_.lesson.id},
                   {"version", loaded_.lesson.version},
                   {"video", loaded_.video.named.string()},
                   {"duration", seconds(info.duration)},
                   {"width", info.width},
                   {"height", info.height},
                   {"rate", options_.rate},
                   {"realtime", options_.realtime},
                   {"learner", options_.learner}});
    recorder_.initialized(info.duration);
    if (options_.rate != 1.0) recorder_.rate_changed(options_.rate, 0);
    playback_->play();
    recorder_.played(0);
    try {
      play_to_end();
    } catch (const MissingAnswer& missing) {
      recorder_.terminated(position_);
      std::cerr << "cuepoint: " << missing.what() << "\n";
      return kExitMissingAnswer;
    }
    if (const auto* missed = first_cue_never_reached()) {
      // The media ended before the lesson did: truncated, or not the video the lesson was made for.
      recorder_.terminated(position_);
      std::cerr << "cuepoint: " << loaded_.video.named.string() << ": the video ended at "
                << lesson::format_time(position_) << ", before cue '" << missed->id << "' at "
                << lesson::format_time(missed->at) << " (is the file truncated or not the lesson's video?)\n";
      return kExitFailed;
    }
    const auto result = runtime_.result();
    recorder_.completed(position_);
    recorder_.terminated(position_);
    emit("end", {{"score", result.score},
                 {"max_score", result.max_score},
                 {"percent", result.percent},
                 {"passed", result.passed},
                 {"cues_completed", result.cues_completed},
                 {"cues_total", result.cues_total},
                 {"position", seconds(position_)}});
    write_stats();
    return kExitOk;
  }

 private:
  void play_to_end() {
    const Micros max_wait = options_.realtime ? 20'000 : 0;
    for (;;) {
      playback_->set_stop(runtime_.next_stop(position_));
      const auto event = playback_->update(max_wait);
      position_ = event.position;
      runtime_.watched_until(position_);
      const Micros passed_from = checked_until_;
      checked_until_ = position_;
      for (const auto* cue : runtime_.passing_cues(passed_from, position_)) handle_cue(*cue);
      if (event.kind == media::PlaybackEvent::Kind::ReachedStop) {
        if (const auto* cue = runtime_.pausing_cue_at(event.position)) handle_cue(*cue);
      } else if (event.kind == media::PlaybackEvent::Kind::EndOfMedia) {
        return;
      }
    }
  }

  const lesson::Cue* first_cue_never_reached() const {
    for (const auto& cue : loaded_.lesson.cues) {
      if (runtime_.progress(cue).times_fired == 0) return &cue;
    }
    return nullptr;
  }

  void handle_cue(const lesson::Cue& cue) {
    const auto firing = runtime_.fire(cue);
    const auto shown = playback_->shown();
    json fields = {
        {"cue", cue.id},         {"type", std::string(lesson::to_string(cue.question.type))},
        {"at", seconds(cue.at)}, {"frame_time", shown ? json(seconds(shown->lesson_time())) : json(nullptr)},
        {"pause", cue.pause},    {"firing", firing.firing}};
    if (firing.pauses && options_.frames_dir && shown) {
      const auto png = *options_.frames_dir / (cue.id + "-" + std::to_string(firing.firing) + ".png");
      shown->write_png(png);
      fields["frame_file"] = png.string();
    }
    emit("cue", fields);
    if (firing.pauses) recorder_.paused(cue.at);
    if (firing.wants_response && !answer(cue)) return;  // a seek took over
    if (firing.pauses) {
      playback_->play();
      recorder_.played(cue.at);
    }
  }

  // Takes scripted attempts until the cue is done; false when an adaptivity seek moved playback.
  bool answer(const lesson::Cue& cue) {
    for (;;) {
      auto attempt = answers_.next(cue.id);
      if (!attempt) {
        if (cue.required) {
          throw MissingAnswer("cue '" + cue.id + "' at " + lesson::format_time(cue.at) +
                              " is required, but the answers file has no attempt left for it");
        }
        runtime_.skip(cue);
        emit("skip", {{"cue", cue.id}, {"at", seconds(cue.at)}});
        return true;
      }
      const auto outcome = runtime_.answer(cue, attempt->response);
      // Durable before anything reports it: the event stream is the feedback a student would see.
      recorder_.answered(cue, attempt->response, outcome.grade, outcome.attempt, cue.at);
      json fields = {{"cue", cue.id}, {"response", json::parse(attempt->as_json)}};
      fields.update(grade_json(outcome));
      emit("answer", fields);
      if (outcome.seek) {
        seek(*outcome.seek);
        return false;
      }
      if (!outcome.retry) return true;
    }
  }

  void seek(const runtime::SeekRequest& request) {
    emit("seek", {{"from", seconds(request.from)},
                  {"to", seconds(request.to)},
                  {"reason", runtime::to_string(request.reason)}});
    recorder_.seeked(request.from, request.to);
    playback_->seek(request.to);
    runtime_.seeked(request.from, request.to);
    position_ = request.to;
    checked_until_ = request.to - 1;  // a non-pausing cue exactly at the target still shows
    playback_->play();
    recorder_.played(request.to);
  }

  void write_stats() {
    const auto stats = playback_->stats();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    json fields = {{"frames_decoded", stats.frames_decoded},
                   {"frames_shown", stats.frames_shown},
                   {"frames_dropped", stats.frames_dropped},
                   {"wall_seconds", wall}};
    if (options_.realtime) {
      fields["av_offset_p50_ms"] = stats.av_offset_p50_ms;
      fields["av_offset_p99_ms"] = stats.av_offset_p99_ms;
    }
    emit("stats", fields);
  }

  // Every happening goes to the JSON event stream and, for a person, the transcript.
  void emit(const std::string& event, const json& fields) {
    events_.write(event, fields);
    if (transcript_) transcript_->on(event, fields);
  }

  const HeadlessOptions& options_;
  loader::LoadedLesson loaded_;
  ScriptedAnswers answers_;
  std::unique_ptr<media::Playback> playback_;
  EventLog& events_;
  runtime::LessonRuntime runtime_;
  record::Recorder recorder_;
  std::optional<Transcript> transcript_;
  Micros position_ = 0;
  Micros checked_until_ = -1;  // non-pausing cues after this time have not been passed yet
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace

int run_headless(const HeadlessOptions& options) {
  auto load = loader::load_lesson(options.lesson);
  for (const auto& diagnostic : load.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!load.ok()) return kExitFailed;
  auto& loaded = load.loaded;
  try {
    auto answers =
        options.answers ? ScriptedAnswers::load(*options.answers, loaded->lesson) : ScriptedAnswers{};
    if (options.frames_dir) std::filesystem::create_directories(*options.frames_dir);
    media::PlaybackOptions playback_options;
    playback_options.clock = options.realtime ? media::ClockMode::Realtime : media::ClockMode::Untimed;
    playback_options.audio = options.realtime ? media::AudioOutput::Null : media::AudioOutput::None;
    playback_options.rate = options.rate;
    auto playback = media::Playback::open(*loaded->video.path, playback_options);
    auto store = store::Store::open(options.database ? *options.database : store::default_database_path());
    EventLog events = options.events ? EventLog(*options.events) : EventLog();
    HeadlessRun run(options, std::move(*loaded), std::move(answers), std::move(playback), store, events);
    return run.run();
  } catch (const std::exception& error) {
    std::cerr << "cuepoint: " << error.what() << "\n";
    return kExitFailed;
  }
}

}  // namespace cuepoint::app
