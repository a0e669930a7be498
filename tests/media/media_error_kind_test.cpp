// Every refusal of a bad media file carries the MediaError kind a front end tells
// apart: cannot open, not a video, unsupported codec, damaged. And whatever a media
// thread fails with crosses to the caller as a MediaError (thread_failure.hpp).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <new>
#include <stdexcept>

#include "clip_paths.hpp"
#include "cuepoint/media/playback.hpp"
#include "thread_failure.hpp"

namespace cuepoint::media::testing {
namespace {

using Kind = MediaError::Kind;

// The kind Playback::open and probe() refuse `path` with; both must agree.
Kind refusal_kind(const std::filesystem::path& path) {
  std::optional<Kind> opened;
  std::optional<Kind> probed;
  try {
    Playback::open(path, PlaybackOptions{});
  } catch (const MediaError& error) {
    opened = error.kind();
  }
  try {
    probe(path);
  } catch (const MediaError& error) {
    probed = error.kind();
  }
  if (!opened || !probed) throw std::logic_error(path.string() + " was not refused");
  EXPECT_EQ(*opened, *probed) << path;
  return *opened;
}

// The first `bytes` bytes of `source`, written to the scratch folder as `name`.
std::filesystem::path cut_copy(const std::filesystem::path& source, std::size_t bytes,
                               const std::string& name) {
  std::ifstream in(source, std::ios::binary);
  const std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto cut = scratch_dir() / name;
  std::ofstream(cut, std::ios::binary | std::ios::trunc)
      .write(whole.data(), static_cast<std::streamsize>(std::min(bytes, whole.size())));
  return cut;
}

TEST(MediaErrorKind, MissingFileCannotBeOpened) {
  EXPECT_EQ(refusal_kind(clip("no_such_lecture.mp4")), Kind::CannotOpen);
}

TEST(MediaErrorKind, FolderAndProtocolPrefixCannotBeOpened) {
  EXPECT_EQ(refusal_kind(scratch_dir()), Kind::CannotOpen);
  EXPECT_EQ(refusal_kind("http://example.com/lecture.mp4"), Kind::CannotOpen);
}

TEST(MediaErrorKind, TextFileNamedMp4IsNotAVideo) {
  EXPECT_EQ(refusal_kind(clip("not_media.mp4")), Kind::NotAVideo);
}

TEST(MediaErrorKind, AudioOnlyFileIsNotAVideo) {
  EXPECT_EQ(refusal_kind(clip("audio_only.m4a")), Kind::NotAVideo);
}

TEST(MediaErrorKind, UnknownFourccIsAnUnsupportedCodec) {
  EXPECT_EQ(refusal_kind(clip("unknown_codec.avi")), Kind::UnsupportedCodec);
}

// make_clips.sh's MP4s keep their index (moov) at the end: cut in half, the
// container is still recognised from its first bytes but its header is gone.
TEST(MediaErrorKind, Mp4CutBeforeItsIndexIsDamagedNotUnrecognised) {
  const auto whole = clip("h264_bframes_25.mp4");
  const auto cut = cut_copy(whole, std::filesystem::file_size(whole) / 2, "cut_before_moov.mp4");
  EXPECT_EQ(refusal_kind(cut), Kind::Damaged);
  try {
    probe(cut);
  } catch (const MediaError& error) {
    EXPECT_EQ(std::string(error.what()),
              cut.string() + ": a damaged mov,mp4,m4a,3gp,3g2,mj2 file: its header cannot be read");
  }
}

TEST(MediaErrorKind, MatroskaCutInsideItsHeaderIsDamaged) {
  EXPECT_EQ(refusal_kind(cut_copy(clip("hevc_30.mkv"), 64, "cut_header.mkv")), Kind::Damaged);
}

TEST(MediaErrorKind, KindsHaveWords) {
  EXPECT_STREQ(describe(Kind::NotAVideo), "not a video");
  EXPECT_STREQ(describe(Kind::Damaged), "damaged");
  EXPECT_STREQ(describe(Kind::UnsupportedCodec), "unsupported codec");
  EXPECT_STREQ(describe(Kind::CannotOpen), "cannot open");
}

// What a media thread's catch (...) hands to the consumer.
template <typename Thrown>
MediaError crossed(const Thrown& thrown) {
  try {
    throw thrown;
  } catch (...) {
    return current_media_error("lecture.mp4");
  }
}

TEST(MediaErrorKind, AThreadsMediaErrorCrossesWithItsKindAndMessage) {
  const MediaError error = crossed(MediaError(Kind::Damaged, "lecture.mp4: cannot decode a video packet"));
  EXPECT_EQ(error.kind(), Kind::Damaged);
  EXPECT_STREQ(error.what(), "lecture.mp4: cannot decode a video packet");
}

TEST(MediaErrorKind, OtherFailuresOfAThreadBecomeMediaErrorsNamingTheFile) {
  const MediaError memory = crossed(std::bad_alloc());
  EXPECT_EQ(memory.kind(), Kind::OutOfMemory);
  EXPECT_STREQ(memory.what(), "lecture.mp4: out of memory");
  const MediaError other = crossed(std::runtime_error("queue broke"));
  EXPECT_EQ(other.kind(), Kind::Other);
  EXPECT_STREQ(other.what(), "lecture.mp4: queue broke");
  const MediaError unknown = crossed(42);
  EXPECT_EQ(unknown.kind(), Kind::Other);
  EXPECT_STREQ(unknown.what(), "lecture.mp4: an unknown failure in a media thread");
}

}  // namespace
}  // namespace cuepoint::media::testing
