"""Work that can wait until the map is on the screen.

Opening a map, the caseworker waits for the map. What only the panels beside it show (the
overview's counts and findings: a search over the whole network, ~0.25 s at 2,000 people)
is worked out right after the map's first picture has gone to the screen, not before it
(issue 17: the 2,000-person map on screen within 0.5 s).

Python's cycle collector waits too (`pause_collection`): building a big map makes tens of
thousands of objects that all live on, which sets off full collections that walk every
object on the heap while the map is built and painted (0.05-0.3 s of a 2,000-person map's
opening, measured). Nothing built then is garbage; the collector takes up its work right
after the first paint.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `callback` once, as soon as `widget` has been painted for the first time: a
    0 ms timer is started while its first paint event is delivered, so the callback runs
    once the event loop is back, after that paint. A widget that is not shown when the
    event loop first runs (a window built and never shown, a state looked at in the
    background) is not waited for: the callback runs then. `fired` tells whether it ran."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.callback = callback
        self.fired = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._unless_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.widget:
            watched.removeEventFilter(self)
            self._timer.start()
        return False

    def _unless_shown(self) -> None:
        try:
            shown = self.widget.isVisible()
        except RuntimeError:  # the widget is gone already
            shown = False
        if not shown:
            self._fire()

    def _fire(self) -> None:
        if self.fired:
            return
        self.fired = True
        self._timer.stop()
        try:
            self.widget.removeEventFilter(self)
        except RuntimeError:
            pass
        self.callback()

    def cancel(self) -> None:
        """The widget's work is no longer wanted (its map is being closed)."""
        self.fired = True
        self._timer.stop()


_pauses = 0
_collecting = False  # whether the collector ran before the first pause


def pause_collection() -> None:
    """Hold Python's cycle collector back until `resume_collection` (see the module); pauses
    nest (a map built while another opens)."""
    global _pauses, _collecting
    if _pauses == 0:
        _collecting = gc.isenabled()
        gc.disable()
    _pauses += 1


def resume_collection() -> None:
    """End one `pause_collection`: the collector runs again once the last pause has ended."""
    global _pauses
    if _pauses == 0:
        return
    _pauses -= 1
    if _pauses == 0 and _collecting:
        gc.enable()
