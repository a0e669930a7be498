// The progress bar shared by the command-line front ends.
#include <gtest/gtest.h>

#include <sstream>

#include "cuepoint/cli/progress_bar.hpp"

namespace cuepoint::cli {
namespace {

TEST(ProgressBarTest, DrawsOneLineRedrawnInPlaceAndEndsIt) {
  std::ostringstream out;
  {
    ProgressBar bar(out, true, "MiB");
    bar.update(0, 4);
    bar.update(2, 4);
    bar.update(4, 4);
    bar.finish();
  }
  EXPECT_EQ(out.str(),
            "\r[                              ] 0/4 MiB"
            "\r[###############               ] 2/4 MiB"
            "\r[##############################] 4/4 MiB\n");
}

TEST(ProgressBarTest, UnchangedCountIsNotRedrawn) {
  std::ostringstream out;
  ProgressBar bar(out, true, "MiB");
  bar.update(1, 4);
  bar.update(1, 4);
  bar.update(1, 4);
  EXPECT_EQ(out.str(), "\r[#######                       ] 1/4 MiB");
}

TEST(ProgressBarTest, DisabledBarWritesNothing) {
  std::ostringstream out;
  {
    ProgressBar bar(out, false, "statements");
    bar.update(1, 2);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressBarTest, NothingToCountDrawsNothingAndLargeCountsDoNotOverflow) {
  std::ostringstream out;
  ProgressBar bar(out, true, "bytes");
  bar.update(0, 0);
  EXPECT_EQ(out.str(), "");
  const std::int64_t eight_gib = std::int64_t{8} << 30;
  bar.update(eight_gib / 2, eight_gib);
  EXPECT_NE(out.str().find("] 4294967296/8589934592 bytes"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("[###############               ]"), std::string::npos) << out.str();
}

TEST(ProgressBarTest, DestructorEndsADrawnLine) {
  std::ostringstream out;
  {
    ProgressBar bar(out, true, "MiB");
    bar.update(1, 2);
  }
  EXPECT_EQ(out.str().back(), '\n');
}

}  // namespace
}  // namespace cuepoint::cli
