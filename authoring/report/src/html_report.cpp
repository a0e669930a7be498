// One self-contained page: its style sheet and charts are inline, it runs no
// script and names no font, image or style sheet elsewhere, so it reads the
// same offline, from a mail attachment, or printed.
#include <array>
#include <string_view>

#include "cuepoint/lesson/time.hpp"
#include "cuepoint/report/report_writers.hpp"
#include "figure_text.hpp"
#include "svg_charts.hpp"

namespace cuepoint::report {
namespace {

constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #1f2430;
       background: #fff; margin: 2rem auto; max-width: 64rem; padding: 0 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #1f2430; padding-bottom: .2rem; }
header p { margin: .15rem 0; color: #4a5160; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-top: .8rem; }
th, td { padding: .3rem .45rem; border-bottom: 1px solid #d9dbe0; text-align: left; vertical-align: top; }
td.id { white-space: nowrap; }
th { background: #eef0f3; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; }
.chart { width: 100%; height: auto; display: block; margin: .4rem 0; }
.chart text { font-family: inherit; }
.chart .label { font-size: 12px; fill: #1f2430; }
.chart .axis { font-size: 10px; fill: #5d6470; }
.chart .value { font-size: 10px; fill: #1f2430; }
.chart .grid { stroke: #d9dbe0; stroke-width: 1; }
.chart .tick { stroke: #5d6470; stroke-width: 1; }
.chart .first { fill: #9cc3e6; }
.chart .finally { fill: #23608f; }
.chart .cells { shape-rendering: crispEdges; }
.chart .strip { fill: #f7f7f4; stroke: #c9ccd3; stroke-width: 1; }
.chart .cue { fill: #1f2430; }
.legend { font-size: .85rem; color: #4a5160; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 .8em; }
footer { margin-top: 2.5rem; font-size: .8rem; color: #5d6470; }
@media print {
  @page { margin: 1.5cm; }
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: avoid-page; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
)css";

enum class Cell { Text, Number, Id };

void cell(std::ostream& out, const std::string& text, Cell kind = Cell::Text) {
  static constexpr std::array<std::string_view, 3> kOpen = {"<td>", R"(<td class="n">)",
                                                            R"(<td class="id">)"};
  out << kOpen[static_cast<int>(kind)] << escape_markup(text) << "</td>";
}

void header_cells(std::ostream& out, std::initializer_list<std::pair<const char*, bool>> titles) {
  out << "<thead><tr>";
  for (const auto& [title, number] : titles)
    out << (number ? "<th class=\"n\">" : "<th>") << title << "</th>";
  out << "</tr></thead>\n";
}

void questions_section(const ClassReport& report, std::ostream& out) {
  out << "<section>\n<h2>Questions</h2>\n"
      << "<p class=\"legend\">Share of the learners who answered each graded question:"
         "<span class=\"swatch\" style=\"background:#9cc3e6\"></span>correct at the first attempt"
         "<span class=\"swatch\" style=\"background:#23608f\"></span>correct finally</p>\n"
      << correctness_chart(report) << "<table>\n";
  header_cells(out, {{"Cue", false},
                     {"At", true},
                     {"Type", false},
                     {"Answered", true},
                     {"1st attempt", true},
                     {"Finally", true},
                     {"Attempts<br>mean / max", true},
                     {"Most chosen<br>wrong answer", false},
                     {"Time to<br>answer", true}});
  out << "<tbody>\n";
  for (const auto& q : report.questions) {
    out << "<tr>";
    cell(out, q.cue_id, Cell::Id);
    cell(out, lesson::format_time(q.cue_time), Cell::Number);
    cell(out, q.question_type, Cell::Id);
    cell(out, std::to_string(q.learners), Cell::Number);
    cell(out, share_text(q, q.correct_first), Cell::Number);
    cell(out, share_text(q, q.correct_finally), Cell::Number);
    cell(out, fixed_text(q.mean_attempts, 1) + " / " + std::to_string(q.max_attempts), Cell::Number);
    cell(out, wrong_answer_text(q));
    cell(out, answer_time_text(q), Cell::Number);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n</section>\n";
}

void learners_section(const ClassReport& report, std::ostream& out) {
  out << "<section>\n<h2>Learners</h2>\n<table>\n";
  header_cells(out, {{"Learner", false},
                     {"Name", false},
                     {"Sessions", true},
                     {"Score", true},
                     {"Answered", true},
                     {"Completed", false},
                     {"Seen", true},
                     {"Watched", true}});
  out << "<tbody>\n";
  const auto total = std::to_string(report.questions.size());
  for (const auto& l : report.learners) {
    const double seen = report.video_length > 0
                            ? static_cast<double>(l.seen) / static_cast<double>(report.video_length)
                            : 0.0;
    out << "<tr>";
    cell(out, l.learner_id, Cell::Id);
    cell(out, l.display_name.empty() ? "-" : l.display_name);
    cell(out, std::to_string(l.sessions), Cell::Number);
    cell(out, score_text(l), Cell::Number);
    cell(out, std::to_string(l.questions_answered) + "/" + total, Cell::Number);
    cell(out, l.completed ? "yes" : "no");
    cell(out, percent_text(seen), Cell::Number);
    cell(out, duration_text(l.watched), Cell::Number);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n</section>\n";
}

}  // namespace

void write_html_report(const ClassReport& report, std::ostream& out) {
  const auto title = "Class report: " + report.lesson_id;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << escape_markup(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<header>\n<h1>" << escape_markup(title) << "</h1>\n";
  if (const auto versions = versions_text(report); !versions.empty())
    out << "<p>Lesson " << escape_markup(versions) << "</p>\n";
  out << "<p>" << escape_markup(totals_text(report)) << "</p>\n"
      << "<p>From " << escape_markup(inputs_text(report)) << "</p>\n</header>\n";
  // The class as a whole first (both charts), the long list of learners last.
  questions_section(report, out);
  out << "<section>\n<h2>Timeline</h2>\n"
      << "<p class=\"legend\">Each cell is one second of the video; the darker, the more often it was "
         "<b>rewatched</b> (played again by a learner who had seen it) or <b>skipped</b> (jumped over by a "
         "forward seek). Triangles mark the questions.</p>\n"
      << timeline_chart(report) << "</section>\n";
  learners_section(report, out);
  out << "<footer>Made by <code>cuepoint-author report</code> from the answers and watch records the player "
         "keeps on each device.</footer>\n</body>\n</html>\n";
}

}  // namespace cuepoint::report
