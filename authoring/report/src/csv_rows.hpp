// RFC 4180 rows as `cuepoint export --format csv` writes them (quoted fields may
// hold commas, quotes and line breaks; CRLF or LF line ends).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cuepoint::report {

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// Throws ReportError ("NAME:LINE: error: ...") for a quoted field left open or
// text after a closing quote.
std::vector<CsvRow> split_csv(std::string_view text, const std::string& name);

}  // namespace cuepoint::report
