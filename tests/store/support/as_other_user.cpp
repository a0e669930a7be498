#include "as_other_user.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <exception>

namespace cuepoint::testing {

ChildOutcome run_without_privileges(const std::function<int(std::string& report)>& body) {
  std::array<int, 2> pipe_ends{};
  if (pipe(pipe_ends.data()) != 0) return {};
  const pid_t child = fork();
  if (child == 0) {
    close(pipe_ends[0]);
    int code = 99;
    std::string report;
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
      report = "cannot drop privileges";
    } else {
      try {
        code = body(report);
      } catch (const std::exception& error) {
        report = std::string("unexpected exception: ") + error.what();
      }
    }
    const auto written = write(pipe_ends[1], report.data(), report.size());
    (void)written;
    close(pipe_ends[1]);
    _exit(code);  // no atexit handlers, no gtest teardown in the child
  }
  close(pipe_ends[1]);
  ChildOutcome outcome;
  std::array<char, 4096> buffer{};
  ssize_t got = 0;
  while ((got = read(pipe_ends[0], buffer.data(), buffer.size())) > 0) {
    outcome.message.append(buffer.data(), static_cast<std::size_t>(got));
  }
  close(pipe_ends[0]);
  int status = 0;
  waitpid(child, &status, 0);
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

}  // namespace cuepoint::testing
