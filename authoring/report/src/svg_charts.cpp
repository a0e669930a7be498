#include "svg_charts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

#include "cuepoint/lesson/time.hpp"
#include "figure_text.hpp"

namespace cuepoint::report {
namespace {

constexpr double kChartWidth = 720;
constexpr double kLabelWidth = 190;
constexpr double kBarHeight = 12;
constexpr double kRowHeight = 34;

std::string number(double value) { return fixed_text(value, 1); }

struct Rgb {
  int r, g, b;
};

// From paper white to `dark` as `share` goes from 0 to 1.
std::string shade(double share, Rgb dark) {
  constexpr Rgb kPaper{247, 247, 244};
  const auto mix = [share](int from, int to) {
    return static_cast<int>(std::lround(from + (to - from) * std::clamp(share, 0.0, 1.0)));
  };
  std::array<char, 8> text{};
  std::snprintf(text.data(), text.size(), "#%02x%02x%02x", mix(kPaper.r, dark.r), mix(kPaper.g, dark.g),
                mix(kPaper.b, dark.b));
  return text.data();
}

// Seconds between time labels: at most about ten labels.
int tick_step(std::size_t seconds) {
  for (const int step : {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600}) {
    if (seconds / static_cast<std::size_t>(step) <= 10) return step;
  }
  return 7200;
}

constexpr Rgb kRewatchColour{196, 74, 28};
constexpr Rgb kSkipColour{38, 92, 168};

}  // namespace

std::string escape_markup(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string correctness_chart(const ClassReport& report) {
  std::vector<const QuestionFigures*> graded;
  for (const auto& q : report.questions) {
    if (q.graded) graded.push_back(&q);
  }
  if (graded.empty()) return "<p>No graded question was answered.</p>\n";
  const double bar_space = kChartWidth - kLabelWidth - 60;
  const double height = 30 + kRowHeight * static_cast<double>(graded.size());
  std::ostringstream svg;
  svg << R"(<svg class="chart" viewBox="0 0 )" << kChartWidth << " " << height
      << "\" role=\"img\" aria-labelledby=\"correctness-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      << R"(<title id="correctness-title">Share of learners correct per question: at the first attempt )"
         "and finally</title>\n";
  // Grid lines at 0, 25, 50, 75, 100%.
  for (int p = 0; p <= 100; p += 25) {
    const double x = kLabelWidth + bar_space * p / 100.0;
    svg << R"(<line x1=")" << number(x) << R"(" y1="18" x2=")" << number(x) << R"(" y2=")" << number(height)
        << "\" class=\"grid\"/>\n<text x=\"" << number(x) << R"(" y="12" class="axis" text-anchor="middle">)"
        << p << "%</text>\n";
  }
  double y = 26;
  for (const auto* q : graded) {
    const double first = q->share_correct_first();
    const double finally = q->share_correct_finally();
    svg << "<g><title>" << escape_markup(q->cue_id) << ": " << percent_text(first)
        << " correct at the first attempt, " << percent_text(finally) << " finally (" << q->learners
        << " learners)</title>\n"
        << R"(<text x=")" << number(kLabelWidth - 8) << R"(" y=")" << number(y + kBarHeight + 3)
        << R"(" class="label" text-anchor="end">)" << escape_markup(q->cue_id) << "</text>\n"
        << R"(<rect x=")" << number(kLabelWidth) << R"(" y=")" << number(y) << R"(" width=")"
        << number(bar_space * first) << R"(" height=")" << number(kBarHeight) << "\" class=\"first\"/>\n"
        << R"(<text x=")" << number(kLabelWidth + bar_space * first + 4) << R"(" y=")"
        << number(y + kBarHeight - 2) << R"(" class="value">)" << percent_text(first) << "</text>\n"
        << R"(<rect x=")" << number(kLabelWidth) << R"(" y=")" << number(y + kBarHeight + 2) << R"(" width=")"
        << number(bar_space * finally) << R"(" height=")" << number(kBarHeight) << "\" class=\"finally\"/>\n"
        << R"(<text x=")" << number(kLabelWidth + bar_space * finally + 4) << R"(" y=")"
        << number(y + 2 * kBarHeight) << R"(" class="value">)" << percent_text(finally) << "</text>\n</g>\n";
    y += kRowHeight;
  }
  svg << "</svg>\n";
  return svg.str();
}

std::string timeline_chart(const ClassReport& report) {
  const auto seconds = report.timeline.size();
  if (seconds == 0) return "<p>No watching was recorded.</p>\n";
  int most_rewatched = 0;
  int most_skipped = 0;
  for (const auto& second : report.timeline) {
    most_rewatched = std::max(most_rewatched, second.rewatches);
    most_skipped = std::max(most_skipped, second.skips);
  }
  const double left = 90;
  const double strip = kChartWidth - left - 10;
  const double cell = strip / static_cast<double>(seconds);
  const double markers_y = 14;
  const double rewatch_y = 26;
  const double skip_y = 62;
  const double strip_height = 28;
  const double height = skip_y + strip_height + 24;
  std::ostringstream svg;
  svg << R"(<svg class="chart" viewBox="0 0 )" << kChartWidth << " " << number(height)
      << "\" role=\"img\" aria-labelledby=\"timeline-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      << R"(<title id="timeline-title">How often each second of the video was rewatched (most: )"
      << most_rewatched << ") and skipped (most: " << most_skipped << ")</title>\n"
      << R"(<text x=")" << number(left - 8) << R"(" y=")" << number(rewatch_y + 18)
      << "\" class=\"label\" text-anchor=\"end\">rewatched</text>\n"
      << R"(<text x=")" << number(left - 8) << R"(" y=")" << number(skip_y + 18)
      << "\" class=\"label\" text-anchor=\"end\">skipped</text>\n"
      << R"(<rect x=")" << number(left) << R"(" y=")" << number(rewatch_y) << R"(" width=")" << number(strip)
      << R"(" height=")" << number(strip_height) << "\" class=\"strip\"/>\n"
      << R"(<rect x=")" << number(left) << R"(" y=")" << number(skip_y) << R"(" width=")" << number(strip)
      << R"(" height=")" << number(strip_height) << "\" class=\"strip\"/>\n";
  // Cells overlap their right neighbour by a hair, and are drawn without anti-aliasing, so that no seam
  // shows between them.
  const auto cells = [&](auto count_of, int most, double y, Rgb colour, const char* what) {
    for (std::size_t s = 0; s < seconds; ++s) {
      const int count = count_of(report.timeline[s]);
      if (count == 0) continue;
      svg << R"(<rect x=")" << fixed_text(left + cell * static_cast<double>(s), 2) << R"(" y=")" << number(y)
          << R"(" width=")" << fixed_text(cell + 0.3, 2) << R"(" height=")" << number(strip_height)
          << R"(" fill=")" << shade(static_cast<double>(count) / most, colour) << R"("><title>)"
          << lesson::format_time(static_cast<Micros>(s) * 1'000'000) << ": " << what << " " << count
          << (count == 1 ? " time" : " times") << "</title></rect>\n";
    }
  };
  svg << "<g class=\"cells\">\n";
  cells([](const SecondFigures& s) { return s.rewatches; }, most_rewatched, rewatch_y, kRewatchColour,
        "rewatched");
  cells([](const SecondFigures& s) { return s.skips; }, most_skipped, skip_y, kSkipColour, "skipped");
  svg << "</g>\n";
  const int step = tick_step(seconds);
  for (std::size_t s = 0; s <= seconds; s += static_cast<std::size_t>(step)) {
    const double x = left + cell * static_cast<double>(s);
    svg << R"(<line x1=")" << number(x) << R"(" y1=")" << number(skip_y + strip_height) << R"(" x2=")"
        << number(x) << R"(" y2=")" << number(skip_y + strip_height + 5) << "\" class=\"tick\"/>\n<text x=\""
        << number(x) << R"(" y=")" << number(height - 4) << R"(" class="axis" text-anchor="middle">)"
        << lesson::format_time(static_cast<Micros>(s) * 1'000'000) << "</text>\n";
  }
  const double length_s = static_cast<double>(report.video_length) / 1e6;
  for (const auto& q : report.questions) {
    const double x = left + strip * std::min(1.0, static_cast<double>(q.cue_time) / 1e6 / length_s);
    svg << R"(<path d="M)" << number(x - 5) << " " << number(markers_y)
        << R"( h10 l-5 8 z" class="cue"><title>)" << escape_markup(q.cue_id) << " at "
        << lesson::format_time(q.cue_time) << "</title></path>\n";
  }
  svg << "</svg>\n";
  return svg.str();
}

}  // namespace cuepoint::report
