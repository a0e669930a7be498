#!/usr/bin/env python3
"""Prints, as JSON, the slide timeline of a sample lesson as its generator plans it
(samples/generator/narration.py): each slide's start and its narration's start and
end, in seconds, and the lecture's end. Speech is synthesised with espeak-ng, as
make-sample.py does, but nothing is rendered or encoded.
Usage: sample_slide_times.py PROJECT_SOURCE_DIR LESSON_ID"""

import json
import pathlib
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, str(pathlib.Path(sys.argv[1]) / "samples"))

from generator import fraction_of_a_number_ar, intro_fractions, narration  # noqa: E402

LESSONS = {module.LESSON_ID: module for module in (intro_fractions, fraction_of_a_number_ar)}

content = LESSONS[sys.argv[2]]
espeak = shutil.which("espeak-ng")
if espeak is None:
    sys.exit("sample_slide_times.py: espeak-ng is missing (scripts/install-deps.sh --test)")
with tempfile.TemporaryDirectory(prefix="cuepoint-slides-") as tmp:
    speeches = [narration.synthesize(espeak, content.VOICE, slide.narration, pathlib.Path(tmp), f"narration{n:02d}")
                for n, slide in enumerate(content.SLIDES, start=1)]
timeline = narration.plan_timeline([slide.key for slide in content.SLIDES], speeches)
print(json.dumps({"slides": [{"start": t.start, "narration_start": t.narration_start,
                              "narration_end": t.narration_end} for t in timeline],
                  "end": timeline[-1].start + timeline[-1].duration}))
