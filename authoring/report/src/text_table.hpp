// A plain-text table for a terminal: columns padded to their widest cell
// (counted in characters, not bytes), numbers right-aligned.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace cuepoint::report {

class TextTable {
 public:
  enum class Align { Left, Right };
  struct Column {
    std::string title;
    Align align = Align::Left;
  };

  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  // Each line starts with `indent`; columns are two spaces apart.
  void write(std::ostream& out, const std::string& indent) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace cuepoint::report
