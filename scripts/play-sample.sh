#!/usr/bin/env bash
# The README's play command: installs what the player needs, builds it and plays
# the bundled sample lesson.
#
# Until the player window lands, the sample is played headless: validated, then
# played through with the sample's scripted answers, printing each cue, answer,
# feedback, rewatch and the score as it happens (add --realtime to watch it at the
# pace of a student, --events - for the machine-readable stream).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null

lesson=samples/intro-fractions/lesson.xml
build/bin/cuepoint-author validate "$lesson"
echo "cuepoint-author: $lesson is valid"
build/bin/cuepoint "$lesson" --headless \
  --answers samples/intro-fractions/answers.json \
  --db "${TMPDIR:-/tmp}/cuepoint-sample-responses.sqlite" \
  --learner sample-student "$@"
