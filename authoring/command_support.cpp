#include "command_support.hpp"

#include <charconv>
#include <iostream>
#include <regex>

#include "authoring_error.hpp"
#include "cuepoint/cli/command_line.hpp"
#include "cuepoint/cli/exit_status.hpp"
#include "cuepoint/lesson/time.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::authoring {

void usage_error(std::string_view command, std::string_view message) {
  throw cli::UsageError("cuepoint-author " + std::string(command) + ": " + std::string(message));
}

int run_reporting(std::string_view command, const std::function<void()>& work) {
  try {
    work();
    return cli::kExitOk;
  } catch (const AuthoringError& error) {
    std::cerr << "cuepoint-author " << command << ": " << error.what() << '\n';
  } catch (const media::MediaError& error) {
    std::cerr << "cuepoint-author " << command << ": " << error.what() << '\n';
  }
  return cli::kExitFailed;
}

std::function<void(std::uint64_t, std::uint64_t)> hash_progress(cli::ProgressBar& bar) {
  constexpr std::uint64_t kMiB = std::uint64_t{1024} * 1024;
  return [&bar](std::uint64_t done, std::uint64_t total) {
    if (total >= 16 * kMiB)
      bar.update(static_cast<std::int64_t>(done / kMiB), static_cast<std::int64_t>(total / kMiB));
  };
}

lesson::Micros time_option(std::string_view command, std::string_view option, std::string_view text) {
  const lesson::TimeParseResult parsed = lesson::parse_time_checked(text);
  if (!parsed.micros) {
    usage_error(command, std::string(option) + " " + std::string(text) + ": " + parsed.error +
                             " (times are like 83.4, 1:23.4 or 1:02:03.5)");
  }
  return *parsed.micros;
}

double number_option(std::string_view command, std::string_view option, std::string_view text,
                     bool negative_allowed) {
  static const std::regex unsigned_decimal("[0-9]+(\\.[0-9]+)?");
  static const std::regex signed_decimal("-?[0-9]+(\\.[0-9]+)?");
  const std::string value(text);
  double number = 0;
  if (!std::regex_match(value, negative_allowed ? signed_decimal : unsigned_decimal) ||
      std::from_chars(value.data(), value.data() + value.size(), number).ec != std::errc{}) {
    usage_error(command, std::string(option) + " " + value +
                             ": not a number (digits with an optional '.' and " + "fraction, like 2 or 0.5" +
                             (negative_allowed ? ", - for a negative one)" : ")"));
  }
  return number;
}

int count_option(std::string_view command, std::string_view option, std::string_view text) {
  int count = -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || count < 0 ||
      count > 1'000'000) {
    usage_error(command, std::string(option) + " " + std::string(text) +
                             ": not a whole number from 0 to 1000000 (0 means unlimited)");
  }
  return count;
}

bool boolean_option(std::string_view command, std::string_view option, std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  usage_error(command, std::string(option) + " " + std::string(text) + ": must be true or false");
}

}  // namespace cuepoint::authoring
