"""The canvas view: zoom with the wheel, keys and pinch; pan; fit to window.

Touch: one finger selects (tap) and drags people and clouds (one undo step, like the
mouse) or, on the empty canvas, pans; two fingers pinch and pan; press-and-hold (finger,
pen or mouse) opens the context menu. For screen readers the view's accessible
description says what is selected (describe.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QContextMenuEvent,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QRegion,
    QTransform,
)
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QGraphicsItem, QGraphicsView, QWidget

from skymap.ui import still_layer
from skymap.ui.items.base import MapItem
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.resize_handle import ResizeHandle
from skymap.ui.palette import MIME as PALETTE_MIME
from skymap.ui.scene import MapScene
from skymap.ui.still_layer import StillLayer, screen_area

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
LONG_PRESS_MS = 600
"""Press and hold this long without moving: the context menu opens."""
LONG_PRESS_SLOP = 8
"""Pixels a finger, pen or mouse may wander during a press-and-hold (and a tap)."""
SETTLE_MS = 120
"""A zoom or scroll gesture rests when no step has come for this long: then the map is
painted exactly again (until then the last exact picture is shown moved or scaled)."""


def _from_touchscreen(event) -> bool:
    device = event.pointingDevice()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


def _accessible_map(_key: str, obj) -> QAccessibleWidget | None:
    """A map view is a canvas to assistive technology: a scroll area's default role reads as
    a meaningless "layered pane"/"filler" each time focus enters the map."""
    if isinstance(obj, MapView):
        return QAccessibleWidget(obj, QAccessible.Role.Canvas)
    return None



class MapView(QGraphicsView):
    """Shows the scene; takes drops of new things from the palette and of map files."""

    palette_dropped = Signal(str, QPointF)  # kind, scene position
    files_dropped = Signal(list)  # local paths

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Only what changed is repainted: below the people that is a copy of the kept picture
        # of the still layer (ui/still_layer.py), so no tie is cut at the edge of the repainted
        # part; a change of the layer itself repaints the whole viewport (layer_changed).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAccessibleName(self.tr("Map"))
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._held)
        self._hold_at: QPointF | None = None
        self._hold_fired = False  # the mouse press became a menu: ignore it until released
        self._touch: dict | None = None  # one finger on the glass
        self._pan_from: QPointF | None = None  # a middle-button pan under way
        self._pinch: tuple | None = None  # (distance, centre) of the last pinch step
        # The whole map stays fitted as the window changes size until the user zooms or pans.
        self._fitting = False
        # A refit asked for while a fit or resize is under way runs once, on the next turn of
        # the event loop (never re-entrantly: see resizeEvent).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._auto_fit = False
        self.fit_area: Callable[[], QRectF] | None = None  # what a fit shows, when not the whole map
        self._refit.timeout.connect(lambda: self.fit() if self._auto_fit else None)
        self.auto_fit = True
        scene.selectionChanged.connect(self.describe_selection)
        scene.focusItemChanged.connect(lambda *_a: self.describe_selection())
        self.describe_selection()
        # Zooming and scrolling in a quick series (see the "gesture" section below).
        self._screen_at: QTransform | None = None  # the screen holds the map painted exactly at this
        self._picture: QImage | None = None  # a gesture's copy of that picture
        self._picture_at = QTransform()  # the viewport transform it was painted at
        self._interim = False  # a gesture under way: paint the picture moved, not the map
        self._outer_size = self.size()
        self._bars_only = False  # a gesture's zoom step made a scroll bar come or go
        self.exact_paints = 0  # repaints of the map itself (what a gesture step avoids)
        self.still_layer = StillLayer()
        self._whole_asked = False  # a repaint of the whole viewport is on its way
        self._scene_changes = 0  # (tests: whether the screen is still what a paint left)
        self._verifying = False  # (tests: a check's own repaints are not checked again)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(SETTLE_MS)
        self._rest.timeout.connect(self.settle)
        # What changes on the map is told by the items themselves (ui/still_layer.touched), the
        # selection and the focus - not by the scene's `changed` signal: a view listening to it
        # makes Qt send every item's repaint through it, and repaint the whole viewport for
        # each item taken out of the scene (a deleted person's ties).
        still_layer.watch(self)
        scene.selectionChanged.connect(self._scene_changed)
        scene.focusItemChanged.connect(lambda *_args: self._scene_changed())

    # ----- what a screen reader hears ------------------------------------------------------
    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.viewport().setAccessibleName(name)  # the drawing surface inside says the same

    def describe_selection(self) -> None:
        """Put what is selected (or focused) into the accessible description and tell
        assistive technology, so a screen reader says what the map has selected."""
        from skymap.ui.describe import describe_selection  # noqa: PLC0415

        try:
            text = describe_selection(self.scene())
        except RuntimeError:  # the scene is being torn down
            return
        if text == self.accessibleDescription():
            return
        self.setAccessibleDescription(text)
        self._notify(QAccessible.Event.DescriptionChanged)
        if self.hasFocus():  # the reader announces the map again, with its new description
            self._notify(QAccessible.Event.Focus)

    def _notify(self, kind) -> None:
        QAccessible.updateAccessibility(QAccessibleEvent(self, kind))

    def map_scene(self) -> MapScene | None:
        """The map this view shows (None while it is being taken down)."""
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    def paintEvent(self, event) -> None:
        screen = self._screen_image()
        scene = self.map_scene()
        preview = scene.drag_preview if scene is not None else None
        if preview is not None and self._interim:  # a drag began (a finger's): it shows its own pictures
            self._interim = False
            self._rest.stop()
        if screen is not None and self._interim and self._picture is not None:
            self._paint_interim()
            return
        if preview is not None and not preview.taking:  # a big map being dragged: see drag_preview.py
            self._screen_at = None
            if preview.stale():  # scrolled or zoomed mid-drag: this frame the usual way
                preview.retake_soon()
                super().paintEvent(event)
                return
            painter = QPainter(self.viewport())
            preview.paint(painter)
            painter.end()
            return
        self.exact_paints += 1
        whole = still_layer.covers(event.region(), self.viewport().rect())  # else the rest may be a moved picture
        if whole:
            self._whole_asked = False
        frame = None
        if screen is not None and scene is not None and scene.still_layer_allowed():
            frame = self.still_layer.begin(self, screen, event.region(), self._ties_in_view)
        elif screen is not None:
            self.still_layer.forget()  # (a grab paints a picture of its own and keeps it as it is)
        if frame is None:
            super().paintEvent(event)
            if not whole and screen is not None:
                # Part of the map painted the usual way (no picture kept for this view): a tie
                # cut at its edge may blend a level off a whole repaint's; the whole follows.
                self.layer_changed()
        else:
            LinkItem.frame = frame
            try:
                super().paintEvent(event)
            finally:
                LinkItem.frame = None
            self.still_layer.end(frame)
            if (frame.blit or frame.merge is not None) and MapView.verify_still_layer and not self._verifying:
                self._verify_blit(frame)
        if screen is not None:  # (a grab leaves the screen as it is)
            # a part put back on an exact picture, or mended (painted as whole: ui/still_layer.py)
            exact = whole or (frame is not None and (frame.blit or frame.merge is not None))
            self._screen_at = QTransform(self.viewportTransform()) if exact else None

    # ----- the still layer: what lies below the people, kept between repaints (still_layer.py)
    verify_still_layer = False
    """Tests: check every repaint that put the kept picture back against a full repaint."""
    still_layer_mismatches: ClassVar[list] = []

    def _ties_in_view(self, among=None, region: QRegion | None = None) -> int:
        """How many ties (of `among`, or all) a paint of `region` (viewport pixels; the whole
        viewport when None or all of it) paints, as Qt picks them: their boxes within a pixel
        or two of it. Each tie's box is its own (LinkItem._rect, in scene units): asking the
        scene for the items in view makes a Python object of every person too (~55 ms at
        2,000 people, against ~3 ms here)."""
        viewport = self.viewport()
        if among is None:
            scene = self.map_scene()
            if scene is None:
                return 0
            among = [item for item in scene.items_by_id.values() if isinstance(item, LinkItem)]
        if region is None or still_layer.covers(region, viewport.rect()):
            area = self.mapToScene(viewport.rect().adjusted(-3, -3, 3, 3)).boundingRect()
            crosses = area.intersects
            return sum(1 for item in among if crosses(item.boundingRect()) and item.isVisible())
        t = self.viewportTransform()
        meets = region.intersects
        return sum(1 for item in among
                   if meets(t.mapRect(item.boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1)) and item.isVisible())

    def layer_changed(self) -> None:
        """Something below the people changed: the next repaint is of the whole viewport."""
        if not self._whole_asked:
            self._whole_asked = True
            self.viewport().update()

    def _verify_blit(self, frame) -> None:
        """Tests: once this paint is on screen, and if nothing has changed since, repaint the
        whole viewport without the kept picture and compare (a paint in a picture of its own
        would not do: Qt cuts one-pixel lines at the edge of the device before it draws them,
        so a grab differs from the screen by a level here and there)."""
        token = self._verify_token()
        kept = frame.merge is not None  # (the kept picture was mended: shown whole, it is checked too)
        QTimer.singleShot(0, lambda: self._verify_later(token, frame.screen, frame.area, kept))

    def _verify_token(self) -> tuple:
        """What must not have changed between a paint and its check: the map, the view, and
        the forms over the map (one closed since would still show until it is repainted)."""
        viewport = self.viewport()
        forms = tuple(child.geometry().getRect() for child in
                      viewport.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                      if child.isVisible())
        return self._scene_changes, QTransform(self.viewportTransform()), viewport.size(), forms

    def _verify_later(self, token, screen: QImage, area: QRect, kept: bool = False) -> None:
        try:
            viewport = self.viewport()
        except RuntimeError:  # closed meanwhile
            return
        scene = self.map_scene()
        if scene is not None:  # (changes the scene has not announced yet are announced now)
            QCoreApplication.sendPostedEvents(scene, 0)
        store = viewport.backingStore()
        now = store.paintDevice() if store is not None else None
        if (scene is None or self._interim or not viewport.isVisible() or scene.drag_preview is not None
                or self._whole_asked
                or token != self._verify_token()
                or not isinstance(now, QImage) or now.cacheKey() != screen.cacheKey()):
            return  # something changed since: the screen is not what that paint left
        # (a mend: the mended picture is what is checked - what the screen showed may be out of
        # date by now for another reason, a form closed over it say)
        pictures = [] if kept else [screen.copy(area)]
        if kept and self.still_layer.image is not None:
            self._verifying = True
            try:
                viewport.repaint()  # the mended picture put back whole, the people over it
            finally:
                self._verifying = False
            pictures.append(screen.copy(area))
        self.still_layer.forget()
        viewport.repaint()
        expected = screen.copy(area)
        # a form over the map is painted after the map (what lies under it is not compared)
        ratio = expected.devicePixelRatio()
        for child in viewport.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible():
                g = child.geometry()
                cover = QRect(round(g.x() * ratio), round(g.y() * ratio),
                              round(g.width() * ratio), round(g.height() * ratio))
                for picture in (*pictures, expected):
                    painter = QPainter(picture)
                    painter.fillRect(cover, Qt.GlobalColor.black)
                    painter.end()
        for shown in pictures:
            if shown != expected:
                MapView.still_layer_mismatches.append((shown, expected))

    # ----- a gesture: zoom and scroll steps in a quick series -------------------------------
    # A step shows the last exact picture of the viewport (copied from the window's backing
    # store when the gesture starts, so exactly what was on screen) scaled about the zoom's
    # anchor or shifted by the scroll: a blit; what comes into view is the canvas colour.
    # SETTLE_MS after the last step the map is painted exactly, as always. An edit, a
    # selection, a click, a resize end the gesture at once. A grab (a screenshot, a test)
    # is never given the moved picture: it paints the map.
    @property
    def settled(self) -> bool:
        """No gesture under way: what is on screen is the map painted exactly."""
        return not self._interim

    def _screen_image(self) -> QImage | None:
        """The window's backing store when this paint goes to the screen (None when it goes
        into a grab or a render, or when the platform's backing store is no image)."""
        viewport = self.viewport()
        store = viewport.backingStore()
        target = store.paintDevice() if store is not None else None
        if not isinstance(target, QImage):
            return None
        painter = QPainter(viewport)
        try:
            engine = painter.paintEngine()
            device = engine.paintDevice() if engine is not None else None
        finally:
            painter.end()
        if isinstance(device, QImage) and device.cacheKey() == target.cacheKey():
            return target
        return None

    def _copy_screen(self) -> QImage | None:
        """What the last exact paint put on screen, copied out of the window's backing store
        (before this step is painted), or None."""
        viewport = self.viewport()
        store = viewport.backingStore()
        screen = store.paintDevice() if store is not None else None
        if not isinstance(screen, QImage):
            return None
        ratio = screen.devicePixelRatio()
        rect = screen_area(viewport, ratio)
        if not screen.rect().contains(rect):
            return None
        picture = screen.copy(rect)
        picture.setDevicePixelRatio(ratio)
        return picture

    def _can_step(self) -> bool:
        scene = self.map_scene()
        viewport = self.viewport()
        return (scene is not None and self._screen_at is not None and scene.drag_preview is None
                and not self._tool_busy() and self.rubberBandRect().isNull()
                # a form over the map is in the backing store too: it is not to be moved
                and not any(child.isVisible() for child in viewport.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)))

    def _step(self) -> None:
        """A zoom or scroll step is about to change (or has just changed) the view."""
        if not self._interim:
            if not self._can_step():
                return  # this step is painted exactly (and leaves a picture for the next)
            painted_at = self._screen_at
            self._picture = self._copy_screen() if painted_at is not None else None
            if painted_at is None or self._picture is None:
                return
            self._picture_at = QTransform(painted_at)
            self._interim = True
        self._rest.start()

    def _paint_interim(self) -> None:
        picture = self._picture
        if picture is None:
            return
        viewport = self.viewport()
        painter = QPainter(viewport)
        scene = self.scene()
        if scene is not None:
            painter.fillRect(viewport.rect(), scene.backgroundBrush())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setTransform(self._picture_at.inverted()[0] * self.viewportTransform())
        painter.drawImage(0, 0, picture)
        painter.end()
        self._screen_at = None  # the screen holds a moved picture now

    def settle(self) -> None:
        """End a gesture now: the map is painted exactly (once)."""
        self._rest.stop()
        if not self._interim:
            return
        self._interim = False
        self._picture = None
        self.viewport().update()

    def _scene_changed(self) -> None:
        """The map changed (an item, a selection, the focus): the picture is out of date,
        and a gesture under way ends."""
        self._scene_changes += 1
        self._screen_at = None
        if self._interim:  # (told for each item that changes: a thousand ties moving, say)
            self.settle()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._step()  # (first: the scroll bars coming back as the fit ends are part of it)
        self.auto_fit = False
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)

    @property
    def auto_fit(self) -> bool:
        """True while the whole map is fitted: it stays so as the view changes size."""
        return self._auto_fit

    @auto_fit.setter
    def auto_fit(self, fitted: bool) -> None:
        if fitted == self._auto_fit:
            return
        self._auto_fit = fitted
        # Fitted, everything is in view: no scroll bars. With scroll bars "as needed" a fit
        # could make one appear, which shrinks the viewport, which refits, which hides it
        # again ... an endless loop that froze the window (issue 21).
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fitted else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self._fitting = True  # the bars coming back is not a pan
        try:
            self.setHorizontalScrollBarPolicy(policy)
            self.setVerticalScrollBarPolicy(policy)
        finally:
            self._fitting = False

    def fitted_area(self) -> QRectF:
        """What View ▸ Fit shows (scene units, before its margin): the whole map, or what
        `fit_area` says while only part of it is shown (a child's own view, ui/focus_view.py)."""
        area = getattr(self, "fit_area", None)
        return area() if area is not None else self.scene().itemsBoundingRect()

    def fit(self) -> None:
        """The whole map in view; it stays so when the window changes size, until the user
        zooms or pans."""
        if self._fitting:  # a fit's own side effects: once more, later, never re-entrantly
            self._refit.start()
            return
        self.auto_fit = True
        rect: QRectF = self.fitted_area().adjusted(-16, -16, 16, 16)
        if rect.isEmpty():
            return
        self._fitting = True
        try:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            self._fitting = False

    def reveal(self, item, margin: int = 50) -> None:
        """Scroll `item` into view (ensureVisible) unless the view is fitted and shows it
        already: a fitted map stays fitted (ui/refit.py) instead of being scrolled by a few
        pixels, which counted as a pan."""
        if self._auto_fit and self.mapToScene(self.viewport().rect()).boundingRect().contains(
                item.sceneBoundingRect()):
            return
        self.ensureVisible(item, margin, margin)

    def resizeEvent(self, event) -> None:
        if self.size() != self._outer_size or not self._interim:
            # the view itself changed size (the window, a dock): a gesture ends at once
            self._outer_size = self.size()
            self.settle()
            self._screen_at = None
        # else only a scroll bar came or went as a zoom step changed the map's size on
        # screen: the gesture goes on (its picture is placed by the viewport transform)
        self._bars_only = self._interim
        reentrant = self._fitting
        self._fitting = True  # the view's own scrolling as it changes size is not a pan
        try:
            super().resizeEvent(event)
        finally:
            self._fitting = reentrant
            self._bars_only = False
        if self._auto_fit:
            if reentrant:  # resized by a fit (or by the bars it toggled): refit once, later
                self._refit.start()
            else:
                self.fit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if not self._fitting and (dx or dy):
            self.auto_fit = False  # panned (scroll bars, middle button, a finger, the keys)
            self._step()
        elif (dx or dy) and not self._bars_only:  # a fit, or the view changed size
            self.settle()
            self._screen_at = None
        # Never Qt's own scroll (the picture shifted, two strips painted): antialiased ties are
        # not the same shifted by a pixel. The whole viewport is repainted (or, in a gesture,
        # the picture is shown moved).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        try:
            super().scrollContentsBy(dx, dy)
        finally:
            self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    # The middle button (or the wheel pressed) pans in any tool.
    def mousePressEvent(self, event) -> None:
        self.settle()  # a click, a rubber band, a drag or a tie starts on the exact map
        if _from_touchscreen(event) and self._touch is not None:
            event.accept()  # the finger is handled as touch (viewportEvent); no second time
            return
        if event.button() == Qt.MouseButton.LeftButton:
            # A new press: a menu a press-and-hold opened has closed, and it took the release
            # of that press (a menu does), so nothing of that press is left to ignore.
            self._hold_fired = False
            self._start_hold(event.position())
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        if self._tool_busy():
            self._cancel_hold()  # the press began a tie (Shift on a person): it is a drag

    def mouseMoveEvent(self, event) -> None:
        # Moving beyond the slop ends a press-and-hold, whatever else happens to the move.
        if self._hold_at is not None and (event.position() - self._hold_at).manhattanLength() > LONG_PRESS_SLOP:
            self._cancel_hold()
        if (_from_touchscreen(event) and self._touch is not None) or self._hold_fired:
            event.accept()
            return
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if _from_touchscreen(event) and self._touch is not None:
            event.accept()
            return
        self._cancel_hold()
        if self._hold_fired:
            self._hold_fired = False
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event) -> None:
        """The wheel zooms around the pointer; with Shift it scrolls up and down, a sideways
        wheel or swipe scrolls sideways - by lines, as in other programs (Qt's own Shift+wheel
        scrolls a whole page at a notch)."""
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        down, side = event.angleDelta().y(), event.angleDelta().x()
        if shift and side and not down:  # (some systems turn Shift+wheel into a sideways wheel)
            down, side = side, 0
        if side:
            self._scroll_lines(self.horizontalScrollBar(), side, event.pixelDelta().x())
        if shift:
            if down:
                self._scroll_lines(self.verticalScrollBar(), down, event.pixelDelta().y())
        elif down:
            self.zoom_by(1.15 ** (down / 120))
        event.accept()

    @staticmethod
    def _scroll_lines(bar, angle: int, pixels: int) -> None:
        """Scroll `bar` as far as a wheel's `angle` (1/8 degrees, 120 a notch) says in lines, or a
        touchpad's `pixels` when it gives them."""
        step = pixels or round(angle / 120 * QApplication.wheelScrollLines() * bar.singleStep())
        bar.setValue(bar.value() - step)

    def keyPressEvent(self, event) -> None:
        # Tab and the arrows go from person to person (the scene would otherwise take Tab
        # for its own focus chain, and the arrows would scroll).
        from skymap.ui.keyboard import handle_key  # noqa: PLC0415

        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+Tab (Ctrl+Shift+Tab): out of the map to the next (previous) control, so
            # the keyboard is never caught in the map.
            backwards = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            QWidget.focusNextPrevChild(self, not backwards)
            event.accept()
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.keyboard_context_menu()
            event.accept()
            return
        scene = self.map_scene()
        if key == Qt.Key.Key_Escape and not self.isInteractive() and scene is not None:
            # The pan tool turns the map's clicks and keys off: Esc leaves it all the same.
            scene.interaction.cancel()
            event.accept()
            return
        if self.isInteractive() and handle_key(self.scene(), event):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.keyboard_context_menu()
            event.accept()
            return
        super().contextMenuEvent(event)

    def keyboard_context_menu(self) -> None:
        """The menu key or Shift+F10: the context menu of the selected person, cloud or note
        (of the map where nothing is selected), opened beside it."""
        scene = self.map_scene()
        if scene is None:
            return
        selected = next((i for i in scene.selectedItems() if isinstance(i, MapItem)), None)
        pos = self._point_on(selected) if selected is not None else None
        if pos is None:
            pos = self.mapToScene(self.viewport().rect().center())
        if selected is not None:
            self.ensureVisible(selected, 40, 40)
        point = self.mapFromScene(pos)
        scene.request_context_menu(pos, self.viewport().mapToGlobal(point))

    def _point_on(self, item) -> QPointF | None:
        """A point of the map where `item` is the first thing hit (a cloud's middle may be
        one of its people), or None."""
        scene = self.map_scene()
        if scene is None:
            return None
        rect = item.sceneBoundingRect()
        # A coarse grid first, then a fine one: a slanted tie is a thin band across its
        # rectangle that the coarse grid can miss (then the menu was another's, at the middle).
        for steps in (6, 24):
            candidates = [rect.center()] + [
                QPointF(rect.left() + rect.width() * (i + 0.5) / steps, rect.top() + rect.height() * (j + 0.5) / steps)
                for j in range(steps) for i in range(steps)
            ]
            for pos in candidates:
                for hit in scene.items(pos):
                    if (isinstance(hit, MapItem) and hit is not scene.family_item
                            and hit.shape().contains(hit.mapFromScene(pos))):
                        if hit is item:
                            return pos
                        break
        return None

    # ----- press and hold: the context menu without a right button -----------------------------
    def _start_hold(self, pos: QPointF) -> None:
        scene = self.map_scene()
        if self.isInteractive() and scene is not None and scene.tool_name() == "select":
            self._hold_at = QPointF(pos)
            self._hold.start()

    def _cancel_hold(self) -> None:
        self._hold.stop()
        self._hold_at = None

    def _tool_busy(self) -> bool:
        scene = self.map_scene()
        return scene is not None and scene.interaction.busy()

    def _held(self) -> None:
        """Held still long enough: end the press (nothing moves, nothing is drawn) and open
        the same menu as a right click there."""
        pos, self._hold_at = self._hold_at, None
        if pos is None or self._tool_busy():  # never once a tie is being drawn
            return
        touch = self._touch
        if touch is not None:
            touch["done"] = True
            if touch["mode"] == "mouse":
                self._send_mouse(QEvent.Type.MouseButtonRelease, touch["start"])
        else:
            self._hold_fired = True
            scene = self.map_scene()
            if scene is not None:
                scene.interaction.cancel()  # anything the few pixels of wander moved goes back
            self._send_mouse(QEvent.Type.MouseButtonRelease, pos)
        scene = self.map_scene()
        if scene is not None:
            point = pos.toPoint()
            scene.request_context_menu(self.mapToScene(point), self.viewport().mapToGlobal(point))

    def _send_mouse(self, kind, pos: QPointF) -> None:
        """A left-button mouse event straight to QGraphicsView (and so to the scene's tool)."""
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, pos, QPointF(self.viewport().mapToGlobal(pos.toPoint())), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        handler = {QEvent.Type.MouseButtonPress: QGraphicsView.mousePressEvent,
                   QEvent.Type.MouseMove: QGraphicsView.mouseMoveEvent,
                   QEvent.Type.MouseButtonRelease: QGraphicsView.mouseReleaseEvent}[kind]
        handler(self, event)

    # ----- touch: one finger taps, drags and pans; two fingers pinch and pan -----------------
    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            if event.device() is not None and event.device().type() != QInputDevice.DeviceType.TouchScreen:
                event.ignore()  # a touchpad: its moves come as the pointer's
                return False
            points = event.points()
            if kind == QEvent.Type.TouchBegin and self._over_a_widget(points):
                event.ignore()  # a finger on the person form over the map: a click there, not the map's
                return False
            if len(points) >= 2:
                self._end_one_finger(cancel=True)
                self._two_fingers(points[0], points[1], kind)
                event.accept()
                return True
            self._pinch = None
            if points:
                self._one_finger(points[0].position(), kind)
            event.accept()
            return True
        return super().viewportEvent(event)

    def _over_a_widget(self, points) -> bool:
        """Whether a finger touches a widget shown over the map (the person form)."""
        viewport = self.viewport()
        return any(viewport.childAt(p.position().toPoint()) is not None for p in points)

    def _one_finger(self, pos: QPointF, kind) -> None:
        """A finger does what the left mouse button does on a person, cloud, tie or note
        (through the same tool, so a drag is one undo step); on the empty canvas it pans."""
        if kind == QEvent.Type.TouchBegin:
            scene = self.scene()
            # On something that moves (a person, cloud, note, a cloud's resize handle) the
            # finger drags it; elsewhere (the canvas, the family, a tie) it pans, and a tap selects.
            on_item = any(i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable or isinstance(i, ResizeHandle)
                          for i in self.items(pos.toPoint()) if i.isVisible())
            selecting = isinstance(scene, MapScene) and scene.tool_name() == "select"
            mode = "mouse" if self.isInteractive() and (on_item or not selecting) else "pan"
            self._touch = {"start": QPointF(pos), "last": QPointF(pos), "mode": mode, "moved": False,
                           "done": False}
            self._start_hold(pos)
            if mode == "mouse":
                self._send_mouse(QEvent.Type.MouseButtonPress, pos)
            return
        touch = self._touch
        if touch is None:
            return  # the rest of a pinch, or a sequence already ended
        if kind == QEvent.Type.TouchUpdate:
            if touch["done"]:
                return
            if not touch["moved"] and (pos - touch["start"]).manhattanLength() > LONG_PRESS_SLOP:
                touch["moved"] = True
                self._cancel_hold()
            if touch["moved"]:
                if touch["mode"] == "mouse":
                    self._send_mouse(QEvent.Type.MouseMove, pos)
                else:
                    delta = pos - touch["last"]
                    self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
                    self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            touch["last"] = QPointF(pos)
            return
        self._end_one_finger(cancel=kind == QEvent.Type.TouchCancel, at=pos)

    def _end_one_finger(self, cancel: bool = False, at: QPointF | None = None) -> None:
        touch, self._touch = self._touch, None
        self._cancel_hold()
        if touch is None or touch["done"]:
            return
        if touch["mode"] == "mouse":
            scene = self.map_scene()
            if cancel and scene is not None:
                scene.interaction.cancel()
            self._send_mouse(QEvent.Type.MouseButtonRelease, at if at is not None else touch["last"])
        elif not touch["moved"] and not cancel and self.isInteractive():
            # a tap: selects the tie or the family under the finger, or clears the selection
            self._send_mouse(QEvent.Type.MouseButtonPress, touch["start"])
            self._send_mouse(QEvent.Type.MouseButtonRelease, touch["start"])

    def _two_fingers(self, a, b, kind) -> None:
        pa, pb = a.position(), b.position()
        distance = max(1.0, ((pa.x() - pb.x()) ** 2 + (pa.y() - pb.y()) ** 2) ** 0.5)
        centre = (pa + pb) / 2
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._pinch = None
            return
        previous = self._pinch
        self._pinch = (distance, centre)
        if previous is None:
            return
        last_distance, last_centre = previous
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        scene_centre = self.mapToScene(centre.toPoint())
        self.zoom_by(distance / last_distance)
        # keep the point between the fingers under the fingers, and follow their movement
        moved = self.mapFromScene(scene_centre) - centre.toPoint()
        delta = centre - last_centre
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x() - int(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y() - int(delta.y()))
        self.setTransformationAnchor(anchor)

    def focusNextPrevChild(self, next_child: bool) -> bool:
        # Tab belongs to the map (from person to person) while it has the focus.
        return False

    # ----- drops -----------------------------------------------------------------------
    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        if mime.hasFormat(PALETTE_MIME):  # nothing new on a read-only map (a status shown)
            scene = self.map_scene()
            return scene is not None and not scene.editor.read_only
        return (
            mime.hasUrls() and any(u.isLocalFile() and u.toLocalFile().lower().endswith((".json", ".csv"))
                                   for u in mime.urls())  # a map, or a contact list to import
        )

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if not self._accepts(event):
            event.ignore()
            return
        if mime.hasFormat(PALETTE_MIME):
            kind = bytes(mime.data(PALETTE_MIME)).decode()
            self.palette_dropped.emit(kind, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        elif mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


QAccessible.installFactory(_accessible_map)  # once, when the view's module is first imported
