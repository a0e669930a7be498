#!/usr/bin/env bash
# The README's play command: installs what the player needs, builds it and plays
# the bundled sample lesson in the player window.
#
# Without a display (a server, an SSH session) the window cannot open: the sample
# is then played headless instead, validated and played through with the sample's
# scripted answers, printing each cue, answer, feedback, rewatch and the score as it
# happens. Extra arguments go to the player (e.g. --learner NAME, --fullscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null

lesson=samples/intro-fractions/lesson.xml
build/bin/cuepoint-author validate "$lesson"
echo "cuepoint-author: $lesson is valid"
db="${TMPDIR:-/tmp}/cuepoint-sample-responses.sqlite"

status=0
build/bin/cuepoint "$lesson" --db "$db" "$@" || status=$?
if [ "$status" -eq 4 ]; then  # 4: no display for the window
  echo "cuepoint: playing the sample headless instead, answering from samples/intro-fractions/answers.json"
  exec build/bin/cuepoint "$lesson" --headless --answers samples/intro-fractions/answers.json \
    --db "$db" --learner sample-student "$@"
fi
exit "$status"
