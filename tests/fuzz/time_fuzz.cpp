// The lesson time parser: never a crash; an error has a reason and no value; a
// value is never negative and format_time prints it as text that parses back to it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cuepoint/lesson/time.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cuepoint::lesson;
  using cuepoint::fuzz::check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = parse_time_checked(text);
  check(result.micros.has_value() == result.error.empty(), "a time has a value or a reason, never both");
  if (!result.micros) return 0;
  check(*result.micros >= 0, "a lesson time is never negative");
  const auto printed = format_time(*result.micros);
  check(parse_time(printed) == result.micros, "format_time's text parses back to the same time");
  return 0;
}
