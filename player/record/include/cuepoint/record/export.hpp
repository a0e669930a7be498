// Offline export of answers and watch events, for schools without any
// network. Both formats carry the same records (docs/responses.md):
// CSV: a header row, then one row per record, RFC 4180 quoting, CRLF line ends.
// JSONL: one JSON object per line with the same fields (absent ones omitted).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cuepoint/store/store.hpp"

namespace cuepoint::record {

enum class ExportFormat { Csv, Jsonl };

// Writes every answer and watch event, oldest first. Returns the number of records.
int export_records(store::Store& store, ExportFormat format, std::ostream& out);

// A recorded response (the store's response_json) as the export writes it and a
// person reads it: choice ids joined by ";", the text, or the number.
nlohmann::json readable_response(const std::string& response_json);

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled).
// Text that a spreadsheet would run as a formula (=, +, -, @ first, and not a
// number) gets a leading apostrophe.
std::string csv_field(std::string_view text);

}  // namespace cuepoint::record
