"""The family in the centre: a warm oval around the family members, with the family's name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.layout import MEMBER_REACH_UP, family_oval
from skymap.model.objects import FAMILY_ID
from skymap.ui.items.base import MapItem
from skymap.ui.painting import INK, SELECTION, Appearance

FAMILY_AREA = QColor("#fff1c9")
FAMILY_EDGE = QColor("#c9a227")


class FamilyItem(MapItem):
    """The family as a whole: target of contacts with the whole family."""

    kind = "family"
    in_still_layer = True

    def __init__(self, title: str, appearance: Appearance | None = None) -> None:
        super().__init__(FAMILY_ID, appearance)
        self.title = title
        self.rect = QRectF(-200, -110, 400, 220)
        self.setZValue(-5)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    empty_hint = ""
    top_row: float | None = None
    """Where the top row of members stands (the title keeps above their symbols)."""

    def refresh(self, obj) -> None:
        """The family has no model object of its own: the scene calls `set_members`."""

    def set_members(self, positions: list[tuple[float, float]], title: str, empty_hint: str = "") -> None:
        self.prepareGeometryChange()
        self.title = title
        self.empty_hint = "" if positions else empty_hint
        self.rect = QRectF(*family_oval(positions, self._names(len(positions))))
        self.top_row = min((y for _x, y in positions), default=None)
        self.update()

    def _names(self, count: int) -> list[str] | None:
        """The members' names in the order of their positions (the scene's map's family), so
        that the oval holds each name as the print and the ties' ends count it
        (model/layout.family_oval)."""
        doc = getattr(self.scene(), "doc", None)
        family = getattr(getattr(doc, "map", None), "family", None)
        if family is None or len(family) != count:
            return None
        return [m.name for m in family]

    def rescale(self) -> None:
        """The text size or the family view changed: the title may stand higher (title_layout)."""
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        title_top = self.title_layout()[2]
        return self.rect.adjusted(-4, -4 + min(0.0, title_top - 1), 4, 4)

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addEllipse(self.rect)
        return p

    def centre(self):
        return self.rect.center()

    def radius_towards(self, dx: float, dy: float) -> float:
        """Distance from the centre to the oval's edge in direction (dx, dy)."""
        a, b = self.rect.width() / 2, self.rect.height() / 2
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        return 1.0 / (((ux / a) ** 2 + (uy / b) ** 2) ** 0.5)

    def title_layout(self) -> tuple[QFont, float, float]:
        """The title's font, line height and top (below the oval's top) as drawn. The oval
        keeps layout.FAMILY_TITLE_H above the top row for the family view's title at 100 %;
        a larger title (a larger text size) that would reach down to the top row's symbols
        and badges stands higher, on the oval's rim, by up to half its height, and beyond
        that is set smaller, never smaller than the normal view's title at the normal size."""
        title_font = self.appearance.font(15 if self.appearance.family_view else 12, bold=True)
        line = max(22.0, QFontMetricsF(title_font).height() + 2)
        if self.top_row is None:
            return title_font, line, 9.0
        grow = max(1.0, min(self.appearance.text_scale, 1.5))
        reach = MEMBER_REACH_UP - 11 + 11 * grow  # (a badge on the rim grows with the text: style.SCREEN)
        room = self.top_row - reach - 2 - self.rect.top()  # (for the title's box, from the oval's top)
        while 9 + line / 2 + 2 > room and title_font.pointSizeF() > 12.0:
            title_font = QFont(title_font)
            title_font.setPointSizeF(max(12.0, title_font.pointSizeF() * 0.92))
            line = max(22.0, QFontMetricsF(title_font).height() + 2)
        return title_font, line, min(9.0, max(9.0 - line / 2, room - line - 2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SELECTION if self.isSelected() else FAMILY_EDGE, 3 if self.isSelected() else 2))
        painter.setBrush(FAMILY_AREA)
        painter.drawEllipse(self.rect)
        font = self.appearance.font
        title_font, line, title_top = self.title_layout()
        metrics = QFontMetricsF(title_font)
        width = metrics.horizontalAdvance(self.title)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 246, 214, 225))
        painter.drawRoundedRect(QRectF(self.rect.center().x() - width / 2 - 6, self.rect.top() + title_top,
                                       width + 12, line + 2),
                                6, 6)
        painter.setPen(INK)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(self.rect.left(), self.rect.top() + title_top + 1, self.rect.width(), line),
            Qt.AlignmentFlag.AlignHCenter,
            self.title,
        )
        if self.empty_hint:
            painter.setPen(QColor("#6b5a1e"))
            painter.setFont(font(9))
            painter.drawText(
                self.rect.adjusted(24, 40, -24, -10),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_hint,
            )
