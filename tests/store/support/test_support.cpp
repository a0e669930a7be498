#include "test_support.hpp"
#include "temp_dir.hpp"

#include <algorithm>

#include "cuepoint/lesson/grading.hpp"
#include "cuepoint/record/recorder.hpp"

namespace cuepoint::testing {

using lesson::Choice;
using lesson::Cue;
using lesson::QuestionType;

namespace {

Cue make_cue(std::string id, lesson::Micros at, QuestionType type) {
  Cue cue;
  cue.id = std::move(id);
  cue.at = at;
  cue.question.type = type;
  cue.question.prompt = "Prompt of " + cue.id;
  return cue;
}

}  // namespace

lesson::Lesson sample_lesson() {
  lesson::Lesson lesson;
  lesson.id = "fractions intro";  // a space, to exercise IRI encoding
  lesson.version = "3";
  lesson.language = "fr-CA";
  lesson.title = "Les fractions";

  auto single = make_cue("single", 5'000'000, QuestionType::SingleChoice);
  single.question.choices = {
      {"a", "Un", true, "", {}}, {"b", "Deux", false, "", {}}, {"c", "Trois", false, "", {}}};
  auto multiple = make_cue("multiple", 10'000'000, QuestionType::MultipleChoice);
  multiple.question.points = 2;
  multiple.question.choices = {
      {"a", "2/4", true, "", {}}, {"b", "3/6", true, "", {}}, {"c", "2/3", false, "", {}}};
  auto true_false = make_cue("truefalse", 15'000'000, QuestionType::TrueFalse);
  true_false.question.choices = {{"true", "Vrai", false, "", {}}, {"false", "Faux", true, "", {}}};
  auto numeric = make_cue("numeric", 20'000'000, QuestionType::Numeric);
  numeric.question.numeric_value = 0.5;
  numeric.question.tolerance = 0.01;
  auto text = make_cue("text", 25'000'000, QuestionType::Text);
  text.question.accepted_answers = {"1/2", "un demi"};
  auto open = make_cue("open", 30'000'000, QuestionType::Open);
  auto poll = make_cue("poll", 35'000'000, QuestionType::Poll);
  poll.question.choices = {{"often", "Souvent", false, "", {}}, {"never", "Jamais", false, "", {}}};
  auto note = make_cue("note", 40'000'000, QuestionType::Note);
  lesson.cues = {single, multiple, true_false, numeric, text, open, poll, note};
  return lesson;
}

xapi::Config sample_config() {
  xapi::Config config;
  config.base_iri = "https://school.example/lessons/";
  config.actor_home_page = "https://school.example";
  config.learner_id = "learner-42";
  config.learner_name = "Ada";
  return config;
}

record::RecorderConfig sample_recorder_config(std::string lesson_sha256) {
  const auto config = sample_config();
  return record::RecorderConfig{std::move(lesson_sha256), config.learner_id, config.learner_name,
                                config.base_iri, config.actor_home_page};
}

int FullSession::answers() const {
  return static_cast<int>(std::count_if(steps.begin(), steps.end(),
                                        [](const SessionStep& step) { return step.kind == "answered"; }));
}

std::vector<std::string> FullSession::watch_kinds() const {
  std::vector<std::string> kinds;
  for (const auto& step : steps) {
    if (step.kind != "answered") kinds.push_back(step.kind);
  }
  return kinds;
}

namespace {

SessionStep watch(std::string kind, std::function<void(record::Recorder&)> record) {
  return SessionStep{
      std::move(kind), "",
      [record = std::move(record)](record::Recorder& recorder, const lesson::Lesson&) { record(recorder); }};
}

SessionStep answer(std::string cue_id, lesson::Response response) {
  return SessionStep{
      "answered", cue_id,
      [cue_id, response = std::move(response)](record::Recorder& recorder, const lesson::Lesson& lesson) {
        const auto& cue = *std::find_if(lesson.cues.begin(), lesson.cues.end(),
                                        [&](const Cue& c) { return c.id == cue_id; });
        const auto grade = lesson::grade(cue.question, response);
        recorder.answered(cue, response, grade, recorder.attempts_for(cue) + 1, cue.at);
      }};
}

}  // namespace

const FullSession& full_session() {
  static const FullSession session{{
      watch("initialized", [](record::Recorder& r) { r.initialized(60'000'000); }),
      watch("played", [](record::Recorder& r) { r.played(0); }),
      watch("paused", [](record::Recorder& r) { r.paused(5'000'000); }),
      answer("single", lesson::Response::choices({"b"})),
      answer("single", lesson::Response::choices({"a"})),
      answer("multiple", lesson::Response::choices({"a", "b"})),
      answer("truefalse", lesson::Response::choices({"false"})),
      answer("numeric", lesson::Response::numeric(0.505)),
      answer("text", lesson::Response::free_text("Un Demi")),
      answer("open", lesson::Response::free_text("Parce que, \"deux\" quarts,\nc'est une moitié")),
      answer("poll", lesson::Response::choices({"never"})),
      watch("played", [](record::Recorder& r) { r.played(5'000'000); }),
      watch("seeked", [](record::Recorder& r) { r.seeked(12'000'000, 2'000'000); }),
      watch("rate-changed", [](record::Recorder& r) { r.rate_changed(1.5, 4'000'000); }),
      watch("captions", [](record::Recorder& r) { r.captions_changed(true, "fr-CA", 6'000'000); }),
      watch("completed", [](record::Recorder& r) { r.completed(60'000'000); }),
      watch("terminated", [](record::Recorder& r) { r.terminated(60'000'000); }),
  }};
  return session;
}

const FullSession& record_full_session(store::Store& store) {
  const auto lesson = sample_lesson();
  record::Recorder recorder(store, lesson, sample_recorder_config(std::string(64, 'a')));
  const auto& session = full_session();
  for (const auto& step : session.steps) step.record(recorder, lesson);
  return session;
}

}  // namespace cuepoint::testing
