"""Zooming and scrolling a 300-person map in a quick series (issue 17): while the steps
come, the view shows its last exact picture scaled or shifted (no repaint of the map per
step); once no step has come for a moment the map is painted exactly, once, and the screen
holds what a repaint of the map shows. An edit, a click or a resize ends the series at
once; a grab (a screenshot, a test picture) is always the map itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.ui.items.person_item import ActorItem
from skymap.ui.main_window import MainWindow


def _screen(win: MainWindow) -> QImage:
    """What the window's backing store holds for the map's viewport (what is on screen)."""
    vp = win.view.viewport()
    store = vp.backingStore().paintDevice()
    assert isinstance(store, QImage)
    at = vp.mapTo(vp.window(), QPoint(0, 0))
    ratio = store.devicePixelRatio()
    return store.copy(QRect(round(at.x() * ratio), round(at.y() * ratio), round(vp.width() * ratio),
                            round(vp.height() * ratio)))


def _wheel(win: MainWindow, steps: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    vp = win.view.viewport()
    at = QPointF(vp.width() * 0.37, vp.height() * 0.58)
    for _ in range(abs(steps)):
        event = QWheelEvent(at, QPointF(vp.mapToGlobal(at.toPoint())), QPoint(0, 0),
                            QPoint(0, 120 if steps > 0 else -120), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(vp, event)
        QApplication.processEvents()


def _rest(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: win.view.settled, timeout=5000)
    QApplication.processEvents()


def _window(qtbot) -> MainWindow:
    win = MainWindow(big_map(300, 1000), None, "da")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    view = win.view
    view.fit()
    # The pointer where the wheel turns: a zoom keeps the point under the pointer still, and
    # Qt's idea of where the pointer is outlives a test (a test before that left it on a list
    # scrolled this one's map to its end, where the Shift-wheel step below had nowhere to go).
    vp = view.viewport()
    QTest.mouseMove(vp, QPoint(round(vp.width() * 0.37), round(vp.height() * 0.58)))
    # Away from the fit: the scroll bars come (each one a resize of the viewport, which ends
    # a gesture); from then on the steps are a gesture.
    for _ in range(8):
        if view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible():
            break
        _wheel(win, 1)
        _rest(qtbot, win)
    assert view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible()
    return win


def _assert_exact_on_screen(win: MainWindow) -> None:
    """The screen holds what a repaint of the map (as before this change) puts there."""
    shown = _screen(win)
    win.view.viewport().repaint()  # the map painted again, exactly, right now
    assert _screen(win) == shown


def test_a_burst_of_wheel_steps_moves_the_picture_then_paints_the_map_once(qtbot):
    win = _window(qtbot)
    view = win.view
    before_zoom, exact = view.zoom(), view.exact_paints
    rested = _screen(win)
    _wheel(win, 4)
    assert view.zoom() > before_zoom * 1.7
    assert not view.settled
    assert view.exact_paints == exact  # four steps, no repaint of the map
    assert _screen(win) != rested  # ... but the picture on screen followed the zoom
    grabbed = view.viewport().grab().toImage()  # a grab mid-gesture: the map itself
    assert view.exact_paints == exact + 1
    _rest(qtbot, win)
    assert view.exact_paints == exact + 2  # (the grab, and) exactly one repaint at rest
    assert view.viewport().grab().toImage() == grabbed
    _assert_exact_on_screen(win)
    win.undo_stack.setClean()


def test_scroll_bar_clicks_shift_wheel_and_keyboard_zoom_repaint_once_at_rest(qtbot):
    win = _window(qtbot)
    view = win.view
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    exact, place = view.exact_paints, (hbar.value(), vbar.value())
    QTest.mouseClick(hbar, Qt.MouseButton.LeftButton, pos=QPoint(hbar.width() - 30, hbar.height() // 2))
    QTest.mouseClick(vbar, Qt.MouseButton.LeftButton, pos=QPoint(vbar.width() // 2, vbar.height() - 30))
    _wheel(win, -2, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert (hbar.value(), vbar.value()) != place
    assert not view.settled and view.exact_paints == exact
    _rest(qtbot, win)
    assert view.exact_paints == exact + 1
    _assert_exact_on_screen(win)
    exact, zoom = view.exact_paints, view.zoom()
    view.setFocus()
    QTest.keyClick(win, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # View > Zoom In
    QTest.keyClick(win, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert view.zoom() > zoom * 1.5
    assert not view.settled and view.exact_paints == exact
    _rest(qtbot, win)
    assert view.exact_paints == exact + 1
    _assert_exact_on_screen(win)
    # Page Down with nothing selected scrolls the map: a gesture too
    exact, place = view.exact_paints, vbar.value()
    QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)
    QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)
    QApplication.processEvents()
    assert vbar.value() > place
    assert not view.settled and view.exact_paints == exact
    _rest(qtbot, win)
    assert view.exact_paints == exact + 1
    _assert_exact_on_screen(win)
    win.undo_stack.setClean()


def test_a_selection_a_click_or_a_resize_ends_the_gesture_at_once(qtbot):
    win = _window(qtbot)
    view = win.view
    view._rest.setInterval(60_000)  # the rest would come only in a minute: it is the event that ends it
    try:
        _wheel(win, 2)
        assert not view.settled
        QTest.keyClick(win, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # Edit > Select All
        QApplication.processEvents()
        assert win.scene.selectedItems()
        assert view.settled
        QApplication.processEvents()
        _assert_exact_on_screen(win)  # the selection shown exactly, with the new zoom
        exact = view.exact_paints
        _wheel(win, -1)
        # the exact paint of the selection is the picture the next series starts from
        assert not view.settled and view.exact_paints == exact
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # a click on the canvas
        assert view.settled
        QApplication.processEvents()
        _assert_exact_on_screen(win)
        _wheel(win, 1, Qt.KeyboardModifier.ShiftModifier)
        assert not view.settled
        win.resize(win.size() - QSize(40, 40))
        QApplication.processEvents()
        assert view.settled
        _assert_exact_on_screen(win)
    finally:
        view._rest.setInterval(120)
    win.undo_stack.setClean()


def test_the_first_wheel_step_on_the_fitted_map_is_already_a_moved_picture(qtbot):
    """The fit ends with the first step and the scroll bars come back, which shrinks the
    viewport: that is part of the gesture, not a resize that ends it."""
    win = MainWindow(big_map(300, 1000), None, "da")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    view = win.view
    view.fit()
    QApplication.processEvents()
    viewport, exact = view.viewport().size(), view.exact_paints
    _wheel(win, 2)
    assert view.viewport().size() != viewport  # a scroll bar came
    assert not view.settled and view.exact_paints == exact
    _rest(qtbot, win)
    assert view.exact_paints == exact + 1
    _assert_exact_on_screen(win)
    win.undo_stack.setClean()


def test_a_rubber_band_ends_the_gesture_and_the_wheel_does_not_start_one_under_it(qtbot):
    win = _window(qtbot)
    view, vp = win.view, win.view.viewport()
    # Room to scroll both ways, wherever an earlier test left the pointer (the zoom follows it).
    vbar = view.verticalScrollBar()
    vbar.setValue((vbar.minimum() + vbar.maximum()) // 2)
    _rest(qtbot, win)
    empty = next(QPoint(x, y) for y in range(10, vp.height() - 60, 15) for x in range(10, vp.width() - 60, 15)
                 if view.itemAt(QPoint(x, y)) is None and view.itemAt(QPoint(x + 40, y + 40)) is None)
    view._rest.setInterval(60_000)
    try:
        _wheel(win, 1, Qt.KeyboardModifier.ShiftModifier)
        assert not view.settled
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
        assert view.settled  # the press ends the gesture: the band is drawn on the exact map
        for i in range(1, 5):
            QTest.mouseMove(vp, empty + QPoint(10 * i, 10 * i))
        assert not view.rubberBandRect().isNull()
        exact = view.exact_paints
        _wheel(win, 1, Qt.KeyboardModifier.ShiftModifier)  # scrolling while the band is drawn
        assert view.settled and view.exact_paints > exact  # painted exactly, band and all
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty + QPoint(40, 40))
    finally:
        view._rest.setInterval(120)
    win.undo_stack.setClean()


def test_a_pinch_is_a_gesture_and_the_map_is_painted_once_when_the_fingers_rest(qtbot):
    win = _window(qtbot)
    view, vp = win.view, win.view.viewport()
    screen = QTest.createTouchDevice()
    c = vp.rect().center()
    zoom, exact = view.zoom(), view.exact_paints
    QTest.touchEvent(vp, screen).press(0, c - QPoint(50, 0)).press(1, c + QPoint(50, 0)).commit()
    for step in range(1, 6):
        QTest.touchEvent(vp, screen).move(0, c - QPoint(50 + 10 * step, 0)).move(1, c + QPoint(50 + 10 * step, 0)).commit()
        QApplication.processEvents()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(100, 0)).release(1, c + QPoint(100, 0)).commit()
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(zoom * 2, rel=0.05)  # fingers 100 px -> 200 px apart
    assert not view.settled and view.exact_paints == exact
    _rest(qtbot, win)
    assert view.exact_paints == exact + 1
    _assert_exact_on_screen(win)
    win.undo_stack.setClean()


def test_with_the_person_form_open_over_the_map_each_step_is_painted_exactly(qtbot):
    """The form over the map is in the same picture on screen: moved with the map it would
    leave a ghost, so no gesture while it is open."""
    win = _window(qtbot)
    view, vp = win.view, win.view.viewport()
    person = next(i for i in win.scene.items() if isinstance(i, ActorItem)
                  and vp.rect().adjusted(40, 40, -40, -40).contains(view.mapFromScene(i.scenePos())))
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=view.mapFromScene(person.scenePos()))
    assert person.isSelected()
    QTest.keyClick(view, Qt.Key.Key_F2)  # the person form
    QApplication.processEvents()
    assert win.docview.inline.isVisible()
    for steps in (1, -1, 1):
        exact = view.exact_paints
        _wheel(win, steps)
        assert view.settled and view.exact_paints > exact
    win.docview.inline.hide()
    win.undo_stack.setClean()
