#include "process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace cuepoint::testing {
namespace {

// Owns a file descriptor.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

struct Pipe {
  Descriptor read;
  Descriptor write;
};

Pipe make_pipe() {
  std::array<int, 2> fds{};
  if (::pipe2(fds.data(), O_CLOEXEC) != 0)
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  return Pipe{Descriptor(fds[0]), Descriptor(fds[1])};
}

class SpawnActions {
 public:
  SpawnActions() { posix_spawn_file_actions_init(&actions_); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions_); }
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_{};
};

// argv for exec: pointers into `args`, which must outlive it.
std::vector<char*> exec_arguments(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& argument : args) argv.push_back(argument.data());
  argv.push_back(nullptr);
  return argv;
}

// Starts `args` with `actions` applied to the child's descriptors; throws when it cannot.
pid_t spawn(std::vector<std::string> args, SpawnActions& actions) {
  if (args.empty()) throw std::invalid_argument("run: no program");
  auto argv = exec_arguments(args);
  pid_t pid = 0;
  if (const int status =
          ::posix_spawnp(&pid, args.front().c_str(), actions.get(), nullptr, argv.data(), environ);
      status != 0) {
    throw std::runtime_error("cannot run " + args.front() + ": " + std::strerror(status));
  }
  return pid;
}

// Waits for `pid` (blocking, or not with WNOHANG): its result, or nullopt while it runs.
std::optional<ProcessResult> reap(pid_t pid, int options) {
  int status = 0;
  pid_t waited = 0;
  while ((waited = ::waitpid(pid, &status, options)) < 0 && errno == EINTR) {
  }
  if (waited < 0) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
  if (waited == 0) return std::nullopt;
  ProcessResult result;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  return result;
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& args, const std::filesystem::path& log) {
  SpawnActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  const std::string log_path = log.empty() ? "/dev/null" : log.string();
  posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(actions.get(), STDOUT_FILENO, STDERR_FILENO);
  pid_ = spawn(args, actions);
}

ChildProcess::~ChildProcess() {
  if (!running()) return;
  ::kill(pid_, SIGTERM);
  try {
    if (!wait_for(std::chrono::seconds(5))) kill(SIGKILL);
  } catch (const std::exception&) {
    // Nothing more a destructor can do; the child is gone or no longer ours.
  }
}

bool ChildProcess::running() { return !wait_for(std::chrono::milliseconds(0)).has_value(); }

std::optional<ProcessResult> ChildProcess::wait_for(std::chrono::milliseconds time) {
  const auto deadline = std::chrono::steady_clock::now() + time;
  while (!ended_) {
    ended_ = reap(pid_, WNOHANG);
    if (ended_ || std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return ended_;
}

ProcessResult ChildProcess::kill(int signal) {
  if (!ended_) {
    ::kill(pid_, signal);
    ended_ = reap(pid_, 0);
  }
  return *ended_;
}

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

ProcessResult run(const std::vector<std::string>& args, int timeout_seconds) {
  Pipe out = make_pipe();
  Pipe err = make_pipe();
  SpawnActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(actions.get(), out.write.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(actions.get(), err.write.get(), STDERR_FILENO);
  const pid_t pid = spawn(args, actions);
  out.write.reset();
  err.write.reset();

  // Drain both pipes together so that neither can fill up and block the child; a
  // child still running at the deadline is killed, and the test sees signal 9.
  ProcessResult result;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  bool killed = false;
  std::array<pollfd, 2> polled{{{out.read.get(), POLLIN, 0}, {err.read.get(), POLLIN, 0}}};
  const std::array<std::string*, 2> targets{&result.out, &result.err};
  std::array<char, 4096> buffer{};
  int open_count = 2;
  while (open_count > 0) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 && !killed) {
      ::kill(pid, SIGKILL);
      killed = true;
    }
    const int ready = ::poll(polled.data(), polled.size(), killed ? -1 : static_cast<int>(left.count()));
    if (ready < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (std::size_t i = 0; i < polled.size(); ++i) {
      if (polled[i].fd < 0 || polled[i].revents == 0) continue;
      const ssize_t count = ::read(polled[i].fd, buffer.data(), buffer.size());
      if (count > 0) {
        targets[i]->append(buffer.data(), static_cast<std::size_t>(count));
      } else if (count == 0 || errno != EINTR) {
        polled[i].fd = -1;  // poll() skips negative descriptors
        --open_count;
      }
    }
  }
  auto ended = *reap(pid, 0);
  ended.out = std::move(result.out);
  ended.err = std::move(result.err);
  return ended;
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
