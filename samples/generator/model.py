"""The shape of a sample lesson as data: slides with narration and a drawing, cues anchored to them.

Each lesson module (intro_fractions.py, fraction_of_a_number_ar.py) fills these in, plus:
LESSON_ID, TITLE, DESCRIPTION, LANGUAGE, SETTINGS, VOICE (espeak-ng), TEXT_ENGINE (canvas.py),
SECONDS (the duration range tests/samples checks), MAX_BYTES and CAPTION_TRACKS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .canvas import Canvas


@dataclass(frozen=True)
class Slide:
    key: str
    chapter: str | None  # a chapter starts at this slide when set
    draw: Callable[[Canvas], None]
    narration: str


@dataclass(frozen=True)
class Anchor:
    """A point in the lecture: `after` a slide's narration ends, or `within` it at a fraction."""
    slide: str
    after_narration: bool = True
    fraction: float = 0.0
    offset: float = 0.4  # seconds past the anchor, so the cue follows the last spoken word


@dataclass
class Cue:
    id: str
    at: Anchor
    question: dict
    pause: bool = True
    required: bool = True
    remediation_slide: str | None = None  # on-incorrect seek target
    scripted_answers: list = field(default_factory=list)  # for answers.json


@dataclass(frozen=True)
class CaptionTrack:
    file_name: str
    language: str
    label: str
    texts: dict[str, str]  # slide key -> what the track shows while that slide's narration is spoken
