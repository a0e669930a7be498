#!/usr/bin/env bash
# Fails when a C++ file of ours differs from what .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
