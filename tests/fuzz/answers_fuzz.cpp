// The headless player's answers file, against the intro-fractions sample lesson:
// never a crash; a bad file is an AnswersError naming the file; a good one hands
// out its attempts until none is left.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cuepoint/lesson/parser.hpp"
#include "fuzz_check.hpp"
#include "scripted_answers.hpp"

namespace {

const cuepoint::lesson::Lesson& sample_lesson() {
  static const auto lesson = [] {
    auto result = cuepoint::lesson::parse_lesson_file(CUEPOINT_FUZZ_LESSON);
    cuepoint::fuzz::check(result.lesson.has_value(), "the sample lesson " CUEPOINT_FUZZ_LESSON " parses");
    return *result.lesson;
  }();
  return lesson;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using cuepoint::fuzz::check;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto& lesson = sample_lesson();
  try {
    auto answers = cuepoint::app::ScriptedAnswers::parse(text, "answers.json", lesson);
    for (const auto& cue : lesson.cues) {
      std::size_t handed_out = 0;
      while (const auto attempt = answers.next(cue.id)) {
        check(!attempt->as_json.empty(), "an attempt keeps its JSON text");
        check(++handed_out <= size, "no more attempts than the file could hold");
      }
    }
  } catch (const cuepoint::app::AnswersError& error) {
    check(std::string(error.what()).rfind("answers.json", 0) == 0, "the error names the file first");
  }
  return 0;
}
