"""The key figures across the statuses and now, as a line chart that reads without colour.

Every line has its own colour, marker shape and dash pattern, and its name and last value
stand at its right end with a sample of its line and marker - the chart's legend, pushed
apart where lines end close together - so nothing has to be matched by colour alone and
nothing needs scrolling. Where lines meet, their markers stand side by side.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from skymap.model.chart_axis import value_axis
from skymap.model.chart_style import CHART_STYLES, dodge, series_colour, series_style, spread

STYLES = CHART_STYLES
INK, MUTED, GRID = QColor("#1f2a36"), QColor("#4a5868"), QColor("#d5dbe1")


def series_pen(i: int, scale: float = 1.0) -> QPen:
    dashes, _marker, _filled = series_style(i)
    pen = QPen(QColor(series_colour(i)), (2.6 if i < 3 else 1.8) * scale)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashes:
        pen.setDashPattern(list(dashes))
    return pen


def draw_grid(p: QPainter, fm: QFontMetricsF, area: QRectF, values, y_of, xs: list[float],
              labels: list[str]) -> None:
    """A chart's value grid (a line and its number at each of `values`) and a column line per
    state with the state's name under the plot, the latest in ink. Shared by the figures and
    the relational-coordination charts."""
    for v in values:
        y = y_of(v)
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(MUTED)
        p.drawText(
            QRectF(0, y - fm.height() / 2, area.left() - 6, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(v),
        )
    room = area.width() / max(1, len(xs) - 1)
    for k, (x, text) in enumerate(zip(xs, labels)):
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        p.setPen(INK if k == len(xs) - 1 else MUTED)
        width = min(room - 4, 160)
        align = (
            Qt.AlignmentFlag.AlignLeft
            if k == 0
            else Qt.AlignmentFlag.AlignRight
            if k == len(xs) - 1
            else Qt.AlignmentFlag.AlignHCenter
        )
        left = x if k == 0 else x - width if k == len(xs) - 1 else x - width / 2
        p.drawText(QRectF(left, area.bottom() + 4, width, fm.height() + 2), align | Qt.AlignmentFlag.AlignTop,
                   fm.elidedText(text, Qt.TextElideMode.ElideRight, width))


def draw_marker(p: QPainter, i: int, at: QPointF, r: float) -> None:
    """Series i's marker shape, centred at `at` with radius r."""
    _dashes, marker, filled = series_style(i)
    colour = QColor(series_colour(i))
    p.setPen(QPen(colour, 1.6))
    p.setBrush(colour if filled else QColor("#ffffff"))
    x, y = at.x(), at.y()
    if marker == "circle":
        p.drawEllipse(at, r, r)
    elif marker == "square":
        p.drawRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
    elif marker == "triangle":
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.15), QPointF(x + r, y + r * 0.75), QPointF(x - r, y + r * 0.75)]))
    elif marker == "diamond":
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r, y), QPointF(x, y + r * 1.2),
                                 QPointF(x - r, y)]))
    elif marker in ("star", "hexagon"):
        points, reach = (10, 1.3) if marker == "star" else (6, 1.05)
        p.drawPolygon(QPolygonF([
            QPointF(x + math.sin(k * 2 * math.pi / points) * r * reach * (0.45 if marker == "star" and k % 2 else 1),
                    y - math.cos(k * 2 * math.pi / points) * r * reach * (0.45 if marker == "star" and k % 2 else 1))
            for k in range(points)]))
    else:
        p.setPen(QPen(colour, 2.2))
        if marker == "cross":
            p.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
            p.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
        else:
            p.drawLine(QPointF(x - r * 1.1, y), QPointF(x + r * 1.1, y))
            p.drawLine(QPointF(x, y - r * 1.1), QPointF(x, y + r * 1.1))


class FiguresChart(QWidget):
    """A line chart of the key figures across the statuses and now."""

    def __init__(self, parent=None, appearance=None) -> None:
        super().__init__(parent)
        from skymap.ui.painting import Appearance  # noqa: PLC0415

        self.appearance = appearance or Appearance()
        """The window's text size (the window sets its own)."""
        self._labels: list[str] = []
        self._series: list[tuple[str, list[int]]] = []
        self._pending: Callable[[], tuple[list[str], list[tuple[str, list[int]]]]] | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Figures over time"))

    def set_data(self, labels: list[str], series: list[tuple[str, list[int]]]) -> None:
        self._pending = None
        self._labels, self._series = labels, series
        self.setAccessibleDescription("; ".join(f"{n}: {', '.join(map(str, v))}" for n, v in series))
        self.update()

    def set_data_later(self, compute: Callable[[], tuple[list[str], list[tuple[str, list[int]]]]]) -> None:
        """Data measured by `compute()` only when it is needed: when the chart is shown (it
        is in a dock that is usually closed) or its figures are read. Measuring a big map's
        figures takes a good part of a second, which opening it need not wait for."""
        self._pending = compute
        if self.isVisible():
            self._settle()

    def _settle(self) -> None:
        if self._pending is not None:
            compute, self._pending = self._pending, None
            self.set_data(*compute())

    @property
    def labels(self) -> list[str]:
        self._settle()
        return self._labels

    @property
    def series(self) -> list[tuple[str, list[int]]]:
        self._settle()
        return self._series

    def showEvent(self, event) -> None:
        self._settle()
        super().showEvent(event)

    def label_rects(self) -> list[QRectF]:
        """Where each series' name is written (for the tests: no two overlap)."""
        return self._layout()[2]

    def _fonts(self) -> tuple[QFont, QFont]:
        z = self.appearance.text_scale
        small, bold = QFont(self.font()), QFont(self.font())
        small.setPointSizeF(8.5 * z)
        bold.setPointSizeF(9.5 * z)
        bold.setBold(True)
        return small, bold

    def _names(self) -> list[str]:
        """Each line's name and last value; a family member's line by the member's name alone
        ("Sofie Nørgaard: 13 professionals"), not the long series name that only differs at its end."""
        names = [name for name, _ in self.series]
        members = names[3:]
        # (character by character on purpose: the next line cuts it back to a whole word)
        prefix = os.path.commonprefix(members) if len(members) > 1 else ""  # noqa: RUF071
        prefix = prefix[: prefix.rfind(" ") + 1] if " " in prefix else ""
        out = []
        for i, (name, values) in enumerate(self.series):
            if i >= 3 and prefix:
                out.append(self.tr("%1: %2 professionals").replace("%1", name[len(prefix):]).replace(
                    "%2", str(values[-1])))
            else:
                out.append(f"{name}: {values[-1]}")
        return out

    def _layout(self):
        small, bold = self._fonts()
        fm, fb = QFontMetricsF(small), QFontMetricsF(bold)
        line = fm.height()
        names = self._names()
        sample = 30.0  # the line-and-marker sample before each name
        column = min(max((fm.horizontalAdvance(n) for n in names), default=0) + sample + 14, self.width() * 0.45)
        top = fb.height() + 14
        area = QRectF(fm.horizontalAdvance("000") + 12, top, self.width() - column - fm.horizontalAdvance("000") - 24,
                      self.height() - top - line * 1.6 - 8)
        peak = max((max(v) for _, v in self.series), default=1)
        ceiling, step = value_axis(peak)  # the same axis as the PDF's (model/chart_axis.py)
        n = len(self.labels)
        xs = [area.left() + area.width() * k / max(1, n - 1) for k in range(n)]

        def y_of(v: float) -> float:
            return area.bottom() - area.height() * v / ceiling

        ends = [y_of(v[-1]) for _, v in self.series]
        ys = spread(ends, line * 1.05, area.top(), area.bottom())
        rects = [QRectF(area.right() + 14, y - line / 2, column - 6, line) for y in ys]
        return area, (xs, y_of, ceiling, step), rects

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        small, bold = self._fonts()
        if len(self.labels) < 2 or not self.series:
            p.setPen(MUTED)
            p.setFont(small)
            p.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                       self.tr("Save a status to follow the figures over time."))
            return
        area, (xs, y_of, ceiling, step), rects = self._layout()
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(
            QRectF(4, 2, self.width() - 8, area.top() - 6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Figures over time"),
        )
        p.setFont(small)
        fm = QFontMetricsF(small)
        draw_grid(p, fm, area, range(0, ceiling + 1, step), y_of, xs, self.labels)
        r = 4.2
        beside = dodge([list(values) for _name, values in self.series])  # lines that meet: markers side by side
        for i, (_name, values) in enumerate(self.series):
            points = [QPointF(x, y_of(v)) for x, v in zip(xs, values)]
            path = QPainterPath(points[0])
            for pt in points[1:]:
                path.lineTo(pt)
            p.setPen(series_pen(i))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        for i, (_name, values) in enumerate(self.series):  # (over every line: none hides a marker)
            for k, (x, v) in enumerate(zip(xs, values)):
                draw_marker(p, i, QPointF(x + beside[i][k] * r * 2.4, y_of(v)), r)
        names = self._names()
        for i, rect in enumerate(rects):  # each line's name at its end
            end = QPointF(xs[-1] + beside[i][-1] * r * 2.4, y_of(self.series[i][1][-1]))
            mid = QPointF(rect.left(), rect.center().y())
            p.setPen(QPen(QColor(series_colour(i)), 1))
            p.drawLine(QPointF(end.x() + r + 2, end.y()), QPointF(mid.x() - 2, mid.y()))
            p.setPen(series_pen(i))
            p.drawLine(QPointF(rect.left() + 2, mid.y()), QPointF(rect.left() + 24, mid.y()))
            draw_marker(p, i, QPointF(rect.left() + 13, mid.y()), r)
            p.setPen(INK)
            text_rect = rect.adjusted(30, 0, 0, 0)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(names[i], Qt.TextElideMode.ElideRight, text_rect.width()))
