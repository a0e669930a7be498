#include "timing_lines.hpp"

#include <algorithm>

#include "cuepoint/lesson/time.hpp"

namespace cuepoint::captions {
namespace {

constexpr std::string_view kArrow = "-->";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// Reads one cue time; SRT writes "00:00:01,000", WebVTT "00:00:01.000".
std::optional<lesson::Micros> read_time(std::string_view written, const char* side, std::string& problem) {
  if (written.empty()) {
    if (problem.empty()) problem = std::string("the ") + side + " time is missing";
    return std::nullopt;
  }
  std::string text(written);
  std::replace(text.begin(), text.end(), ',', '.');
  const auto parsed = lesson::parse_time_checked(text);
  if (!parsed.micros && problem.empty()) {
    problem = std::string("the ") + side + " time '" + std::string(written) + "' is not [hh:]mm:ss.ttt";
  }
  return parsed.micros;
}

TimingLine read_timing_line(int number, std::string_view line, std::size_t arrow) {
  TimingLine timing{number, std::string(line), std::nullopt, std::nullopt, {}};
  timing.start = read_time(trim(line.substr(0, arrow)), "start", timing.problem);
  std::string_view after = trim(line.substr(arrow + kArrow.size()));
  // WebVTT cue settings ("align:start line:0") may follow the end time.
  const auto blank = std::find_if(after.begin(), after.end(), is_blank);
  after = after.substr(0, static_cast<std::size_t>(blank - after.begin()));
  timing.end = read_time(after, "end", timing.problem);
  return timing;
}

// The file's lines without their line breaks (LF or CRLF) and without a leading byte-order mark.
std::vector<std::string_view> lines_of(std::string_view file_text) {
  if (file_text.starts_with(kByteOrderMark)) file_text.remove_prefix(kByteOrderMark.size());
  std::vector<std::string_view> lines;
  while (!file_text.empty()) {
    const std::size_t newline = file_text.find('\n');
    std::string_view line = file_text.substr(0, newline);
    file_text.remove_prefix(newline == std::string_view::npos ? file_text.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::optional<int> find_style_block(std::string_view file_text) {
  int number = 0;
  bool block_start = true;
  for (const std::string_view line : lines_of(file_text)) {
    ++number;
    if (block_start && (line.starts_with("STYLE") || line.starts_with("REGION"))) return number;
    block_start = line.empty();
  }
  return std::nullopt;
}

std::vector<TimingLine> find_timing_lines(std::string_view file_text) {
  std::vector<TimingLine> timings;
  int number = 0;
  for (const std::string_view line : lines_of(file_text)) {
    ++number;
    const std::size_t arrow = line.find(kArrow);
    if (arrow != std::string_view::npos) timings.push_back(read_timing_line(number, line, arrow));
  }
  return timings;
}

}  // namespace cuepoint::captions
