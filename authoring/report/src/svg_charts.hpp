// The report's two charts as inline SVG (no script, no external reference):
// correctness per question, and the video's timeline as heat strips.
#pragma once

#include <string>
#include <string_view>

#include "cuepoint/report/class_report.hpp"

namespace cuepoint::report {

// Text safe inside HTML or SVG elements and attribute values.
std::string escape_markup(std::string_view text);

// One row per graded question: a bar for the share correct at the first
// attempt and one for the share correct finally, 0-100%.
std::string correctness_chart(const ClassReport& report);

// One strip for rewatches and one for skips, a cell per second shaded by its
// count (darkest = the most of any second), the cue times marked above.
std::string timeline_chart(const ClassReport& report);

}  // namespace cuepoint::report
