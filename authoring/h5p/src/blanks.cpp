#include "cuepoint/h5p/blanks.hpp"

namespace cuepoint::h5p {
namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\n\r");
  return std::string(text.substr(first, last - first + 1));
}

Blank parse_blank(std::string_view inside) {
  Blank blank;
  const std::size_t colon = inside.find(':');
  if (colon != std::string_view::npos) {
    blank.tip = trim(inside.substr(colon + 1));
    inside = inside.substr(0, colon);
  }
  std::size_t start = 0;
  while (start <= inside.size()) {
    const std::size_t slash = inside.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? inside.size() : slash;
    std::string answer = trim(inside.substr(start, end - start));
    if (!answer.empty()) blank.answers.push_back(std::move(answer));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return blank;
}

}  // namespace

std::string BlanksSentence::prompt_for(std::size_t asked) const {
  std::string prompt = text.empty() ? std::string() : text[0];
  for (std::size_t i = 0; i < blanks.size(); ++i) {
    prompt += i == asked ? "_____" : "\u2026";
    if (i + 1 < text.size()) prompt += text[i + 1];
  }
  return prompt;
}

BlanksSentence parse_blanks(std::string_view sentence) {
  BlanksSentence parsed;
  std::string pending;
  std::size_t i = 0;
  while (i < sentence.size()) {
    const std::size_t open = sentence.find('*', i);
    const std::size_t close = open == std::string_view::npos ? open : sentence.find('*', open + 1);
    if (close == std::string_view::npos) {
      pending += sentence.substr(i);
      break;
    }
    Blank blank = parse_blank(sentence.substr(open + 1, close - open - 1));
    if (blank.answers.empty()) {  // "**" or "* *": text, as H5P shows it
      pending += sentence.substr(i, close + 1 - i);
    } else {
      pending += sentence.substr(i, open - i);
      parsed.text.push_back(std::move(pending));
      pending.clear();
      parsed.blanks.push_back(std::move(blank));
    }
    i = close + 1;
  }
  parsed.text.push_back(std::move(pending));
  return parsed;
}

}  // namespace cuepoint::h5p
