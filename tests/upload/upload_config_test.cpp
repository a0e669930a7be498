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
              HasSubstr("lrs.json: not valid JSON"));
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

}  // namespace
}  // namespace cuepoint::upload
