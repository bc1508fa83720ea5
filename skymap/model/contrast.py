"""Colour arithmetic for readable, colour-blind-safe maps (no Qt here).

WCAG 2 contrast: the relative luminance of an sRGB colour and the ratio between two of
them; AA asks for at least 4.5:1 for normal text and 3:1 for large text (18 pt, or 14 pt
bold). `text_colour_on` picks a readable text colour for a background the user chose.
`simulate` shows a colour as someone with protanopia or deuteranopia sees it (Machado,
Oliveira and Fernandes 2009, severity 1), and `difference` measures how far apart two
colours look (CIE76 ΔE in L*a*b*).
"""

from __future__ import annotations

AA_NORMAL = 4.5
"""WCAG AA: normal text."""
AA_LARGE = 3.0
"""WCAG AA: large text (at least 18 pt, or 14 pt bold) and graphical objects."""

INK = "#1f2a36"
"""The text colour Skymap prefers; the same ink as the canvas and the PDF."""
BLACK, WHITE = "#000000", "#ffffff"

Colour = str
"""A colour as "#rrggbb" (or "#rgb")."""


def rgb(colour: Colour) -> tuple[int, int, int]:
    """(r, g, b) in 0-255 from "#rrggbb" or "#rgb" (a ValueError for anything else)."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(r: float, g: float, b: float) -> Colour:
    def clamp(v: float) -> int:
        return max(0, min(255, round(v)))

    return "#%02x%02x%02x" % (clamp(r), clamp(g), clamp(b))


def blend(front: Colour, back: Colour, alpha: float) -> Colour:
    """`front` painted with opacity `alpha` (0-1) over `back`: the colour that results."""
    f, b = rgb(front), rgb(back)
    return hex_colour(*(alpha * fc + (1 - alpha) * bc for fc, bc in zip(f, b)))


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(value: float) -> float:
    value = max(0.0, min(1.0, value))
    c = 12.92 * value if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
    return c * 255


def relative_luminance(colour: Colour) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def text_colour_on(background: Colour, preferred: Colour = INK, minimum: float = AA_NORMAL) -> Colour:
    """`preferred` when it is readable on `background`, else black or white, whichever
    contrasts more (one of them always reaches 4.5:1)."""
    if contrast_ratio(preferred, background) >= minimum:
        return preferred
    return BLACK if contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background) else WHITE


# Machado et al. 2009, severity 1.0, applied to linear RGB.
_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}
CVD_KINDS = tuple(_CVD)


def simulate(colour: Colour, kind: str) -> Colour:
    """How `colour` looks with protanopia or deuteranopia."""
    matrix = _CVD[kind]
    lin = [_linear(c) for c in rgb(colour)]
    out = [sum(m * v for m, v in zip(row, lin)) for row in matrix]
    return hex_colour(*(_gamma(v) for v in out))


def _lab(colour: Colour) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(a: Colour, b: Colour) -> float:
    """CIE76 ΔE between two colours: about 2 is just noticeable, above 10 clearly apart."""
    la, lb = _lab(a), _lab(b)
    return sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5
