#include "cuepoint/bundle/bundle_reader.hpp"

#include <string>
#include <system_error>

#include <nlohmann/json.hpp>

#include "bundle_fields.hpp"
#include "bundle_lines.hpp"
#include "cuepoint/integrity/sha256_stream.hpp"
#include "cuepoint/json/bounded_json.hpp"

namespace cuepoint::bundle {
namespace {

using nlohmann::json;

struct Line {
  std::string_view text;
  int number = 0;  // 1-based
};

[[noreturn]] void refuse(const std::string& file, const std::string& what) {
  throw BundleError(file + ": error: " + what);
}

std::string where(const std::string& file, int line) { return file + ":" + std::to_string(line); }

// One line as JSON within the limits. parse_bounded sees the line alone and so
// says "FILE:1:COL"; the line's real number replaces that 1.
json parse_line(const Line& line, const std::string& file, const BundleLimits& limits) {
  try {
    return json_input::parse_bounded(line.text, file,
                                     {.max_bytes = limits.max_line_bytes, .max_depth = limits.max_depth});
  } catch (const json_input::JsonInputError& error) {
    std::string message = error.what();
    const std::string first_line = file + ":1:";
    if (message.starts_with(first_line)) {
      message = where(file, line.number) + ":" + message.substr(first_line.size());
    } else if (message.starts_with(file + ": ")) {
      message = where(file, line.number) + message.substr(file.size());
    }
    throw BundleError(message);
  }
}

// Splits at '\n'; the file must end with one (a file cut inside its last line does not).
std::vector<Line> split_lines(std::string_view text, const std::string& file, const BundleLimits& limits) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const int number = static_cast<int>(lines.size()) + 1;
    if (end == std::string_view::npos) {
      refuse(file, "is truncated: line " + std::to_string(number) +
                       " has no line end (the file was cut short: copy it from the device again)");
    }
    if (end - start > limits.max_line_bytes) {
      refuse(where(file, number),
             "line longer than " + std::to_string(limits.max_line_bytes >> 10) + " KiB: not a bundle record");
    }
    lines.push_back({text.substr(start, end - start), number});
    start = end + 1;
  }
  return lines;
}

BundleHeader read_header(const Line& line, const std::string& file, const BundleLimits& limits) {
  const std::string not_a_bundle = "not a Cuepoint answers bundle (made by `cuepoint export --bundle`)";
  json header;
  try {
    header = parse_line(line, file, limits);
  } catch (const BundleError&) {
    refuse(file, not_a_bundle + ": its first line is not JSON");
  }
  if (!header.is_object() || header.value(lines::kFormatKey, json()) != kFormatName) {
    refuse(file, not_a_bundle);
  }
  const json version = header.value(lines::kVersionKey, json());
  if (!version.is_number_integer()) refuse(where(file, 1), "the bundle's version is missing or not a number");
  if (version.get<std::int64_t>() > kFormatVersion) {
    refuse(file, "was written by a newer Cuepoint (bundle version " + version.dump() +
                     ", this program reads " + std::to_string(kFormatVersion) + "): update Cuepoint");
  }
  if (version.get<std::int64_t>() != kFormatVersion) {
    refuse(file, "bundle version " + version.dump() + " is unknown (this program reads " +
                     std::to_string(kFormatVersion) + ")");
  }
  BundleHeader result;
  for (const auto& [key, target] : {std::pair{lines::kDeviceIdKey, &result.device_id},
                                    std::pair{lines::kDeviceNameKey, &result.device_name},
                                    std::pair{lines::kCreatedKey, &result.created_utc}}) {
    const json value = header.value(key, json());
    if (!value.is_string())
      refuse(where(file, 1), std::string("the header's '") + key + "' is missing or not text");
    *target = value.get<std::string>();
  }
  if (result.device_id.empty()) refuse(where(file, 1), "the header's 'device_id' is empty");
  if (header.size() != 5) refuse(where(file, 1), "the header has unknown fields");
  return result;
}

// The end line: there, last, with the right count and hash of everything before it.
void check_end(std::string_view text, const std::vector<Line>& lines, const std::string& file,
               const BundleLimits& limits) {
  const std::string truncated =
      "is truncated: it has no end line (the file was cut short: copy it from the device again)";
  if (lines.size() < 2) refuse(file, truncated);
  const Line& last = lines.back();
  json end;
  try {
    end = parse_line(last, file, limits);
  } catch (const BundleError&) {
    refuse(file, truncated);
  }
  if (!end.is_object() || end.value(lines::kEndKey, json()) != kFormatName) refuse(file, truncated);
  const json records = end.value(lines::kRecordsKey, json());
  const json sha256 = end.value(lines::kSha256Key, json());
  if (!records.is_number_unsigned() || !sha256.is_string() || end.size() != 3) {
    refuse(where(file, last.number), "the end line is damaged");
  }
  integrity::Sha256Stream digest;
  const std::size_t hashed = static_cast<std::size_t>(last.text.data() - text.data());
  digest.update(text.data(), hashed);
  if (digest.finish() != sha256.get<std::string>()) {
    refuse(file,
           "is damaged: its SHA-256 does not match its content (changed on the way: copy it from the "
           "device again)");
  }
  if (records.get<std::uint64_t>() != lines.size() - 2) {
    refuse(where(file, last.number), "the end line counts " + records.dump() +
                                         " records but the bundle holds " + std::to_string(lines.size() - 2));
  }
}

void read_record(const Line& line, const std::string& file, const BundleLimits& limits, Bundle& bundle) {
  const json record = parse_line(line, file, limits);
  const std::string at = where(file, line.number);
  if (!record.is_object()) refuse(at, "a record must be a JSON object");
  const json kind = record.value("record", json());
  if (kind == fields::kLearner) {
    bundle.learners.push_back(fields::learner_from(record, at));
    bundle.learner_lines.push_back(line.number);
  } else if (kind == fields::kSession) {
    bundle.sessions.push_back(fields::session_from(record, at));
    bundle.session_lines.push_back(line.number);
  } else if (kind == fields::kStatement) {
    bundle.statements.push_back(fields::statement_from(record, at, limits));
    bundle.statement_lines.push_back(line.number);
  } else if (kind == fields::kAttempt) {
    bundle.attempts.push_back(fields::attempt_from(record, at));
    bundle.attempt_lines.push_back(line.number);
  } else if (kind == fields::kWatch) {
    bundle.watch_events.push_back(fields::watch_event_from(record, at));
    bundle.watch_event_lines.push_back(line.number);
  } else {
    refuse(at, "unknown record kind " + json_input::shorten(kind, 40));
  }
}

}  // namespace

Bundle parse_bundle(std::string_view text, const std::string& file, const BundleLimits& limits) {
  if (text.empty()) refuse(file, "is empty, not an answers bundle");
  if (text.size() > limits.max_file_bytes) {
    refuse(file,
           "is larger than " + std::to_string(limits.max_file_bytes >> 20) + " MiB: not an answers bundle");
  }
  const auto lines = split_lines(text, file, limits);
  Bundle bundle;
  bundle.file = file;
  bundle.header = read_header(lines.front(), file, limits);
  check_end(text, lines, file, limits);
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) read_record(lines[i], file, limits, bundle);
  return bundle;
}

Bundle read_bundle(const std::filesystem::path& path, const BundleLimits& limits) {
  const std::string file = path.string();
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) refuse(file, "no such file");
  if (!std::filesystem::is_regular_file(status)) {
    refuse(file, std::filesystem::is_directory(status) ? "is a folder, not an answers bundle"
                                                       : "is not a regular file, not an answers bundle");
  }
  std::string text;
  try {
    text = json_input::read_bounded_text(path, limits.max_file_bytes);
  } catch (const json_input::JsonInputError& failure) {
    throw BundleError(failure.what());
  }
  return parse_bundle(text, file, limits);
}

}  // namespace cuepoint::bundle
