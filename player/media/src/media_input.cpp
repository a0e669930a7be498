#include "media_input.hpp"

#include <fstream>
#include <vector>

#include "av_error.hpp"
#include "cuepoint/av/local_input.hpp"

extern "C" {
#include <libavutil/mathematics.h>
}

namespace cuepoint::media {
namespace {

bool is_attached_picture(const AVStream& stream) {
  return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
}

// How much of the file FFmpeg's probe looks at when opening (its default first probe).
constexpr std::size_t kProbeBytes = 2048;

// The container FFmpeg recognises from the file's first bytes (not its name), or
// nullptr when none does or the file cannot be read.
const AVInputFormat* recognised_container(const std::filesystem::path& path) {
  std::vector<unsigned char> bytes(kProbeBytes + AVPROBE_PADDING_SIZE, 0);
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(kProbeBytes));
  if (in.gcount() <= 0) return nullptr;
  AVProbeData probe{"", bytes.data(), static_cast<int>(in.gcount()), nullptr};
  int score = 0;
  const AVInputFormat* format = av_probe_input_format3(&probe, 1, &score);
  return score >= AVPROBE_SCORE_MAX / 2 ? format : nullptr;
}

// avformat_open_input fails the same way (AVERROR_INVALIDDATA, or an early end of
// file) for content no demuxer knows (a text file named .mp4) and for a known
// container whose header is cut off or broken (an MP4 truncated before its moov
// box). The probe tells them apart: a container recognised from the file's first
// bytes is damaged, not "not a video".
[[noreturn]] void throw_not_opened(const std::filesystem::path& path, const av::LocalInput& input) {
  // open_local_input's words for a failed avformat_open_input (the file itself was found).
  const bool demuxer_failed = input.unrecognised || input.problem.starts_with("cannot open: ");
  if (demuxer_failed) {
    if (const AVInputFormat* container = recognised_container(path)) {
      throw_media_error(MediaError::Kind::Damaged, path,
                        std::string("a damaged ") + container->name + " file: its header cannot be read" +
                            (input.unrecognised ? "" : " (" + input.problem + ")"));
    }
  }
  if (input.unrecognised) throw_media_error(MediaError::Kind::NotAVideo, path, "not a recognised media file");
  throw_media_error(MediaError::Kind::CannotOpen, path, input.problem);
}

}  // namespace

FormatContextPtr open_local_media(const std::filesystem::path& path) {
  if (path.empty()) throw MediaError(MediaError::Kind::CannotOpen, "empty media path");
  av::LocalInput input = av::open_local_input(path);
  if (!input.format) throw_not_opened(path, input);
  FormatContextPtr format = std::move(input.format);
  const int probed = avformat_find_stream_info(format.get(), nullptr);
  if (probed < 0)
    throw_media_error(kind_of(probed, MediaError::Kind::Damaged), path,
                      "cannot read stream information: " + av_error_text(probed));
  return format;
}

StreamChoice find_video_stream(AVFormatContext& format, const std::filesystem::path& path) {
  const AVCodec* decoder = nullptr;
  const int found = av_find_best_stream(&format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
  if (found == AVERROR_STREAM_NOT_FOUND || (found >= 0 && is_attached_picture(*format.streams[found]))) {
    throw_media_error(MediaError::Kind::NotAVideo, path, "no video stream");
  }
  if (found == AVERROR_DECODER_NOT_FOUND || (found >= 0 && decoder == nullptr)) {
    // Name the codec of the first video stream: that is the one we could not decode.
    std::string codec = "unknown";
    for (unsigned i = 0; i < format.nb_streams; ++i) {
      const AVCodecParameters& params = *format.streams[i]->codecpar;
      if (params.codec_type != AVMEDIA_TYPE_VIDEO) continue;
      codec = params.codec_id != AV_CODEC_ID_NONE ? avcodec_get_name(params.codec_id) : "unknown";
      if (params.codec_id == AV_CODEC_ID_NONE && params.codec_tag != 0) {
        char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
        av_fourcc_make_string(tag, params.codec_tag);
        codec += std::string(" (tag ") + tag + ")";
      }
      break;
    }
    throw_media_error(MediaError::Kind::UnsupportedCodec, path,
                      "video codec '" + codec + "' is not supported by this FFmpeg build");
  }
  if (found < 0)
    throw_media_error(kind_of(found, MediaError::Kind::Damaged), path,
                      "cannot select a video stream: " + av_error_text(found));
  const AVCodecParameters& params = *format.streams[found]->codecpar;
  if (params.width > kMaxFrameSide || params.height > kMaxFrameSide ||
      std::int64_t{params.width} * params.height > kMaxFramePixels) {
    throw_media_error(MediaError::Kind::UnsupportedCodec, path,
                      "its video frames are " + std::to_string(params.width) + "x" +
                          std::to_string(params.height) +
                          " pixels; the player decodes frames up to 8K (8192x4320)");
  }
  return {found, decoder};
}

StreamChoice find_audio_stream(AVFormatContext& format) {
  const AVCodec* decoder = nullptr;
  const int found = av_find_best_stream(&format, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
  if (found < 0 || decoder == nullptr) return {};
  return {found, decoder};
}

Micros container_start_time(const AVFormatContext& format) {
  return format.start_time == AV_NOPTS_VALUE ? 0 : format.start_time;
}

Micros to_lesson_time(std::int64_t timestamp, AVRational time_base, Micros start_time) {
  return av_rescale_q(timestamp, time_base, AV_TIME_BASE_Q) - start_time;
}

std::int64_t to_stream_timestamp(Micros lesson_time, AVRational time_base, Micros start_time) {
  return av_rescale_q_rnd(lesson_time + start_time, AV_TIME_BASE_Q, time_base, AV_ROUND_DOWN);
}

MediaInfo describe_media(const AVFormatContext& format, const StreamChoice& video,
                         const StreamChoice& audio) {
  MediaInfo info;
  info.container = format.iformat->name;
  info.start_time = container_start_time(format);
  info.duration = format.duration == AV_NOPTS_VALUE ? 0 : format.duration;
  const AVStream& video_stream = *format.streams[video.index];
  info.width = video_stream.codecpar->width;
  info.height = video_stream.codecpar->height;
  AVRational rate = video_stream.avg_frame_rate;
  if (rate.num <= 0 || rate.den <= 0) rate = video_stream.r_frame_rate;
  info.frame_rate = (rate.num > 0 && rate.den > 0) ? av_q2d(rate) : 0.0;
  info.video_codec = avcodec_get_name(video_stream.codecpar->codec_id);
  if (audio.index >= 0) {
    const AVCodecParameters& params = *format.streams[audio.index]->codecpar;
    info.has_audio = true;
    info.audio_codec = avcodec_get_name(params.codec_id);
    info.audio_sample_rate = params.sample_rate;
    info.audio_channels = params.ch_layout.nb_channels;
  }
  return info;
}

}  // namespace cuepoint::media
