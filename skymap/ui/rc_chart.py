"""Relational coordination over time: the network mean and the seven dimensions at each
status and now, on the 1–5 scale. Drawn like the figures chart (ui/figures_chart.py): every
line has its own marker and dash pattern besides its colour, and its name and last value
stand at its end, so it reads in black and white."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget

from skymap.model.chart_style import spread
from skymap.model.rc import number
from skymap.ui.figures_chart import INK, MUTED, draw_grid, draw_marker, series_pen


class RcTrendChart(QWidget):
    """Lines of 1–5 means across the statuses and now; an unscored point is left out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []
        self.lang = "en"
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: list[str], series: list[tuple[str, list[float | None]]], lang: str) -> None:
        self.labels, self.series, self.lang = labels, series, lang
        self.setAccessibleName(QCoreApplication.translate("RcView", "Relational coordination over time"))
        self.setAccessibleDescription("; ".join(
            f"{name}: {', '.join('–' if v is None else number(v, lang) for v in values)}" for name, values in series))
        self.update()

    def names(self) -> list[str]:
        """Each line's name and last value ("fælles mål: 2,5")."""
        out = []
        for name, values in self.series:
            last = next((v for v in reversed(values) if v is not None), None)
            out.append(f"{name}: {'–' if last is None else number(last, self.lang)}")
        return out

    def _layout(self, fm: QFontMetricsF):
        names = self.names()
        line = fm.height()
        column = min(max((fm.horizontalAdvance(n) for n in names), default=0) + 44, self.width() * 0.5)
        top = line * 1.6 + 10
        left = fm.horizontalAdvance("5") + 14
        area = QRectF(left, top, self.width() - column - left - 16, self.height() - top - line * 1.6 - 8)
        n = len(self.labels)
        xs = [area.left() + area.width() * k / max(1, n - 1) for k in range(n)]

        def y_of(v: float) -> float:
            return area.bottom() - area.height() * (v - 1) / 4

        ends = []
        for _, values in self.series:
            last = next((v for v in reversed(values) if v is not None), 1.0)
            ends.append(y_of(last))
        ys = spread(ends, line * 1.05, area.top(), area.bottom())
        rects = [QRectF(area.right() + 14, y - line / 2, column - 6, line) for y in ys]
        return area, xs, y_of, rects, names

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.95)
        p.setFont(small)
        fm = QFontMetricsF(small)
        if len(self.labels) < 2:
            p.setPen(MUTED)
            p.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("RcView", "Save a status to follow relational coordination "
                                                           "over time."))
            return
        area, xs, y_of, rects, names = self._layout(fm)
        bold = QFont(small)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(
            QRectF(4, 2, self.width() - 8, area.top() - 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("RcView", "Relational coordination over time"),
        )
        p.setFont(small)
        draw_grid(p, fm, area, range(1, 6), y_of, xs, self.labels)
        r = 4.0
        for i, (_, values) in enumerate(self.series):
            points = [QPointF(x, y_of(v)) if v is not None else None for x, v in zip(xs, values)]
            p.setPen(series_pen(i))
            p.setBrush(Qt.BrushStyle.NoBrush)
            path, drawing = QPainterPath(), False
            for pt in points:  # a gap where nothing was scored
                if pt is None:
                    drawing = False
                elif drawing:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    drawing = True
            p.drawPath(path)
            for pt in points:
                if pt is not None:
                    draw_marker(p, i, pt, r)
        for i, rect in enumerate(rects):
            mid = rect.center().y()
            p.setPen(series_pen(i))
            p.drawLine(QPointF(rect.left() + 2, mid), QPointF(rect.left() + 24, mid))
            draw_marker(p, i, QPointF(rect.left() + 13, mid), r)
            p.setPen(INK)
            text_rect = rect.adjusted(30, 0, 0, 0)
            p.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(names[i], Qt.TextElideMode.ElideRight, text_rect.width()),
            )
