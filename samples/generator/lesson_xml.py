"""Prints lesson.xml in the Cuepoint lesson format v1 (urn:cuepoint:lesson:1).

Written by hand rather than through ElementTree so that the layout (one element per line,
attribute order as in the format document) stays stable and readable in diffs.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr


def format_time(seconds: float) -> str:
    """`m:ss` or `m:ss.s`, the form a teacher would type."""
    tenths = round(seconds * 10)
    minutes, tenths = divmod(tenths, 600)
    whole, fraction = divmod(tenths, 10)
    return f"{minutes}:{whole:02d}" + (f".{fraction}" if fraction else "")


def _attrs(**values: str) -> str:
    return "".join(f" {name.replace('_', '-')}={quoteattr(value)}" for name, value in values.items())


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _question(question: dict, seek: float | None) -> list[str]:
    points = _attrs(points=question["points"]) if "points" in question else ""
    out = [f'    <question{_attrs(type=question["type"])}{points}>',
           f"      <prompt>{escape(question['prompt'])}</prompt>"]
    for choice in question.get("choices", []):
        if len(choice) == 2:  # poll: no right answer, no feedback
            out.append(f"      <choice{_attrs(id=choice[0])}>{escape(choice[1])}</choice>")
        else:
            choice_id, text, correct, feedback = choice
            out.append(f"      <choice{_attrs(id=choice_id, correct=_boolean(correct))}>"
                       f"{escape(text)}<feedback>{escape(feedback)}</feedback></choice>")
    if "answer" in question:
        value, tolerance = question["answer"]
        out.append(f"      <answer{_attrs(value=value, tolerance=tolerance)}/>")
    for accepted in question.get("accept", []):
        out.append(f"      <accept>{escape(accepted)}</accept>")
    for outcome in ("correct", "incorrect"):
        if f"feedback-{outcome}" in question:
            text = escape(question[f"feedback-{outcome}"])
            out.append(f"      <feedback{_attrs(on=outcome)}>{text}</feedback>")
    if seek is not None:
        out.append(f"      <on-incorrect{_attrs(seek=format_time(seek))}/>")
    out.append("    </question>")
    return out


def lesson_xml(*, lesson_id: str, title: str, description: str, language: str, video_src: str,
               video_sha256: str, captions: list[tuple[str, str, str]], settings: dict[str, str],
               chapters: list[tuple[float, str]], cues: list[dict]) -> str:
    """`cues` items: id, at (s), pause, required, question (dict), seek (s or None)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<lesson xmlns="urn:cuepoint:lesson:1"{_attrs(id=lesson_id, version="1")}'
           f" xml:lang={quoteattr(language)}>",
           f"  <title>{escape(title)}</title>",
           f"  <description>{escape(description)}</description>",
           f"  <video{_attrs(src=video_src, sha256=video_sha256)}/>"]
    for src, lang, label in captions:
        out.append(f"  <captions{_attrs(src=src, lang=lang, label=label)}/>")
    out.append(f"  <settings{''.join(f' {k}={quoteattr(v)}' for k, v in settings.items())}/>")
    for at, chapter_title in chapters:
        out.append(f"  <chapter{_attrs(at=format_time(at), title=chapter_title)}/>")
    for cue in cues:
        flags = _attrs(pause=_boolean(cue["pause"]), required=_boolean(cue["required"]))
        out.append(f"  <cue{_attrs(id=cue['id'], at=format_time(cue['at']))}{flags}>")
        out += _question(cue["question"], cue["seek"])
        out.append("  </cue>")
    out.append("</lesson>")
    return "\n".join(out) + "\n"
