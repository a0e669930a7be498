#!/usr/bin/env bash
# Installs the Debian packages Cuepoint needs to build, play and test.
# Idempotent: packages already present are skipped, so a second run is quick.
# Usage: scripts/install-deps.sh [--test | --bench]   (--test: also what the tests need; --bench: also
# what bench/run needs, on top of the build packages)
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev libavfilter-dev
  libsdl2-dev libsdl2-ttf-dev libfontconfig-dev
  libpango1.0-dev libcairo2-dev
  # UI fonts (docs/text.md): Noto for Arabic, Hebrew, Devanagari, Thai and Latin; WenQuanYi Micro Hei for CJK.
  fonts-noto-core fonts-wqy-microhei
  libpugixml-dev libarchive-dev libicu-dev libsqlite3-dev sqlite3
  libcurl4-openssl-dev libssl-dev uuid-dev
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev
  ffmpeg libxml2-utils fonts-dejavu-core
)
if [ "${1:-}" = "--test" ]; then
  # The tests also need: espeak-ng and pango-view (sample generators), Node.js for the test LRS,
  # Xvfb and xdotool (the real X11 window driven like a keyboard), clang with libFuzzer
  # (scripts/fuzz.sh), valgrind (the memcheck test), and the desktop and Debian packaging checks
  # (desktop-file-validate, update-mime-database, groff, dpkg-shlibdeps); gcovr for the coverage
  # summary of scripts/coverage.sh.
  packages+=(espeak-ng pango1.0-tools clang-format xvfb xdotool clang libclang-rt-dev valgrind
    desktop-file-utils shared-mime-info groff-base dpkg-dev gcovr)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

if [ "${1:-}" = "--bench" ]; then
  # bench/run only (not needed to build or test): the reference players, an X server for the
  # windowed comparison, /usr/bin/time for CPU time and peak RSS, curl as the bare LRS client,
  # taskset (util-linux) for the one-core run, Node.js for the test LRS.
  packages+=(mpv xvfb time bc curl util-linux)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
