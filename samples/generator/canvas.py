"""Slide drawing primitives rendered to a still PNG by ffmpeg's drawbox/drawtext.

Every piece of text goes through its own `textfile` so that no slide wording ever
needs filtergraph escaping (colons, quotes and commas would otherwise break it).
"""

from __future__ import annotations

import pathlib
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


class Canvas:
    """Collects the drawing operations of one slide as an ffmpeg filter chain."""

    def __init__(self, name: str, work_dir: pathlib.Path) -> None:
        self._name = name
        self._work_dir = work_dir
        self._filters: list[str] = []
        self._text_count = 0

    def box(self, x: float, y: float, w: float, h: float, color: str, thickness: int | None = None) -> None:
        """A filled box, or an outline `thickness` pixels wide."""
        t = "fill" if thickness is None else str(thickness)
        self._filters.append(f"drawbox=x={x:.0f}:y={y:.0f}:w={w:.0f}:h={h:.0f}:color={color}:t={t}")

    def text(self, content: str, x: float, y: float, size: int, color: str = INK, bold: bool = False,
             center: bool = False, line_spacing: int = 0) -> None:
        """Text whose top edge is at y; x is its left edge, or its centre when `center`."""
        self._text_count += 1
        text_file = self._work_dir / f"{self._name}-text{self._text_count:02d}.txt"
        text_file.write_text(content, encoding="utf-8")
        font = FONT_BOLD if bold else FONT_REGULAR
        x_expr = f"{x:.0f}-text_w/2" if center else f"{x:.0f}"
        self._filters.append(
            f"drawtext=fontfile={font}:textfile={text_file}:expansion=none:fontsize={size}"
            f":fontcolor={color}:line_spacing={line_spacing}:x={x_expr}:y={y:.0f}")

    def header(self, title: str) -> None:
        self.box(0, 0, WIDTH, 110, HEADER)
        self.text(title, 60, 32, 46, "0xFFFFFF", bold=True)

    def fraction(self, numerator: int | str, denominator: int | str, cx: float, cy: float, size: int,
                 color: str = INK) -> None:
        """A stacked fraction centred on (cx, cy), the middle of its fraction bar."""
        digits = max(len(str(numerator)), len(str(denominator)))
        bar_width = size * (0.45 + 0.62 * digits)
        bar_height = max(3, size // 14)
        self.box(cx - bar_width / 2, cy - bar_height / 2, bar_width, bar_height, color)
        self.text(str(numerator), cx, cy - size * 1.02, size, color, bold=True, center=True)
        self.text(str(denominator), cx, cy + size * 0.18, size, color, bold=True, center=True)

    def fraction_bar(self, x: float, y: float, w: float, h: float, parts: int, shaded: int,
                     color: str = ACCENT) -> None:
        """A bar cut into `parts` equal pieces with the first `shaded` of them coloured."""
        self.box(x, y, w, h, EMPTY_PART)
        part_width = w / parts
        if shaded:
            self.box(x, y, part_width * shaded, h, color)
        for i in range(1, parts):
            self.box(x + part_width * i - 1.5, y, 3, h, INK)
        self.box(x, y, w, h, INK, thickness=4)

    def render(self, ffmpeg: str, out_png: pathlib.Path) -> None:
        chain = ",".join(self._filters) if self._filters else "null"
        subprocess.run(
            [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
             f"color=c={BACKGROUND}:s={WIDTH}x{HEIGHT}:d=1", "-vf", chain, "-frames:v", "1", str(out_png)],
            check=True)
