// JSON from strangers: bounded in size and depth, duplicate keys refused, every
// error naming the file and, where there is one, the line and column.
#include "cuepoint/json/bounded_json.hpp"

#include <gtest/gtest.h>

#include <string>

#include "temp_dir.hpp"

namespace cuepoint::json_input {
namespace {

using nlohmann::json;
using testing::TempDir;
using testing::write_file;

std::string error_of(std::string_view text, const JsonLimits& limits = {}) {
  try {
    parse_bounded(text, "in.json", limits);
  } catch (const JsonInputError& error) {
    return error.what();
  }
  return "(parsed)";
}

TEST(BoundedJson, ParsesWhatNlohmannParses) {
  const std::string text =
      R"({"a": [1, -2, 3.5, true, null, "x\"y"], "b": {"c": {"d": []}}, "e": 18446744073709551615})";
  EXPECT_EQ(parse_bounded(text, "in.json"), json::parse(text));
  EXPECT_EQ(parse_bounded("[]", "in.json"), json::array());
  EXPECT_EQ(parse_bounded("  \"text\" ", "in.json"), json("text"));
}

TEST(BoundedJson, DeepNestingIsRefusedAtItsPositionWithoutRecursing) {
  // 50,000 levels: nlohmann builds it, and dump() or the message built from it overflows the stack.
  const std::string deep = "{\"q\": " + std::string(50'000, '[') + std::string(50'000, ']') + "}";
  EXPECT_EQ(error_of(deep), "in.json:1:38: error: nested deeper than 32 levels of arrays and objects");
  const std::string at_limit = std::string(32, '[') + std::string(32, ']');
  EXPECT_NO_THROW(parse_bounded(at_limit, "in.json"));
  EXPECT_EQ(error_of("[[[]]]", JsonLimits{.max_bytes = 100, .max_depth = 2}),
            "in.json:1:3: error: nested deeper than 2 levels of arrays and objects");
}

TEST(BoundedJson, DuplicateKeysAreRefusedAtTheSecondOne) {
  EXPECT_EQ(error_of("{\n  \"q1\": [\"a\"],\n  \"q1\": [\"b\"]\n}"),
            "in.json:3:3: error: key \"q1\" appears twice in the same object (which one is meant?)");
  EXPECT_EQ(error_of(R"({"a": {"x\"y": 1, "x\"y": 2}})"),
            "in.json:1:19: error: key \"x\\\"y\" appears twice in the same object (which one is meant?)");
  // The same key in two different objects is fine.
  EXPECT_NO_THROW(parse_bounded(R"([{"a": 1}, {"a": 2}])", "in.json"));
}

TEST(BoundedJson, NumbersOutOfRangeNameFileAndPosition) {
  EXPECT_EQ(error_of(R"({"boundary": [1e400]})"),
            "in.json:1:19: error: number out of range: number overflow parsing '1e400'");
}

TEST(BoundedJson, SyntaxErrorsKeepNlohmannsDetailWithLineAndColumn) {
  EXPECT_EQ(
      error_of("{\"start\": [\"a\"],"),
      "in.json:1:17: error: invalid JSON: syntax error while parsing object key - unexpected end of input; "
      "expected string literal");
  EXPECT_EQ(
      error_of("{\n  \"é\": x}"),
      "in.json:2:8: error: invalid JSON: syntax error while parsing value - invalid literal; last read: "
      "'\"é\": x'");
  EXPECT_EQ(error_of(""),
            "in.json:1:1: error: invalid JSON: syntax error while parsing value - unexpected end of input; "
            "expected '[', '{', or a literal");
}

TEST(BoundedJson, TextLargerThanTheLimitIsRefused) {
  EXPECT_EQ(error_of("[1, 2, 3]", JsonLimits{.max_bytes = 4, .max_depth = 8}),
            "in.json: error: larger than 4 bytes");
}

TEST(BoundedJson, ReadingStopsAtTheLimit) {
  // /dev/zero never ends: reading it whole would fill memory.
  try {
    (void)read_bounded_json("/dev/zero");
    FAIL() << "read /dev/zero";
  } catch (const JsonInputError& error) {
    EXPECT_STREQ(error.what(),
                 "/dev/zero: error: larger than 1 MiB (is it really the JSON file meant here?)");
  }
  TempDir dir("bounded-json");
  write_file(dir / "small.json", R"({"a": 1})");
  EXPECT_EQ(read_bounded_json(dir / "small.json"), json::parse(R"({"a": 1})"));
  EXPECT_EQ(read_bounded_text(dir / "small.json", 8), R"({"a": 1})");
  EXPECT_THROW((void)read_bounded_text(dir / "small.json", 7), JsonInputError);
}

TEST(BoundedJson, UnreadablePathsSayWhatTheyAre) {
  TempDir dir("bounded-json");
  try {
    (void)read_bounded_json(dir.path());
    FAIL();
  } catch (const JsonInputError& error) {
    EXPECT_EQ(std::string(error.what()), dir.path().string() + ": error: is a folder, not a JSON file");
  }
  try {
    (void)read_bounded_json(dir / "missing.json");
    FAIL();
  } catch (const JsonInputError& error) {
    EXPECT_EQ(std::string(error.what()),
              (dir / "missing.json").string() + ": error: cannot read: No such file or directory");
  }
}

TEST(BoundedJson, ShortenCutsLongValuesAtWholeCharacters) {
  EXPECT_EQ(shorten(json::parse(R"([1, 2])")), "[1,2]");
  EXPECT_EQ(shorten(json(std::string(100, 'x')), 10), "\"xxxxxxxxx...");
  EXPECT_EQ(shorten(json("ééééé"), 4), "\"é...");  // never half a UTF-8 sequence
}

TEST(BoundedJson, LineColumnCountsCharactersNotBytes) {
  EXPECT_EQ(line_column("ab\ncé d", 6), "2:3");  // c, é (two bytes), then the space
  EXPECT_EQ(line_column("", 0), "1:1");
}

}  // namespace
}  // namespace cuepoint::json_input

namespace cuepoint::json_input {
namespace {

TEST(BoundedJson, SyntaxErrorsQuoteLittleOfTheInput) {
  const std::string text = "{\"" + std::string(10'000, 'k');
  const std::string error = error_of(text);
  EXPECT_EQ(error.rfind("in.json:1:10003: error: invalid JSON: syntax error while parsing", 0), 0u) << error;
  EXPECT_LT(error.size(), 200u);
  EXPECT_EQ(error.substr(error.size() - 3), "...");
}

}  // namespace
}  // namespace cuepoint::json_input
