#include <algorithm>
#include <string_view>

#include "cuepoint/lesson/time.hpp"
#include "cuepoint/report/report_writers.hpp"
#include "figure_text.hpp"
#include "text_table.hpp"

namespace cuepoint::report {
namespace {

using Align = TextTable::Align;

// Ten levels, from "never" to "the most of any second".
constexpr std::string_view kLevels = " .:-=+*#%@";
constexpr std::size_t kSecondsPerLine = 60;

char level(int count, int most) {
  if (count <= 0 || most <= 0) return kLevels.front();
  const auto steps = kLevels.size() - 1;
  const auto step = (static_cast<std::size_t>(count) * steps + static_cast<std::size_t>(most) - 1) /
                    static_cast<std::size_t>(most);
  return kLevels[std::clamp<std::size_t>(step, 1, steps)];
}

void write_strips(const ClassReport& report, std::ostream& out) {
  int most_rewatched = 0;
  int most_skipped = 0;
  for (const auto& second : report.timeline) {
    most_rewatched = std::max(most_rewatched, second.rewatches);
    most_skipped = std::max(most_skipped, second.skips);
  }
  out << "\nTimeline (one character per second; ' ' none, '@' the most: " << most_rewatched << " rewatches, "
      << most_skipped << " skips)\n";
  if (report.timeline.empty()) {
    out << "  no watching recorded\n";
    return;
  }
  for (std::size_t start = 0; start < report.timeline.size(); start += kSecondsPerLine) {
    const auto end = std::min(report.timeline.size(), start + kSecondsPerLine);
    std::string rewatched;
    std::string skipped;
    for (auto s = start; s < end; ++s) {
      rewatched += level(report.timeline[s].rewatches, most_rewatched);
      skipped += level(report.timeline[s].skips, most_skipped);
    }
    const auto label = lesson::format_time(static_cast<Micros>(start) * 1'000'000);
    out << "  " << label << std::string(label.size() < 7 ? 7 - label.size() : 0, ' ') << " rewatched |"
        << rewatched << "|\n";
    out << "  " << std::string(7, ' ') << " skipped   |" << skipped << "|\n";
  }
}

}  // namespace

void write_text_report(const ClassReport& report, std::ostream& out) {
  out << "Class report: lesson " << report.lesson_id;
  if (const auto versions = versions_text(report); !versions.empty()) out << " (" << versions << ")";
  out << "\nFrom: " << inputs_text(report) << "\n" << totals_text(report) << "\n";

  out << "\nQuestions (shares of the learners who answered)\n";
  TextTable questions({{"cue"},
                       {"at", Align::Right},
                       {"type"},
                       {"answered", Align::Right},
                       {"1st attempt", Align::Right},
                       {"finally", Align::Right},
                       {"attempts mean/max", Align::Right},
                       {"most chosen wrong answer"},
                       {"time to answer", Align::Right}});
  for (const auto& q : report.questions) {
    questions.add_row({q.cue_id, lesson::format_time(q.cue_time), q.question_type, std::to_string(q.learners),
                       share_text(q, q.correct_first), share_text(q, q.correct_finally),
                       fixed_text(q.mean_attempts, 1) + " / " + std::to_string(q.max_attempts),
                       wrong_answer_text(q), answer_time_text(q)});
  }
  questions.write(out, "  ");

  out << "\nLearners\n";
  TextTable learners({{"learner"},
                      {"name"},
                      {"sessions", Align::Right},
                      {"score", Align::Right},
                      {"answered", Align::Right},
                      {"completed"},
                      {"seen", Align::Right},
                      {"watched", Align::Right}});
  const auto total = std::to_string(report.questions.size());
  for (const auto& l : report.learners) {
    const double seen = report.video_length > 0
                            ? static_cast<double>(l.seen) / static_cast<double>(report.video_length)
                            : 0.0;
    learners.add_row({l.learner_id, l.display_name.empty() ? "-" : l.display_name, std::to_string(l.sessions),
                      score_text(l), std::to_string(l.questions_answered) + "/" + total,
                      l.completed ? "yes" : "no", percent_text(seen), duration_text(l.watched)});
  }
  learners.write(out, "  ");
  write_strips(report, out);
}

}  // namespace cuepoint::report
