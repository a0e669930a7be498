// H5P stores question texts, answers and labels as small HTML fragments written by
// its editor (CKEditor): <p>, <div>, <br>, lists, inline tags and entities such as
// &nbsp; or &#039;. The lesson format holds plain text, so each fragment becomes
// plain text here: tags stripped, entities decoded, white space collapsed, and
// paragraph structure kept as line breaks (list items get a "• " bullet).
#pragma once

#include <string>
#include <string_view>

namespace cuepoint::h5p {

// Paragraphs (block elements, <br>) are separated by one '\n'; inside a paragraph
// runs of white space (including a decoded no-break space) are one ' '; no leading
// or trailing white space. The contents of <script> and <style> are dropped.
// Unknown entities are kept as written.
std::string html_to_text(std::string_view html);

// The same text on one line: paragraphs joined by a space (labels and titles).
std::string html_to_line(std::string_view html);

}  // namespace cuepoint::h5p
