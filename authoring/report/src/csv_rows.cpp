#include "csv_rows.hpp"

#include "cuepoint/report/report_error.hpp"

namespace cuepoint::report {

std::vector<CsvRow> split_csv(std::string_view text, const std::string& name) {
  std::vector<CsvRow> rows;
  int line = 1;
  std::size_t at = 0;
  while (at < text.size()) {
    CsvRow row{line, {}};
    std::string field;
    bool row_done = false;
    while (!row_done) {
      field.clear();
      if (at < text.size() && text[at] == '"') {
        const int opened_on = line;
        ++at;
        for (;;) {
          if (at >= text.size()) {
            throw ReportError(name + ":" + std::to_string(opened_on) +
                              ": error: a quoted CSV field is not closed (the file is cut short?)");
          }
          const char c = text[at++];
          if (c == '"') {
            if (at < text.size() && text[at] == '"') {
              field += '"';
              ++at;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field += c;
        }
        if (at < text.size() && text[at] != ',' && text[at] != '\r' && text[at] != '\n') {
          throw ReportError(name + ":" + std::to_string(line) +
                            ": error: text after a closing quote in a CSV field");
        }
      } else {
        while (at < text.size() && text[at] != ',' && text[at] != '\r' && text[at] != '\n')
          field += text[at++];
      }
      row.fields.push_back(field);
      if (at < text.size() && text[at] == ',') {
        ++at;
        continue;
      }
      if (at < text.size() && text[at] == '\r') ++at;
      if (at < text.size() && text[at] == '\n') ++at;
      ++line;
      row_done = true;
    }
    // A blank line is no record.
    if (!(row.fields.size() == 1 && row.fields[0].empty())) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace cuepoint::report
