#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cuepoint/upload/upload_config.hpp"
#include "cuepoint/upload/upload_error.hpp"

namespace cuepoint::upload {
namespace {

using ::testing::HasSubstr;

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const UploadError& error) {
    return error.what();
  }
  return "no error";
}

TEST(LrsSettings, ReadsJson) {
  const auto settings = parse_lrs_settings(
      R"({"endpoint": "https://lrs.example/xapi/", "user": "key", "password": "s3cret"})", "f");
  EXPECT_EQ(settings.endpoint, "https://lrs.example/xapi/");
  EXPECT_EQ(settings.user, "key");
  EXPECT_EQ(settings.password, "s3cret");
}

TEST(LrsSettings, ReadsIniWithSectionCommentsAndQuotes) {
  const auto settings = parse_lrs_settings(
      "# school LRS\n[lrs]\nendpoint = https://lrs.example/xapi\n; the key\nuser=key\npassword = \" pass "
      "word \"\n",
      "f");
  EXPECT_EQ(settings.endpoint, "https://lrs.example/xapi");
  EXPECT_EQ(settings.user, "key");
  EXPECT_EQ(settings.password, " pass word ");
}

TEST(LrsSettings, MissingKeysStayEmpty) {
  const auto settings = parse_lrs_settings("endpoint = https://lrs.example/\n", "f");
  EXPECT_FALSE(settings.user);
  EXPECT_FALSE(settings.password);
}

TEST(LrsSettings, BadContentIsReportedWithFileAndLine) {
  EXPECT_THAT(error_of([] { parse_lrs_settings("endpoint = x\npasword = y\n", "lrs.ini"); }),
              HasSubstr("lrs.ini:2: unknown key 'pasword'"));
  EXPECT_THAT(error_of([] { parse_lrs_settings("endpoint\n", "lrs.ini"); }),
              HasSubstr("lrs.ini:1: expected"));
  EXPECT_THAT(error_of([] { parse_lrs_settings("[server]\n", "lrs.ini"); }),
              HasSubstr("lrs.ini:1: unknown section"));
  EXPECT_THAT(error_of([] { parse_lrs_settings("{\"endpoint\": ", "lrs.json"); }),
              HasSubstr("lrs.json:1:13: error: invalid JSON: syntax error"));
  EXPECT_THAT(error_of([] { parse_lrs_settings(R"({"user": 5})", "lrs.json"); }),
              HasSubstr("lrs.json: 'user' must be a string"));
  EXPECT_THAT(error_of([] { read_lrs_settings("/nonexistent/lrs.json"); }),
              HasSubstr("cannot read config file '/nonexistent/lrs.json'"));
}

TEST(StatementsUrl, AppendsStatementsWithOrWithoutATrailingSlash) {
  EXPECT_EQ(statements_url("https://lrs.example/xapi"), "https://lrs.example/xapi/statements");
  EXPECT_EQ(statements_url("https://lrs.example/xapi/"), "https://lrs.example/xapi/statements");
  EXPECT_EQ(statements_url("http://127.0.0.1:8080/xAPI//"), "http://127.0.0.1:8080/xAPI/statements");
}

TEST(StatementsUrl, RefusesWhatIsNotAnHttpUrl) {
  EXPECT_THAT(error_of([] { statements_url("lrs.example/xapi"); }),
              HasSubstr("not an http:// or https:// URL"));
  EXPECT_THAT(error_of([] { statements_url("ftp://lrs.example/"); }), HasSubstr("'ftp://lrs.example/'"));
  EXPECT_THAT(error_of([] { statements_url("https://"); }), HasSubstr("not an http"));
}

TEST(Cleartext, OnlyPlainHttpToAnotherMachineCounts) {
  EXPECT_TRUE(is_cleartext_remote("http://lrs.example/xapi"));
  EXPECT_TRUE(is_cleartext_remote("http://10.0.0.5:8080/xapi"));
  EXPECT_TRUE(is_cleartext_remote("http://127.0.0.1.evil.example/"));
  EXPECT_FALSE(is_cleartext_remote("https://lrs.example/xapi"));
  EXPECT_FALSE(is_cleartext_remote("http://127.0.0.1:8080/xAPI/"));
  EXPECT_FALSE(is_cleartext_remote("http://localhost/xapi"));
  EXPECT_FALSE(is_cleartext_remote("http://[::1]:80/xapi"));
}

// Settings that can never work are usage errors, found before any request.
TEST(StatementsUrl, RefusesAPortOutOfRange) {
  EXPECT_EQ(error_of([] { statements_url("http://127.0.0.1:99999/xAPI"); }),
            "endpoint 'http://127.0.0.1:99999/xAPI' has port 99999: a port is a number from 1 to 65535");
  EXPECT_THAT(error_of([] { statements_url("https://lrs.example:0/"); }), HasSubstr("has port 0:"));
  EXPECT_THAT(error_of([] { statements_url("https://lrs.example:80a/"); }), HasSubstr("has port 80a:"));
  EXPECT_THAT(error_of([] { statements_url("http://[::1]:70000/"); }), HasSubstr("has port 70000:"));
  EXPECT_EQ(statements_url("http://[::1]:8080/xAPI"), "http://[::1]:8080/xAPI/statements");
  EXPECT_EQ(statements_url("https://lrs.example:65535/x"), "https://lrs.example:65535/x/statements");
}

TEST(StatementsUrl, RefusesSpacesAndControlCharacters) {
  EXPECT_EQ(error_of([] { statements_url("https://lrs.example/my xapi/"); }),
            "endpoint 'https://lrs.example/my xapi/' contains a space (percent-encode it as %20)");
  EXPECT_EQ(error_of([] { statements_url("https://lrs.example/xapi\n"); }),
            "endpoint 'https://lrs.example/xapi' contains a control character");
  EXPECT_THAT(error_of([] { statements_url(std::string("https://lrs.example/\x7f")); }),
              HasSubstr("contains a control character"));
}

TEST(StatementsUrl, RefusesAUrlWithoutHostOrWithAQuery) {
  EXPECT_EQ(error_of([] { statements_url("http:///xAPI"); }), "endpoint 'http:///xAPI' has no host");
  EXPECT_THAT(error_of([] { statements_url("https://user@:8080/"); }), HasSubstr("has no host"));
  EXPECT_THAT(error_of([] { statements_url("https://[::1/"); }), HasSubstr("without its closing ']'"));
  EXPECT_THAT(error_of([] { statements_url("https://lrs.example/xapi?key=1"); }),
              HasSubstr("has a query or fragment"));
}

TEST(StatementsUrl, ShortensAHugeEndpointInItsMessage) {
  const std::string huge = "https://lrs.example/" + std::string(100000, 'x') + " ";
  const auto message = error_of([&huge] { statements_url(huge); });
  EXPECT_THAT(message, HasSubstr("contains a space"));
  EXPECT_LT(message.size(), 200u);
}

TEST(LrsSettings, RefusesAConfigTooLargeOrTooDeep) {
  EXPECT_EQ(error_of([] { parse_lrs_settings(std::string(70000, ' ') + "{}", "lrs.json"); }),
            "lrs.json: larger than 64 KiB, not an LRS config file");
  EXPECT_EQ(error_of([] { read_lrs_settings("/dev/zero"); }),
            "/dev/zero: larger than 64 KiB, not an LRS config file");
  const std::string deep = R"({"user": )" + std::string(20000, '[') + std::string(20000, ']') + "}";
  EXPECT_EQ(error_of([&deep] { parse_lrs_settings(deep, "lrs.json"); }),
            "lrs.json:1:17: error: nested deeper than 8 levels of arrays and objects");
}

TEST(LrsSettings, NeverQuotesAWholeHostileValue) {
  const std::string key(10000, 'k');
  const auto unknown = error_of([&key] { parse_lrs_settings("{\"" + key + "\": \"v\"}", "lrs.json"); });
  EXPECT_THAT(unknown, HasSubstr("lrs.json: unknown key 'kkkk"));
  EXPECT_LT(unknown.size(), 200u);
  const auto broken = error_of([&key] { parse_lrs_settings("{\"endpoint\": \"" + key, "lrs.json"); });
  EXPECT_THAT(broken, HasSubstr("lrs.json:1:10015: error: invalid JSON: syntax error"));
  EXPECT_LT(broken.size(), 220u);
  const auto section = error_of([&key] { parse_lrs_settings("[" + key + "]\n", "lrs.ini"); });
  EXPECT_THAT(section, HasSubstr("lrs.ini:1: unknown section [kkk"));
  EXPECT_LT(section.size(), 200u);
}

}  // namespace
}  // namespace cuepoint::upload
