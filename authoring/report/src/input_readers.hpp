// The readers behind read_input(), one per kind of input.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/report/read_input.hpp"

namespace cuepoint::report {

// A Cuepoint response database, through Store::open_read_only.
InputSummary read_database(const std::filesystem::path& file, ClassRecords& records);
// `cuepoint export --format jsonl`: one record object per line.
InputSummary read_jsonl_export(const std::filesystem::path& file, const std::string& text,
                               ClassRecords& records);
// `cuepoint export --format csv`: the header row, then one record per row.
InputSummary read_csv_export(const std::filesystem::path& file, const std::string& text,
                             ClassRecords& records);

}  // namespace cuepoint::report
