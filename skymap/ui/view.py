"""The canvas view: zoom with the wheel, keys and pinch; pan; fit to window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from skymap.ui.palette import MIME as PALETTE_MIME

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


class MapView(QGraphicsView):
    """Shows the scene; takes drops of new things from the palette and of map files."""

    palette_dropped = Signal(str, QPointF)  # kind, scene position
    files_dropped = Signal(list)  # local paths

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        # One repaint of the whole view per frame beats many small ones when ties span the map.
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setAttribute(Qt.WA_AcceptTouchEvents, True)
        self.viewport().setAttribute(Qt.WA_AcceptTouchEvents, True)
        self.setAccessibleName(self.tr("Map canvas"))

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)

    def fit(self) -> None:
        rect: QRectF = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.KeepAspectRatio)

    # The middle button (or the wheel pressed) pans in any tool.
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if getattr(self, "_pan_from", None) is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton and getattr(self, "_pan_from", None) is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event) -> None:
        """The wheel zooms around the pointer; with Shift it scrolls."""
        if event.modifiers() & Qt.ShiftModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        # Tab and the arrows go from person to person (the scene would otherwise take Tab
        # for its own focus chain, and the arrows would scroll).
        from skymap.ui.keyboard import handle_key  # noqa: PLC0415

        if self.isInteractive() and handle_key(self.scene(), event):
            event.accept()
            return
        super().keyPressEvent(event)

    # ----- two fingers: pinch to zoom, move to pan ------------------------------------------
    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd, QEvent.TouchCancel):
            points = event.points()
            if len(points) >= 2:
                self._two_fingers(points[0], points[1], kind)
                event.accept()
                return True
            self._pinch = None
            # One finger: left to Qt, which turns an unhandled touch into mouse presses and
            # moves, so a finger selects and drags like the mouse.
            event.ignore()
            return False
        return super().viewportEvent(event)

    def _two_fingers(self, a, b, kind) -> None:
        pa, pb = a.position(), b.position()
        distance = max(1.0, ((pa.x() - pb.x()) ** 2 + (pa.y() - pb.y()) ** 2) ** 0.5)
        centre = (pa + pb) / 2
        if kind in (QEvent.TouchEnd, QEvent.TouchCancel):
            self._pinch = None
            return
        previous = getattr(self, "_pinch", None)
        self._pinch = (distance, centre)
        if previous is None:
            return
        last_distance, last_centre = previous
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.NoAnchor)
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
        return mime.hasFormat(PALETTE_MIME) or (
            mime.hasUrls() and any(u.isLocalFile() and u.toLocalFile().lower().endswith(".json") for u in mime.urls())
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
        if mime.hasFormat(PALETTE_MIME):
            kind = bytes(mime.data(PALETTE_MIME)).decode()
            self.palette_dropped.emit(kind, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        elif mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            self.files_dropped.emit(paths)
            event.acceptProposedAction()
