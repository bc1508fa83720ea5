"""Two painters for the same drawing code: a reportlab PDF canvas and an SVG document.

Coordinates given to a painter are page points with y growing downwards (as on screen);
the PDF painter flips them. Paths are the model's neutral paths (geometry.py), already in
page coordinates.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from skymap.model import style
from skymap.model.geometry import Path as Segments
from skymap.model.geometry import circle_path

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "SkymapSans", "SkymapSans-Bold"
_registered = False


def register_fonts() -> None:
    """Embed DejaVu Sans (shipped with Skymap): it carries æ, ø, å and most scripts."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: PLC0415

    registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _registered = True


def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)


def elide(text: str, size: float, width: float, bold: bool = False) -> str:
    """`text`, shortened with "…" to fit `width` points."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return (text.rstrip() + "…") if text else ""


@lru_cache(maxsize=256)
def _colour(hex_colour: str) -> HexColor:
    return HexColor(hex_colour)


def wrap_words(text: str, size: float, width: float, bold: bool = False, break_long: bool = False) -> list[str]:
    """`text` as lines of at most `width` points, broken at spaces (a word longer than a
    line stays whole, or is broken across lines with `break_long`)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while break_long and len(word) > 1 and text_width(word, size, bold) > width:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut], size, bold) > width:
                cut -= 1
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:cut])
            word = word[cut:]
        candidate = f"{line} {word}" if line else word
        if not line or text_width(candidate, size, bold) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _dash(pen: style.Pen) -> list[float] | None:
    return [d * pen.width for d in pen.dash] if pen.dash else None


def draw_primitives(p, primitives: list) -> None:
    """Draw a display list of model/style.py with a painter of this module (page points)."""
    for prim in primitives:
        if isinstance(prim, style.Stroke):
            p.path(prim.path, stroke=prim.pen.colour, width=prim.pen.width, dash=_dash(prim.pen))
        elif isinstance(prim, style.Fill):
            p.path(prim.path, fill=prim.colour)
        elif isinstance(prim, style.Shape):
            p.path(prim.path, stroke=prim.pen.colour, fill=prim.fill, width=prim.pen.width, dash=_dash(prim.pen))
        elif isinstance(prim, style.Circle):
            pen = prim.pen
            p.path(circle_path(prim.cx, prim.cy, prim.r), fill=prim.fill, stroke=pen.colour if pen else None,
                   width=pen.width if pen else 1.0, dash=_dash(pen) if pen else None)
        elif isinstance(prim, style.Text):
            # (a text in a box is centred on its point: the baseline a third of its size below)
            y = prim.y + prim.size * 0.35 if prim.box else prim.y
            p.text(prim.x, y, prim.text, prim.size, bold=prim.bold, colour=prim.colour, anchor="middle")


class PdfPainter:
    def __init__(self, canvas, page_height: float) -> None:
        register_fonts()
        self.c = canvas
        self.h = page_height

    def _y(self, y: float) -> float:
        return self.h - y

    def path(self, segs: Segments, stroke: str | None = None, fill: str | None = None, width: float = 1.0,
             dash: list[float] | None = None, opacity: float = 1.0, cap: int = 1) -> None:
        """Draw a neutral path. It sets every part of the graphics state it uses (colours
        with their opacity, width, cap, join, dash) instead of saving and restoring the
        state around each path: a big map has thousands of them. Whoever hands the canvas
        to the painter saves and restores around the whole drawing."""
        c = self.c
        h = self.h
        p = c.beginPath()
        for s in segs:
            op = s[0]
            if op == "L":
                p.lineTo(s[1], h - s[2])
            elif op == "M":
                p.moveTo(s[1], h - s[2])
            elif op == "C":
                p.curveTo(s[1], h - s[2], s[3], h - s[4], s[5], h - s[6])
            elif op == "Z":
                p.close()
        if stroke:
            c.setStrokeColor(_colour(stroke), alpha=opacity)
            c.setLineWidth(width)
            c.setLineCap(cap)
            c.setLineJoin(1)
            c.setDash(dash or [])
        if fill:
            c.setFillColor(_colour(fill), alpha=opacity)
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None, stroke: str | None = None,
             radius: float = 0.0, width: float = 0.8, opacity: float = 1.0) -> None:
        c = self.c
        c.saveState()
        if fill:
            c.setFillColor(_colour(fill), alpha=opacity)
        if stroke:
            c.setStrokeColor(_colour(stroke))
            c.setLineWidth(width)
        c.roundRect(x, self._y(y + h), w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False, colour: str = "#1f2a36",
             anchor: str = "start") -> None:
        """Draw `text` with its baseline at y; anchor "start", "middle" or "end"."""
        c = self.c
        c.saveState()
        c.setFillColor(_colour(colour))
        c.setFont(BOLD if bold else REGULAR, size)
        if anchor == "middle":
            c.drawCentredString(x, self._y(y), text)
        elif anchor == "end":
            c.drawRightString(x, self._y(y), text)
        else:
            c.drawString(x, self._y(y), text)
        c.restoreState()


class SvgPainter:
    """Collects SVG elements; `document()` gives the whole file."""

    def __init__(self, width: float, height: float) -> None:
        register_fonts()
        self.width, self.height = width, height
        self.parts: list[str] = []

    @staticmethod
    def _d(segs: Segments) -> str:
        out = []
        for s in segs:
            if s[0] == "Z":
                out.append("Z")
            else:
                out.append(s[0] + " " + " ".join(f"{v:.2f}" for v in s[1:]))
        return " ".join(out)

    def path(self, segs: Segments, stroke: str | None = None, fill: str | None = None, width: float = 1.0,
             dash: list[float] | None = None, opacity: float = 1.0, cap: int = 1) -> None:
        attrs = [f'd="{self._d(segs)}"', f'fill="{fill or "none"}"']
        if stroke:
            attrs += [f'stroke="{stroke}"', f'stroke-width="{width:.2f}"', 'stroke-linecap="round"',
                      'stroke-linejoin="round"']
            if dash:
                attrs.append(f'stroke-dasharray="{" ".join(f"{d:.2f}" for d in dash)}"')
        if opacity < 1:
            attrs.append(f'opacity="{opacity:.2f}"')
        self.parts.append(f"<path {' '.join(attrs)}/>")

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None, stroke: str | None = None,
             radius: float = 0.0, width: float = 0.8, opacity: float = 1.0) -> None:
        attrs = [f'x="{x:.2f}"', f'y="{y:.2f}"', f'width="{w:.2f}"', f'height="{h:.2f}"', f'rx="{radius:.2f}"',
                 f'fill="{fill or "none"}"']
        if stroke:
            attrs += [f'stroke="{stroke}"', f'stroke-width="{width:.2f}"']
        if opacity < 1:
            attrs.append(f'fill-opacity="{opacity:.2f}"')
        self.parts.append(f"<rect {' '.join(attrs)}/>")

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False, colour: str = "#1f2a36",
             anchor: str = "start") -> None:
        weight = ' font-weight="bold"' if bold else ""
        # SVG collapses runs of spaces unless told not to ("Familie   ·   Dato" would close up):
        # xml:space for SVG 1.1 renderers (rsvg, Qt), white-space:pre for SVG 2 ones.
        keep = ' xml:space="preserve" style="white-space:pre"' if "  " in text or text != text.strip() else ""
        self.parts.append(
            f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size:.2f}" fill="{colour}" text-anchor="{anchor}"'
            f'{weight}{keep}>{escape(text)}</text>'
        )

    def document(self, title: str = "") -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width:.0f}pt" height="{self.height:.0f}pt" '
            f'viewBox="0 0 {self.width:.2f} {self.height:.2f}" '
            'font-family="DejaVu Sans, Verdana, sans-serif">\n'
            f"<title>{escape(title)}</title>\n"
            f'<rect width="100%" height="100%" fill="#ffffff"/>\n' + "\n".join(self.parts) + "\n</svg>\n"
        )
