"""Touch: two fingers pinch to zoom and move to pan."""


import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


@pytest.fixture
def window(open_example):
    win = open_example("da", fit=True)
    return win


@pytest.fixture
def screen():
    return QTest.createTouchDevice()


def test_pinch_zooms_in_and_out(window, screen):
    vp = window.view.viewport()
    c = vp.rect().center()
    z = window.view.zoom()
    QTest.touchEvent(vp, screen).press(0, c - QPoint(50, 0)).press(1, c + QPoint(50, 0)).commit()
    for step in range(1, 6):
        QTest.touchEvent(vp, screen).move(0, c - QPoint(50 + 20 * step, 0)).move(1, c + QPoint(50 + 20 * step, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(150, 0)).release(1, c + QPoint(150, 0)).commit()
    assert window.view.zoom() == pytest.approx(z * 3, rel=0.05)  # fingers 100 px -> 300 px apart
    QTest.touchEvent(vp, screen).press(0, c - QPoint(150, 0)).press(1, c + QPoint(150, 0)).commit()
    QTest.touchEvent(vp, screen).move(0, c - QPoint(75, 0)).move(1, c + QPoint(75, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(75, 0)).release(1, c + QPoint(75, 0)).commit()
    assert window.view.zoom() == pytest.approx(z * 1.5, rel=0.05)
    assert window.undo_stack.count() == 0


def test_two_fingers_moving_together_pan(window, screen):
    window.view.zoom_by(3)
    vp = window.view.viewport()
    c = vp.rect().center()
    bar = window.view.horizontalScrollBar()
    before = bar.value()
    QTest.touchEvent(vp, screen).press(0, c - QPoint(40, 0)).press(1, c + QPoint(40, 0)).commit()
    for step in range(1, 5):
        QTest.touchEvent(vp, screen).move(0, c - QPoint(40 + 30 * step, 0)).move(1, c + QPoint(40 - 30 * step, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(160, 0)).release(1, c - QPoint(80, 0)).commit()
    assert bar.value() > before + 60  # the map followed the fingers to the left
    assert window.view.zoom() == pytest.approx(window.view.zoom(), rel=0.01)


# ----- one finger: tap, drag, pan; press-and-hold opens the context menu -----------------------
# Points are given with the widget they belong to: without it QTest takes them relative to the
# window (the palette and toolbar offset), which is why an earlier one-finger test hit nothing.
def person(window, name):
    return next(a for a in window.doc.map.actors if a.name == name)


def at(window, obj):
    return window.view.mapFromScene(obj.x, obj.y)


def menus(dialogs):
    return [args for kind, args in dialogs if kind == "menu"]


def test_one_finger_drags_a_person_as_one_undo_step(window, screen):
    vp = window.view.viewport()
    ole = person(window, "Ole Brandt")  # (free canvas below him: a drop on someone is moved)
    start = at(window, ole)
    QTest.touchEvent(vp, screen).press(0, start, vp).commit()
    assert window.scene.selected_targets() == [("actors", ole.id)]
    for step in range(1, 7):
        QTest.touchEvent(vp, screen).move(0, start + QPoint(0, 20 * step), vp).commit()
    QTest.touchEvent(vp, screen).release(0, start + QPoint(0, 120), vp).commit()
    moved = window.doc.actor(ole.id)
    assert moved.y - ole.y == pytest.approx(120 / window.view.zoom(), abs=25)  # snapped to the grid
    assert moved.x == pytest.approx(ole.x, abs=25)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert (window.doc.actor(ole.id).x, window.doc.actor(ole.id).y) == (ole.x, ole.y)


def test_a_tap_selects_and_a_tap_on_the_canvas_clears(window, screen):
    vp = window.view.viewport()
    karin = person(window, "Karin Holm")
    QTest.touchEvent(vp, screen).press(0, at(window, karin), vp).commit()
    QTest.touchEvent(vp, screen).release(0, at(window, karin), vp).commit()
    assert window.scene.selected_targets() == [("actors", karin.id)]
    corner = QPoint(5, 5)
    assert not [i for i in window.view.items(corner) if getattr(i, "obj_id", None)]
    QTest.touchEvent(vp, screen).press(0, corner, vp).commit()
    QTest.touchEvent(vp, screen).release(0, corner, vp).commit()
    assert window.scene.selected_targets() == []
    assert window.undo_stack.count() == 0


def test_one_finger_on_the_empty_canvas_pans(window, screen):
    window.view.zoom_by(3)
    vp = window.view.viewport()
    free = next(QPoint(x, y) for x in range(10, vp.width(), 40) for y in range(10, vp.height(), 40)
                if not window.view.items(QPoint(x, y)))
    bar = window.view.verticalScrollBar()
    before = bar.value()
    QTest.touchEvent(vp, screen).press(0, free, vp).commit()
    for step in range(1, 6):
        QTest.touchEvent(vp, screen).move(0, free - QPoint(0, 20 * step), vp).commit()
    QTest.touchEvent(vp, screen).release(0, free - QPoint(0, 100), vp).commit()
    assert bar.value() >= before + 80  # the map followed the finger up
    assert window.undo_stack.count() == 0


def test_press_and_hold_opens_the_context_menu(window, screen, dialogs, qtbot):
    vp = window.view.viewport()
    karin = person(window, "Karin Holm")
    QTest.touchEvent(vp, screen).press(0, at(window, karin), vp).commit()
    qtbot.waitUntil(lambda: bool(menus(dialogs)), timeout=2000)
    QTest.touchEvent(vp, screen).release(0, at(window, karin), vp).commit()
    texts, screen_pos = menus(dialogs)[0]
    assert "&Rename…" in texts and "Family coordinator" in texts  # the person's menu
    assert screen_pos == vp.mapToGlobal(at(window, karin))
    assert window.scene.selected_targets() == [("actors", karin.id)]
    assert window.undo_stack.count() == 0
    assert window.doc.actor(karin.id) == karin  # not moved


def test_moving_cancels_the_press_and_hold(window, screen, dialogs, qtbot):
    vp = window.view.viewport()
    karin = person(window, "Karin Holm")
    QTest.touchEvent(vp, screen).press(0, at(window, karin), vp).commit()
    QTest.touchEvent(vp, screen).move(0, at(window, karin) + QPoint(30, 0), vp).commit()
    qtbot.wait(900)
    QTest.touchEvent(vp, screen).release(0, at(window, karin) + QPoint(30, 0), vp).commit()
    assert not menus(dialogs)
    assert window.undo_stack.count() == 1  # it was a drag


def test_mouse_press_and_hold_on_the_canvas(window, dialogs, qtbot):
    vp = window.view.viewport()
    free = next(QPoint(x, y) for x in range(10, vp.width(), 40) for y in range(10, vp.height(), 40)
                if not window.view.items(QPoint(x, y)))
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, free)
    qtbot.waitUntil(lambda: bool(menus(dialogs)), timeout=2000)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, free)
    texts, _ = menus(dialogs)[0]
    assert "Add professional here" in texts  # the empty canvas's menu
    assert window.undo_stack.count() == 0


def test_mouse_press_and_hold_on_a_person_moves_nothing(window, dialogs, qtbot):
    vp = window.view.viewport()
    karin = person(window, "Karin Holm")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, at(window, karin))
    QTest.mouseMove(vp, at(window, karin) + QPoint(3, 2))  # a hand is never quite still
    qtbot.waitUntil(lambda: bool(menus(dialogs)), timeout=2000)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, at(window, karin) + QPoint(3, 2))
    assert "&Rename…" in menus(dialogs)[0][0]
    assert window.undo_stack.count() == 0
    assert window.doc.actor(karin.id) == karin


def test_mouse_events_made_from_the_same_touch_are_not_handled_twice(window, screen):
    """Some systems send mouse events for a touch as well; while a finger is down, those
    from the touch screen are ignored, so a drag moves the person once, not twice."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    vp = window.view.viewport()
    ole = person(window, "Ole Brandt")
    start = at(window, ole)
    QTest.touchEvent(vp, screen).press(0, start, vp).commit()
    for step in range(1, 4):
        end = start + QPoint(0, 30 * step)
        QTest.touchEvent(vp, screen).move(0, end, vp).commit()
        echo = QMouseEvent(QEvent.MouseMove, QPointF(end + QPoint(0, 200)), QPointF(vp.mapToGlobal(end)),
                           Qt.NoButton, Qt.LeftButton, Qt.NoModifier, screen)
        QApplication.sendEvent(vp, echo)
    QTest.touchEvent(vp, screen).release(0, start + QPoint(0, 90), vp).commit()
    moved = window.doc.actor(ole.id)
    assert moved.y - ole.y == pytest.approx(90 / window.view.zoom(), abs=25)
    assert window.undo_stack.count() == 1


def test_a_tap_on_the_family_selects_it_and_a_drag_there_pans(window, screen):
    vp = window.view.viewport()
    rect = window.scene.family_item.rect
    # by the family's title, where no tie passes over the family
    spot = next(window.view.mapFromScene(rect.center().x() + dx, rect.top() + dy)
                for dy in (12, 30, 50) for dx in (0, 20, -20, 40, -40, 60, -60, 80, -80)
                if [getattr(i, "kind", None) for i in window.view.items(
                    window.view.mapFromScene(rect.center().x() + dx, rect.top() + dy))][0] == "family")
    QTest.touchEvent(vp, screen).press(0, spot, vp).commit()
    QTest.touchEvent(vp, screen).release(0, spot, vp).commit()
    assert window.scene.family_item.isSelected()
    window.view.zoom_by(3)
    spot = window.view.mapFromScene(rect.center().x(), rect.top() + 12)
    bar = window.view.horizontalScrollBar()
    before = bar.value()
    QTest.touchEvent(vp, screen).press(0, spot, vp).commit()
    for step in range(1, 5):
        QTest.touchEvent(vp, screen).move(0, spot - QPoint(25 * step, 0), vp).commit()
    QTest.touchEvent(vp, screen).release(0, spot - QPoint(100, 0), vp).commit()
    assert bar.value() >= before + 80
    assert window.undo_stack.count() == 0
