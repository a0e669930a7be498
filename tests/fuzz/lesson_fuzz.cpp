// The lesson parser and validator on arbitrary bytes: never a crash, never an
// exception (bad input is a Diagnostic), an error always comes with no lesson, and
// a lesson that parses is written back to XML that parses again to the same text
// (writer.hpp's promise).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/validator.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cuepoint::lesson;
  using cuepoint::fuzz::check;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto result = parse_lesson_string(xml, "fuzz.xml");
  check(result.ok() == result.lesson.has_value(), "a lesson is present exactly when there is no error");
  if (!result.lesson) return 0;
  // The validator with a video duration too: a short video puts cues past its end.
  validate(*result.lesson, "fuzz.xml", Micros{1'000'000});
  const auto written = write_lesson(*result.lesson);
  const auto again = parse_lesson_string(written, "written.xml");
  check(again.lesson.has_value(), "a written lesson parses again");
  check(write_lesson(*again.lesson) == written, "writing a re-parsed lesson gives the same bytes");
  return 0;
}
