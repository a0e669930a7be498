#include "process.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

ProcessResult run(const std::vector<std::string>& args, int timeout_seconds, const std::string& environment) {
  TempDir scratch("process");
  const auto out = scratch.path() / "out";
  const auto err = scratch.path() / "err";
  std::string command = environment.empty() ? "" : environment + " ";
  command += "timeout -s KILL " + std::to_string(timeout_seconds);
  for (const auto& arg : args) command += " " + shell_quote(arg);
  command += " </dev/null >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string());
  const int status = std::system(command.c_str());
  ProcessResult result;
  result.out = slurp(out);
  result.err = slurp(err);
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
    // timeout(1) reports a KILLed child as 128+9.
    if (result.exit_code == 137) {
      result.exit_code = -1;
      result.signal = 9;
    }
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  return result;
}

std::string run_or_throw(const std::vector<std::string>& args, int timeout_seconds) {
  auto result = run(args, timeout_seconds);
  if (result.exit_code != 0) {
    std::string command;
    for (const auto& arg : args) command += " " + arg;
    throw std::runtime_error("command failed (" + std::to_string(result.exit_code) + "):" + command + "\n" +
                             result.err);
  }
  return result.out;
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

}  // namespace cuepoint::testing
