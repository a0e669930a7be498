// What a fuzz target does when an invariant breaks: say which, and abort so that
// libFuzzer keeps the input as a crash (a thrown exception would be caught by no one
// and look the same, but without the reason).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace cuepoint::fuzz {

inline void check(bool holds, std::string_view what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace cuepoint::fuzz
