// Builds the xAPI 1.0.3 statements Cuepoint sends: `answered` for every
// response to a cue, and the xAPI Video Profile's watching statements.
// Shapes are documented in docs/responses.md.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/lesson/model.hpp"
#include "cuepoint/xapi/played_segments.hpp"

namespace cuepoint::xapi {

// Reserved (RFC 2606 .invalid) so ids from an unconfigured device can never
// collide with someone's real activities; schools set their own base.
inline constexpr const char* kDefaultBaseIri = "https://cuepoint.invalid/lessons/";
inline constexpr const char* kDefaultHomePage = "https://cuepoint.invalid/learners";
// Our own extensions (lesson version/hash, attempt number, cue time).
inline constexpr const char* kExtensionBase = "https://cuepoint.invalid/xapi/extensions/";
inline constexpr const char* kVideoProfile = "https://w3id.org/xapi/video";
inline constexpr const char* kVideoExtensionBase = "https://w3id.org/xapi/video/extensions/";

struct Config {
  std::string base_iri = kDefaultBaseIri;  // lesson activity = base + lesson id
  std::string actor_home_page = kDefaultHomePage;
  std::string learner_id;    // actor account name
  std::string learner_name;  // actor name; omitted when empty
};

// What identifies the lesson in every statement.
struct LessonIdentity {
  std::string id;
  std::string version;
  std::string sha256;  // of the lesson XML bytes
  std::string title;
  std::string language;  // xml:lang; "en-US" is used when empty
  // A sealed lesson's seal: the correct choices of a sealed cue are read through it
  // (lesson/answer_key.hpp) for correctResponsesPattern.
  std::optional<lesson::Seal> seal;
  static LessonIdentity of(const lesson::Lesson& lesson, std::string sha256);
};

// The player's state the Video Profile reports with each statement.
struct VideoState {
  lesson::Micros length = 0;
  double speed = 1.0;
  bool captions_enabled = false;
  std::string captions_lang;
  PlayedSegments played;
};

// Identity and time of one statement; the caller keeps the id to store it.
struct Stamp {
  std::string id;         // UUID v4
  std::string timestamp;  // RFC 3339 UTC, milliseconds
  static Stamp now();
};

class StatementBuilder {
 public:
  // `registration` is the lesson session's UUID; `video_session_id` the id of
  // the session's `initialized` statement (Video Profile session-id).
  StatementBuilder(Config config, LessonIdentity lesson, std::string registration,
                   std::string video_session_id);

  nlohmann::json answered(const Stamp& stamp, const lesson::Cue& cue, const lesson::Response& response,
                          const lesson::Grade& grade, int attempt_number, lesson::Micros lesson_time) const;

  nlohmann::json initialized(const Stamp& stamp, const VideoState& video) const;
  nlohmann::json played(const Stamp& stamp, const VideoState& video, lesson::Micros at) const;
  nlohmann::json paused(const Stamp& stamp, const VideoState& video, lesson::Micros at) const;
  nlohmann::json seeked(const Stamp& stamp, const VideoState& video, lesson::Micros from,
                        lesson::Micros to) const;
  // Speed or caption changes (Video Profile `interacted`); the new values are in `video`.
  nlohmann::json interacted(const Stamp& stamp, const VideoState& video, lesson::Micros at) const;
  nlohmann::json completed(const Stamp& stamp, const VideoState& video, lesson::Micros at) const;
  nlohmann::json terminated(const Stamp& stamp, const VideoState& video, lesson::Micros at) const;

  std::string lesson_activity_id() const;
  std::string cue_activity_id(const std::string& cue_id) const;
  const std::string& video_session_id() const { return video_session_id_; }

 private:
  nlohmann::json base(const Stamp& stamp, const char* verb_id, const char* verb_name) const;
  nlohmann::json video_statement(const Stamp& stamp, const char* verb_id, const char* verb_name,
                                 const VideoState& video) const;
  nlohmann::json language_map(const std::string& text) const;
  nlohmann::json lesson_activity() const;

  Config config_;
  LessonIdentity lesson_;
  std::string registration_;
  std::string video_session_id_;
};

}  // namespace cuepoint::xapi
