#include "source_editor.hpp"

#include <algorithm>
#include <cstring>

namespace cuepoint::authoring {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string escape(std::string_view text, char quote) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += quote == '"' ? "&quot;" : "\"";
        break;
      case '\'':
        out += quote == '\'' ? "&apos;" : "'";
        break;
      case '\n':
        out += quote != 0 ? "&#10;" : "\n";
        break;
      case '\t':
        out += quote != 0 ? "&#9;" : "\t";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The position after the markup that starts at `at` (a comment, CDATA section,
// processing instruction or tag), skipping quoted attribute values in tags.
std::size_t skip_markup(std::string_view text, std::size_t at) {
  const auto after = [&](std::string_view terminator) {
    const std::size_t found = text.find(terminator, at);
    if (found == std::string_view::npos) throw SourceEditError("unterminated markup");
    return found + terminator.size();
  };
  if (text.substr(at, 4) == "<!--") return after("-->");
  if (text.substr(at, 9) == "<![CDATA[") return after("]]>");
  if (text.substr(at, 2) == "<?") return after("?>");
  char quote = 0;
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  throw SourceEditError("unterminated tag");
}

}  // namespace

std::string escape_text(std::string_view text) { return escape(text, 0); }

SourceEditor::SourceEditor(std::string text) : text_(std::move(text)) {
  const unsigned options = pugi::parse_default | pugi::parse_declaration | pugi::parse_comments;
  const pugi::xml_parse_result parsed =
      document_.load_buffer(text_.data(), text_.size(), options, pugi::encoding_utf8);
  if (!parsed || !root()) throw SourceEditError(std::string("not well-formed XML: ") + parsed.description());
  const std::size_t first_break = text_.find('\n');
  newline_ =
      first_break != std::string::npos && first_break > 0 && text_[first_break - 1] == '\r' ? "\r\n" : "\n";

  // One level of indentation: how far the root's first child stands in from the root.
  indent_unit_ = "  ";
  if (const pugi::xml_node child = root().first_child(); child && child.type() == pugi::node_element) {
    const std::string child_lead = lead_before(span(child).begin);
    const std::string root_lead = lead_before(span(root()).begin);
    const std::string child_indent = child_lead.substr(child_lead.find('\n') + 1);
    const std::string root_indent = root_lead.substr(root_lead.find('\n') + 1);
    if (child_indent.size() > root_indent.size() && child_indent.starts_with(root_indent)) {
      indent_unit_ = child_indent.substr(root_indent.size());
    }
  }
}

SourceEditor::Span SourceEditor::span(pugi::xml_node element) const {
  const std::string_view text = text_;
  if (element.type() != pugi::node_element || element.offset_debug() < 1)
    throw std::logic_error("SourceEditor: not an element of this document");
  Span result;
  result.begin = static_cast<std::size_t>(element.offset_debug()) - 1;
  if (text[result.begin] != '<' ||
      text.substr(result.begin + 1, std::strlen(element.name())) != element.name())
    throw std::logic_error("SourceEditor: element offset does not match the text");
  result.start_tag_end = skip_markup(text, result.begin);
  if (text[result.start_tag_end - 2] == '/') {
    result.self_closing = true;
    result.content_end = result.start_tag_end;
    result.end = result.start_tag_end;
    return result;
  }
  int depth = 1;
  std::size_t at = result.start_tag_end;
  while (true) {
    at = text.find('<', at);
    if (at == std::string_view::npos)
      throw SourceEditError("element <" + std::string(element.name()) + "> is not closed");
    const std::size_t next = skip_markup(text, at);
    if (text[at + 1] == '/') {
      if (--depth == 0) {
        result.content_end = at;
        result.end = next;
        return result;
      }
    } else if (text[at + 1] != '!' && text[at + 1] != '?' && text[next - 2] != '/') {
      ++depth;
    }
    at = next;
  }
}

std::vector<std::pair<std::string, SourceEditor::AttributeSpan>> SourceEditor::attributes(
    const Span& element) const {
  const std::string_view text = text_;
  std::vector<std::pair<std::string, AttributeSpan>> found;
  std::size_t at = element.begin + 1;
  while (at < element.start_tag_end && !is_space(text[at]) && text[at] != '>' && text[at] != '/') ++at;
  while (true) {
    const std::size_t space = at;
    while (is_space(text[at])) ++at;
    if (text[at] == '>' || text[at] == '/') return found;
    const std::size_t name_begin = at;
    while (!is_space(text[at]) && text[at] != '=') ++at;
    std::string name(text.substr(name_begin, at - name_begin));
    while (text[at] != '"' && text[at] != '\'') ++at;
    AttributeSpan attribute;
    attribute.begin = space;
    attribute.quote = text[at];
    attribute.value_begin = at + 1;
    attribute.value_end = text.find(attribute.quote, attribute.value_begin);
    at = attribute.value_end + 1;
    found.emplace_back(std::move(name), attribute);
  }
}

std::string SourceEditor::lead_before(std::size_t begin) const {
  std::size_t at = begin;
  while (at > 0 && is_blank(text_[at - 1])) --at;
  if (at == 0 || text_[at - 1] == '\n') {
    std::size_t line_break = at == 0 ? 0 : at - 1;
    if (line_break > 0 && text_[line_break - 1] == '\r') --line_break;
    return at == 0 ? newline_ + text_.substr(0, begin) : text_.substr(line_break, begin - line_break);
  }
  // The element follows something on its line: take that line's indentation.
  const std::size_t line_start =
      text_.rfind('\n', begin) == std::string::npos ? 0 : text_.rfind('\n', begin) + 1;
  std::size_t indent_end = line_start;
  while (indent_end < begin && is_blank(text_[indent_end])) ++indent_end;
  return newline_ + text_.substr(line_start, indent_end - line_start);
}

std::string SourceEditor::reindent(std::string_view element_xml, std::string_view lead) const {
  const std::string_view base = lead.substr(lead.find('\n') + 1);
  std::string out;
  std::size_t at = 0;
  bool first = true;
  while (at <= element_xml.size()) {
    std::size_t line_end = element_xml.find('\n', at);
    if (line_end == std::string_view::npos) line_end = element_xml.size();
    std::string_view line = element_xml.substr(at, line_end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!first) {
      out += newline_;
      out += base;
      while (line.starts_with("  ")) {
        out += indent_unit_;
        line.remove_prefix(2);
      }
    }
    out += line;
    first = false;
    at = line_end + 1;
  }
  while (!out.empty() && is_space(out.back())) out.pop_back();
  return out;
}

std::string_view SourceEditor::source_of(pugi::xml_node element) const {
  const Span where = span(element);
  return std::string_view(text_).substr(where.begin, where.end - where.begin);
}

std::string SourceEditor::element_xml_of(pugi::xml_node element) const {
  const Span where = span(element);
  const std::string lead = lead_before(where.begin);
  const std::string own_indent = lead.substr(lead.find('\n') + 1);
  const std::string_view source = source_of(element);
  std::string out;
  std::size_t at = 0;
  while (at < source.size()) {
    std::size_t line_end = source.find('\n', at);
    line_end = line_end == std::string_view::npos ? source.size() : line_end + 1;
    std::string_view line = source.substr(at, line_end - at);
    if (at > 0 && line.starts_with(own_indent)) line.remove_prefix(own_indent.size());
    out += line;
    at = line_end;
  }
  return out;
}

void SourceEditor::queue(std::size_t begin, std::size_t end, std::string replacement) {
  splices_.push_back(Splice{begin, end, std::move(replacement)});
}

void SourceEditor::set_attribute(pugi::xml_node element, std::string_view name, std::string_view value) {
  const Span where = span(element);
  const auto found = attributes(where);
  for (const auto& [attribute_name, attribute] : found) {
    if (attribute_name == name) {
      queue(attribute.value_begin, attribute.value_end, escape(value, attribute.quote));
      return;
    }
  }
  const std::size_t at =
      found.empty() ? where.begin + 1 + std::strlen(element.name()) : found.back().second.value_end + 1;
  const char quote = found.empty() ? '"' : found.back().second.quote;
  queue(at, at, " " + std::string(name) + "=" + quote + escape(value, quote) + quote);
}

void SourceEditor::remove_attribute(pugi::xml_node element, std::string_view name) {
  for (const auto& [attribute_name, attribute] : attributes(span(element))) {
    if (attribute_name == name) queue(attribute.begin, attribute.value_end + 1, "");
  }
}

void SourceEditor::set_text(pugi::xml_node element, std::string_view text) {
  const Span where = span(element);
  if (where.self_closing) {
    queue(where.start_tag_end - 2, where.end, ">" + escape_text(text) + "</" + element.name() + ">");
  } else {
    queue(where.start_tag_end, where.content_end, escape_text(text));
  }
}

void SourceEditor::remove(pugi::xml_node element) {
  const Span where = span(element);
  std::size_t begin = where.begin;
  while (begin > 0 && is_blank(text_[begin - 1])) --begin;
  if (begin > 0 && text_[begin - 1] == '\n') {
    --begin;
    if (begin > 0 && text_[begin - 1] == '\r') --begin;
  }
  queue(begin, where.end, "");
}

std::size_t SourceEditor::line_tail_end(std::size_t end) const {
  std::size_t at = end;
  while (true) {
    while (at < text_.size() && is_blank(text_[at])) ++at;
    if (text_.compare(at, 4, "<!--") != 0) break;
    const std::size_t close = text_.find("-->", at);
    if (close == std::string::npos) return end;
    at = close + 3;
  }
  return at < text_.size() && (text_[at] == '\r' || text_[at] == '\n') ? at : end;
}

void SourceEditor::insert_after(pugi::xml_node sibling, std::string_view element_xml) {
  const Span where = span(sibling);
  const std::string lead = lead_before(where.begin);
  const std::size_t at = line_tail_end(where.end);
  queue(at, at, lead + reindent(element_xml, lead));
}

std::size_t SourceEditor::comment_lines_begin(std::size_t begin) const {
  std::size_t first = begin;
  while (true) {
    // `first` must start its line (after indentation) ...
    std::size_t at = first;
    while (at > 0 && is_blank(text_[at - 1])) --at;
    if (at == 0 || text_[at - 1] != '\n') return first;
    // ... and the line above must be one comment and nothing else.
    std::size_t line_end = at - 1;
    if (line_end > 0 && text_[line_end - 1] == '\r') --line_end;
    while (line_end > 0 && is_blank(text_[line_end - 1])) --line_end;
    if (line_end < 3 || text_.compare(line_end - 3, 3, "-->") != 0) return first;
    const std::size_t open = text_.rfind("<!--", line_end - 3);
    if (open == std::string::npos) return first;
    std::size_t line_start = open;
    while (line_start > 0 && is_blank(text_[line_start - 1])) --line_start;
    if (line_start > 0 && text_[line_start - 1] != '\n') return first;
    first = open;
  }
}

void SourceEditor::insert_before(pugi::xml_node sibling, std::string_view element_xml) {
  const std::size_t at = comment_lines_begin(span(sibling).begin);
  const std::string lead = lead_before(at);
  queue(at, at, reindent(element_xml, lead) + lead);
}

void SourceEditor::insert_source_after(pugi::xml_node sibling, std::string_view element_source) {
  const Span where = span(sibling);
  const std::size_t at = line_tail_end(where.end);
  queue(at, at, lead_before(where.begin) + std::string(element_source));
}

void SourceEditor::insert_source_before(pugi::xml_node sibling, std::string_view element_source) {
  const std::size_t at = comment_lines_begin(span(sibling).begin);
  queue(at, at, std::string(element_source) + lead_before(at));
}

std::string SourceEditor::result() const {
  std::vector<const Splice*> order;
  order.reserve(splices_.size());
  for (const Splice& splice : splices_) order.push_back(&splice);
  // At one position insertions come before a replaced range, and keep the order
  // they were queued in.
  std::stable_sort(order.begin(), order.end(), [](const Splice* a, const Splice* b) {
    return a->begin != b->begin ? a->begin < b->begin : (a->end == a->begin && b->end != b->begin);
  });
  std::string out;
  std::size_t copied = 0;
  for (const Splice* splice : order) {
    if (splice->begin < copied) throw std::logic_error("SourceEditor: overlapping edits");
    out.append(text_, copied, splice->begin - copied);
    out += splice->replacement;
    copied = splice->end;
  }
  out.append(text_, copied);
  return out;
}

}  // namespace cuepoint::authoring
