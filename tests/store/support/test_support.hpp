// Shared by the store and upload tests: a lesson with every question type,
// a scratch folder per test, and running a recorded session.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/record/recorder.hpp"
#include "cuepoint/store/store.hpp"
#include "cuepoint/xapi/statement_builder.hpp"

namespace cuepoint::testing {

// Cues "single", "multiple", "truefalse", "numeric", "text", "open", "poll",
// "note" (one per question type), language "fr-CA".
lesson::Lesson sample_lesson();

xapi::Config sample_config();
// The same learner and IRIs for a Recorder, with the given lesson hash.
record::RecorderConfig sample_recorder_config(std::string lesson_sha256);

// A fresh, empty folder under the build tree's temp area; removed on destruction.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Records a full session through the Recorder: initialized, played, paused,
// seeked, rate and caption changes, an answer to every cue that takes one
// (right and wrong ones), completed, terminated. Returns the number of statements.
int record_full_session(store::Store& store);

std::string read_file(const std::filesystem::path& path);

}  // namespace cuepoint::testing
