// The player's `--events` stream (headless and window alike): one JSON object per line, flushed at
// once so that a reader (or a crash test) sees every event the moment it happened.
// Event names and fields are documented in docs/headless.md.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cuepoint/events/run_listener.hpp"

namespace cuepoint::events {

class EventLog : public RunListener {
 public:
  EventLog() = default;  // discards events
  // "-" is standard output. Throws std::runtime_error when the file cannot be created.
  explicit EventLog(const std::string& destination);

  void started(const RunStarted& start) override;
  void cue(const session::CueReached& cue, const std::optional<std::filesystem::path>& frame_file) override;
  void answered(const session::AnswerGraded& answer, const nlohmann::json& response) override;
  void skipped(const session::Skipped& skip) override;
  void seeked(const session::Seeked& seek) override;
  void ended(const session::Ended& end) override;
  void finished(const RunStats& stats) override;

 private:
  void write(const std::string& event, const nlohmann::json& fields);

  struct FileCloser {
    void operator()(std::FILE* file) const;
  };
  std::unique_ptr<std::FILE, FileCloser> owned_;
  std::FILE* out_ = nullptr;
};

// Seconds with microsecond precision as a JSON number (lesson times in events).
double seconds(std::int64_t micros);

}  // namespace cuepoint::events
