"""The still layer: what lies below the people, kept as a picture between edits (issue 17).

A repaint of a big map is mostly its ties: a thousand wide, translucent, antialiased
strokes. Most edits (a rename, a person's colour, a selection of a person, an undo of
either) change nothing below the people, yet every repaint stroked every tie again.

The map view paints in the scene's stacking order: the background, the clouds (z -10),
the family (z -5), the ties (z 0), then the people (z 10) and notes above. When the view
paints the whole viewport into the window's backing store, the moment the last tie in
view has been painted the backing store holds exactly "everything below the people";
that part of it is copied (a *capture*). On a later repaint at the same zoom, place and
size, while nothing in the layer has changed, the first tie to be painted puts that
copy back instead (a *blit*) and the other ties paint nothing; the people are painted
over it as always. The pixels are the same as a full repaint's: the copy is of the very
pixels a full repaint makes, put back with the Source composition (a copy), and
everything above is painted as before.

What counts as a change of the layer (`changed()`): anything a cloud, the family or a tie
does that can change how it looks - its object, its ends, its route, its highlight, its
selection (the scene's selectionChanged), its visibility, opacity, stacking, an item
added or removed. The items call `changed()` from their own setters (items/base.py), the
scene from addItem/removeItem and on selection changes. Tests run every view with
`MapView.verify_still_layer` on: each blit is checked against a full repaint of the same
frame and a difference is recorded (tests/conftest.py fails the test), so a change that
does not announce itself cannot go unnoticed.

Not kept while a drag preview, a family member's live drag or a gesture's moved picture
is on screen, nor for grabs, renders, prints and exports: those paint as always.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QRegion, QTransform

_generation = 0
"""Counts changes of any still layer that have no place (any window's: a change elsewhere
only costs a repaint)."""


_appended: set = set()
"""(scene, tie id) of the ties added on top of all others since the picture was kept: a
repaint puts the picture back and paints just them over it (a new tie is stacked last, so
that is what a full repaint does too), then keeps the result. (Ids, not items: an item
whose scene is cleared is deleted without Python knowing.)"""


_views: weakref.WeakSet = weakref.WeakSet()
"""The map views keeping a picture: a change of the layer asks each for a whole repaint
(their other repaints cover only what changed above the layer)."""


def watch(view) -> None:
    _views.add(view)


_asked = False
"""The views were asked for a whole repaint since the last one was painted (a burst of a
thousand changes asks once)."""

# ----- changes with a place: mended where they are (a "mend") -----------------------------
# A cloud, the family or a tie that changes in place (moved, reshaped, removed, restyled)
# leaves the kept picture right everywhere but where it was and where it is now. Those
# places are marked (in scene units); the next repaint - Qt repaints just them, as for any
# item - paints them the usual way and copies them into the kept picture after their last
# tie. Qt draws what is cut at the edge of a repainted part (the window system's clip of a
# paint) to the very same pixels as whole, thin lines included: a partial repaint is what
# the tests check against a whole one after every such mend (tests/ui/conftest.py).
_marks: list = []
"""(scene, rect in scene units) of each change with a place, in order."""
_marks_base = 0
"""The number of marks ever made before `_marks[0]` (a picture counts the marks it holds)."""
_pending: set = set()
"""(scene, id) of the items that announced a change: where they stand after it is marked
at the next paint."""
MEND_SHARE = 0.4
"""Marks covering more than this share of a view (their boxes added up) repaint it whole."""
MAX_MARKS = 400
"""More changes than this before a repaint: the views repaint whole (a tidy of a big map)."""


def mendable(transform) -> bool:
    """Whether a part of a view at `transform` (viewport) can be repainted alone and copied
    into the kept picture (not when turned: a mark's box would not hold what it marks)."""
    return transform.m12() == 0 and transform.m21() == 0


def _repaint_whole() -> None:
    global _asked
    if _asked:
        return
    _asked = True
    for view in list(_views):
        try:
            view.layer_changed()
        except RuntimeError:  # the view's window was closed and deleted
            _views.discard(view)


def _everything() -> None:
    """A change with no place: every kept picture is out of date."""
    global _generation, _marks_base
    _generation += 1
    _marks_base += len(_marks)
    _marks.clear()
    _pending.clear()
    if _appended:
        _appended.clear()
    if not _asked:
        _repaint_whole()


def changed(item=None) -> None:
    """Something below the people changed how it looks (`item`, when one item did, before
    the change: where it stood is marked now, where it stands after at the next paint): the
    kept pictures are out of date there - unless it is a tie added on top since, not yet
    painted."""
    scene = item.scene() if item is not None else None
    if item is not None and scene is None:
        return  # (an item not on a map - being built, or taken out - is in no picture)
    if scene is not None and _appended and (scene, item.obj_id) in _appended:
        return
    if scene is None or len(_marks) >= MAX_MARKS:
        _everything()
        return
    if not _watched(scene):
        return  # (no view keeps a picture of it: a scene rendered to a file)
    rect = item.sceneBoundingRect()
    _marks.append((scene, rect))
    _pending.add((scene, item.obj_id))
    for view in list(_views):
        try:
            if view.scene() is not scene:
                continue
            t = view.viewportTransform()
            if not mendable(t):
                view.layer_changed()
                continue
            # Much of the view marked: repainting it all costs less than mending it (most ties
            # cross the marked parts, and a part with many corners is slower to paint).
            box = t.mapRect(rect)
            viewport = view.viewport()
            view.still_layer.marked_area += box.width() * box.height()
            if view.still_layer.marked_area > MEND_SHARE * viewport.width() * viewport.height():
                view.layer_changed()
        except RuntimeError:
            _views.discard(view)


def touched(item) -> None:
    """An item of a scene is about to change how it looks, or to come or go: the views of
    that scene end a gesture under way (its moved picture is out of date)."""
    scene = item.scene()
    if scene is None:
        return
    for view in list(_views):
        try:
            if view.scene() is scene:
                view._scene_changed()
        except RuntimeError:
            _views.discard(view)


def appended(scene, item) -> None:
    """A tie was added to `scene`, stacked above every other tie: painted over the kept
    picture where Qt repaints it (its own place)."""
    if _watched(scene):
        _appended.add((scene, item.obj_id))


def _watched(scene) -> bool:
    """Whether a map view shows `scene` (and may keep a picture of it)."""
    for view in list(_views):
        try:
            if view.scene() is scene:
                return True
        except RuntimeError:
            _views.discard(view)
    return False


def _items(scene, keys) -> list:
    """The items of `scene` these (scene, id) pairs name, as the scene has them now."""
    out = []
    for mark_scene, obj_id in keys:
        if mark_scene is scene:
            item = scene.item_for(obj_id)
            if item is not None and item.scene() is scene:
                out.append(item)
    return out


def generation() -> int:
    return _generation


def _flush_pending() -> None:
    """Mark where the items that changed stand now."""
    if not _pending:
        return
    keys = list(_pending)
    _pending.clear()
    for scene in {scene for scene, _obj_id in keys}:
        try:
            for item in _items(scene, keys):
                _marks.append((scene, item.sceneBoundingRect()))
        except RuntimeError:  # the scene was deleted meanwhile
            continue


def marked_since(seq: int, scene, transform, bounds: QRect) -> QRegion | None:
    """The viewport's pixels (at `transform`, within `bounds`) of the marks of `scene` made
    since the picture that holds the first `seq`; None when those marks are gone."""
    if seq < _marks_base:
        return None
    region = QRegion()
    for mark_scene, rect in _marks[seq - _marks_base:]:
        if mark_scene is scene and not rect.isEmpty():
            region += qt_rect(transform, rect)
    return region.intersected(bounds)


def marks_made() -> int:
    return _marks_base + len(_marks)


@dataclass(eq=False)
class Frame:
    """One paint of a map view into the window's backing store."""

    screen: QImage
    area: QRect
    """The viewport's pixels in the backing store."""
    key: tuple
    seq: int = 0
    """The marks made when the paint began (the picture it keeps holds them)."""
    image: QImage | None = None
    """Blit: the kept picture to put back. Capture: None until the last tie is painted.
    Mend: the kept picture, mended in place after the last tie."""
    blit: bool = False
    merge: QRegion | None = None
    """A paint of part of the viewport that keeps its result: that part (viewport pixels) is
    copied into `image` after the last tie (a mend, or new ties over a put-back picture)."""
    expected: int = 0
    """How many ties this paint will paint (the copy is taken after the last)."""
    painted: int = 0
    drawn: bool = False
    kept: bool = False
    """The copy was taken."""
    scene: object = None
    on_top: frozenset = frozenset()
    """Blit: the ties added since the picture was kept, painted over it as usual."""

    def put_back(self, painter: QPainter) -> None:
        """The first tie of a blit frame: the kept picture replaces all painted so far."""
        self.drawn = True
        image = self.image
        if image is None:
            return
        painter.save()
        painter.resetTransform()
        painter.setClipping(False)
        painter.setOpacity(1.0)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), image)
        painter.restore()

    def tie_painted(self) -> None:
        """One more tie painted; after the last, copy what lies below the people."""
        self.painted += 1
        if self.painted != self.expected:
            return
        self.kept = True
        if self.merge is None:
            picture = self.screen.copy(self.area)
            picture.setDevicePixelRatio(self.screen.devicePixelRatio())
            self.image = picture
            return
        image = self.image
        assert image is not None  # (a mend or a blit has the kept picture)
        # pixel for pixel (a plain copy: no transform, no scaling), in the picture's pixels
        ratio = image.devicePixelRatio()
        image.setDevicePixelRatio(1.0)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.setClipRegion(self.merge if ratio == 1.0 else QTransform.fromScale(ratio, ratio).map(self.merge))
        painter.drawImage(QPoint(0, 0), self.screen, self.area)
        painter.end()
        image.setDevicePixelRatio(ratio)


def screen_area(viewport, ratio: float) -> QRect:
    """The pixels of `viewport` in its window's backing store (of device pixel ratio `ratio`)."""
    at = viewport.mapTo(viewport.window(), viewport.rect().topLeft())
    return QRect(round(at.x() * ratio), round(at.y() * ratio),
                 round(viewport.width() * ratio), round(viewport.height() * ratio))


def covers(region: QRegion, rect: QRect) -> bool:
    """Whether `region` holds all of `rect` (QRegion.contains(QRect) says whether they overlap)."""
    return QRegion(rect).subtracted(region).isEmpty()


def qt_rect(transform, rect: QRectF) -> QRect:
    """The viewport pixels Qt repaints for an item whose box is `rect` (scene units): the box
    mapped, widened to whole pixels and by two more for antialiasing."""
    return transform.mapRect(rect).toAlignedRect().adjusted(-2, -2, 2, 2)


def _inside(items, region: QRegion, transform) -> bool:
    """Whether each of these ties lies wholly in `region` (viewport pixels) as Qt paints it."""
    return all(QRegion(qt_rect(transform, item.sceneBoundingRect())).subtracted(region).isEmpty() for item in items)


class StillLayer:
    """One view's kept picture of its still layer and what it was taken at."""

    def __init__(self) -> None:
        self.image: QImage | None = None
        self.key: tuple | None = None
        self.seq = 0  # the marks the picture holds
        self.marked_area = 0.0  # the boxes of the marks made since the last paint (viewport pixels, added up)
        self.blits = 0
        self.captures = 0
        self.mends = 0  # repaints of a part that changed, copied into the kept picture
        self.ties_on_top = 0  # repaints that painted new ties over the kept picture and kept the result

    def forget(self) -> None:
        self.image = None
        self.key = None

    def begin(self, view, screen: QImage, region: QRegion, expected_ties) -> Frame | None:
        """A frame for a paint of `region` of `view` (viewport pixels) into `screen` (the
        backing store), or None when this paint is to be made as always. `expected_ties(among,
        region)` counts the ties (of `among`, or all) the paint will paint (only asked when a
        copy is possible). A paint of part of the viewport is a blit, a mend or nothing."""
        global _asked
        self.marked_area = 0.0
        viewport = view.viewport()
        whole = covers(region, viewport.rect())
        if whole:
            _asked = False
        ratio = screen.devicePixelRatio()
        area = screen_area(viewport, ratio)
        if not screen.rect().contains(area):
            self.forget()
            return None
        t = view.viewportTransform()
        scene = view.scene()
        key = (_generation, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(),
               area.x(), area.y(), area.width(), area.height(), ratio, screen.format(),
               scene.backgroundBrush().color().rgba() if scene is not None else 0, int(view.renderHints().value))
        _flush_pending()
        seq = marks_made()
        if self.image is not None and key == self.key:
            on_top = frozenset(_items(scene, _appended))
            marked = marked_since(self.seq, scene, t, viewport.rect())
            if marked is not None and marked.isEmpty():
                if not whole and on_top and not _inside(on_top, region, t):
                    self.forget()  # (new ties are painted over the picture whole, never cut)
                    return None
                self.blits += 1
                frame = Frame(screen, area, key, seq, image=self.image, blit=True, scene=scene)
                if on_top:  # painted over the picture, and the result kept (after the last of them)
                    frame.on_top = on_top
                    frame.expected = expected_ties(on_top, region)
                    frame.merge = None if whole else region
                return frame
            if (not whole and marked is not None and mendable(t) and marked.subtracted(region).isEmpty()
                    and (not on_top or _inside(on_top, region, t))):
                expected = expected_ties(None, region)
                if expected > 0:
                    return Frame(screen, area, key, seq, image=self.image, merge=region, expected=expected,
                                 scene=scene, on_top=on_top)
        self.forget()
        if not whole:
            return None
        expected = expected_ties(None, region)
        if expected <= 0:
            return None
        return Frame(screen, area, key, seq, expected=expected, scene=scene)

    def end(self, frame: Frame) -> None:
        """After the paint: keep the copy if it was taken after the last tie painted."""
        if frame.blit and not frame.on_top:
            self.seq = frame.seq  # (marks made meanwhile were elsewhere)
            _trim()
            return
        # painted now: the ties added on top (a whole capture paints all of this scene's)
        _appended.difference_update([(frame.scene, i.obj_id) for i in frame.on_top] if frame.blit or frame.merge
                                    is not None else [key for key in _appended if key[0] is frame.scene])
        if frame.blit and frame.expected == 0:
            self.seq = frame.seq
            return  # the new ties lie outside the view: the picture is right for it as it is
        if frame.kept and frame.painted == frame.expected and frame.image is not None:
            self.image = frame.image
            self.key = frame.key
            self.seq = frame.seq
            if frame.blit:
                self.ties_on_top += 1
            elif frame.merge is not None:
                self.mends += 1
            else:
                self.captures += 1
            _trim()
        else:
            self.forget()


def _trim() -> None:
    """Forget the marks every kept picture holds."""
    global _marks_base
    held = [view.still_layer.seq for view in list(_views) if view.still_layer.image is not None]
    upto = min(held) if held else marks_made()
    if upto > _marks_base:
        del _marks[:upto - _marks_base]
        _marks_base = upto
