# Warnings and sanitizers for every target of ours, through one interface target.
add_library(cuepoint_build_options INTERFACE)
target_compile_options(cuepoint_build_options INTERFACE -Wall -Wextra -Wpedantic)
# GCC 12 reports false -Wrestrict positives inside libstdc++ string code at -O2 (GCC bug 105329).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(cuepoint_build_options INTERFACE -Wno-restrict)
endif()
# FFmpeg's AV_TIME_BASE_Q and friends are C99 compound literals; clang's -Wpedantic
# reports each use in C++ (GCC does not). The macros are FFmpeg's, not ours.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  target_compile_options(cuepoint_build_options INTERFACE -Wno-c99-extensions)
endif()
if(CUEPOINT_WERROR)
  target_compile_options(cuepoint_build_options INTERFACE -Werror)
endif()
if(CUEPOINT_SANITIZE)
  # Applied globally so that GoogleTest and every library of ours share one runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # GCC's sanitizer instrumentation makes -Wmaybe-uninitialized report false positives
  # inside libstdc++ (std::regex, std::function); the sanitizers themselves check for real ones.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(cuepoint_build_options INTERFACE -Wno-maybe-uninitialized)
  endif()
endif()
if(CUEPOINT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CUEPOINT_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "-DCMAKE_C_COMPILER=clang, as scripts/fuzz.sh does")
  endif()
  # Coverage feedback and sanitizers in every library of ours; the fuzz targets add libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(CUEPOINT_COVERAGE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "CUEPOINT_COVERAGE needs GCC (gcov and gcovr read GCC's counters); configure with "
                        "-DCMAKE_CXX_COMPILER=g++, as scripts/coverage.sh does")
  endif()
  if(CUEPOINT_SANITIZE OR CUEPOINT_FUZZ)
    message(FATAL_ERROR "CUEPOINT_COVERAGE cannot be combined with CUEPOINT_SANITIZE or CUEPOINT_FUZZ: their "
                        "instrumentation changes which branches exist; use a build folder of its own")
  endif()
  # Line counts are exact only without optimisation (inlined and merged code is counted
  # once), so scripts/coverage.sh configures a Debug build. Global, like the sanitizers,
  # so that every library of ours is counted.
  add_compile_options(--coverage)
  add_link_options(--coverage)
endif()
