#!/usr/bin/env python3
"""Generates a sample lesson: lecture.mp4, its captions, lesson.xml and answers.json.

Needs ffmpeg (with libx264, drawtext), espeak-ng and fonts-dejavu-core, and for right-to-left
lessons pango-view and fonts-noto-core; uses only the Python standard library.
Usage: samples/make-sample.py [--lesson NAME] [--out DIR]   (default: intro-fractions into samples/NAME)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from generator import canvas, captions, lesson_xml, model, narration  # noqa: E402
from generator import fraction_of_a_number_ar, intro_fractions  # noqa: E402

FPS = 25
GOP = 2 * FPS
LESSONS = {module.LESSON_ID: module for module in (intro_fractions, fraction_of_a_number_ar)}


class SampleError(RuntimeError):
    pass


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SampleError(f"'{name}' is not on PATH; install it (see samples/README.md)")
    return path


def render_slides(content, ffmpeg: str, work_dir: pathlib.Path) -> list[pathlib.Path]:
    pngs = []
    for number, slide in enumerate(content.SLIDES, start=1):
        slide_canvas = canvas.Canvas(f"slide{number:02d}", work_dir, content.TEXT_ENGINE)
        slide.draw(slide_canvas)
        png = work_dir / f"slide{number:02d}.png"
        slide_canvas.render(ffmpeg, png)
        pngs.append(png)
    return pngs


def encode_lecture(ffmpeg: str, pngs: list[pathlib.Path], timeline: list[narration.SlideTiming],
                   soundtrack: pathlib.Path, out_mp4: pathlib.Path) -> None:
    inputs: list[str] = []
    for png, timing in zip(pngs, timeline):
        inputs += ["-loop", "1", "-framerate", str(FPS), "-t", str(timing.duration), "-i", str(png)]
    inputs += ["-i", str(soundtrack)]
    video_streams = "".join(f"[{i}:v]" for i in range(len(pngs)))
    graph = (f"{video_streams}concat=n={len(pngs)}:v=1:a=0,"
             "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[v]")
    subprocess.run(
        [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", *inputs, "-filter_complex", graph,
         "-map", "[v]", "-map", f"{len(pngs)}:a",
         # Fixed thread count and bitexact flags so a re-run on another machine gives the same bytes.
         "-c:v", "libx264", "-preset", "medium", "-tune", "stillimage", "-crf", "30", "-threads", "2",
         "-g", str(GOP), "-keyint_min", str(GOP), "-sc_threshold", "0", "-bf", "2", "-r", str(FPS),
         "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
         "-c:a", "aac", "-b:a", "64k", "-ar", "44100", "-ac", "1",
         "-movflags", "+faststart", "-map_metadata", "-1", "-fflags", "+bitexact",
         "-flags:v", "+bitexact", "-flags:a", "+bitexact", str(out_mp4)],
        check=True)


def write_captions(content, path: pathlib.Path, texts: dict[str, str],
                   timeline: list[narration.SlideTiming]) -> int:
    """Captions for one language, each slide's text spread over the span its speech occupies."""
    missing = [slide.key for slide in content.SLIDES if slide.key not in texts]
    if missing:
        raise SampleError(f"{path.name}: no caption text for slide(s) {', '.join(missing)}")
    caption_list = [caption for slide, timing in zip(content.SLIDES, timeline)
                    for caption in captions.captions_for(texts[slide.key], timing.narration_start,
                                                         timing.narration_end)]
    path.write_text(captions.to_webvtt(caption_list), encoding="utf-8")
    return len(caption_list)


def cue_time(anchor: model.Anchor, slide_index: dict[str, int],
             timeline: list[narration.SlideTiming]) -> float:
    timing = timeline[slide_index[anchor.slide]]
    if anchor.after_narration:
        point = timing.narration_end
    else:
        point = timing.narration_start + anchor.fraction * (timing.narration_end - timing.narration_start)
    at = point + anchor.offset
    if at >= timing.start + timing.duration:
        raise SampleError(f"cue anchored to slide '{anchor.slide}' falls at {at:.2f} s, after the slide ends")
    return at


def sha256_of(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lesson", choices=sorted(LESSONS), default=intro_fractions.LESSON_ID)
    parser.add_argument("--out", type=pathlib.Path, help="default: samples/<lesson>")
    args = parser.parse_args()
    content = LESSONS[args.lesson]
    out_dir = args.out or pathlib.Path(__file__).resolve().parent / content.LESSON_ID

    ffmpeg = require_tool("ffmpeg")
    espeak = require_tool("espeak-ng")
    for tool in canvas.required_tools(content.TEXT_ENGINE):
        require_tool(tool)
    for font in canvas.required_fonts(content.TEXT_ENGINE):
        if not font.is_file():
            raise SampleError(f"font {font} is missing; run scripts/install-deps.sh --test")
    out_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="cuepoint-sample-") as tmp:
        work_dir = pathlib.Path(tmp)
        speeches = [narration.synthesize(espeak, content.VOICE, slide.narration, work_dir, f"narration{n:02d}")
                    for n, slide in enumerate(content.SLIDES, start=1)]
        timeline = narration.plan_timeline([s.key for s in content.SLIDES], speeches)
        soundtrack = work_dir / "soundtrack.wav"
        narration.write_soundtrack(speeches, timeline, soundtrack)
        pngs = render_slides(content, ffmpeg, work_dir)
        video = out_dir / "lecture.mp4"
        encode_lecture(ffmpeg, pngs, timeline, soundtrack, video)

    size = video.stat().st_size
    if size >= content.MAX_BYTES:
        raise SampleError(f"{video} is {size} bytes, over the {content.MAX_BYTES}-byte budget; raise the CRF")
    total = timeline[-1].start + timeline[-1].duration
    low, high = content.SECONDS
    if not low <= total <= high:
        raise SampleError(f"{content.LESSON_ID} lasts {total} s, outside {low}-{high} s; change the narration")

    tracks = content.CAPTION_TRACKS
    caption_count = 0
    for track in tracks:
        caption_count += write_captions(content, out_dir / track.file_name, track.texts, timeline)

    slide_index = {slide.key: i for i, slide in enumerate(content.SLIDES)}
    cues = []
    for cue in content.CUES:
        seek = timeline[slide_index[cue.remediation_slide]].start if cue.remediation_slide else None
        cues.append({"id": cue.id, "at": cue_time(cue.at, slide_index, timeline), "pause": cue.pause,
                     "required": cue.required, "question": cue.question, "seek": seek})
    chapters = [(timing.start, slide.chapter)
                for slide, timing in zip(content.SLIDES, timeline) if slide.chapter]
    xml = lesson_xml.lesson_xml(
        lesson_id=content.LESSON_ID, title=content.TITLE, description=content.DESCRIPTION,
        language=content.LANGUAGE, video_src=video.name, video_sha256=sha256_of(video),
        captions=[(track.file_name, track.language, track.label) for track in tracks],
        settings=content.SETTINGS, chapters=chapters,
        cues=cues)
    (out_dir / "lesson.xml").write_text(xml, encoding="utf-8")

    answers = {cue.id: cue.scripted_answers for cue in content.CUES if cue.scripted_answers}
    # One cue per line: the file is meant to be read and edited by people testing the player.
    lines = [f"  {json.dumps(cue_id)}: {json.dumps(attempts, ensure_ascii=False)}"
             for cue_id, attempts in answers.items()]
    (out_dir / "answers.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")

    print(f"{out_dir}: {len(content.SLIDES)} slides, {total} s, {size} bytes, "
          f"{caption_count} captions in {len(tracks)} languages, {len(cues)} cues")
    for slide, timing in zip(content.SLIDES, timeline):
        print(f"  {lesson_xml.format_time(timing.start):>6}  {timing.duration:2d} s  {slide.key} "
              f"(speech {timing.narration_end - timing.narration_start:.1f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (SampleError, narration.NarrationError) as error:
        print(f"make-sample: {error}", file=sys.stderr)
        sys.exit(1)
    except subprocess.CalledProcessError as error:
        print(f"make-sample: {error.cmd[0]} failed with exit status {error.returncode}", file=sys.stderr)
        sys.exit(1)
