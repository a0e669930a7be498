#include "cuepoint/lesson/parser.hpp"

#include <pugixml.hpp>

#include <fstream>
#include <system_error>

#include "cuepoint/lesson/validator.hpp"
#include "model_builder.hpp"
#include "parse_context.hpp"
#include "structure.hpp"
#include "xml_prescan.hpp"

namespace cuepoint::lesson {
namespace {

constexpr std::string_view kNamespace = "urn:cuepoint:lesson:1";

Diagnostic file_error(std::string file, std::string message) {
  return Diagnostic{std::move(file), 0, 0, Diagnostic::Error, std::move(message)};
}

Diagnostic too_large(std::string file, const std::string& size) {
  return file_error(std::move(file), "the file is " + size + " bytes; lesson files are limited to " +
                                         std::to_string(kMaxLessonFileBytes) + " bytes (1 MiB)");
}

std::string lowercase_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// The first element nested deeper than the format allows, found without recursion.
pugi::xml_node find_too_deep(pugi::xml_node root) {
  struct DepthFinder : pugi::xml_tree_walker {
    pugi::xml_node found;
    bool for_each(pugi::xml_node& node) override {
      // depth() is 0 for the root's children, so the root's children are at level 2.
      if (node.type() == pugi::node_element && depth() + 2 > kMaxElementDepth) {
        found = node;
        return false;
      }
      return true;
    }
  } finder;
  root.traverse(finder);
  return finder.found;
}

bool check_document(const pugi::xml_document& document, ParseContext& context) {
  pugi::xml_node root;
  for (pugi::xml_node node : document.children()) {
    if (node.type() == pugi::node_declaration) {
      const std::string_view encoding = node.attribute("encoding").value();
      if (!encoding.empty() && encoding != "UTF-8" && encoding != "utf-8") {
        context.error(context.locate(node.attribute("encoding")),
                      "encoding '" + std::string(encoding) + "' is not supported; lesson files are UTF-8");
      }
    } else if (node.type() == pugi::node_element && root) {
      context.error(context.locate(node), "a second root element " + element_name(node.name()) +
                                              "; a lesson file holds exactly one <lesson>");
    } else if (node.type() == pugi::node_element) {
      root = node;
    } else if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      context.error(context.locate_text(node), "text outside the <lesson> element");
    }
  }
  if (!root) {
    context.error(SourceLocation{1, 1}, "no root element; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">");
    return false;
  }
  if (std::string_view(root.name()) != "lesson") {
    context.error(context.locate(root), "the root element is " + element_name(root.name()) +
                                            "; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">");
    return false;
  }
  if (pugi::xml_attribute xmlns = root.attribute("xmlns");
      xmlns && std::string_view(xmlns.value()) != kNamespace) {
    context.error(context.locate(xmlns),
                  "wrong namespace '" + std::string(xmlns.value()) +
                      "'; expected xmlns=\"urn:cuepoint:lesson:1\" (lesson format v1)");
    return false;
  }
  if (pugi::xml_node deep = find_too_deep(root)) {
    context.error(context.locate(deep), element_name(deep.name()) +
                                            " is nested deeper than the format allows (" +
                                            std::to_string(kMaxElementDepth) + " levels)");
    return false;
  }
  return !context.has_errors();
}

void report_malformed(std::string_view xml, const pugi::xml_parse_result& parsed, ParseContext& context) {
  const auto offset = static_cast<std::size_t>(parsed.offset);
  const bool only_blanks_follow = xml.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
  if (parsed.status == pugi::status_no_document_element) {
    context.error(SourceLocation{1, 1}, "no root element; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">");
  } else if (parsed.status == pugi::status_end_element_mismatch && only_blanks_follow) {
    context.error(context.locate(xml.size()), "malformed XML: the file ends before every element is closed");
  } else {
    context.error(context.locate(offset), "malformed XML: " + lowercase_first(parsed.description()));
  }
}

}  // namespace

bool ParseResult::ok() const { return !has_errors(diagnostics); }

ParseResult parse_lesson_string(std::string_view xml, std::string file_name_for_diagnostics) {
  ParseResult result;
  if (xml.size() > kMaxLessonFileBytes) {
    result.diagnostics.push_back(too_large(file_name_for_diagnostics, std::to_string(xml.size())));
    return result;
  }
  // pugixml parses in place so that element and attribute names point into `buffer`,
  // which gives their offsets; `xml` stays untouched for line and column lookups.
  // The extra newline protects the last character: in fragment mode (needed to see text
  // after the root element) pugixml overwrites the buffer's last byte with a terminator.
  std::string buffer(xml);
  buffer += '\n';
  ParseContext context(std::move(file_name_for_diagnostics), xml, buffer.data());
  if (xml.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    context.error(SourceLocation{1, 1},
                  "the file is empty; expected <lesson xmlns=\"urn:cuepoint:lesson:1\">");
    result.diagnostics = context.take_diagnostics();
    return result;
  }
  if (auto problem = find_encoding_problem(xml)) {
    context.error(context.locate(problem->offset), problem->message);
    result.diagnostics = context.take_diagnostics();
    return result;
  }
  if (auto problem = find_markup_problem(xml)) {
    context.error(context.locate(problem->offset), problem->message);
    result.diagnostics = context.take_diagnostics();
    return result;
  }

  pugi::xml_document document;
  const unsigned options = pugi::parse_default | pugi::parse_declaration | pugi::parse_fragment;
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(buffer.data(), buffer.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    report_malformed(xml, parsed, context);
    result.diagnostics = context.take_diagnostics();
    return result;
  }
  if (check_document(document, context)) {
    const pugi::xml_node root = document.document_element();
    check_structure(root, context);
    Lesson lesson = build_lesson(root, context);
    // Rules across elements only make sense once every element and value is readable.
    if (!context.has_errors()) {
      context.add(validate(lesson, context.file()));
      if (!context.has_errors()) result.lesson = std::move(lesson);
    }
  }
  result.diagnostics = context.take_diagnostics();
  return result;
}

ParseResult parse_lesson_file(const std::filesystem::path& path) {
  ParseResult result;
  const std::string file = path.string();
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    result.diagnostics.push_back(file_error(file, "cannot open the file: it does not exist"));
    return result;
  }
  if (std::filesystem::is_directory(status)) {
    result.diagnostics.push_back(file_error(file, "cannot read the file: it is a directory"));
    return result;
  }
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxLessonFileBytes) {
      result.diagnostics.push_back(too_large(file, std::to_string(size)));
      return result;
    }
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    result.diagnostics.push_back(file_error(file, "cannot open the file for reading"));
    return result;
  }
  // Read at most one byte past the limit: enough to refuse a large file (or an endless
  // one such as a pipe) without reading it all.
  std::string content(kMaxLessonFileBytes + 1, '\0');
  stream.read(content.data(), static_cast<std::streamsize>(content.size()));
  content.resize(static_cast<std::size_t>(stream.gcount()));
  if (stream.bad()) {
    result.diagnostics.push_back(file_error(file, "cannot read the file: read error"));
    return result;
  }
  if (content.size() > kMaxLessonFileBytes) {
    result.diagnostics.push_back(too_large(file, "more than " + std::to_string(kMaxLessonFileBytes)));
    return result;
  }
  return parse_lesson_string(content, file);
}

}  // namespace cuepoint::lesson
