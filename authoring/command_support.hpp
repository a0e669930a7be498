// What the authoring subcommands share around their work: how a failure is
// reported (AuthoringError, MediaError and the library failures a command names:
// "cuepoint-author NAME: message", status 1; cli::UsageError: status 2) and how
// option values in the lesson's syntax (times, numbers) are read, each refusal
// naming the option.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "authoring_error.hpp"
#include "cuepoint/cli/progress_bar.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::authoring {

// Runs `work`; returns its exit status (0, or 1 after printing the failure).
int run_reporting(std::string_view command, const std::function<void()>& work);

namespace detail {
// Runs work, turning each of Failures (library error types) into an AuthoringError.
template <typename... Failures>
struct AsAuthoringErrors {
  static void run(const std::function<void()>& work) { work(); }
};
template <typename Failure, typename... Rest>
struct AsAuthoringErrors<Failure, Rest...> {
  static void run(const std::function<void()>& work) {
    try {
      AsAuthoringErrors<Rest...>::run(work);
    } catch (const Failure& failure) {
      throw AuthoringError(failure.what());
    }
  }
};
}  // namespace detail

// run_reporting for a command whose libraries fail with their own error types:
// each is reported like an AuthoringError (status 1).
template <typename... Failures>
int run_reporting(std::string_view command, const std::function<void()>& work) {
  return run_reporting(command, [&work] { detail::AsAuthoringErrors<Failures...>::run(work); });
}

// "83.4", "1:23.4": lesson time; a cli::UsageError naming `option` otherwise.
lesson::Micros time_option(std::string_view command, std::string_view option, std::string_view text);
// A decimal in the lesson's number syntax: digits with an optional '.' and
// fraction, and a leading '-' when `negative_allowed`.
double number_option(std::string_view command, std::string_view option, std::string_view text,
                     bool negative_allowed = false);
// A whole number from 0 to 1000000 (attempts).
int count_option(std::string_view command, std::string_view option, std::string_view text);
// "true" or "false".
bool boolean_option(std::string_view command, std::string_view option, std::string_view text);

// Draws the progress of hashing a file on `bar`, in MiB, for files of 16 MiB or
// more (smaller ones take no noticeable time).
std::function<void(std::uint64_t done, std::uint64_t total)> hash_progress(cli::ProgressBar& bar);

// A usage error of `command`: "cuepoint-author COMMAND: message".
[[noreturn]] void usage_error(std::string_view command, std::string_view message);

}  // namespace cuepoint::authoring
