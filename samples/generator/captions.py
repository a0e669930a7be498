"""WebVTT captions built from the narration text and the times it is spoken."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_LINE = 42
MAX_LINES = 2


@dataclass(frozen=True)
class Caption:
    start: float
    end: float
    lines: list[str]


def _wrap(text: str) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= MAX_LINE:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fits(text: str) -> bool:
    return len(_wrap(text)) <= MAX_LINES


def _break_cost(before: str, after: str) -> int:
    """Prefers even lengths, and not leaving a short word ("the", "by", "la") dangling before a break."""
    last_word = before.rsplit(" ", 1)[-1]
    dangling = 300 if len(last_word) <= 3 and last_word[-1].isalpha() else 0
    return (len(before) - len(after)) ** 2 + dangling


def _split_evenly(phrase: str) -> list[str]:
    """A phrase too long for one cue, cut into the fewest pieces that fit, at the best word break."""
    words = phrase.split()
    pieces = [phrase]
    while not all(_fits(piece) for piece in pieces):
        # Split the longest piece in two at its cheapest break among those leaving both halves fitting.
        longest = max(range(len(pieces)), key=lambda i: len(pieces[i]))
        piece_words = pieces[longest].split()
        options = [(" ".join(piece_words[:i]), " ".join(piece_words[i:])) for i in range(1, len(piece_words))]
        fitting = [pair for pair in options if _fits(pair[0]) and _fits(pair[1])] or options
        best = min(fitting, key=lambda pair: _break_cost(*pair))
        pieces[longest:longest + 1] = list(best)
    assert " ".join(pieces).split() == words
    return pieces


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?"))


def _balanced(text: str) -> list[str]:
    """The fitting wrap of `text` whose longest line is shortest, so two-line cues look even."""
    words = text.split()
    if len(text) <= MAX_LINE:
        return [text]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    fitting = [pair for pair in splits if max(map(len, pair)) <= MAX_LINE]
    return list(min(fitting, key=lambda pair: _break_cost(*pair))) if fitting else _wrap(text)


def _blocks(text: str) -> list[list[str]]:
    """Packs phrases (text between punctuation marks) into cues of at most MAX_LINES lines.

    Breaking at punctuation keeps each cue a readable unit and avoids one-word widows.
    """
    phrases: list[str] = []
    for phrase in re.split(r"(?<=[.!?,:;])\s+", text.strip()):
        phrases += [phrase] if _fits(phrase) else _split_evenly(phrase)
    blocks: list[str] = []
    for phrase in phrases:
        # Across a sentence boundary only a whole sentence joins, so no cue ends mid-sentence needlessly.
        joins_sentence = not blocks or not _ends_sentence(blocks[-1]) or _ends_sentence(phrase)
        if blocks and joins_sentence and _fits(blocks[-1] + " " + phrase):
            blocks[-1] += " " + phrase
        else:
            blocks.append(phrase)
    return [_balanced(block) for block in blocks]


def captions_for(text: str, start: float, end: float) -> list[Caption]:
    """Splits `text` spoken from `start` to `end` into cues timed in proportion to their words."""
    blocks = _blocks(text)
    word_counts = [sum(len(line.split()) for line in block) for block in blocks]
    seconds_per_word = (end - start) / sum(word_counts)
    captions = []
    t = start
    for block, words in zip(blocks, word_counts):
        captions.append(Caption(t, t + words * seconds_per_word, block))
        t += words * seconds_per_word
    return captions


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def to_webvtt(captions: list[Caption]) -> str:
    parts = ["WEBVTT", ""]
    for number, caption in enumerate(captions, start=1):
        timing = f"{_timestamp(caption.start)} --> {_timestamp(caption.end)}"
        parts += [str(number), timing, *caption.lines, ""]
    return "\n".join(parts)
