// The inputs of a class report: device response databases (opened read-only,
// never changed) and `cuepoint export` files (JSON lines or CSV), told apart by
// their first bytes, not by their names.
#pragma once

#include <filesystem>
#include <string_view>

#include "cuepoint/report/class_records.hpp"

namespace cuepoint::report {

enum class InputKind { Database, JsonLinesExport, CsvExport };
std::string_view to_string(InputKind kind);

struct InputSummary {
  InputKind kind = InputKind::Database;
  int answers = 0;  // records read, duplicates included
  int watch_events = 0;
  int duplicates = 0;  // of them, already kept from an earlier input (or earlier in this one)
};

// Adds the records of `file` to `records`. Throws ReportError naming the file:
// missing, a folder, not a database or export, another program's database, a
// damaged or newer database, an export line that is not a record.
InputSummary read_input(const std::filesystem::path& file, ClassRecords& records);

}  // namespace cuepoint::report
