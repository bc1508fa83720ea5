"""The wheel on the map: it zooms; with Shift it scrolls up and down by lines (Qt's own
Shift+wheel jumped a whole page a notch: four notches went from the bottom of the map to the
top); a sideways wheel or swipe scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from tests.helpers import EXAMPLE


def wheel(win: MainWindow, dx: int, dy: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    vp = win.view.viewport()
    at = QPointF(vp.width() / 2, vp.height() / 2)
    event = QWheelEvent(at, QPointF(vp.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(dx, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, event)
    QApplication.processEvents()


def zoomed_in(qtbot) -> MainWindow:
    win = MainWindow(load_map(EXAMPLE), EXAMPLE, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    for _ in range(6):  # well into the map: both scroll bars have room both ways
        win.view.zoom_by(1.3)
    QApplication.processEvents()
    bars = win.view.horizontalScrollBar(), win.view.verticalScrollBar()
    for bar in bars:
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    return win


def test_shift_wheel_scrolls_up_and_down_by_lines_not_pages(qtbot):
    win = zoomed_in(qtbot)
    hbar, vbar = win.view.horizontalScrollBar(), win.view.verticalScrollBar()
    zoom, h, v, lines = win.view.zoom(), hbar.value(), vbar.value(), vbar.singleStep()
    wheel(win, 0, -120, Qt.KeyboardModifier.ShiftModifier)  # one notch towards the user: down
    moved = vbar.value() - v
    assert moved == QApplication.wheelScrollLines() * lines, (lines, vbar.singleStep())
    assert 0 < moved < vbar.pageStep() / 2
    assert hbar.value() == h and win.view.zoom() == zoom
    wheel(win, 0, 120, Qt.KeyboardModifier.ShiftModifier)  # and back up (Qt's line may differ by a pixel)
    assert abs(vbar.value() - v) <= QApplication.wheelScrollLines() * 2
    win.undo_stack.setClean()


def test_a_sideways_wheel_scrolls_sideways_and_a_plain_wheel_zooms(qtbot):
    win = zoomed_in(qtbot)
    hbar, vbar = win.view.horizontalScrollBar(), win.view.verticalScrollBar()
    zoom, h, v = win.view.zoom(), hbar.value(), vbar.value()
    wheel(win, -120, 0)
    assert hbar.value() > h and vbar.value() == v and win.view.zoom() == zoom
    wheel(win, 0, 120)
    assert win.view.zoom() > zoom
    win.undo_stack.setClean()
