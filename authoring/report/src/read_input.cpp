#include "cuepoint/report/read_input.hpp"

#include <array>
#include <fstream>
#include <system_error>

#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/report/report_error.hpp"
#include "input_readers.hpp"

namespace cuepoint::report {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
// A class's export is far smaller; a bound keeps /dev/zero from filling memory.
constexpr std::size_t kMaxExportBytes = std::size_t{512} * 1024 * 1024;
// The first column of the CSV export's header row.
constexpr std::string_view kCsvHeaderStart = "record,";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

void check_is_file(const fs::path& file) {
  std::error_code error;
  const auto status = fs::status(file, error);
  if (!fs::exists(status)) throw ReportError(quoted(file) + ": no such file");
  if (fs::is_directory(status))
    throw ReportError(quoted(file) + " is a folder, not a response database or export file");
  if (fs::is_fifo(status) || fs::is_character_file(status) || fs::is_block_file(status) ||
      fs::is_socket(status)) {
    throw ReportError(quoted(file) + " is not a regular file (a device, named pipe or socket)");
  }
}

bool starts_like_sqlite(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ReportError(quoted(file) + " cannot be read (no permission?)");
  std::array<char, 16> header{};
  in.read(header.data(), header.size());
  return in.gcount() == static_cast<std::streamsize>(header.size()) &&
         std::string_view(header.data(), header.size()) == kSqliteMagic;
}

}  // namespace

std::string_view to_string(InputKind kind) {
  switch (kind) {
    case InputKind::Database:
      return "database";
    case InputKind::JsonLinesExport:
      return "JSON lines export";
    case InputKind::CsvExport:
      return "CSV export";
  }
  return "database";
}

InputSummary read_input(const fs::path& file, ClassRecords& records) {
  check_is_file(file);
  if (starts_like_sqlite(file)) return read_database(file, records);
  std::string text;
  try {
    text = json_input::read_bounded_text(file, kMaxExportBytes);
  } catch (const json_input::JsonInputError& error) {
    throw ReportError(error.what());
  }
  if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
  if (text.starts_with(kCsvHeaderStart)) return read_csv_export(file, text, records);
  return read_jsonl_export(file, text, records);
}

}  // namespace cuepoint::report
