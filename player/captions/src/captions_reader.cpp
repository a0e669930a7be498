#include "captions_reader.hpp"

#include <optional>
#include <string>

#include "ass_text.hpp"
#include "cuepoint/av/error_text.hpp"
#include "cuepoint/av/handles.hpp"
#include "cuepoint/av/local_file.hpp"
#include "cuepoint/av/local_input.hpp"
#include "cuepoint/lesson/time.hpp"
#include "timing_lines.hpp"

namespace cuepoint::captions {
namespace {

using av::av_error_text;

constexpr const char* kAllowedDemuxers = "webvtt,srt";
// Both demuxers answer AVPROBE_SCORE_MAX for their own header; FFmpeg also takes a
// file on the strength of its name alone (score 1), which is how random bytes named
// .vtt would otherwise "open" as a WebVTT file without cues.
constexpr int kMinimumProbeScore = AVPROBE_SCORE_MAX / 2;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& what) {
  throw CaptionsError(file.string() + ": " + what);
}

[[noreturn]] void fail_at(const std::filesystem::path& file, const TimingLine& line, std::size_t number,
                          const std::string& what) {
  throw CaptionsError(file.string() + ":" + std::to_string(line.line) + ": cue " + std::to_string(number) +
                      ": " + what);
}

// Words a problem with the cue that starts at `start`: at its timing line in the
// file ("a.srt:6: cue 2: ...") when one has that start, else by its time.
class CueLocator {
 public:
  CueLocator(const std::filesystem::path& file, const std::vector<TimingLine>& lines)
      : file_(file), lines_(lines) {}
  [[noreturn]] void fail_cue(lesson::Micros start, const std::string& what) const {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].start == start) fail_at(file_, lines_[i], i + 1, what);
    }
    fail(file_, "the cue at " + lesson::format_time(start) + ": " + what);
  }

 private:
  const std::filesystem::path& file_;
  const std::vector<TimingLine>& lines_;
};

void check_size(const std::filesystem::path& file) {
  const auto found = av::local_file_size(file);
  if (!found) return;  // not a regular file, missing: open_local_input names it
  const std::uint64_t size = *found;
  if (size == 0) fail(file, "the file is empty (a captions file holds WebVTT or SRT cues)");
  if (size > kMaxCaptionsFileBytes) {
    fail(file, "the file is " + std::to_string(size) + " bytes; captions files are limited to 8 MiB (" +
                   std::to_string(kMaxCaptionsFileBytes) + " bytes)");
  }
}

// A plain file or a package entry, as open_local_input reads it.
std::string read_whole_file(const std::filesystem::path& file) {
  auto text = av::read_local_file(file, kMaxCaptionsFileBytes);
  if (!text) fail(file, "cannot read the file");
  return std::move(*text);
}

av::FormatContextPtr open_captions(const std::filesystem::path& file) {
  av::LocalInput input = av::open_local_input(file, {kAllowedDemuxers});
  if (input.unrecognised || (input.format && input.format->probe_score < kMinimumProbeScore)) {
    fail(file,
         "not a WebVTT or SRT captions file (WebVTT starts with the line 'WEBVTT', SRT with a cue number and "
         "a timing line such as '00:00:01,000 --> 00:00:04,000')");
  }
  if (!input.format) fail(file, input.problem);
  if (input.format->nb_streams != 1 ||
      input.format->streams[0]->codecpar->codec_type != AVMEDIA_TYPE_SUBTITLE) {
    fail(file, "FFmpeg found no captions stream in it");
  }
  return std::move(input.format);
}

av::CodecContextPtr open_decoder(const std::filesystem::path& file, const AVStream& stream) {
  const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
  if (codec == nullptr) {
    fail(file, std::string("this FFmpeg build has no decoder for '") +
                   avcodec_get_name(stream.codecpar->codec_id) + "' captions");
  }
  av::CodecContextPtr decoder(avcodec_alloc_context3(codec));
  if (!decoder) fail(file, "out of memory allocating a captions decoder");
  const int copied = avcodec_parameters_to_context(decoder.get(), stream.codecpar);
  if (copied < 0) fail(file, "cannot set up the captions decoder: " + av_error_text(copied));
  decoder->pkt_timebase = stream.time_base;
  const int opened = avcodec_open2(decoder.get(), codec, nullptr);
  if (opened < 0) fail(file, "cannot open the captions decoder: " + av_error_text(opened));
  return decoder;
}

// The cue's text: every text rectangle of the decoded subtitle, one per line.
std::string decode_text(const CueLocator& locate, AVCodecContext& decoder, AVPacket& packet,
                        lesson::Micros start) {
  AVSubtitle subtitle{};
  int got = 0;
  const int decoded = avcodec_decode_subtitle2(&decoder, &subtitle, &got, &packet);
  const av::SubtitleContentsPtr owned(&subtitle);
  // The text decoders' one data check: the cue text must be UTF-8 (an old SRT is often Latin-1).
  if (decoded == AVERROR_INVALIDDATA) locate.fail_cue(start, "its text is not UTF-8; save the file as UTF-8");
  if (decoded < 0) locate.fail_cue(start, "FFmpeg cannot decode it: " + av_error_text(decoded));
  std::string text;
  if (got == 0) return text;
  for (unsigned i = 0; i < subtitle.num_rects; ++i) {
    const AVSubtitleRect& rect = *subtitle.rects[i];
    if (rect.type != SUBTITLE_ASS || rect.ass == nullptr) continue;
    const std::string line = ass_event_plain_text(rect.ass);
    if (line.empty()) continue;
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

struct ReadCues {
  std::vector<CaptionCue> cues;         // with text
  std::size_t packets = 0;              // every cue FFmpeg read, with or without text
  std::optional<CaptionCue> backwards;  // the first cue whose end is not after its start
};

ReadCues read_cues(const std::filesystem::path& file, const CueLocator& locate, AVFormatContext& format) {
  const AVStream& stream = *format.streams[0];
  const av::CodecContextPtr decoder = open_decoder(file, stream);
  const av::PacketPtr packet(av_packet_alloc());
  if (!packet) fail(file, "out of memory allocating an FFmpeg packet");
  ReadCues read;
  while (true) {
    const int got = av_read_frame(&format, packet.get());
    if (got == AVERROR_EOF) break;
    if (got < 0)
      fail(file, "cannot read cue " + std::to_string(read.packets + 1) + ": " + av_error_text(got));
    const std::unique_ptr<AVPacket, decltype(&av_packet_unref)> unref(packet.get(), &av_packet_unref);
    if (packet->stream_index != stream.index) continue;
    if (++read.packets > kMaxCaptionCues) {
      fail(file, "it has more than " + std::to_string(kMaxCaptionCues) +
                     " cues, the most a captions file may have");
    }
    if (packet->pts == AV_NOPTS_VALUE)
      fail(file, "cue " + std::to_string(read.packets) + " has no start time");
    CaptionCue cue;
    cue.start = av_rescale_q(packet->pts, stream.time_base, AV_TIME_BASE_Q);
    cue.end = cue.start + av_rescale_q(packet->duration, stream.time_base, AV_TIME_BASE_Q);
    cue.text = decode_text(locate, *decoder, *packet, cue.start);
    if (cue.end <= cue.start) {
      if (!read.backwards) read.backwards = cue;
      continue;
    }
    if (!cue.text.empty()) read.cues.push_back(std::move(cue));
  }
  return read;
}

// What FFmpeg read must account for every timing line in the file; where it does
// not, the file's own text says which cue is wrong.
void check_against_timing_lines(const std::filesystem::path& file, const std::string& text,
                                const std::vector<TimingLine>& lines, const CueLocator& locate,
                                const ReadCues& read) {
  if (lines.size() != read.packets || read.backwards) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].problem.empty()) {
        fail_at(file, lines[i], i + 1,
                "cannot read the cue timing '" + lines[i].text + "': " + lines[i].problem);
      }
    }
  }
  if (read.backwards) {
    const CaptionCue& cue = *read.backwards;
    locate.fail_cue(cue.start, "it ends at " + lesson::format_time(cue.end) + ", before it starts at " +
                                   lesson::format_time(cue.start));
  }
  if (lines.size() != read.packets) {
    if (const auto style = find_style_block(text)) {
      throw CaptionsError(
          file.string() + ":" + std::to_string(*style) +
          ": this FFmpeg's WebVTT reader stops at a STYLE or REGION block and would drop every cue "
          "after it; remove the block (the player draws captions in its own style)");
    }
    fail(file, "FFmpeg read " + std::to_string(read.packets) + " cues, but the file has " +
                   std::to_string(lines.size()) + " cue timing lines ('-->')");
  }
  if (read.packets == 0) fail(file, "it holds no cues");
  // Cues whose text is empty (or only markup) show nothing: a track of only those is no track.
  if (read.cues.empty()) fail(file, "none of its " + std::to_string(read.packets) + " cues has any text");
}

}  // namespace

std::vector<CaptionCue> read_captions_file(const std::filesystem::path& file) {
  check_size(file);
  const av::FormatContextPtr format = open_captions(file);
  // The file's own text, only to say where a problem is (FFmpeg reads the cues).
  const std::string text = read_whole_file(file);
  const std::vector<TimingLine> lines = find_timing_lines(text);
  const CueLocator locate(file, lines);
  ReadCues read = read_cues(file, locate, *format);
  check_against_timing_lines(file, text, lines, locate, read);
  return std::move(read.cues);
}

}  // namespace cuepoint::captions
