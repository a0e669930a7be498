#!/usr/bin/env bash
# Makes the player window screenshots in docs/ (shown in the README) by playing the
# sample lessons in the real window code, offscreen, with a scripted student:
# docs/window-question.png, window-feedback-rewatch.png, window-end.png, window-question-rtl.png,
# window-library.png.
# Usage: scripts/window-screenshots.sh [OUT_DIR]   (default: docs; builds in build/ if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs}"
build="${CUEPOINT_BUILD_DIR:-build}"
[ -f "$build/CMakeCache.txt" ] || bash scripts/build.sh >/dev/null
cmake --build "$build" --target window_screenshots >/dev/null
"$build/bin/window_screenshots" "$PWD" "$out"
