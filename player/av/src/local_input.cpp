#include "cuepoint/av/local_input.hpp"

#include <fstream>
#include <functional>
#include <optional>
#include <regex>
#include <stdexcept>

#include "cuepoint/av/error_text.hpp"
#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"
#include "entry_io.hpp"
#include "refused_format.hpp"

namespace cuepoint::av {
namespace {

constexpr std::size_t kHeadBytes = 4096;

// FFmpeg reads "name:rest" as protocol `name`; a one-letter prefix is still a
// protocol here (Cuepoint only targets POSIX paths).
bool has_protocol_prefix(const std::string& path) {
  static const std::regex prefix("^[A-Za-z][A-Za-z0-9+.\\-]*:");
  return std::regex_search(path, prefix);
}

LocalInput refused(std::string problem) { return {nullptr, std::move(problem), false}; }

std::string head_of_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(kHeadBytes, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  return bytes;
}

// Nested opens (a playlist's segments, a reference movie's files) of a package
// entry: a package entry is one file, so there is nothing else it may open.
int refuse_nested_open(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**) {
  return AVERROR(EPERM);
}

// The demuxer options of every open: the protocol and format whitelists.
std::optional<std::string> set_up(DictionaryPtr& dictionary, const LocalInputOptions& options) {
  for (const auto& [key, value] :
       {std::pair<const char*, std::string>{"protocol_whitelist", "file"},
        std::pair<const char*, std::string>{"format_whitelist", options.format_whitelist}}) {
    if (value.empty()) continue;
    AVDictionary* raw = dictionary.release();
    const int set = av_dict_set(&raw, key, value.c_str(), 0);
    dictionary.reset(raw);
    if (set < 0) return "cannot set up the demuxer: " + av_error_text(set);
  }
  return std::nullopt;
}

// Opens `name` (a file, or a package entry through `io`) with the whitelists.
LocalInput open_with(const std::string& name, const LocalInputOptions& options, EntryIo* io,
                     const std::function<std::string()>& head) {
  DictionaryPtr dictionary;
  if (auto problem = set_up(dictionary, options)) return refused(std::move(*problem));
  AVFormatContext* raw_format = avformat_alloc_context();
  if (raw_format == nullptr) return refused("out of memory");
  if (io != nullptr) {
    raw_format->pb = io->get();
    raw_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    raw_format->io_open = refuse_nested_open;
  }
  AVDictionary* raw_options = dictionary.release();
  // On failure avformat_open_input frees the context (not a custom pb: `io` keeps it).
  const int opened = avformat_open_input(&raw_format, name.c_str(), nullptr, &raw_options);
  dictionary.reset(raw_options);
  if (opened < 0) {
    // FFmpeg answers EINVAL ("Format not on whitelist") for a recognised demuxer that is not allowed.
    if (opened == AVERROR(EINVAL)) {
      if (auto what = refused_format(head(), name, options.format_whitelist))
        return refused(std::move(*what));
    }
    if (opened == AVERROR_INVALIDDATA) return {nullptr, "not recognised", true};
    return refused("cannot open: " + av_error_text(opened));
  }
  if (io != nullptr) io->release();  // the format context's closer frees it now
  return {FormatContextPtr(raw_format), {}, false};
}

LocalInput open_package_entry(const package::EntryPath& where, const LocalInputOptions& options,
                              const std::string& name) {
  std::optional<EntryIo> io;
  try {
    const package::Package package = package::Package::open(where.package);
    const package::PackageEntry* entry = package.find(where.entry);
    if (entry == nullptr) return refused("no such file in the package");
    if (!entry->stored)
      return refused(
          "it is compressed in the package; the player reads media in place, so it must be stored "
          "(cuepoint-author pack does that)");
    io.emplace(where.package, ByteRange{entry->data_offset, entry->size});
  } catch (const package::PackageError& error) {
    return refused(error.what());
  } catch (const std::runtime_error& error) {
    return refused(error.what());
  }
  return open_with(name, options, &*io, [&] { return io->head(kHeadBytes); });
}

}  // namespace

LocalInput open_local_input(const std::filesystem::path& path, const LocalInputOptions& options) {
  const std::string name = path.string();
  if (name.empty()) return refused("empty path");
  if (has_protocol_prefix(name))
    return refused("only local files can be played (protocol prefixes are refused)");
  if (const auto entry = package::split_entry_path(path)) return open_package_entry(*entry, options, name);
  std::error_code status_error;
  const auto status = std::filesystem::status(path, status_error);
  if (!std::filesystem::exists(status)) return refused("no such file");
  if (!std::filesystem::is_regular_file(status)) return refused("not a regular file");
  return open_with(name, options, nullptr, [&] { return head_of_file(path); });
}

}  // namespace cuepoint::av
