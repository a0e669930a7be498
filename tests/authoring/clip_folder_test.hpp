// A test fixture for commands that edit a lesson: one 10-second clip (160x120,
// 25 fps, H.264, a keyframe a second) generated per suite, copied into each
// test's own folder as clip.mp4, next to the lesson the test writes there.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "process.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {

class ClipFolderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clip_dir_ = std::make_unique<TempDir>("authoring-clip");
    run_or_throw({FFMPEG_EXECUTABLE, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                  "testsrc=duration=10:size=160x120:rate=25", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-g",
                  "25", (clip_dir_->path() / "clip.mp4").string()});
  }
  static void TearDownTestSuite() { clip_dir_.reset(); }
  void SetUp() override { std::filesystem::copy_file(clip_dir_->path() / "clip.mp4", dir_ / "clip.mp4"); }

  static inline std::unique_ptr<TempDir> clip_dir_;
  TempDir dir_{"authoring-edit"};
  std::filesystem::path lesson_ = dir_ / "lesson.xml";
};

}  // namespace cuepoint::testing
