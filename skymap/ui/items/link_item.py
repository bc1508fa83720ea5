"""A tie drawn as in an eco-map: the line's style, not its colour, says its quality.

strong = thick solid, moderate = solid, weak = dashed, strained = jagged,
broken = solid with two strokes across; an arrow head shows the flow of help.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model import style
from skymap.model.geometry import trim
from skymap.model.objects import Link, Settings
from skymap.model.rc import drawn_quality
from skymap.model.vocabulary import Quality
from skymap.ui.items.base import MapItem
from skymap.ui.painting import CANVAS, Appearance, merged, qpath, qpen
from skymap.ui.still_layer import Frame

CONTACT_INK = QColor(style.CONTACT_INK)
COORDINATION_INK = QColor(style.COORDINATION_INK)
JAG_WAVELENGTH = style.SCREEN.jag[1]
"""A strained tie's jag length in map units."""
MIN_JAG_PX = 4.0
"""Below this many pixels per jag, a strained tie is drawn straight (the jags would blur)."""
WIDTH = style.SCREEN.tie_width
"""A tie's width in map units by how it is drawn (model/style.py)."""
_PENS: dict[tuple, tuple[QPen, QColor]] = {}
"""Ties' pens and inks by how they are drawn, shared: a big map's 6,000 ties are drawn with a
handful of pens, and making one per tie was ~10 % of the 2,000-person map's first paint.
Never changed once made (a tie that looks different takes another)."""
_NO_TEXT = Appearance()
"""What a tie draws its text with: it has none, so all ties share one (never changed)."""
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_THIN: dict[tuple[int, int], tuple[QPen, QPen]] = {}
"""The thin pens of those pens (LinkItem.hairline_pen), by (id of the pen, coverage step);
each kept with its pen, so the id stands for that pen only."""


def line_paths(link: Link, p0: tuple[float, float], p1: tuple[float, float],
               route: list[tuple[float, float]] | None = None, jagged: bool = True,
               quality: Quality | None = None) -> tuple[list, list]:
    """(stroke path, filled path) of a tie between two trimmed end points, in map units;
    through the points of `route` where it bends around people (model/routes.py). Drawn
    as `quality` (a scored tie's band), else as the tie's own quality: the screen's display
    list of the tie (model/style.tie_primitives), its strokes in one path and its arrow
    heads in another, as the item draws them with one pen and one brush."""
    points = route if route and len(route) > 2 else [p0, p1]
    stroke: list = []
    heads: list = []
    for prim in merged(style.tie_primitives(style.SCREEN, quality or link.quality, points, link.direction,
                                            style.tie_ink(link.kind), jagged=jagged)):
        if isinstance(prim, style.Stroke):
            stroke = prim.path
        else:
            heads = prim.path
    return stroke, heads


class LinkItem(MapItem):
    """Drawn between two end points the scene sets; paths are built only when painted."""

    kind = "link"
    in_still_layer = True
    collection = "links"

    def __init__(self, link: Link, settings: Settings | None = None) -> None:
        super().__init__(link.id, _NO_TEXT)
        self.link = link
        self.settings = settings or Settings()
        self.drawn = drawn_quality(link, self.settings)
        """How the tie is drawn: a scored coordination tie by its band (model/rc.py)."""
        self.setFlags(SELECTABLE)  # (z: 0, the default)
        self._ends: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._rect = QRectF()
        self._paths: tuple[QPainterPath, QPainterPath] | None = None
        self._shape: QPainterPath | None = None
        self._pen_cache: tuple[QPen, QColor] | None = None
        self._pen_selected = False  # whether the kept pen is the selected one
        self._plain: tuple[QPainterPath, QPainterPath] | None = None  # a strained tie drawn straight
        self._route: list[tuple[float, float]] | None = None  # bends around people (model/routes.py)

    def set_band_settings(self, settings: Settings) -> None:
        """The map's band limits changed: a scored tie may fall in another band."""
        self.settings = settings
        self.set_link(self.link)

    def set_link(self, link: Link) -> None:
        self.link = link
        self.drawn = drawn_quality(link, self.settings)
        self._paths = self._shape = self._pen_cache = self._plain = None
        self.update()

    def refresh(self, obj: Link) -> None:
        self.set_link(obj)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self._pen_cache = None
        super().set_highlighted(on)

    def set_ends(self, a: QPointF, b: QPointF, ra: float, rb: float) -> None:
        ends = trim((a.x(), a.y()), (b.x(), b.y()), ra, rb)
        if ends == self._ends:
            return
        if self.scene() is not None:  # (laid before it joins the scene, as a map opens: nobody to tell)
            self.prepareGeometryChange()
        self._ends = ends
        self._route = None  # moved: straight until the routes are worked out again
        self._paths = self._shape = self._plain = None
        self._set_rect([] if ends is None else list(ends))

    def set_route(self, points: list[tuple[float, float]]) -> None:
        """Draw the tie through `points` (its two trimmed ends and any bends between)."""
        points = [(float(x), float(y)) for x, y in points]
        route = points if len(points) > 2 else None
        if route == self._route and self._ends == (points[0], points[-1]):
            return
        self.prepareGeometryChange()
        self._route = route
        self._ends = (points[0], points[-1])
        self._paths = self._shape = self._plain = None
        self._set_rect(points)

    def _set_rect(self, points: list[tuple[float, float]]) -> None:
        if not points:
            self._rect = QRectF()
            return
        margin = 22.0  # room for arrow heads, jags and the crossing strokes
        if len(points) == 2:  # (a straight tie: most of them, 6,000 as a big map opens)
            (x0, y0), (x1, y1) = points
            left, right = (x0, x1) if x0 <= x1 else (x1, x0)
            top, bottom = (y0, y1) if y0 <= y1 else (y1, y0)
        else:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
        self._rect = QRectF(left - margin, top - margin, right - left + 2 * margin, bottom - top + 2 * margin)

    def _built(self) -> tuple[QPainterPath, QPainterPath]:
        if self._paths is None:
            if self._ends is None:
                self._paths = (QPainterPath(), QPainterPath())
            else:
                stroke, heads = line_paths(self.link, *self._ends, route=self._route, quality=self.drawn)
                self._paths = (qpath(stroke), qpath(heads))
        return self._paths

    def _built_plain(self) -> tuple[QPainterPath, QPainterPath]:
        if self._plain is None:
            if self._ends is None:
                self._plain = (QPainterPath(), QPainterPath())
            else:
                stroke, heads = line_paths(self.link, *self._ends, route=self._route, jagged=False,
                                           quality=self.drawn)
                self._plain = (qpath(stroke), qpath(heads))
        return self._plain

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(14)
            self._shape = stroker.createStroke(self._built()[0])
        return self._shape

    protected_end = False
    """A protected person is at one end: the tie is drawn dash-dot in warning red (model/style.py)."""

    end_selected = False
    """A person at one end is selected: the tie is drawn in the selection colour, so whom she
    meets stands out (a child's ties passing behind her parents' names included)."""

    def set_end_selected(self, on: bool) -> None:
        if on != self.end_selected:
            self.end_selected = on
            self._pen_cache = None
            self.update()

    def set_protected_end(self, on: bool) -> None:
        if on != self.protected_end:
            self.protected_end = on
            self._pen_cache = None
            self.update()

    def pen_and_ink(self) -> tuple[QPen, QColor]:
        """The pen the tie is drawn with as it is now (selected, highlighted) and its ink
        (for the arrow heads); made once and kept until either changes. (Whether it is
        selected is asked here, not followed in itemChange: Qt calls itemChange seven times
        for each tie as a map opens, which cost a big map's opening tens of milliseconds.)"""
        selected = self.isSelected()
        if self._pen_cache is None or selected != self._pen_selected:
            self._pen_selected = selected
            ink = style.tie_ink(self.link.kind)
            if selected:
                ink = style.SELECTION
            elif self.highlighted:
                ink = style.HIGHLIGHT
            elif self.end_selected:
                ink = style.SELECTION
            marked = self.protected_end and not (selected or self.highlighted)
            emphasised = selected or self.highlighted or self.end_selected
            key = (self.drawn, ink, emphasised, marked)
            shared = _PENS.get(key)
            if shared is None:
                pen = qpen(style.tie_pen(style.SCREEN, self.drawn, ink, emphasised, marked))
                shared = _PENS[key] = (pen, QColor(style.PROTECTED if marked else ink))
            self._pen_cache = shared
        return self._pen_cache

    def hairline_pen(self, width_px: float) -> QPen:
        """The pen when the tie is less than a pixel wide on screen (`width_px`): one pixel
        in Qt's fast path for thin lines, its ink as faint as the thin line would be; same
        style (a weak tie's dashes in pixels). Kept per coverage step, so zooming in and
        out again (every zoom step changes the width on screen) makes no new pens; shared by
        the ties of one pen."""
        pen, ink = self.pen_and_ink()
        step = max(2, min(20, round(width_px * 20)))  # coverage in twentieths
        cached = _THIN.get((id(pen), step))
        if cached is not None and cached[0] is pen:
            return cached[1]
        thin = QPen(pen)
        thin.setCosmetic(True)
        thin.setWidthF(1.0)
        # Lighter towards the canvas rather than translucent: Qt's fast path for thin
        # lines wants an opaque colour (translucent ones take several times as long).
        k = step / 20
        faint = QColor.fromRgbF(CANVAS.redF() + (ink.redF() - CANVAS.redF()) * k,
                                CANVAS.greenF() + (ink.greenF() - CANVAS.greenF()) * k,
                                CANVAS.blueF() + (ink.blueF() - CANVAS.blueF()) * k)
        thin.setColor(faint)
        if len(_THIN) > 4096:  # (pens of ties drawn otherwise: never grows without end)
            _THIN.clear()
        _THIN[id(pen), step] = (pen, thin)
        return thin

    frame: Frame | None = None
    """The map view's paint under way into the window's backing store (ui/still_layer.py):
    its ties are put back from a kept picture, or the picture is taken after the last."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        frame = LinkItem.frame
        if frame is None:
            self.draw(painter)
        elif frame.blit:
            if not frame.drawn:
                frame.put_back(painter)
            if self in frame.on_top:  # added since the picture was taken: painted over it
                self.draw(painter)
                frame.tie_painted()
        else:
            self.draw(painter)
            frame.tie_painted()

    def draw(self, painter: QPainter) -> None:
        # The view turns antialiasing on; this runs for every tie on every paint of the view,
        # so it does as little as it can. Zoomed far out (a whole big map in view), a tie
        # thinner than a pixel is drawn as a one-pixel line, and a strained tie whose jags
        # would be smaller than a few pixels as a straight one: it looks the same there and
        # costs a fraction (stroking sub-pixel dashes and jags is what makes big maps slow).
        cached = self._pen_cache
        pen, ink = cached if cached is not None and self.isSelected() == self._pen_selected else self.pen_and_ink()
        scale = painter.worldTransform().m11()
        if pen.widthF() * scale < 1.0:
            pen = self.hairline_pen(pen.widthF() * scale)
        if self.drawn is Quality.STRAINED and JAG_WAVELENGTH * scale < MIN_JAG_PX:
            stroke, heads = self._plain or self._built_plain()
        else:
            stroke, heads = self._paths or self._built()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stroke)
        if not heads.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawPath(heads)
