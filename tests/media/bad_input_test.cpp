// Inputs the engine must refuse with a clear MediaError, and damaged files it must
// play as far as FFmpeg itself can decode them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "clip_paths.hpp"
#include "cuepoint/media/playback.hpp"
#include "engine_frames.hpp"

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

// What playing a damaged file from its first frame to its end showed.
struct PlayedThrough {
  std::vector<Micros> times;         // lesson time of every picture shown, in order
  std::vector<std::string> digests;  // and its pixels (engine_frames.hpp)
  bool reached_end = false;          // EndOfMedia, not an error
};

PlayedThrough play_through(const std::filesystem::path& path) {
  auto playback = Playback::open(path, PlaybackOptions{});
  PlayedThrough played;
  const auto keep = [&] {
    played.times.push_back(playback->shown()->lesson_time());
    played.digests.push_back(picture_digest(*playback->shown()));
  };
  keep();
  playback->play();
  for (int step = 0; step < 10'000 && !played.reached_end; ++step) {
    const auto event = playback->update();
    if (event.kind == PlaybackEvent::Kind::FrameShown) keep();
    played.reached_end = event.kind == PlaybackEvent::Kind::EndOfMedia;
  }
  return played;
}

// Every frame FFmpeg decodes of the file, in order, each at its time with its
// pixels, played through to an ordinary end.
void expect_plays_the_reference(const std::filesystem::path& path) {
  const auto& reference = reference_frames(path);
  const auto played = play_through(path);
  EXPECT_TRUE(played.reached_end);
  std::vector<Micros> reference_times;
  for (const auto& frame : reference) reference_times.push_back(frame.time);
  EXPECT_EQ(played.times, reference_times);
  for (std::size_t i = 0; i < std::min(reference.size(), played.digests.size()); ++i) {
    if (!reference[i].damaged) {
      EXPECT_EQ(played.digests[i], reference[i].digest) << "frame " << i;
    }
  }
}

// A file cut short after its index opens, and plays exactly what FFmpeg itself
// decodes of it, frame for frame, to an ordinary end; seeks inside the part that
// is there land on FFmpeg's frames too.
void expect_plays_what_is_left(const std::filesystem::path& path, Micros whole_duration) {
  const auto& reference = reference_frames(path);
  ASSERT_LT(reference.back().time, whole_duration * 3 / 4) << "the cut must remove a real part of the clip";
  expect_plays_the_reference(path);
  auto playback = Playback::open(path, PlaybackOptions{});
  for (const Micros t : {reference.back().time, reference[reference.size() / 2].time + 1, Micros{0}}) {
    playback->seek(t);
    EXPECT_EQ(picture_digest(*playback->shown()), reference[expected_index(reference, t)].digest) << t;
  }
}

TEST(BadInput, TruncatedFile) {
  // make_clips.sh: 4 s, index first (faststart), cut to half its bytes.
  expect_plays_what_is_left(clip("truncated.mp4"), 4'000'000);
}

TEST(BadInput, TruncatedTransportStream) {
  const auto whole = clip("h264_60.ts");
  const auto cut = scratch_dir() / "cut.ts";
  std::ifstream in(whole, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(cut, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<long>(bytes.size() / 3));
  expect_plays_what_is_left(cut, probe(whole).duration);
}

TEST(BadInput, BytesOverwrittenInTheMiddle) {
  // make_clips.sh: the same seeded noise over the middle third of an MKV every time.
  // Damaged data is skipped, as FFmpeg skips it: the frames it can decode, in order.
  expect_plays_the_reference(clip("corrupt.mkv"));
}

}  // namespace
}  // namespace cuepoint::media::testing
