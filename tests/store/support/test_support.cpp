#include "test_support.hpp"

#include <fstream>
#include <random>
#include <sstream>

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

ScratchDir::ScratchDir() {
  std::random_device random;
  const auto base = std::filesystem::temp_directory_path() / "cuepoint-store-tests";
  std::filesystem::create_directories(base);
  path_ = base / ("t" + std::to_string(random()) + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  // Tests make folders read-only; give permissions back so removal works.
  for (auto it = std::filesystem::recursive_directory_iterator(path_, ignored);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ignored)) {
    std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
  }
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add,
                               ignored);
  std::filesystem::remove_all(path_, ignored);
}

int record_full_session(store::Store& store) {
  const auto lesson = sample_lesson();
  record::Recorder recorder(store, lesson, sample_recorder_config(std::string(64, 'a')));
  int statements = 0;
  recorder.initialized(60'000'000);
  recorder.played(0);
  recorder.paused(5'000'000);
  statements += 3;
  const auto answer = [&](const Cue& cue, const lesson::Response& response) {
    const auto grade = lesson::grade(cue.question, response);
    recorder.answered(cue, response, grade, recorder.attempts_for(cue) + 1, cue.at);
    ++statements;
  };
  answer(lesson.cues[0], lesson::Response::choices({"b"}));
  answer(lesson.cues[0], lesson::Response::choices({"a"}));
  answer(lesson.cues[1], lesson::Response::choices({"a", "b"}));
  answer(lesson.cues[2], lesson::Response::choices({"false"}));
  answer(lesson.cues[3], lesson::Response::numeric(0.505));
  answer(lesson.cues[4], lesson::Response::free_text("Un Demi"));
  answer(lesson.cues[5], lesson::Response::free_text("Parce que, \"deux\" quarts,\nc'est une moitié"));
  answer(lesson.cues[6], lesson::Response::choices({"never"}));
  recorder.played(5'000'000);
  recorder.seeked(12'000'000, 2'000'000);
  recorder.rate_changed(1.5, 4'000'000);
  recorder.captions_changed(true, "fr-CA", 6'000'000);
  recorder.completed(60'000'000);
  recorder.terminated(60'000'000);
  statements += 6;
  return statements;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace cuepoint::testing
