#include "cuepoint/xapi/statement_builder.hpp"

#include <utility>

#include "cuepoint/xapi/identifiers.hpp"
#include "cuepoint/xapi/interaction.hpp"
#include "cuepoint/xapi/timestamp.hpp"

namespace cuepoint::xapi {
namespace {

using nlohmann::json;

constexpr const char* kInteractionType = "http://adlnet.gov/expapi/activities/cmi.interaction";
constexpr const char* kVideoType = "https://w3id.org/xapi/video/activity-type/video";

std::string video_extension(const char* name) { return std::string(kVideoExtensionBase) + name; }
std::string our_extension(const char* name) { return std::string(kExtensionBase) + name; }

std::string speed_text(double speed) { return format_number(speed) + "x"; }

}  // namespace

LessonIdentity LessonIdentity::of(const lesson::Lesson& lesson, std::string sha256) {
  return LessonIdentity{lesson.id,    lesson.version,  std::move(sha256),
                        lesson.title, lesson.language, lesson.seal};
}

Stamp Stamp::now() { return Stamp{random_uuid(), now_timestamp()}; }

StatementBuilder::StatementBuilder(Config config, LessonIdentity lesson, std::string registration,
                                   std::string video_session_id)
    : config_(std::move(config)),
      lesson_(std::move(lesson)),
      registration_(std::move(registration)),
      video_session_id_(std::move(video_session_id)) {}

std::string StatementBuilder::lesson_activity_id() const {
  std::string base = config_.base_iri;
  if (!base.empty() && base.back() != '/') base += '/';
  return base + encode_iri_segment(lesson_.id);
}

std::string StatementBuilder::cue_activity_id(const std::string& cue_id) const {
  return lesson_activity_id() + "/cues/" + encode_iri_segment(cue_id);
}

json StatementBuilder::language_map(const std::string& text) const {
  return json{{lesson_.language.empty() ? std::string("en-US") : lesson_.language, text}};
}

json StatementBuilder::lesson_activity() const {
  json definition{{"type", kVideoType}};
  if (!lesson_.title.empty()) definition["name"] = language_map(lesson_.title);
  return json{{"objectType", "Activity"}, {"id", lesson_activity_id()}, {"definition", definition}};
}

json StatementBuilder::base(const Stamp& stamp, const char* verb_id, const char* verb_name) const {
  json actor{{"objectType", "Agent"},
             {"account", {{"homePage", config_.actor_home_page}, {"name", config_.learner_id}}}};
  if (!config_.learner_name.empty()) actor["name"] = config_.learner_name;
  json context{{"registration", registration_},
               {"platform", "Cuepoint"},
               {"extensions",
                {{our_extension("lesson-version"), lesson_.version},
                 {our_extension("lesson-sha256"), lesson_.sha256},
                 {video_extension("session-id"), video_session_id_}}}};
  if (!lesson_.language.empty()) context["language"] = lesson_.language;
  return json{{"id", stamp.id},
              {"timestamp", stamp.timestamp},
              {"actor", std::move(actor)},
              {"verb", {{"id", verb_id}, {"display", {{"en-US", verb_name}}}}},
              {"context", std::move(context)}};
}

json StatementBuilder::answered(const Stamp& stamp, const lesson::Cue& cue, const lesson::Response& response,
                                const lesson::Grade& grade, int attempt_number,
                                lesson::Micros lesson_time) const {
  const auto& question = cue.question;
  const auto type = interaction_type(question);
  json definition{{"type", kInteractionType}, {"name", language_map(cue.id)}, {"interactionType", type}};
  if (!question.prompt.empty()) definition["description"] = language_map(question.prompt);
  // The spec allows the `choices` component only on choice (and sequencing) interactions.
  if (type == "choice") {
    json choices = json::array();
    for (const auto& choice : question.choices) {
      choices.push_back({{"id", choice.id}, {"description", language_map(choice.text)}});
    }
    definition["choices"] = std::move(choices);
  }
  const auto key = lesson::AnswerKey::of(lesson_.seal, cue);
  if (auto pattern = correct_responses_pattern(question, key))
    definition["correctResponsesPattern"] = *pattern;

  json result{{"response", response_text(question, response)},
              {"completion", true},
              {"extensions", {{video_extension("time"), to_seconds(lesson_time)}}}};
  if (grade.graded) {
    result["success"] = grade.correct;
    if (grade.max_score > 0) {
      result["score"] = {{"raw", grade.score},
                         {"min", 0},
                         {"max", grade.max_score},
                         {"scaled", grade.score / grade.max_score}};
    }
  }

  auto statement = base(stamp, "http://adlnet.gov/expapi/verbs/answered", "answered");
  statement["object"] = {
      {"objectType", "Activity"}, {"id", cue_activity_id(cue.id)}, {"definition", definition}};
  statement["result"] = std::move(result);
  auto& context = statement["context"];
  context["contextActivities"] = {{"parent", json::array({lesson_activity()})}};
  context["extensions"][our_extension("attempt")] = attempt_number;
  context["extensions"][our_extension("cue-time")] = to_seconds(cue.at);
  context["extensions"][our_extension("question-type")] = std::string(lesson::to_string(question.type));
  return statement;
}

json StatementBuilder::video_statement(const Stamp& stamp, const char* verb_id, const char* verb_name,
                                       const VideoState& video) const {
  auto statement = base(stamp, verb_id, verb_name);
  statement["object"] = lesson_activity();
  auto& context = statement["context"];
  context["contextActivities"] = {{"category", json::array({{{"id", kVideoProfile}}})}};
  context["extensions"][video_extension("length")] = to_seconds(video.length);
  return statement;
}

namespace {

// The player settings the Video Profile reports with initialized and interacted.
void add_player_settings(json& extensions, const VideoState& video) {
  extensions[video_extension("speed")] = speed_text(video.speed);
  extensions[video_extension("cc-subtitle-enabled")] = video.captions_enabled;
  if (video.captions_enabled && !video.captions_lang.empty()) {
    extensions[video_extension("cc-subtitle-lang")] = video.captions_lang;
  }
}

}  // namespace

json StatementBuilder::initialized(const Stamp& stamp, const VideoState& video) const {
  auto statement = video_statement(stamp, "http://adlnet.gov/expapi/verbs/initialized", "initialized", video);
  add_player_settings(statement["context"]["extensions"], video);
  return statement;
}

json StatementBuilder::played(const Stamp& stamp, const VideoState& video, lesson::Micros at) const {
  auto statement = video_statement(stamp, "https://w3id.org/xapi/video/verbs/played", "played", video);
  statement["result"] = {{"extensions", {{video_extension("time"), to_seconds(at)}}}};
  return statement;
}

json StatementBuilder::paused(const Stamp& stamp, const VideoState& video, lesson::Micros at) const {
  auto statement = video_statement(stamp, "https://w3id.org/xapi/video/verbs/paused", "paused", video);
  statement["result"] = {{"extensions",
                          {{video_extension("time"), to_seconds(at)},
                           {video_extension("progress"), video.played.progress(video.length)},
                           {video_extension("played-segments"), video.played.format()}}}};
  return statement;
}

json StatementBuilder::seeked(const Stamp& stamp, const VideoState& video, lesson::Micros from,
                              lesson::Micros to) const {
  auto statement = video_statement(stamp, "https://w3id.org/xapi/video/verbs/seeked", "seeked", video);
  statement["result"] = {
      {"extensions",
       {{video_extension("time-from"), to_seconds(from)}, {video_extension("time-to"), to_seconds(to)}}}};
  return statement;
}

json StatementBuilder::interacted(const Stamp& stamp, const VideoState& video, lesson::Micros at) const {
  auto statement = video_statement(stamp, "http://adlnet.gov/expapi/verbs/interacted", "interacted", video);
  statement["result"] = {{"extensions", {{video_extension("time"), to_seconds(at)}}}};
  add_player_settings(statement["context"]["extensions"], video);
  return statement;
}

json StatementBuilder::completed(const Stamp& stamp, const VideoState& video, lesson::Micros at) const {
  auto statement = video_statement(stamp, "http://adlnet.gov/expapi/verbs/completed", "completed", video);
  statement["result"] = {{"completion", true},
                         {"duration", format_duration(video.played.covered())},
                         {"extensions",
                          {{video_extension("time"), to_seconds(at)},
                           {video_extension("progress"), video.played.progress(video.length)},
                           {video_extension("played-segments"), video.played.format()}}}};
  return statement;
}

json StatementBuilder::terminated(const Stamp& stamp, const VideoState& video, lesson::Micros at) const {
  auto statement = video_statement(stamp, "http://adlnet.gov/expapi/verbs/terminated", "terminated", video);
  statement["result"] = {{"extensions",
                          {{video_extension("time"), to_seconds(at)},
                           {video_extension("progress"), video.played.progress(video.length)},
                           {video_extension("played-segments"), video.played.format()}}}};
  return statement;
}

}  // namespace cuepoint::xapi
