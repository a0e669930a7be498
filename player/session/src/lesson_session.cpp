#include "cuepoint/session/lesson_session.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "cuepoint/lesson/time.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"
#include "record_writer.hpp"
#include "resume.hpp"

namespace cuepoint::session {

using record::Recorder;

// Declaration order is destruction order in reverse: the writer stops (committing
// what is queued) before the recorder and the store it writes through go away.
struct LessonSession::Parts {
  Parts(loader::LoadedLesson loaded_lesson, const SessionConfig& config)
      : loaded(std::move(loaded_lesson)),
        playback(media::Playback::open(*loaded.video.path, config.playback)),
        store(store::Store::open(config.database)),
        runtime(loaded.lesson),
        recorder(store, loaded.lesson,
                 record::RecorderConfig{.lesson_sha256 = loaded.sha256, .learner_id = config.learner_id}),
        rate(config.playback.rate) {}

  loader::LoadedLesson loaded;
  std::unique_ptr<media::Playback> playback;
  store::Store store;
  runtime::LessonRuntime runtime;
  Recorder recorder;
  std::unique_ptr<RecordWriter> writer;  // made once resume has read the store on this thread
  double rate = 1.0;

  bool started = false;
  bool finished = false;
  bool playing = false;  // as recorded: the last watch record was `played`
  Micros position = 0;
  Micros start_position = 0;
  Micros checked_until = -1;                   // non-pausing cues after this time have not been passed yet
  const lesson::Cue* open_question = nullptr;  // the pausing cue holding playback for an answer
  // Non-pausing cues whose question is open while playback goes on ("at the edge").
  std::vector<const lesson::Cue*> open_in_passing;
  std::optional<runtime::SeekRequest> queued_seek;  // the latest request; executed by step()
  bool play_after_seek = false;                     // remediation and adaptivity go on playing

  // Watch records never throw at the caller: a failing database is reported by
  // the next step() (RecordWriter keeps the failure).
  void record(RecordWriter::Task task) { writer->post(std::move(task)); }

  void record_played() {
    playing = true;
    const Micros at = position;
    record([at](Recorder& r) { r.played(at); });
  }
  void record_paused() {
    playing = false;
    const Micros at = position;
    record([at](Recorder& r) { r.paused(at); });
  }

  void require_open(const lesson::Cue& cue) const {
    if (open_question != &cue &&
        std::find(open_in_passing.begin(), open_in_passing.end(), &cue) == open_in_passing.end()) {
      throw std::logic_error("no question is open at cue '" + cue.id + "'");
    }
  }
  void close(const lesson::Cue& cue) {
    if (open_question == &cue) open_question = nullptr;
    std::erase(open_in_passing, &cue);
  }

  void fail(std::vector<SessionEvent>& events, Error::Kind kind, std::string message,
            std::optional<media::MediaError::Kind> media_kind = std::nullopt) {
    finished = true;
    playing = false;
    events.emplace_back(Error{kind, std::move(message), media_kind});
  }

  // The cue that fired: pausing cues hold playback until they are done.
  void cue_reached(const lesson::Cue& cue, std::vector<SessionEvent>& events) {
    const auto firing = runtime.fire(cue);
    if (firing.pauses) {
      record_paused();
      if (firing.wants_response) open_question = &cue;
    } else if (firing.wants_response) {
      open_in_passing.push_back(&cue);
    }
    events.emplace_back(CueReached{&cue, firing.firing, firing.pauses, firing.wants_response,
                                   firing.attempts_left, playback->shown()});
  }

  // mpv's execute_queued_seek: whatever was asked since the last step, only the
  // latest target is decoded.
  void execute_queued_seek(std::vector<SessionEvent>& events) {
    if (!queued_seek) return;
    auto request = *queued_seek;
    queued_seek.reset();
    request.from = position;
    if (request.reason == runtime::SeekReason::Learner) {
      const Micros allowed = runtime.allowed_seek_target(request.from, request.to);
      if (allowed != std::max<Micros>(0, request.to)) {
        events.emplace_back(SeekLimited{request.from, request.to, allowed});
      }
      if (allowed == request.from) return;
      request.to = allowed;
      open_question = nullptr;  // leaving the cue: it asks again when reached again
    }
    events.emplace_back(Seeked{request.from, request.to, request.reason});
    record([request](Recorder& r) { r.seeked(request.from, request.to); });
    playback->seek(request.to);
    runtime.seeked(request.from, request.to);
    // Re-armed cues ask again when reached: their questions are no longer open meanwhile.
    std::erase_if(open_in_passing,
                  [&](const lesson::Cue* cue) { return request.to < request.from && cue->at >= request.to; });
    position = request.to;
    checked_until = request.to - 1;  // a non-pausing cue exactly at the target still shows
    if (play_after_seek) {
      play_after_seek = false;
      playback->play();
      record_played();
    }
  }

  // A cue the video ended before: truncated, or not the lesson's video. (Cues a
  // learner skipped over, or watched in a resumed session's past, lie before the end.)
  const lesson::Cue* first_cue_after_the_end() const {
    for (const auto& cue : loaded.lesson.cues) {
      if (cue.at > position && runtime.progress(cue).times_fired == 0) return &cue;
    }
    return nullptr;
  }

  void end_of_media(std::vector<SessionEvent>& events) {
    playing = false;
    finished = true;
    const Micros at = position;
    if (const auto* missed = first_cue_after_the_end()) {
      record([at](Recorder& r) { r.terminated(at); });
      writer->flush();
      events.emplace_back(Error{Error::Kind::VideoEndedEarly,
                                loaded.video.named.string() + ": the video ended at " +
                                    lesson::format_time(at) + ", before cue '" + missed->id + "' at " +
                                    lesson::format_time(missed->at) +
                                    " (is the file truncated or not the lesson's video?)",
                                std::nullopt});
      return;
    }
    record([at](Recorder& r) {
      r.completed(at);
      r.terminated(at);
    });
    writer->flush();  // Ended promises that every record of the session is durable
    events.emplace_back(Ended{runtime.result(), at});
  }

  void advance(Micros max_wait, std::vector<SessionEvent>& events) {
    execute_queued_seek(events);
    if (!playback->playing()) return;
    playback->set_stop(runtime.next_stop(position));
    const auto event = playback->update(max_wait);
    position = event.position;
    runtime.watched_until(position);
    if (event.kind == media::PlaybackEvent::Kind::FrameShown) events.emplace_back(FrameShown{position});
    const Micros passed_from = checked_until;
    checked_until = position;
    for (const auto* cue : runtime.passing_cues(passed_from, position)) cue_reached(*cue, events);
    if (event.kind == media::PlaybackEvent::Kind::ReachedStop) {
      if (const auto* cue = runtime.pausing_cue_at(event.position)) {
        cue_reached(*cue, events);
      } else {
        playback->play();  // not a cue of ours (cannot happen by next_stop's contract): never hang there
      }
    } else if (event.kind == media::PlaybackEvent::Kind::EndOfMedia) {
      end_of_media(events);
    }
  }
};

std::unique_ptr<LessonSession> LessonSession::open(loader::LoadedLesson lesson, const SessionConfig& config) {
  if (!lesson.video.path) {
    throw std::invalid_argument("cannot play lesson '" + lesson.lesson.id + "': its video did not load");
  }
  auto parts = std::make_unique<Parts>(std::move(lesson), config);
  if (config.resume) {
    const auto point = find_resume_point(parts->store, parts->loaded.lesson, parts->loaded.sha256,
                                         config.learner_id, parts->recorder.session_uuid());
    for (const auto& [cue, progress] : point.progress) parts->runtime.restore(*cue, progress);
    const Micros duration = parts->playback->info().duration;
    parts->start_position = duration > 0 ? std::min(point.position, duration) : point.position;
  }
  parts->writer = std::make_unique<RecordWriter>(parts->recorder);
  return std::unique_ptr<LessonSession>(new LessonSession(std::move(parts)));
}

LessonSession::LessonSession(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

LessonSession::~LessonSession() = default;  // Parts: the writer commits what is queued, then stops

const loader::LoadedLesson& LessonSession::loaded() const { return parts_->loaded; }
const lesson::Lesson& LessonSession::lesson() const { return parts_->loaded.lesson; }
const media::MediaInfo& LessonSession::info() const { return parts_->playback->info(); }
const runtime::LessonRuntime& LessonSession::runtime() const { return parts_->runtime; }
Micros LessonSession::position() const { return parts_->position; }
Micros LessonSession::start_position() const { return parts_->start_position; }
const lesson::Cue* LessonSession::open_question() const { return parts_->open_question; }
bool LessonSession::playing() const { return parts_->playing; }
bool LessonSession::finished() const { return parts_->finished; }
std::optional<media::Picture> LessonSession::shown() const { return parts_->playback->shown(); }
media::PlaybackStats LessonSession::stats() const { return parts_->playback->stats(); }

void LessonSession::start() {
  auto& p = *parts_;
  if (p.started) throw std::logic_error("LessonSession::start called twice");
  p.started = true;
  const Micros length = p.playback->info().duration;
  const double rate = p.rate;
  p.record([length, rate](Recorder& r) {
    r.initialized(length);
    if (rate != 1.0) r.rate_changed(rate, 0);
  });
  if (p.start_position > 0) {
    p.playback->seek(p.start_position);
    p.runtime.watched_until(p.start_position);
    p.position = p.start_position;
    p.checked_until = p.start_position - 1;
  }
  p.playback->play();
  p.record_played();
}

std::vector<SessionEvent> LessonSession::step(Micros max_wait) {
  auto& p = *parts_;
  std::vector<SessionEvent> events;
  if (p.finished || !p.started) return events;
  try {
    p.writer->check();
    p.advance(max_wait, events);
  } catch (const media::MediaError& error) {
    p.fail(events, Error::Kind::Media, error.what(), error.kind());
    const Micros at = p.position;
    try {
      p.writer->post([at](Recorder& r) { r.terminated(at); });
      p.writer->flush();
    } catch (const std::exception& store_error) {
      events.emplace_back(Error{Error::Kind::Store, store_error.what(), std::nullopt});
    }
  } catch (const store::StoreError& error) {
    p.fail(events, Error::Kind::Store, error.what());
  }
  return events;
}

std::vector<SessionEvent> LessonSession::answer(const lesson::Cue& cue, const lesson::Response& response) {
  auto& p = *parts_;
  p.require_open(cue);
  std::vector<SessionEvent> events;
  const auto outcome = p.runtime.answer(cue, response);
  try {
    // Durable before anything reports it: AnswerGraded is the feedback a learner sees.
    p.writer->call([&](Recorder& r) { r.answered(cue, response, outcome.grade, outcome.attempt, cue.at); });
  } catch (const store::StoreError& error) {
    p.fail(events, Error::Kind::Store, error.what());
    return events;
  }
  if (!outcome.retry) p.close(cue);
  if (outcome.seek) {
    p.queued_seek = *outcome.seek;
    p.play_after_seek = true;
  }
  events.emplace_back(AnswerGraded{&cue, response, outcome});
  return events;
}

std::vector<SessionEvent> LessonSession::skip(const lesson::Cue& cue) {
  auto& p = *parts_;
  p.require_open(cue);
  p.runtime.skip(cue);  // std::logic_error for a required cue
  p.close(cue);
  return {Skipped{&cue}};
}

bool LessonSession::play() {
  auto& p = *parts_;
  if (p.finished || !p.started || p.open_question != nullptr) return false;
  p.playback->play();
  if (!p.playing) p.record_played();
  return true;
}

void LessonSession::pause() {
  auto& p = *parts_;
  if (p.finished || !p.playing) return;
  p.playback->pause();
  p.position = p.playback->position();
  p.record_paused();
}

void LessonSession::request_seek(Micros target) {
  auto& p = *parts_;
  if (p.finished) return;
  p.queued_seek = runtime::SeekRequest{p.position, target, runtime::SeekReason::Learner};
  p.play_after_seek = false;
}

void LessonSession::set_rate(double rate) {
  auto& p = *parts_;
  p.playback->set_rate(rate);
  p.rate = rate;
  const Micros at = p.position;
  p.record([rate, at](Recorder& r) { r.rate_changed(rate, at); });
}

void LessonSession::set_volume(double volume) { parts_->playback->set_volume(volume); }
void LessonSession::set_muted(bool muted) { parts_->playback->set_muted(muted); }

void LessonSession::terminate() {
  auto& p = *parts_;
  if (p.finished) return;
  p.finished = true;
  p.playing = false;
  p.playback->pause();
  const Micros at = p.position;
  p.record([at](Recorder& r) { r.terminated(at); });
  p.writer->flush();
}

}  // namespace cuepoint::session
