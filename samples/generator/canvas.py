"""Slide drawing primitives rendered to a still PNG by ffmpeg.

Boxes are ffmpeg `drawbox`es. Text goes one of two ways, chosen per lesson:
- "drawtext": ffmpeg's drawtext filter, each piece of text in its own `textfile` so that no slide
  wording ever needs filtergraph escaping (colons, quotes and commas would otherwise break it).
  Debian's ffmpeg 5.1 reorders right-to-left text with FriBidi but has no HarfBuzz shaping, no
  right-to-left paragraph direction and no font fallback: right for Latin slides only.
- "pango": each piece of text rendered by `pango-view` (HarfBuzz shaping, bidi with the paragraph
  direction taken from the text, fontconfig fallback) to a transparent PNG that ffmpeg overlays,
  for slides in Arabic, Hebrew or any script.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess

WIDTH = 1280
HEIGHT = 720

BACKGROUND = "0xFBF8EF"
INK = "0x222222"
HEADER = "0x2E5E8C"
ACCENT = "0xF2A541"
EMPTY_PART = "0xFFFFFF"
MUTED = "0x5A6B7B"

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
# Arabic first so Arabic text and its digits come from one design; Latin words fall back to Noto Sans.
PANGO_FAMILIES = "Noto Sans Arabic, Noto Sans Hebrew, Noto Sans"
PANGO_DIGITS = "Noto Sans"  # stacked fractions: metrics known below, as DejaVu's are for drawtext
PANGO_FONT_FILES = [pathlib.Path("/usr/share/fonts/truetype/noto") / name
                    for name in ("NotoSansArabic-Regular.ttf", "NotoSans-Regular.ttf")]

TEXT_ENGINES = ("drawtext", "pango")


def required_tools(engine: str) -> list[str]:
    return ["pango-view"] if engine == "pango" else []


def required_fonts(engine: str) -> list[pathlib.Path]:
    return PANGO_FONT_FILES if engine == "pango" else [FONT_REGULAR, FONT_BOLD]


class Canvas:
    """Collects the drawing operations of one slide, in painting order, as an ffmpeg filter graph."""

    def __init__(self, name: str, work_dir: pathlib.Path, text_engine: str = "drawtext") -> None:
        if text_engine not in TEXT_ENGINES:
            raise ValueError(f"unknown text engine '{text_engine}'; expected one of {', '.join(TEXT_ENGINES)}")
        self._name = name
        self._work_dir = work_dir
        self._engine = text_engine
        self._filters: list[str] = []  # drawbox/drawtext, or overlay of text image n as "overlay:n:x:y"
        self._text_count = 0
        self._images: list[pathlib.Path] = []

    def box(self, x: float, y: float, w: float, h: float, color: str, thickness: int | None = None) -> None:
        """A filled box, or an outline `thickness` pixels wide."""
        t = "fill" if thickness is None else str(thickness)
        self._filters.append(f"drawbox=x={x:.0f}:y={y:.0f}:w={w:.0f}:h={h:.0f}:color={color}:t={t}")

    def text(self, content: str, x: float, y: float, size: int, color: str = INK, bold: bool = False,
             center: bool = False, line_spacing: int = 0, right: bool = False, family: str | None = None) -> None:
        """Text whose top edge (drawtext: the glyphs', pango: the line box's) is at y; x is its left
        edge, its centre when `center`, its right edge when `right` (where right-to-left text starts).
        `family` overrides the pango engine's font list."""
        self._text_count += 1
        text_file = self._work_dir / f"{self._name}-text{self._text_count:02d}.txt"
        text_file.write_text(content, encoding="utf-8")
        if self._engine == "pango":
            self._pango_text(text_file, x, y, size, color, bold, center, line_spacing, right,
                             family or PANGO_FAMILIES)
            return
        font = FONT_BOLD if bold else FONT_REGULAR
        x_expr = f"{x:.0f}-text_w/2" if center else f"{x:.0f}-text_w" if right else f"{x:.0f}"
        self._filters.append(
            f"drawtext=fontfile={font}:textfile={text_file}:expansion=none:fontsize={size}"
            f":fontcolor={color}:line_spacing={line_spacing}:x={x_expr}:y={y:.0f}")

    def _pango_text(self, text_file: pathlib.Path, x: float, y: float, size: int, color: str, bold: bool,
                    center: bool, line_spacing: int, right: bool, family: str) -> None:
        image = text_file.with_suffix(".png")
        weight = "Bold " if bold else ""
        # Lines of a block align to its start (the right edge for Arabic), or centre when centred.
        align = "center" if center else "left"
        subprocess.run(
            ["pango-view", "--no-display", "--pixels", "--margin=0", "--background=transparent",
             f"--foreground=#{color[2:]}", f"--font={family} {weight}{size}px", f"--align={align}",
             f"--spacing={line_spacing}", "--antialias=gray", "--hinting=slight", f"--output={image}",
             str(text_file)],
            check=True)
        self._images.append(image)
        x_expr = f"{x:.0f}-overlay_w/2" if center else f"{x:.0f}-overlay_w" if right else f"{x:.0f}"
        self._filters.append(f"overlay=x={x_expr}:y={y:.0f}:format=rgb")

    def header(self, title: str, rtl: bool = False) -> None:
        self.box(0, 0, WIDTH, 110, HEADER)
        if rtl:  # Arabic line boxes are tall: this centres the glyphs in the band
            self.text(title, WIDTH - 60, 6, 46, "0xFFFFFF", bold=True, right=True)
        else:
            self.text(title, 60, 32, 46, "0xFFFFFF", bold=True)

    def fraction(self, numerator: int | str, denominator: int | str, cx: float, cy: float, size: int,
                 color: str = INK) -> None:
        """A stacked fraction centred on (cx, cy), the middle of its fraction bar."""
        digits = max(len(str(numerator)), len(str(denominator)))
        bar_width = size * (0.45 + 0.62 * digits)
        bar_height = max(3, size // 14)
        self.box(cx - bar_width / 2, cy - bar_height / 2, bar_width, bar_height, color)
        if self._engine == "pango":
            # Noto Sans: ascender 1.069 em above the baseline, digits 0.714 em tall.
            gap = size * 0.16
            self.text(str(numerator), cx, cy - gap - size * 1.069, size, color, bold=True, center=True,
                      family=PANGO_DIGITS)
            self.text(str(denominator), cx, cy + gap - size * (1.069 - 0.714), size, color, bold=True,
                      center=True, family=PANGO_DIGITS)
            return
        self.text(str(numerator), cx, cy - size * 1.02, size, color, bold=True, center=True)
        self.text(str(denominator), cx, cy + size * 0.18, size, color, bold=True, center=True)

    def fraction_bar(self, x: float, y: float, w: float, h: float, parts: int, shaded: int,
                     color: str = ACCENT, from_right: bool = False) -> None:
        """A bar cut into `parts` equal pieces with the first `shaded` of them coloured (counted from
        the right for right-to-left readers)."""
        self.box(x, y, w, h, EMPTY_PART)
        part_width = w / parts
        if shaded:
            left = x + w - part_width * shaded if from_right else x
            self.box(left, y, part_width * shaded, h, color)
        for i in range(1, parts):
            self.box(x + part_width * i - 1.5, y, 3, h, INK)
        self.box(x, y, w, h, INK, thickness=4)

    def render(self, ffmpeg: str, out_png: pathlib.Path) -> None:
        source = f"color=c={BACKGROUND}:s={WIDTH}x{HEIGHT}:d=1"
        if not self._images:
            chain = ",".join(self._filters) if self._filters else "null"
            subprocess.run(
                [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source, "-vf", chain,
                 "-frames:v", "1", str(out_png)],
                check=True)
            return
        # Text images are inputs 1..n; each operation takes the previous picture, in painting order.
        graph = []
        current = "0:v"
        overlays = 0
        for step, operation in enumerate(self._filters):
            if operation.startswith("overlay="):
                overlays += 1
                graph.append(f"[{current}][{overlays}:v]{operation}[s{step}]")
            else:
                graph.append(f"[{current}]{operation}[s{step}]")
            current = f"s{step}"
        inputs = [arg for image in self._images for arg in ("-i", str(image))]
        subprocess.run(
            [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", f"{source},format=rgb24",
             *inputs, "-filter_complex", ";".join(graph), "-map", f"[{current}]", "-frames:v", "1",
             str(out_png)],
            check=True)
