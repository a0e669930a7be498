// The headless player's `--events` stream: one JSON object per line, flushed at
// once so that a reader (or a crash test) sees every event the moment it happened.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace cuepoint::app {

class EventLog {
 public:
  EventLog() = default;  // discards events
  // "-" is standard output. Throws std::runtime_error when the file cannot be created.
  explicit EventLog(const std::string& destination);

  void write(const std::string& event, nlohmann::json fields);

 private:
  struct FileCloser {
    void operator()(std::FILE* file) const;
  };
  std::unique_ptr<std::FILE, FileCloser> owned_;
  std::FILE* out_ = nullptr;
};

// Seconds with microsecond precision as a JSON number (lesson times in events).
double seconds(std::int64_t micros);

}  // namespace cuepoint::app
