// `pack --seal`: a sealed package grades every answer exactly as the plain package
// does (same events, same scores), holds no correct answer in readable form, and
// says at pack time which cues it could not seal.
#include <gtest/gtest.h>

#include <ostream>
#include <regex>

#include "package_fixture.hpp"
#include "temp_dir.hpp"

namespace cuepoint::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSamples = fs::path(CUEPOINT_SOURCE_DIR) / "samples";

struct SealCase {
  const char* sample;
  // Answers laid over the sample's own answers.json: wrong first tries, partly right
  // multiple choices, text that only matches once normalised.
  const char* tricky_answers;
};

const SealCase kCases[] = {
    {"intro-fractions", R"({
       "what-is-denominator": ["c", "b"],
       "compare-fifths": ["true", "false"],
       "equivalent-to-half": [["a", "c"], ["a", "b"]],
       "simplify-four-eighths": ["two quarters", "  ONE\tHalf "],
       "quarter-as-decimal": [0.3, 0.25]
     })"},
    {"fraction-of-a-number-ar", R"({
       "three-quarters-of-20": ["b", "c"],
       "name-of-denominator": ["numerator", " DENOMINATOR "],
       "half-of-ten": ["false", "true"]
     })"},
};

// Test names show the sample, not the struct's bytes (ctest lists them).
void PrintTo(const SealCase& seal_case, std::ostream* out) { *out << seal_case.sample; }

std::string case_name(const ::testing::TestParamInfo<SealCase>& info) {
  std::string name = info.param.sample;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

void pack(const fs::path& lesson, const fs::path& package, bool seal) {
  std::vector<std::string> arguments{"pack", lesson.string(), "-o", package.string()};
  if (seal) arguments.emplace_back("--seal");
  const ProcessResult packed = author(arguments);
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
}

std::string entry(const std::vector<ZipEntry>& entries, const std::string& name) {
  for (const ZipEntry& item : entries) {
    if (item.name == name) return item.data;
  }
  ADD_FAILURE() << "no entry " << name;
  return {};
}

// The texts of every <accept> element of a lesson's XML.
std::vector<std::string> accepted_answers(const std::string& xml) {
  std::vector<std::string> answers;
  const std::regex accept("<accept>([^<]*)</accept>");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), accept); it != std::sregex_iterator(); ++it)
    answers.push_back((*it)[1]);
  return answers;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
  return count;
}

class SealedPackage : public ::testing::TestWithParam<SealCase> {
 protected:
  void SetUp() override {
    lesson_ = kSamples / GetParam().sample;
    ASSERT_NO_FATAL_FAILURE(pack(lesson_, dir_ / "plain.cuepoint", false));
    ASSERT_NO_FATAL_FAILURE(pack(lesson_, dir_ / "sealed.cuepoint", true));
  }

  TempDir dir_{"package-seal"};
  fs::path lesson_;
};

TEST_P(SealedPackage, GradesEveryAnswerLikeThePlainPackage) {
  json tricky = json::parse(read_file(lesson_ / "answers.json"));
  tricky.update(json::parse(GetParam().tricky_answers));
  write_file(dir_ / "tricky.json", tricky.dump());

  for (const fs::path& answers : {lesson_ / "answers.json", dir_ / "tricky.json"}) {
    SCOPED_TRACE(answers.filename().string());
    const std::string run = answers.stem().string();
    const PlayedRun plain = play_headless(dir_ / "plain.cuepoint", answers, dir_ / (run + "-plain"));
    const PlayedRun sealed = play_headless(dir_ / "sealed.cuepoint", answers, dir_ / (run + "-sealed"));
    ASSERT_FALSE(plain.events.empty());
    EXPECT_EQ(sealed.events, plain.events);

    // The runs must exercise what sealing could get wrong: right and wrong answers,
    // and (with the tricky answers) partial credit.
    int right = 0;
    int wrong = 0;
    for (const json& event : plain.events) {
      if (event.value("event", "") != "answer" || !event.value("graded", false)) continue;
      (event.value("correct", false) ? right : wrong) += 1;
    }
    EXPECT_GT(right, 0);
    EXPECT_GT(wrong, 0);
  }
}

TEST_P(SealedPackage, HoldsNoCorrectAnswerInReadableForm) {
  const auto plain = read_zip(dir_ / "plain.cuepoint");
  const auto sealed = read_zip(dir_ / "sealed.cuepoint");
  const std::string plain_xml = entry(plain, "lesson.xml");
  const std::string sealed_xml = entry(sealed, "lesson.xml");

  // Choices: the plain lesson marks its correct ones; the sealed one marks none.
  ASSERT_NE(plain_xml.find("correct=\"true\""), std::string::npos);
  EXPECT_EQ(sealed_xml.find("correct="), std::string::npos);
  EXPECT_NE(sealed_xml.find(" seal=\""), std::string::npos);

  // Text answers: no <accept> is left, and each accepted answer appears in the sealed
  // lesson only where the plain lesson shows it outside its <accept> elements (a
  // prompt or a feedback may name it; the samples' captions do, by design).
  const auto answers = accepted_answers(plain_xml);
  ASSERT_FALSE(answers.empty());
  EXPECT_TRUE(accepted_answers(sealed_xml).empty());
  EXPECT_EQ(sealed_xml.find("<accept"), std::string::npos);
  EXPECT_NE(sealed_xml.find("<sealed-accept sha256=\""), std::string::npos);
  const std::string plain_without_accepts =
      std::regex_replace(plain_xml, std::regex("<accept>[^<]*</accept>"), "");
  for (const std::string& answer : answers)
    EXPECT_EQ(occurrences(sealed_xml, answer), occurrences(plain_without_accepts, answer)) << answer;

  // Every other entry but the manifest is the plain package's, byte for byte.
  ASSERT_EQ(sealed.size(), plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(sealed[i].name, plain[i].name);
    if (plain[i].name != "lesson.xml" && plain[i].name != "manifest.json") {
      EXPECT_TRUE(sealed[i].data == plain[i].data) << plain[i].name;
    }
  }
}

TEST_P(SealedPackage, VerifiesAndValidatesLikeAnyPackage) {
  for (const char* command : {"verify", "validate"}) {
    const ProcessResult checked = author({command, (dir_ / "sealed.cuepoint").string()});
    EXPECT_EQ(checked.exit_code, 0) << command << ": " << checked.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, SealedPackage, ::testing::ValuesIn(kCases), case_name);

TEST(PackSeal, SaysWhichCuesStayReadableAndWhy) {
  TempDir dir("package-seal-warning");
  const fs::path lesson = kSamples / "intro-fractions";
  const ProcessResult packed =
      author({"pack", lesson.string(), "-o", (dir / "sealed.cuepoint").string(), "--seal"});
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
  EXPECT_NE(packed.out.find("sealed 4 graded cues; 1 left readable (see the warnings above)"),
            std::string::npos)
      << packed.out;
  EXPECT_NE(
      packed.err.find((lesson / "lesson.xml").string() +
                      ":69:5: warning: cue 'quarter-as-decimal' is not sealed: a numeric answer is "
                      "graded by a range (value and tolerance), which a hash cannot check; its <answer> "
                      "stays readable in the package"),
      std::string::npos)
      << packed.err;
}

TEST(PackSeal, EveryPackHasItsOwnSalt) {
  TempDir dir("package-seal-salt");
  const fs::path lesson = kSamples / "intro-fractions";
  ASSERT_NO_FATAL_FAILURE(pack(lesson, dir / "one.cuepoint", true));
  ASSERT_NO_FATAL_FAILURE(pack(lesson, dir / "two.cuepoint", true));
  const std::regex salt("<seal version=\"1\" salt=\"([0-9a-f]{32})\"");
  std::smatch one;
  std::smatch two;
  const std::string first = entry(read_zip(dir / "one.cuepoint"), "lesson.xml");
  const std::string second = entry(read_zip(dir / "two.cuepoint"), "lesson.xml");
  ASSERT_TRUE(std::regex_search(first, one, salt)) << first.substr(0, 600);
  ASSERT_TRUE(std::regex_search(second, two, salt));
  EXPECT_NE(one[1], two[1]);
}

TEST(PackSeal, RefusesALessonThatIsAlreadySealed) {
  TempDir dir("package-seal-twice");
  ASSERT_NO_FATAL_FAILURE(pack(kSamples / "intro-fractions", dir / "sealed.cuepoint", true));
  const ProcessResult unpacked =
      author({"unpack", (dir / "sealed.cuepoint").string(), "-o", (dir / "unpacked").string()});
  ASSERT_EQ(unpacked.exit_code, 0) << unpacked.err;
  const ProcessResult again =
      author({"pack", (dir / "unpacked").string(), "-o", (dir / "again.cuepoint").string(), "--seal"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find((dir / "unpacked" / "lesson.xml").string() +
                           ": the lesson is already sealed; pack --seal needs the lesson with its answers"),
            std::string::npos)
      << again.err;
  EXPECT_FALSE(fs::exists(dir / "again.cuepoint"));
  // Packing it again without --seal is allowed: a sealed lesson is a valid lesson.
  const ProcessResult plain =
      author({"pack", (dir / "unpacked").string(), "-o", (dir / "again.cuepoint").string()});
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
}

}  // namespace
}  // namespace cuepoint::testing
