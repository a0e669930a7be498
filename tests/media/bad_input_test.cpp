// Inputs the engine must refuse with a clear MediaError, or survive to the end.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "clip_paths.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

using ::testing::HasSubstr;

std::string open_error(const std::filesystem::path& path) {
  try {
    Playback::open(path, PlaybackOptions{});
  } catch (const MediaError& error) {
    return error.what();
  }
  return "(no error)";
}

std::string probe_error(const std::filesystem::path& path) {
  try {
    probe(path);
  } catch (const MediaError& error) {
    return error.what();
  }
  return "(no error)";
}

void expect_refused(const std::filesystem::path& path, const std::string& reason) {
  EXPECT_EQ(open_error(path), path.string() + ": " + reason);
  EXPECT_EQ(probe_error(path), path.string() + ": " + reason);
}

TEST(BadInput, MissingFile) { expect_refused(clip("no_such_lecture.mp4"), "no such file"); }

TEST(BadInput, TextFileNamedMp4) { expect_refused(clip("not_media.mp4"), "not a recognised media file"); }

TEST(BadInput, AudioOnlyFile) { expect_refused(clip("audio_only.m4a"), "no video stream"); }

TEST(BadInput, UnsupportedVideoCodec) {
  expect_refused(clip("unknown_codec.avi"),
                 "video codec 'unknown (tag QQZ9)' is not supported by this FFmpeg build");
}

TEST(BadInput, Directory) { expect_refused(scratch_dir(), "not a regular file"); }

TEST(BadInput, ProtocolPrefixesAreRefused) {
  for (const std::string name :
       {"http://example.com/lecture.mp4", "concat:a.mp4|b.mp4", "subfile:,,start,0,end,100,,:lecture.mp4",
        "file:lecture.mp4", "data:video/mp4;base64,AAAA"}) {
    expect_refused(name, "only local files can be played (protocol prefixes are refused)");
  }
}

TEST(BadInput, EmptyPath) { EXPECT_THROW(Playback::open("", PlaybackOptions{}), MediaError); }

// Damaged media either fails to open with a MediaError naming the file, or plays
// (and seeks) to EndOfMedia / a MediaError: never a crash or a hang.
void expect_survives(const std::filesystem::path& path) {
  std::unique_ptr<Playback> playback;
  try {
    playback = Playback::open(path, PlaybackOptions{});
  } catch (const MediaError& error) {
    EXPECT_THAT(std::string(error.what()), HasSubstr(path.string()));
    return;
  }
  try {
    playback->seek(2'000'000);
    playback->seek(500'000);
    playback->play();
    PlaybackEvent event;
    for (int step = 0; step < 10'000 && event.kind != PlaybackEvent::Kind::EndOfMedia; ++step) {
      event = playback->update();
    }
    EXPECT_EQ(event.kind, PlaybackEvent::Kind::EndOfMedia);
  } catch (const MediaError& error) {
    EXPECT_THAT(std::string(error.what()), HasSubstr(path.string()));
  }
}

TEST(BadInput, TruncatedFile) { expect_survives(clip("truncated.mp4")); }

TEST(BadInput, BytesOverwrittenInTheMiddle) { expect_survives(clip("corrupt.mkv")); }

TEST(BadInput, TruncatedTransportStream) {
  const auto whole = clip("h264_60.ts");
  const auto cut = scratch_dir() / "cut.ts";
  std::ifstream in(whole, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(cut, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<long>(bytes.size() / 3));
  expect_survives(cut);
}

}  // namespace
}  // namespace cuepoint::media::testing
