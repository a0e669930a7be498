// The three forms of a class report (docs/report.md):
// * text: aligned tables for a terminal, and the timeline as character strips;
// * CSV: one file in sections (questions, learners, timeline), each a line with
//   the section's name, a header row and its rows, sections separated by an
//   empty line; RFC 4180 quoting and CRLF line ends like `cuepoint export`;
// * HTML: one self-contained page (inline CSS and SVG, no script, nothing
//   fetched), with a print style sheet.
#pragma once

#include <ostream>

#include "cuepoint/report/class_report.hpp"

namespace cuepoint::report {

void write_text_report(const ClassReport& report, std::ostream& out);
void write_csv_report(const ClassReport& report, std::ostream& out);
void write_html_report(const ClassReport& report, std::ostream& out);

}  // namespace cuepoint::report
