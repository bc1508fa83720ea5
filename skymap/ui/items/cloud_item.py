"""A domain drawn as a soft cloud with its label and the number of people in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.contrast import blend
from skymap.model.geometry import cloud_path, label_spot
from skymap.model.layout import LABEL_H
from skymap.model.objects import Domain
from skymap.ui.items.base import MapItem
from skymap.ui.items.resize_handle import ResizeHandle
from skymap.ui.painting import MUTED, SELECTION, Appearance, darker, qpath, text_on

if TYPE_CHECKING:
    from skymap.ui.scene import MapScene


TITLE_TOP = 14.0
"""How far below a standard cloud's top its title starts (map units; geometry.label_spot)."""


class CloudItem(MapItem):
    """Draws one Domain; positioned at the domain's centre."""

    kind = "domain"
    in_still_layer = True
    collection = "domains"

    def __init__(self, domain: Domain, appearance: Appearance | None = None) -> None:
        super().__init__(domain.id, appearance)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(-10)
        # Drawn once into a pixmap and reused while other things move over or past it.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self._count = 0
        self._resize_from: Domain | None = None  # the domain as it was when its handle was grabbed
        self.handle = ResizeHandle(self)
        self.set_domain(domain)

    def set_domain(self, domain: Domain, count: int | None = None) -> None:
        self.prepareGeometryChange()
        self.domain = domain
        if count is not None:
            self._count = count
        self._path = qpath(cloud_path(0, 0, domain.width, domain.height, outline=domain.outline))
        self.setPos(domain.x, domain.y)
        self.handle.setPos(domain.width / 2 - 14, domain.height / 2 - 14)
        self.update()

    def refresh(self, obj: Domain) -> None:
        self.set_domain(obj)

    def preview_size(self, width: float, height: float) -> None:
        """Show the cloud at a new size while its handle is dragged (the model follows on
        release). The upper left corner stays put, so the centre moves by half the change."""
        if self._resize_from is None:
            self._resize_from = self.domain
        start = self._resize_from
        left, top = start.x - start.width / 2, start.y - start.height / 2
        self.set_domain(start.model_copy(update={
            "width": round(width), "height": round(height),
            "x": round(left + width / 2, 1), "y": round(top + height / 2, 1),
        }))

    def finish_resize(self) -> None:
        self._resize_from = None
        scene = cast("MapScene | None", self.scene())  # (items live in a MapScene)
        if scene is not None:
            d = self.domain
            scene.request_resize(self.obj_id, d.width, d.height, d.x, d.y)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            # (a read-only map's clouds are not movable, and do not resize either)
            self.handle.setVisible(bool(value) and bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable))
        return super().itemChange(change, value)

    drop_target = False

    def set_drop_target(self, on: bool) -> None:
        """Shown while a person is dragged over the cloud: let go, and they join it."""
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.update()

    def boundingRect(self) -> QRectF:
        w, h = self.domain.width, self.domain.height
        return QRectF(-w / 2 - 4, -h / 2 - 4, w + 8, h + 8)

    def shape(self):
        return self._path

    def label_colours(self) -> tuple[QColor, QColor]:
        """(background, text) of the label: a lighter patch of the cloud's colour, and ink
        that reads on it (dark ink, or white on a dark colour a user picked)."""
        fill = QColor(self.domain.color)
        light = fill.lighter(106)
        back = QColor(light.red(), light.green(), light.blue(), 225)
        seen = QColor(blend(light.name(), fill.name(), 225 / 255))
        return back, text_on(seen)

    def title_layout(self) -> tuple:
        """(font, text, its box, the count badge's width, text flags) of the cloud's title as
        drawn: at most two lines, ended with "…" beyond. At a larger text size, and in the
        family view's larger titles at any size, two lines may reach down to the first row
        of people (layout.slots keeps LABEL_H above them) and touch or be covered: the title
        is then set smaller until it fits above them, never smaller than the normal view's
        title at the normal text size."""
        title_font = self.appearance.font(15 if self.appearance.family_view else 12, bold=True)
        layout = self._title_in(title_font)
        room = LABEL_H - TITLE_TOP - 2
        if (self.appearance.text_scale > 1.0 or self.appearance.family_view) and not self.domain.outline:
            size, least = title_font.pointSizeF(), 12.0  # (points: painting.font)
            while layout[1].height() > room and size > least:
                size = max(least, size * 0.92)
                title_font = QFont(title_font)
                title_font.setPointSizeF(size)
                layout = self._title_in(title_font)
        label, text_rect, badge_w, flags = layout
        return title_font, label, text_rect, badge_w, flags

    def _title_in(self, title_font: QFont) -> tuple:
        metrics = QFontMetricsF(title_font)
        badge_w = max(22.0, metrics.horizontalAdvance(str(self._count)) + 12)
        avail = self.domain.width - 60 - badge_w
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        text_rect = metrics.boundingRect(QRectF(0, 0, avail, 200), flags, self.domain.label)
        if text_rect.height() > 2.2 * metrics.lineSpacing():  # more than two lines: elide
            label = metrics.elidedText(self.domain.label, Qt.TextElideMode.ElideRight, avail * 2 - 20)
            text_rect = metrics.boundingRect(QRectF(0, 0, avail, 200), flags, label)
        else:
            label = self.domain.label
        return label, text_rect, badge_w, flags

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.domain.color)
        selected = self.isSelected()
        if self.drop_target:
            painter.setPen(QPen(SELECTION, 4, Qt.PenStyle.DashLine))
        else:
            painter.setPen(QPen(SELECTION if selected else darker(self.domain.color, 135), 3 if selected else 1.6))
        painter.setBrush(fill)
        painter.drawPath(self._path)
        if selected and self.domain.outline:
            # A drawn cloud resizes by its box: show the box the corner handle belongs to.
            painter.setPen(QPen(SELECTION, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(-self.domain.width / 2, -self.domain.height / 2, self.domain.width,
                                    self.domain.height))
        w, h = self.domain.width, self.domain.height
        font = self.appearance.font
        title_font, label, text_rect, badge_w, flags = self.title_layout()
        block_w = text_rect.width() + 8 + badge_w
        # At the top in the middle; in a drawn cloud as high as it fits inside the shape.
        middle, top = label_spot(w, h, self.domain.outline, block_w + 12, text_rect.height() + 4, TITLE_TOP)
        left = middle - block_w / 2
        painter.setPen(Qt.PenStyle.NoPen)
        back, ink = self.label_colours()
        painter.setBrush(back)
        painter.drawRoundedRect(QRectF(left - 6, top - 2, block_w + 12, text_rect.height() + 4), 8, 8)
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(QRectF(left, top, text_rect.width() + 1, text_rect.height()), flags, label)
        # The count in a small round badge beside the label.
        badge_h = max(20.0, QFontMetricsF(font(9.5, bold=True)).height() + 4)
        badge = QRectF(left + text_rect.width() + 8, top + text_rect.height() / 2 - badge_h / 2, badge_w, badge_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
        painter.setPen(MUTED)
        painter.setFont(font(9.5, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self._count))
