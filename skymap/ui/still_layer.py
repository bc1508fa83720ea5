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

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QImage, QPainter

_generation = 0
"""Counts changes of any still layer (any window's: a change elsewhere only costs a repaint)."""


_appended: set = set()
"""Ties added on top of all others since the picture was kept: a repaint puts the picture
back and paints just them over it (a new tie is stacked last, so that is what a full
repaint does too), then keeps the result."""


_views: weakref.WeakSet = weakref.WeakSet()
"""The map views keeping a picture: a change of the layer asks each for a whole repaint
(their other repaints cover only what changed above the layer)."""


def watch(view) -> None:
    _views.add(view)


_asked = False
"""The views were asked for a whole repaint since the last one was painted (a burst of a
thousand changes asks once)."""


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


def changed(item=None) -> None:
    """Something below the people changed how it looks (`item`, when one item did): the kept
    pictures are out of date - unless it is a tie added on top since, not yet painted."""
    global _generation
    if item is not None and _appended and item in _appended:
        return
    _generation += 1
    if _appended:
        _appended.clear()
    if not _asked:
        _repaint_whole()


def appended(item) -> None:
    """A tie was added to a scene, stacked above every other tie."""
    _appended.add(item)
    _repaint_whole()


def generation() -> int:
    return _generation


@dataclass(eq=False)
class Frame:
    """One paint of a map view into the window's backing store."""

    screen: QImage
    area: QRect
    """The viewport's pixels in the backing store."""
    key: tuple
    image: QImage | None = None
    """Blit: the kept picture to put back. Capture: None until the last tie is painted."""
    blit: bool = False
    expected: int = 0
    """Capture: how many ties this paint will paint (the copy is taken after the last)."""
    painted: int = 0
    drawn: bool = False
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
        """A capture frame: one more tie painted; after the last, copy what lies below the people."""
        self.painted += 1
        if self.painted == self.expected:
            picture = self.screen.copy(self.area)
            picture.setDevicePixelRatio(self.screen.devicePixelRatio())
            self.image = picture


def screen_area(viewport, ratio: float) -> QRect:
    """The pixels of `viewport` in its window's backing store (of device pixel ratio `ratio`)."""
    at = viewport.mapTo(viewport.window(), viewport.rect().topLeft())
    return QRect(round(at.x() * ratio), round(at.y() * ratio),
                 round(viewport.width() * ratio), round(viewport.height() * ratio))


class StillLayer:
    """One view's kept picture of its still layer and what it was taken at."""

    def __init__(self) -> None:
        self.image: QImage | None = None
        self.key: tuple | None = None
        self.blits = 0
        self.captures = 0
        self.ties_on_top = 0  # repaints that painted new ties over the kept picture and kept the result

    def forget(self) -> None:
        self.image = None
        self.key = None

    def begin(self, view, screen: QImage, whole: bool, expected_ties) -> Frame | None:
        """A frame for a paint of `view` into `screen` (the backing store), or None when
        this paint is to be made as always. `expected_ties()` counts the ties the paint
        will paint (only asked when a capture is possible). A paint of part of the
        viewport (`whole` False: a person changed) is a blit or nothing."""
        global _asked
        if whole:
            _asked = False
        ratio = screen.devicePixelRatio()
        area = screen_area(view.viewport(), ratio)
        if not screen.rect().contains(area):
            self.forget()
            return None
        t = view.viewportTransform()
        scene = view.scene()
        key = (_generation, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(),
               area.x(), area.y(), area.width(), area.height(), ratio, screen.format(),
               scene.backgroundBrush().color().rgba() if scene is not None else 0, int(view.renderHints().value))
        if self.image is not None and key == self.key:
            on_top = frozenset(i for i in _appended if i.scene() is scene)
            if not whole and on_top:
                self.forget()  # (new ties are painted over the whole picture, never a part)
                return None
            self.blits += 1
            frame = Frame(screen, area, key, image=self.image, blit=True, scene=scene)
            if on_top:  # painted over the picture, and the result kept (after the last of them)
                frame.on_top = on_top
                frame.expected = expected_ties(on_top)
            return frame
        self.forget()
        if not whole:
            return None
        expected = expected_ties(None)
        if expected <= 0:
            return None
        return Frame(screen, area, key, expected=expected, scene=scene)

    def end(self, frame: Frame) -> None:
        """After the paint: keep a capture if it was taken after the last tie painted."""
        if frame.blit and not frame.on_top:
            return
        # painted now: the ties added on top (a capture paints all of this scene's)
        _appended.difference_update(frame.on_top if frame.blit else
                                    [i for i in _appended if i.scene() is frame.scene])
        if frame.blit and frame.expected == 0:
            return  # the new ties lie outside the view: the picture is right for it as it is
        if frame.image is not None and frame.painted == frame.expected and (
                not frame.blit or frame.image is not self.image):
            self.image = frame.image
            self.key = frame.key
            if frame.blit:
                self.ties_on_top += 1
            else:
                self.captures += 1
        else:
            self.forget()
