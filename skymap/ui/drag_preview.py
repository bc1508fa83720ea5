"""Dragging on a big map: paint what stands still once, move a picture of what moves.

Moving a cloud of 100 people item by item costs a scene-index update and a repaint for
every person and every tie on every mouse move. While such a drag is under way the view
instead shows three layers:

  * a picture of everything that stands still (taken once, when the drag starts);
  * a picture of what moves — the cloud, its people and the ties among them — shifted by
    whole pixels as the pointer moves;
  * the ties between what moves and what stands still, drawn anew every frame from the
    model's geometry (they are the only thing whose shape changes).

The items themselves stay put until the drag ends; then they move once, as one undo step
(see SelectInteraction). If the view scrolls, zooms or is resized meanwhile, the pictures
are taken again. Small maps do not need this and are dragged live.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from skymap.model.geometry import arrow_head, cross_marks, zigzag
from skymap.model.objects import FAMILY_ID
from skymap.model.vocabulary import Direction, Quality
from skymap.ui.items.base import MapItem
from skymap.ui.items.link_item import JAG_WAVELENGTH, MIN_JAG_PX, WIDTH, LinkItem
from skymap.ui.painting import SELECTION


def _polylines(path: list) -> list[tuple[list[QPointF], bool]]:
    """Neutral M/L/Z segments as (points, closed) runs."""
    runs: list[tuple[list[QPointF], bool]] = []
    points: list[QPointF] = []
    for seg in path:
        op = seg[0]
        if op == "M":
            if len(points) > 1:
                runs.append((points, False))
            points = [QPointF(seg[1], seg[2])]
        elif op == "L":
            points.append(QPointF(seg[1], seg[2]))
        elif op == "Z":
            runs.append((points, True))
            points = []
    if len(points) > 1:
        runs.append((points, False))
    return runs


class DragPreview:
    """The three layers of a drag of `moving` (ids of items) in `view`."""

    def __init__(self, scene, view, moving: set[str]) -> None:
        self.scene = scene
        self.view = view
        self.moving = set(moving)
        self.delta = QPointF(0, 0)
        self.drop_target: MapItem | None = None  # a CloudItem to outline, or None
        live: set[str] = set()
        for obj_id in self.moving:
            live |= scene.links_at(obj_id)
        self.inner: list[LinkItem] = []
        self.outer: list[LinkItem] = []
        for link_id in live:
            item = scene.items_by_id.get(link_id)
            if item is None:
                continue
            both = item.link.source in self.moving and item.link.target in self.moving
            (self.inner if both else self.outer).append(item)
        self.starts = {i: scene.items_by_id[i].pos() for i in self.moving if i in scene.items_by_id}
        self.taking = False  # while the view paints the picture of what stands still
        self._retake_pending = False
        self._prepare_outer()
        self._take_pictures()

    # ----- the pictures, taken when the drag starts (and again if the view changes) ------
    def _take_pictures(self) -> None:
        view, scene = self.view, self.scene
        viewport = view.viewport()
        self._vt = QTransform(view.viewportTransform())
        self._size = viewport.size()
        ratio = viewport.devicePixelRatioF()
        hints = view.renderHints()

        # What stands still: the whole scene with the moving things made transparent
        # (hiding them would drop the mouse grab; opacity leaves it alone).
        hidden = [scene.items_by_id[i] for i in self.moving if i in scene.items_by_id] + self.inner + self.outer
        opacities = [item.opacity() for item in hidden]
        for item in hidden:
            item.setOpacity(0.0)
        # The view paints it, as always (with its cached pictures of people and clouds).
        self.taking = True
        try:
            self.still = viewport.grab()
        finally:
            self.taking = False
        for item, opacity in zip(hidden, opacities):
            item.setOpacity(opacity)

        # What moves, in two pictures: what lies below the ties (a cloud) and what lies
        # above them (people, notes, the ties among them), each painted item by item in
        # the scene's stacking order. The ties to what stands still go between the two.
        moving_items = [scene.items_by_id[i] for i in self.moving if i in scene.items_by_id] + self.inner
        self.sprites = [self._sprite([i for i in moving_items if i.zValue() < 0], ratio, hints, viewport),
                        self._sprite([i for i in moving_items if i.zValue() >= 0], ratio, hints, viewport)]

    def _sprite(self, items: list[QGraphicsItem], ratio: float, hints, viewport) -> tuple[QPointF, QPixmap] | None:
        if not items:
            return None
        bounds = QRectF()  # on screen, of the items and their children (the resize handle)
        stack = list(items)
        while stack:
            item = stack.pop()
            bounds = bounds.united(item.deviceTransform(self._vt).mapRect(item.boundingRect()))
            stack.extend(item.childItems())
        area = bounds.adjusted(-2, -2, 2, 2).toAlignedRect()
        sprite = QPixmap(max(1, int(area.width() * ratio)), max(1, int(area.height() * ratio)))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHints(hints)
        shift = QTransform.fromTranslate(-area.left(), -area.top())
        wanted = set(items)
        for item in self.scene.items(
            self._vt.inverted()[0].mapRect(QRectF(area)),
            Qt.ItemSelectionMode.IntersectsItemBoundingRect,
            Qt.SortOrder.AscendingOrder,
        ):
            top = item
            while top.parentItem() is not None:
                top = top.parentItem()
            if top not in wanted or not item.isVisible():
                continue
            # deviceTransform, not sceneTransform * view: right also for items that keep
            # their size on screen (the resize handle ignores the zoom)
            self._paint_item(painter, item, item.deviceTransform(self._vt) * shift, viewport)
        painter.end()
        return QPointF(area.topLeft()), sprite

    @staticmethod
    def _paint_item(painter: QPainter, item: QGraphicsItem, transform: QTransform, widget) -> None:
        option = QStyleOptionGraphicsItem()
        option.exposedRect = item.boundingRect()
        if item.isSelected():
            option.state |= QStyle.StateFlag.State_Selected
        painter.save()
        painter.setTransform(transform)
        painter.setOpacity(item.effectiveOpacity())
        item.paint(painter, option, widget)
        painter.restore()

    # ----- every frame --------------------------------------------------------------------
    def set_delta(self, delta: QPointF) -> None:
        self.delta = QPointF(delta)
        self.view.viewport().update()

    def stale(self) -> bool:
        """The view scrolled, zoomed or was resized since the pictures were taken."""
        view = self.view
        return view.viewportTransform() != self._vt or view.viewport().size() != self._size

    def retake_soon(self) -> None:
        """Take the pictures again after this paint (not during it: the view paints them)."""
        if not self._retake_pending:
            self._retake_pending = True
            QTimer.singleShot(0, self._retake)

    def _retake(self) -> None:
        self._retake_pending = False
        if self.scene.drag_preview is self:
            self._take_pictures()
            self.view.viewport().update()

    def paint(self, painter: QPainter) -> None:
        view = self.view
        painter.drawPixmap(0, 0, self.still)
        shift = self._vt.map(self.delta) - self._vt.map(QPointF(0, 0))
        below, above = self.sprites
        if below is not None:
            painter.drawPixmap(QPointF(round(below[0].x() + shift.x()), round(below[0].y() + shift.y())), below[1])
        painter.setRenderHints(view.renderHints())
        painter.setTransform(self._vt)
        self._paint_outer(painter)
        painter.resetTransform()
        if above is not None:
            painter.drawPixmap(QPointF(round(above[0].x() + shift.x()), round(above[0].y() + shift.y())), above[1])
        painter.setTransform(self._vt)
        if self.drop_target is not None:
            cloud = self.drop_target
            painter.save()
            painter.setTransform(cloud.sceneTransform() * self._vt)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTION, 4, Qt.PenStyle.DashLine))
            painter.drawPath(cloud.shape())
            painter.restore()

    def position(self, obj_id: str) -> QPointF:
        """Where an item is drawn now: moved by the drag, or where it stands."""
        start = self.starts.get(obj_id)
        if start is not None:
            return start + self.delta
        return self.scene.anchor_of(obj_id)

    def _prepare_outer(self) -> None:
        """What each frame needs of the ties between what moves and what stands still,
        as plain numbers (this runs before every frame's hundreds of ties)."""
        scene = self.scene
        self._outer = []
        for item in self.outer:
            link = item.link
            src, dst = scene.item_for(link.source), scene.item_for(link.target)
            if src is None or dst is None or not item.isVisible():
                continue
            moving_source = link.source in self.starts
            moving_id, still_id = (link.source, link.target) if moving_source else (link.target, link.source)
            start = self.starts[moving_id]
            still = scene.item_for(still_id)
            family = still if still_id == FAMILY_ID else None
            anchor = family.centre() if family is not None else still.pos()
            self._outer.append((
                item, moving_source, start.x(), start.y(), scene.item_for(moving_id).radius + 3,
                anchor.x(), anchor.y(), family, 0.0 if family is not None else still.radius + 3,
            ))

    def _plan_outer(self, scale: float) -> None:
        """Per tie between what moves and what stands still, what every frame needs: its
        pen at this zoom (as LinkItem.paint picks it), the group of ties drawn with the
        same pen in one call, and whether it needs more than a straight line."""
        detailed = JAG_WAVELENGTH * scale >= MIN_JAG_PX  # as LinkItem.paint decides
        groups: dict[tuple, int] = {}
        self._pens: list[QPen] = []
        self._plan = []
        for item, moving_source, mx, my, mr, sx, sy, family, sr in self._outer:
            link = item.link
            pen, _ink = item.pen_and_ink()
            if pen.widthF() * scale < 1.0:
                pen = item.hairline_pen(pen.widthF() * scale)
            jagged = link.quality is Quality.STRAINED and detailed
            more = jagged or link.quality is Quality.BROKEN or link.direction is not None
            key = (pen.color().rgba(), pen.widthF(), pen.style(), pen.isCosmetic())
            group = groups.get(key)
            if group is None:
                group = groups[key] = len(self._pens)
                self._pens.append(pen)
            self._plan.append((item, moving_source, mx, my, mr, sx, sy, family, sr,
                               None if jagged else group, more, jagged, pen))
        self._plan_scale = scale

    def _paint_outer(self, painter: QPainter) -> None:
        """The ties between what moves and what stands still, as LinkItem draws them but
        without painter paths: straight lines in one call per pen, the rest (jags, arrow
        heads, the strokes across a broken tie) one by one."""
        scale = abs(self._vt.m11()) or 1.0
        if getattr(self, "_plan_scale", None) != scale:
            self._plan_outer(scale)
        dx, dy = self.delta.x(), self.delta.y()
        lines: list[list[QLineF]] = [[] for _ in self._pens]
        extra: list[tuple[LinkItem, tuple, bool, QPen]] = []
        hypot = math.hypot
        for item, moving_source, mx, my, mr, sx, sy, family, sr, group, more, jagged, pen in self._plan:
            mx += dx
            my += dy
            if family is not None:
                sr = family.radius_towards(mx - sx, my - sy)
            if moving_source:
                ax, ay, ra, bx, by, rb = mx, my, mr, sx, sy, sr
            else:
                ax, ay, ra, bx, by, rb = sx, sy, sr, mx, my, mr
            ux, uy = bx - ax, by - ay
            length = hypot(ux, uy)
            if length <= ra + rb + 1:  # the ends touch: nothing to draw (as geometry.trim)
                continue
            ux /= length
            uy /= length
            p0x, p0y, p1x, p1y = ax + ux * ra, ay + uy * ra, bx - ux * rb, by - uy * rb
            if group is not None:
                lines[group].append(QLineF(p0x, p0y, p1x, p1y))
            if more:
                extra.append((item, ((p0x, p0y), (p1x, p1y)), jagged, pen))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, group_lines in zip(self._pens, lines):
            if group_lines:
                painter.setPen(pen)
                painter.drawLines(group_lines)
        for item, (p0, p1), jagged, pen in extra:
            link = item.link
            _pen, ink = item.pen_and_ink()
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if jagged:
                for points, _closed in _polylines(zigzag(p0, p1)):
                    painter.drawPolyline(QPolygonF(points))
            if link.quality is Quality.BROKEN:
                for points, _closed in _polylines(cross_marks(p0, p1)):
                    painter.drawPolyline(QPolygonF(points))
            heads: list = []
            if link.direction in (Direction.FORWARD, Direction.MUTUAL):
                heads += arrow_head(p0, p1, 11 + WIDTH[link.quality])
            if link.direction in (Direction.BACKWARD, Direction.MUTUAL):
                heads += arrow_head(p1, p0, 11 + WIDTH[link.quality])
            if heads:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ink)
                for points, _closed in _polylines(heads):
                    painter.drawPolygon(QPolygonF(points))
