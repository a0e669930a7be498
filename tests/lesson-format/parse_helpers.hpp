// Helpers for parser tests: parse text under the file name "t.xml" and look at the
// printed diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/parser.hpp"
#include "test_models.hpp"

namespace cuepoint::lesson::testing {

inline ParseResult parse(std::string_view xml) { return parse_lesson_string(xml, "t.xml"); }

inline std::vector<std::string> printed(const ParseResult& result) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : result.diagnostics) lines.push_back(diagnostic.to_string());
  return lines;
}

// The diagnostics of a document that must fail, checking that failure leaves no lesson.
inline std::vector<std::string> errors_of(std::string_view xml) {
  const ParseResult result = parse(xml);
  std::vector<std::string> lines = printed(result);
  if (result.ok() || result.lesson.has_value()) lines.insert(lines.begin(), "<unexpectedly accepted>");
  return lines;
}

// A valid lesson whose body (from line 4 on) is `body`:
//   1 <lesson ...>   2 <title>   3 <video>   4.. body   then </lesson>
inline std::string lesson_with(std::string_view body) {
  return "<lesson xmlns=\"urn:cuepoint:lesson:1\" id=\"l\" version=\"1\">\n"
         "  <title>T</title>\n"
         "  <video src=\"v.mp4\"/>\n" +
         std::string(body) + "</lesson>\n";
}

// A lesson with one cue holding `question_body` inside <question type="TYPE">, which
// starts on line 5; the question's children start on line 6.
inline std::string lesson_with_question(std::string_view type, std::string_view question_body) {
  return lesson_with(
      "  <cue id=\"q1\" at=\"1\">\n"
      "    <question type=\"" +
      std::string(type) + "\">\n" + std::string(question_body) + "    </question>\n  </cue>\n");
}

}  // namespace cuepoint::lesson::testing
