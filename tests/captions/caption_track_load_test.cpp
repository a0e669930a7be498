// CaptionTrack::load on WebVTT and SRT files written by each test: what FFmpeg reads,
// the plain text the window gets, and the message for every kind of bad file.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "cuepoint/captions/caption_track.hpp"
#include "temp_dir.hpp"

namespace cuepoint::captions {
namespace {

using cuepoint::testing::TempDir;
using cuepoint::testing::write_file;

constexpr lesson::Micros kSecond = 1'000'000;

std::string load_error(const std::filesystem::path& file) {
  try {
    CaptionTrack::load(file);
  } catch (const CaptionsError& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(CaptionTrackLoad, WebVttWithHeaderNotesIdentifiersSettingsAndTags) {
  TempDir dir("captions");
  const auto file = dir / "en.vtt";
  write_file(file,
             "WEBVTT - a lesson's captions\n"
             "Kind: captions\n"
             "\n"
             "NOTE written by the teacher\n"
             "over two lines\n"
             "\n"
             "intro\n"
             "00:00:01.000 --> 00:00:04.500 align:start line:0\n"
             "A <i>half</i> is one of <b>two</b> equal parts.\n"
             "\n"
             "00:00:05.250 --> 00:01:02.000\n"
             "<v Teacher>Three &amp; four\n"
             "make seven.</v>\n"
             "\n"
             "01:00:00.000 --> 01:00:01.000\n"
             "One hour in.\n");
  const CaptionTrack track = CaptionTrack::load(file);
  ASSERT_EQ(track.cues().size(), 3U);
  EXPECT_EQ(track.cues()[0], (CaptionCue{1 * kSecond, 4'500'000, "A half is one of two equal parts."}));
  EXPECT_EQ(track.cues()[1], (CaptionCue{5'250'000, 62 * kSecond, "Three & four\nmake seven."}));
  EXPECT_EQ(track.cues()[2], (CaptionCue{3600 * kSecond, 3601 * kSecond, "One hour in."}));
}

TEST(CaptionTrackLoad, SrtWithByteOrderMarkCrlfAndTags) {
  TempDir dir("captions");
  const auto file = dir / "en.srt";
  write_file(file,
             "\xEF\xBB\xBF"
             "1\r\n"
             "00:00:01,000 --> 00:00:02,500\r\n"
             "<i>First</i> line\r\n"
             "second line\r\n"
             "\r\n"
             "2\r\n"
             "00:00:03,000 --> 00:00:04,000\r\n"
             "{\\an8}At the top\r\n"
             "\r\n");
  const CaptionTrack track = CaptionTrack::load(file);
  ASSERT_EQ(track.cues().size(), 2U);
  EXPECT_EQ(track.cues()[0], (CaptionCue{1 * kSecond, 2'500'000, "First line\nsecond line"}));
  EXPECT_EQ(track.cues()[1], (CaptionCue{3 * kSecond, 4 * kSecond, "At the top"}));
}

TEST(CaptionTrackLoad, ArabicTextKeepsItsBytes) {
  TempDir dir("captions");
  const auto file = dir / "ar.vtt";
  const std::string line1 =
      "\u0646\u0635\u0641 \u0627\u0644\u0639\u062f\u062f 8 \u0647\u0648 4";  // نصف العدد 8 هو 4
  const std::string line2 = "\u0627\u0644\u0643\u0633\u0631 1/2 (half)";
  write_file(file, "WEBVTT\n\n00:00.000 --> 00:02.000\n" + line1 + "\n" + line2 + "\n");
  const CaptionTrack track = CaptionTrack::load(file);
  ASSERT_EQ(track.cues().size(), 1U);
  EXPECT_EQ(track.cues()[0].text, line1 + "\n" + line2);
  EXPECT_EQ(track.text_at(kSecond), line1 + "\n" + line2);
}

TEST(CaptionTrackLoad, OverlappingCuesAreBothKeptAndOutOfOrderCuesSorted) {
  TempDir dir("captions");
  const auto file = dir / "order.srt";
  write_file(file,
             "1\n00:00:05,000 --> 00:00:06,000\nthird\n\n"
             "2\n00:00:01,000 --> 00:00:04,000\nfirst\n\n"
             "3\n00:00:02,000 --> 00:00:03,000\nsecond\n\n");
  const CaptionTrack track = CaptionTrack::load(file);
  ASSERT_EQ(track.cues().size(), 3U);
  EXPECT_EQ(track.cues()[0].text, "first");
  EXPECT_EQ(track.cues()[1].text, "second");
  EXPECT_EQ(track.cues()[2].text, "third");
  EXPECT_EQ(track.text_at(2'500'000), "first\nsecond");
  EXPECT_EQ(track.text_at(5 * kSecond), "third");
}

TEST(CaptionTrackLoad, EverySampleLessonsCaptionsFileLoads) {
  // The sample generator's WebVTT files are what the window shows first.
  int files = 0;
  for (const auto& lesson :
       std::filesystem::directory_iterator(std::filesystem::path(CUEPOINT_SOURCE_DIR) / "samples")) {
    if (!lesson.is_directory()) continue;
    for (const auto& entry : std::filesystem::directory_iterator(lesson.path())) {
      if (entry.path().extension() != ".vtt") continue;
      ++files;
      const CaptionTrack track = CaptionTrack::load(entry.path());
      ASSERT_FALSE(track.cues().empty()) << entry.path();
      EXPECT_EQ(track.text_at(track.cues().front().start), track.cues().front().text) << entry.path();
    }
  }
  EXPECT_GE(files, 4);
}

TEST(CaptionTrackLoad, BinaryFileNamedVttIsRefused) {
  TempDir dir("captions");
  const auto file = dir / "noise.vtt";
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919 + 13) % 256);
  write_file(file, noise);
  EXPECT_EQ(
      load_error(file),
      file.string() +
          ": not a WebVTT or SRT captions file (WebVTT starts with the line 'WEBVTT', SRT with a cue number "
          "and a timing line such as '00:00:01,000 --> 00:00:04,000')");
}

TEST(CaptionTrackLoad, EmptyFileIsRefused) {
  TempDir dir("captions");
  const auto file = dir / "empty.vtt";
  write_file(file, "");
  EXPECT_EQ(load_error(file),
            file.string() + ": the file is empty (a captions file holds WebVTT or SRT cues)");
}

TEST(CaptionTrackLoad, HeaderWithoutCuesIsRefused) {
  TempDir dir("captions");
  const auto file = dir / "header.vtt";
  write_file(file, "WEBVTT\n\nNOTE nothing yet\n");
  EXPECT_EQ(load_error(file), file.string() + ": it holds no cues");
}

// Found by captions_fuzz: FFmpeg reads the garbage after a timing line as one cue
// with no text. A track that would show nothing is refused, not loaded empty.
TEST(CaptionTrackLoad, CuesWithoutTextAreNoTrack) {
  TempDir dir("captions");
  const auto file = dir / "no-text.vtt";
  write_file(file, std::string("\xEF\xBB\xBFWEBVTT\n\nNOTE a comment\n\nid2\n00:00.000 --> 00:01.00") +
                       std::string(38, '\a') + "00 --> 00:02.00\xD8\xA7overlap\n");
  EXPECT_EQ(load_error(file), file.string() + ": none of its 1 cues has any text");
}

TEST(CaptionTrackLoad, MalformedWebVttTimingNamesItsLine) {
  // FFmpeg's WebVTT demuxer silently stops at this cue: the cues after it would be lost.
  TempDir dir("captions");
  const auto file = dir / "bad.vtt";
  write_file(file,
             "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n"
             "00:00:0x.000 --> 00:00:04.000\nBad\n\n"
             "00:00:05.000 --> 00:00:06.000\nAfter\n");
  EXPECT_EQ(load_error(file),
            file.string() +
                ":6: cue 2: cannot read the cue timing '00:00:0x.000 --> 00:00:04.000': the start "
                "time '00:00:0x.000' is not [hh:]mm:ss.ttt");
}

TEST(CaptionTrackLoad, MalformedSrtTimingNamesItsLine) {
  // FFmpeg's SRT demuxer would show this timing line as text of the cue before.
  TempDir dir("captions");
  const auto file = dir / "bad.srt";
  write_file(file,
             "1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n"
             "2\r\n00:00:03,000 --> 00:00:0x,000\r\nBad\r\n\r\n"
             "3\r\n00:00:05,000 --> 00:00:06,000\r\nAfter\r\n");
  EXPECT_EQ(load_error(file),
            file.string() +
                ":6: cue 2: cannot read the cue timing '00:00:03,000 --> 00:00:0x,000': the end "
                "time '00:00:0x,000' is not [hh:]mm:ss.ttt");
}

TEST(CaptionTrackLoad, WebVttStyleBlockIsNamedRatherThanLosingEveryCue) {
  // FFmpeg 5.1 reads a STYLE block as a cue whose timing it cannot read and stops there.
  TempDir dir("captions");
  const auto file = dir / "styled.vtt";
  write_file(file, "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\n00:00:01.000 --> 00:00:02.000\nHello\n");
  EXPECT_EQ(load_error(file),
            file.string() +
                ":3: this FFmpeg's WebVTT reader stops at a STYLE or REGION block and would drop "
                "every cue after it; remove the block (the player draws captions in its own style)");
}

TEST(CaptionTrackLoad, CueEndingBeforeItStartsNamesItsLine) {
  TempDir dir("captions");
  const auto file = dir / "backwards.vtt";
  write_file(file,
             "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\n00:00:05.000 --> 00:00:04.500\nbackwards\n");
  EXPECT_EQ(load_error(file), file.string() + ":6: cue 2: it ends at 0:04.5, before it starts at 0:05");
}

TEST(CaptionTrackLoad, Latin1TextIsRefusedAtItsCue) {
  // An SRT from an old tool in Latin-1: "Très bien" with 0xE8 for the è.
  TempDir dir("captions");
  const auto file = dir / "latin1.srt";
  write_file(
      file,
      "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n\n2\n00:00:03,000 --> 00:00:04,000\nTr\xE8s bien\n\n");
  EXPECT_EQ(load_error(file), file.string() + ":6: cue 2: its text is not UTF-8; save the file as UTF-8");
}

TEST(CaptionTrackLoad, FileOverEightMebibytesIsRefused) {
  TempDir dir("captions");
  const auto file = dir / "huge.vtt";
  std::string text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n";
  text.resize(kMaxCaptionsFileBytes + 1, 'a');
  write_file(file, text);
  EXPECT_EQ(load_error(file), file.string() +
                                  ": the file is 8388609 bytes; captions files are limited to 8 MiB "
                                  "(8388608 bytes)");
}

TEST(CaptionTrackLoad, MoreThanTwentyThousandCuesAreRefused) {
  TempDir dir("captions");
  const auto file = dir / "many.srt";
  std::string text;
  for (std::size_t i = 0; i <= kMaxCaptionCues; ++i) {
    const std::size_t ms = i * 10;
    char timing[64];
    std::snprintf(timing, sizeof timing, "00:%02zu:%02zu,%03zu --> 00:%02zu:%02zu,%03zu", ms / 60000,
                  ms / 1000 % 60, ms % 1000, ms / 60000, ms / 1000 % 60, ms % 1000 + 5);
    text += std::to_string(i + 1) + "\n" + timing + "\nx\n\n";
  }
  write_file(file, text);
  EXPECT_EQ(load_error(file),
            file.string() + ": it has more than 20000 cues, the most a captions file may have");
}

TEST(CaptionTrackLoad, MissingFolderAndProtocolPathsAreRefused) {
  TempDir dir("captions");
  EXPECT_EQ(load_error(dir / "missing.vtt"), (dir / "missing.vtt").string() + ": no such file");
  EXPECT_EQ(load_error(dir.path()), dir.path().string() + ": not a regular file");
  EXPECT_EQ(load_error("file:" + (dir / "x.vtt").string()),
            "file:" + (dir / "x.vtt").string() +
                ": only local files can be played (protocol prefixes are refused)");
}

}  // namespace
}  // namespace cuepoint::captions
