"""Speech for each slide with espeak-ng, and the slide timeline the speech dictates."""

from __future__ import annotations

import math
import pathlib
import subprocess
import wave
from dataclasses import dataclass

WORDS_PER_MINUTE = "150"
LEAD_IN = 0.6   # silence before the first word, so a slide is seen before it is explained
TAIL = 1.5      # silence after the last word, room for a cue to pause on this slide
MIN_SLIDE = 15
MAX_SLIDE = 30


class NarrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Speech:
    rate: int
    samples: bytes  # mono signed 16-bit little-endian

    @property
    def seconds(self) -> float:
        return len(self.samples) / 2 / self.rate


@dataclass(frozen=True)
class SlideTiming:
    start: int             # whole seconds: keeps slides on frame and keyframe boundaries
    duration: int
    narration_start: float
    narration_end: float


def synthesize(espeak: str, voice: str, text: str, work_dir: pathlib.Path, name: str) -> Speech:
    text_file = work_dir / f"{name}.txt"
    wav_file = work_dir / f"{name}.wav"
    text_file.write_text(text, encoding="utf-8")
    subprocess.run([espeak, "-v", voice, "-s", WORDS_PER_MINUTE, "-w", str(wav_file), "-f", str(text_file)],
                   check=True)
    with wave.open(str(wav_file), "rb") as wav:
        if wav.getnchannels() != 1 or wav.getsampwidth() != 2:
            raise NarrationError(f"{wav_file}: expected mono 16-bit speech from espeak-ng, got "
                                 f"{wav.getnchannels()} channel(s) of {wav.getsampwidth() * 8}-bit samples")
        return Speech(wav.getframerate(), wav.readframes(wav.getnframes()))


def plan_timeline(slide_keys: list[str], speeches: list[Speech]) -> list[SlideTiming]:
    timeline = []
    start = 0
    for key, speech in zip(slide_keys, speeches):
        needed = LEAD_IN + speech.seconds + TAIL
        if needed > MAX_SLIDE:
            raise NarrationError(f"slide '{key}': narration lasts {speech.seconds:.1f} s, so the slide would "
                                 f"need {needed:.1f} s, over the {MAX_SLIDE} s limit; shorten its text")
        duration = max(MIN_SLIDE, math.ceil(needed))
        timeline.append(SlideTiming(start, duration, start + LEAD_IN, start + LEAD_IN + speech.seconds))
        start += duration
    return timeline


def write_soundtrack(speeches: list[Speech], timeline: list[SlideTiming], out_wav: pathlib.Path) -> None:
    """One WAV in which every slide's speech starts LEAD_IN into the slide and is padded to its length."""
    rate = speeches[0].rate
    if any(speech.rate != rate for speech in speeches):
        raise NarrationError("espeak-ng produced slides at different sample rates")
    with wave.open(str(out_wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for speech, timing in zip(speeches, timeline):
            lead = b"\0\0" * round(LEAD_IN * rate)
            total = timing.duration * rate * 2
            padding = b"\0" * (total - len(lead) - len(speech.samples))
            out.writeframes(lead + speech.samples + padding)
