#include "cuepoint/record/recorder.hpp"

#include <stdexcept>
#include <utility>

#include "cuepoint/xapi/identifiers.hpp"
#include "cuepoint/xapi/interaction.hpp"
#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::record {

using store::WatchKind;

namespace {

xapi::Config statement_config(const RecorderConfig& config) {
  return xapi::Config{config.base_iri, config.actor_home_page, config.learner_id, config.learner_name};
}

}  // namespace

Recorder::Recorder(store::Store& store, const lesson::Lesson& lesson, RecorderConfig config)
    : store_(store),
      config_(statement_config(config)),
      lesson_(xapi::LessonIdentity::of(lesson, std::move(config.lesson_sha256))),
      session_uuid_(xapi::random_uuid()),
      initialized_stamp_(xapi::Stamp::now()),
      builder_(config_, lesson_, session_uuid_, initialized_stamp_.id) {
  // xAPI requires a non-empty account name; refusing here beats a statement the LRS rejects later.
  if (config_.learner_id.empty())
    throw std::invalid_argument("cannot record a lesson session: no learner id given");
  auto transaction = store_.transaction("starting a lesson session");
  const auto now = xapi::now_timestamp();
  store_.save_learner({config_.learner_id, config_.learner_name, now});
  store_.add_session({session_uuid_, config_.learner_id, lesson_.id, lesson_.version, lesson_.sha256, now,
                      std::nullopt, initialized_stamp_.id});
  transaction.commit();
}

void Recorder::record_watch(store::WatchEventRecord event, const xapi::Stamp& stamp,
                            const nlohmann::json& statement) {
  event.session_uuid = session_uuid_;
  event.wall_time_utc = stamp.timestamp;
  event.statement_id = stamp.id;
  auto transaction = store_.transaction("saving a '" + std::string(to_string(event.kind)) + "' watch event");
  // The outbox row first: the event row references it.
  store_.enqueue_statement(stamp.id, statement.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                           stamp.timestamp);
  store_.add_watch_event(event);
  if (event.kind == WatchKind::Terminated) store_.end_session(session_uuid_, stamp.timestamp);
  transaction.commit();
}

void Recorder::initialized(lesson::Micros length) {
  // Its id is the session-id every other statement names; a second one would reuse it.
  if (initialized_recorded_) {
    throw std::logic_error("Recorder::initialized called twice in session " + session_uuid_);
  }
  video_.length = length;
  // A fresh stamp time, but the id fixed at construction (the session-id).
  auto stamp = initialized_stamp_;
  stamp.timestamp = xapi::now_timestamp();
  store::WatchEventRecord event;
  event.kind = WatchKind::Initialized;
  event.to_us = length;
  event.rate = video_.speed;
  record_watch(std::move(event), stamp, builder_.initialized(stamp, video_));
  initialized_recorded_ = true;
}

void Recorder::played(lesson::Micros at) {
  video_.played.play(at);
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Played;
  event.from_us = at;
  record_watch(std::move(event), stamp, builder_.played(stamp, video_, at));
}

void Recorder::paused(lesson::Micros at) {
  video_.played.stop(at);
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Paused;
  event.from_us = at;
  record_watch(std::move(event), stamp, builder_.paused(stamp, video_, at));
}

void Recorder::seeked(lesson::Micros from, lesson::Micros to) {
  video_.played.seek(from, to);
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Seeked;
  event.from_us = from;
  event.to_us = to;
  record_watch(std::move(event), stamp, builder_.seeked(stamp, video_, from, to));
}

void Recorder::rate_changed(double rate, lesson::Micros at) {
  video_.speed = rate;
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::RateChanged;
  event.from_us = at;
  event.rate = rate;
  record_watch(std::move(event), stamp, builder_.interacted(stamp, video_, at));
}

void Recorder::captions_changed(bool on, const std::string& lang, lesson::Micros at) {
  video_.captions_enabled = on;
  video_.captions_lang = lang;
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Captions;
  event.from_us = at;
  event.captions_on = on;
  if (!lang.empty()) event.captions_lang = lang;
  record_watch(std::move(event), stamp, builder_.interacted(stamp, video_, at));
}

void Recorder::completed(lesson::Micros at) {
  video_.played.stop(at);
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Completed;
  event.from_us = at;
  record_watch(std::move(event), stamp, builder_.completed(stamp, video_, at));
}

void Recorder::terminated(lesson::Micros at) {
  video_.played.stop(at);
  const auto stamp = xapi::Stamp::now();
  store::WatchEventRecord event;
  event.kind = WatchKind::Terminated;
  event.from_us = at;
  record_watch(std::move(event), stamp, builder_.terminated(stamp, video_, at));
}

void Recorder::answered(const lesson::Cue& cue, const lesson::Response& response, const lesson::Grade& grade,
                        int attempt_number, lesson::Micros lesson_time) {
  const auto stamp = xapi::Stamp::now();
  const auto statement = builder_.answered(stamp, cue, response, grade, attempt_number, lesson_time);
  store::AttemptRecord attempt;
  attempt.learner_id = config_.learner_id;
  attempt.session_uuid = session_uuid_;
  attempt.lesson_id = lesson_.id;
  attempt.lesson_version = lesson_.version;
  attempt.lesson_sha256 = lesson_.sha256;
  attempt.cue_id = cue.id;
  attempt.question_type = std::string(lesson::to_string(cue.question.type));
  attempt.response_json =
      xapi::response_to_json(response).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (grade.graded) {
    attempt.correct = grade.correct;
    attempt.score = grade.score;
    attempt.max_score = grade.max_score;
  }
  attempt.attempt_number = attempt_number;
  attempt.lesson_time_us = lesson_time;
  attempt.wall_time_utc = stamp.timestamp;
  attempt.statement_id = stamp.id;
  auto transaction = store_.transaction("saving an answer to cue '" + cue.id + "'");
  store_.enqueue_statement(stamp.id, statement.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                           stamp.timestamp);
  store_.add_attempt(attempt);
  transaction.commit();
}

int Recorder::attempts_for(const lesson::Cue& cue) {
  return store_.attempts_at(config_.learner_id, lesson_.id, cue.id);
}

}  // namespace cuepoint::record
