"""Turning the model's neutral paths into Qt paths, and the canvas's colours and fonts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPainterPath

from skymap.model.contrast import text_colour_on
from skymap.model.geometry import Path

INK = QColor("#1f2a36")
"""Text and outlines: dark blue-grey, contrast above 12:1 on the light clouds."""
MUTED = QColor("#4a5868")
FADED_INK = QColor("#56616e")
"""The name of someone no longer involved: lighter than INK, still 4.5:1 (WCAG AA)."""
SELECTION = QColor("#1565c0")
HIGHLIGHT = QColor("#e65100")
FAMILY_FILL = QColor("#fff7e0")
CANVAS = QColor("#fbfbf8")


def qpath(path: Path) -> QPainterPath:
    """A QPainterPath drawing the neutral path."""
    qp = QPainterPath()
    for seg in path:
        op = seg[0]
        if op == "M":
            qp.moveTo(seg[1], seg[2])
        elif op == "L":
            qp.lineTo(seg[1], seg[2])
        elif op == "C":
            qp.cubicTo(seg[1], seg[2], seg[3], seg[4], seg[5], seg[6])
        elif op == "Z":
            qp.closeSubpath()
    return qp


_text_scale = 1.0


def text_scale() -> float:
    """The user's text size as a factor of the normal size (Settings ▸ Text size)."""
    return _text_scale


def set_text_scale(scale: float) -> None:
    """Every canvas text drawn after this is `scale` times its normal size; the items must
    be told to redraw (DocumentView.apply_text_scale)."""
    global _text_scale
    _text_scale = max(0.5, min(3.0, float(scale)))


_family_view = False


def family_view() -> bool:
    """Whether the map is shown in the family view (large names, no roles)."""
    return _family_view


def set_family_view(on: bool) -> None:
    """People are drawn for the family view (`on`) or the normal one; the items must be
    told to redraw (DocumentView.apply_text_scale)."""
    global _family_view
    _family_view = bool(on)


def font(point_size: float, bold: bool = False) -> QFont:
    """A canvas font: `point_size` at the normal text size, scaled by the user's setting."""
    f = QFont()
    f.setPointSizeF(point_size * _text_scale)
    f.setBold(bold)
    return f


def darker(colour: str, factor: int = 150) -> QColor:
    return QColor(colour).darker(factor)


def text_on(background: QColor, preferred: QColor = INK) -> QColor:
    """`preferred` if it is readable on `background` (WCAG AA), else black or white."""
    return QColor(text_colour_on(background.name(), preferred.name()))
