// Edits an XML file through the pugixml DOM of the file as written, without ever
// re-serialising it: the DOM says which element to change, and every change is a
// splice of the original bytes at that element's span (found from pugixml's
// offset of the element in the buffer). So comments, the teacher's indentation,
// quoting, entity references, line endings and everything not edited stay
// byte-for-byte; an edited attribute or text changes only that value.
//
// Changes are queued and applied together by result(); they must not overlap (an
// element removed and something inside it edited is a logic error). For changes
// that move things around, apply one batch, then edit the result in a new editor.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cuepoint::authoring {

// The text is not well-formed XML (the parser's own diagnostics say more).
class SourceEditError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SourceEditor {
 public:
  // Throws SourceEditError when `text` is not well-formed XML.
  explicit SourceEditor(std::string text);
  SourceEditor(const SourceEditor&) = delete;
  SourceEditor& operator=(const SourceEditor&) = delete;

  pugi::xml_node root() const { return document_.document_element(); }
  const std::string& text() const { return text_; }

  // The element's bytes as written, from its '<' to the end of its end tag.
  std::string_view source_of(pugi::xml_node element) const;
  // The same with its inner lines' indentation made relative to the element's
  // own line: what insert_after/before take.
  std::string element_xml_of(pugi::xml_node element) const;

  // Sets (or adds, after the last attribute) an attribute; the value is escaped
  // for the quote the attribute already uses.
  void set_attribute(pugi::xml_node element, std::string_view name, std::string_view value);
  void remove_attribute(pugi::xml_node element, std::string_view name);  // no-op when absent
  // Replaces everything between the element's tags with `text` (escaped).
  void set_text(pugi::xml_node element, std::string_view text);
  // Removes the element with the white space that led to it (its indentation and
  // line break, when it stood on its own line).
  void remove(pugi::xml_node element);
  // Insert a new element next to `sibling`, on its own line with the sibling's
  // indentation (after the sibling's line, when only comments follow it there;
  // before, above the comment lines right above the sibling: they are about it). `element_xml` is one element
  // as the lesson writer prints it: inner lines indented by two spaces per level, which become this file's
  // indentation unit, and its line breaks become the file's (LF or CRLF).
  void insert_after(pugi::xml_node sibling, std::string_view element_xml);
  void insert_before(pugi::xml_node sibling, std::string_view element_xml);
  // Like insert_after/before, but `element_source` (a source_of() of this file)
  // is inserted as is: moving an element keeps its bytes.
  void insert_source_after(pugi::xml_node sibling, std::string_view element_source);
  void insert_source_before(pugi::xml_node sibling, std::string_view element_source);

  // The text with every queued change applied.
  std::string result() const;

 private:
  struct Span {
    std::size_t begin = 0;          // '<'
    std::size_t start_tag_end = 0;  // after the start tag's '>'
    std::size_t content_end = 0;    // the end tag's '<' (== start_tag_end when self-closing)
    std::size_t end = 0;            // after the end tag (or "/>")
    bool self_closing = false;
  };
  struct AttributeSpan {
    std::size_t begin = 0;  // the white space before the name
    std::size_t value_begin = 0;
    std::size_t value_end = 0;
    char quote = '"';
  };
  struct Splice {
    std::size_t begin;
    std::size_t end;
    std::string replacement;
  };

  Span span(pugi::xml_node element) const;
  std::vector<std::pair<std::string, AttributeSpan>> attributes(const Span& span) const;
  // The line break and indentation before `begin` ("\n  "), or a fresh one made
  // from the indentation of its line when the element does not start a line.
  std::string lead_before(std::size_t begin) const;
  // Where the line of an element ending at `end` ends, when only blanks and
  // comments follow it there (a comment about the element stays with it); else `end`.
  std::size_t line_tail_end(std::size_t end) const;
  // Where the comments that stand on their own lines right above the element
  // starting at `begin` start (a comment about the element stays with it); else `begin`.
  std::size_t comment_lines_begin(std::size_t begin) const;
  std::string reindent(std::string_view element_xml, std::string_view lead) const;
  void queue(std::size_t begin, std::size_t end, std::string replacement);

  std::string text_;
  pugi::xml_document document_;
  std::string newline_;      // "\n" or "\r\n", as the file writes them
  std::string indent_unit_;  // one level of the file's indentation
  std::vector<Splice> splices_;
};

// Escapes text for element content.
std::string escape_text(std::string_view text);

}  // namespace cuepoint::authoring
