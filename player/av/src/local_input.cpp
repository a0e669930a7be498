#include "cuepoint/av/local_input.hpp"

#include <regex>

#include "cuepoint/av/error_text.hpp"

namespace cuepoint::av {
namespace {

// FFmpeg reads "name:rest" as protocol `name`; a one-letter prefix is still a
// protocol here (Cuepoint only targets POSIX paths).
bool has_protocol_prefix(const std::string& path) {
  static const std::regex prefix("^[A-Za-z][A-Za-z0-9+.\\-]*:");
  return std::regex_search(path, prefix);
}

LocalInput refused(std::string problem) { return {nullptr, std::move(problem), false}; }

}  // namespace

LocalInput open_local_input(const std::filesystem::path& path, const LocalInputOptions& options) {
  const std::string name = path.string();
  if (name.empty()) return refused("empty path");
  if (has_protocol_prefix(name))
    return refused("only local files can be played (protocol prefixes are refused)");
  std::error_code status_error;
  const auto status = std::filesystem::status(path, status_error);
  if (!std::filesystem::exists(status)) return refused("no such file");
  if (!std::filesystem::is_regular_file(status)) return refused("not a regular file");

  AVDictionary* raw_options = nullptr;
  int set = av_dict_set(&raw_options, "protocol_whitelist", "file", 0);
  DictionaryPtr dictionary(raw_options);
  if (set >= 0 && !options.format_whitelist.empty()) {
    raw_options = dictionary.release();
    set = av_dict_set(&raw_options, "format_whitelist", options.format_whitelist.c_str(), 0);
    dictionary.reset(raw_options);
  }
  if (set < 0) return refused("cannot set up the demuxer: " + av_error_text(set));

  AVFormatContext* raw_format = nullptr;
  raw_options = dictionary.release();
  const int opened = avformat_open_input(&raw_format, name.c_str(), nullptr, &raw_options);
  dictionary.reset(raw_options);
  if (opened == AVERROR_INVALIDDATA) return {nullptr, "not recognised", true};
  if (opened < 0) return refused("cannot open: " + av_error_text(opened));
  return {FormatContextPtr(raw_format), {}, false};
}

}  // namespace cuepoint::av
