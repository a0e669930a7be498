// The player's one door to the response database. Each call writes the fact
// (an answer or a watch event) and its xAPI statement into the outbox in one
// transaction, committed with synchronous=FULL before it returns: an answer
// is durable before feedback is shown. Throws store::StoreError.
#pragma once

#include <string>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/xapi/statement_builder.hpp"

namespace cuepoint::record {

// Who is learning and how statements name things. Field order is part of the
// API (callers use designated initialisers).
struct RecorderConfig {
  std::string lesson_sha256{};  // of the lesson XML bytes
  std::string learner_id{};     // required: the xAPI account name
  std::string learner_name{};   // optional display name
  std::string base_iri = xapi::kDefaultBaseIri;
  std::string actor_home_page = xapi::kDefaultHomePage;
};

class Recorder {
 public:
  // Saves the learner and begins a lesson session (one committed transaction).
  // Throws std::invalid_argument without a learner id, store::StoreError when
  // the database cannot be written.
  Recorder(store::Store& store, const lesson::Lesson& lesson, RecorderConfig config);

  // Once per Recorder (std::logic_error otherwise): its id is the session-id.
  void initialized(lesson::Micros length);
  void played(lesson::Micros at);
  void paused(lesson::Micros at);
  void seeked(lesson::Micros from, lesson::Micros to);
  void rate_changed(double rate, lesson::Micros at);
  void captions_changed(bool on, const std::string& lang, lesson::Micros at);
  void answered(const lesson::Cue& cue, const lesson::Response& response, const lesson::Grade& grade,
                int attempt_number, lesson::Micros lesson_time);
  void completed(lesson::Micros at);
  // Ends the session; later calls still record but the session keeps its end time.
  void terminated(lesson::Micros at);

  // Attempts this learner has already made at the cue, over all sessions of
  // this lesson (0 if none), so the runtime can resume its attempt counts.
  int attempts_for(const lesson::Cue& cue);

  const std::string& session_uuid() const { return session_uuid_; }
  const xapi::VideoState& video_state() const { return video_; }

 private:
  void record_watch(store::WatchEventRecord event, const xapi::Stamp& stamp, const nlohmann::json& statement);

  store::Store& store_;
  xapi::Config config_;
  xapi::LessonIdentity lesson_;
  std::string session_uuid_;
  xapi::Stamp initialized_stamp_;  // its id is the Video Profile session-id
  bool initialized_recorded_ = false;
  xapi::StatementBuilder builder_;
  xapi::VideoState video_;
};

}  // namespace cuepoint::record
