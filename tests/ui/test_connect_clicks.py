"""The Connect tool (Forbind) by click, then click, as at a kitchen table with a touch screen
or a pen: the first click marks the person (a ring, a line following the pointer, the status
bar saying what comes next), a click on another draws the tie as one undo step (the same
command and kind as a drag); Esc or a click on the empty canvas lets go. In a real window at
1366x768, in Danish and in English, the tool chosen on the toolbar."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem

from skymap.model.vocabulary import LinkKind

from .test_drawing_ties import obj, point

NEXT = {"en": "Now click the person to tie", "da": "Klik nu på den person"}


@pytest.fixture
def window(laptop_window_each_language):
    win = laptop_window_each_language
    win.view.fit()
    QTest.mouseClick(win.toolbar.widgetForAction(win.tool_actions["connect"]), Qt.LeftButton)
    assert win.scene.tool_name() == "connect"
    return win


def ties(window, a, b):
    ids = {obj(window, a).id, obj(window, b).id}
    return [ln for ln in window.doc.map.links if {ln.source, ln.target} == ids]


def click(window, where: QPoint) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, where)


def rubber_line(window):
    return [i for i in window.scene.items() if type(i) is QGraphicsLineItem]


def ring(window):
    return [i for i in window.scene.items() if type(i) is QGraphicsPathItem and i.zValue() == 99]


def empty_spot(window) -> QPoint:
    """A point of the canvas where nobody is (the bottom left corner of the view)."""
    vp = window.view.viewport()
    spot = QPoint(12, vp.height() - 12)
    assert window.scene.endpoint_at(window.view.mapToScene(spot)) is None
    return spot


@pytest.mark.parametrize("a, b, kind", [
    ("Karin Holm", "Nanna Wind", LinkKind.COORDINATION),
    ("Peter Vinther", "Freja Nørgaard", LinkKind.CONTACT),
    ("Freja Nørgaard", "Peter Vinther", LinkKind.CONTACT),
])
def test_click_one_then_another_draws_the_tie(window, a, b, kind, tmp_path):
    lang = window.lang
    assert not ties(window, a, b)
    steps = window.undo_stack.index()
    click(window, point(window, a))
    # nothing drawn yet; the first person is marked and the status bar says what comes next
    assert not ties(window, a, b) and window.undo_stack.index() == steps
    assert len(ring(window)) == 1 and len(rubber_line(window)) == 1
    assert ring(window)[0].path().boundingRect().contains(window.view.mapToScene(point(window, a)))
    message = window.statusBar().currentMessage()
    assert NEXT[lang] in message and a in message and "Esc" in message
    # the line follows the pointer (a mouse with no button down)
    halfway = (point(window, a) + point(window, b)) / 2
    QTest.mouseMove(window.view.viewport(), halfway + QPoint(9, 7))  # (Qt drops a move to where
    QTest.mouseMove(window.view.viewport(), halfway)  # the pointer is: an earlier test's halfway)
    line = rubber_line(window)[0].line()
    assert window.view.mapFromScene(line.p2()) == halfway
    window.grab().save(str(tmp_path / f"first-click-{lang}.png"))  # (to look at)
    click(window, point(window, b))
    made = ties(window, a, b)
    assert len(made) == 1 and made[0].kind is kind
    assert window.undo_stack.index() == steps + 1  # one step
    assert window.scene.selected_targets() == [("links", made[0].id)]
    assert not ring(window) and not rubber_line(window) and NEXT[lang] not in window.statusBar().currentMessage()
    assert window.scene.tool_name() == "connect"  # ready for the next tie
    window.undo_stack.undo()
    assert not ties(window, a, b)


def test_esc_or_a_click_on_the_empty_canvas_lets_go(window):
    for let_go in ("esc", "canvas", "again"):
        click(window, point(window, "Karin Holm"))
        assert ring(window)
        if let_go == "esc":
            QTest.keyClick(window.view, Qt.Key_Escape)
        elif let_go == "canvas":
            click(window, empty_spot(window))
        else:  # the marked person once more
            click(window, point(window, "Karin Holm"))
        assert not ring(window) and not rubber_line(window), let_go
        assert NEXT[window.lang] not in window.statusBar().currentMessage()
        assert window.scene.tool_name() == "connect", let_go  # the tool stays chosen
        # the next click is a new first click: no tie from Karin
        click(window, point(window, "Nanna Wind"))
        assert not ties(window, "Karin Holm", "Nanna Wind"), let_go
        assert ring(window)
        QTest.keyClick(window.view, Qt.Key_Escape)
    assert window.undo_stack.index() == 0
    QTest.keyClick(window.view, Qt.Key_Escape)  # nothing under way: back to select and move
    assert window.scene.tool_name() == "select"


def test_two_family_members_are_refused_with_a_message(window):
    click(window, point(window, "Sofie Nørgaard"))
    click(window, point(window, "Emil Nørgaard"))
    assert not ties(window, "Sofie Nørgaard", "Emil Nørgaard") and window.undo_stack.index() == 0
    assert not ring(window) and not rubber_line(window)
    assert {"en": "No tie drawn", "da": "Ingen forbindelse"}[window.lang] in window.statusBar().currentMessage()


def test_the_drag_still_draws_and_a_drag_to_nowhere_draws_nothing(window):
    vp = window.view.viewport()
    a, b = point(window, "Karin Holm"), point(window, "Nanna Wind")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, a)
    for step in range(1, 7):
        QTest.mouseMove(vp, a + (b - a) * step / 6)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, b)
    assert len(ties(window, "Karin Holm", "Nanna Wind")) == 1 and window.undo_stack.index() == 1
    assert not ring(window) and not rubber_line(window)
    nowhere = empty_spot(window)
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, a)
    for step in range(1, 7):
        QTest.mouseMove(vp, a + (nowhere - a) * step / 6)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, nowhere)
    assert window.undo_stack.index() == 1 and not ring(window) and not rubber_line(window)


def test_a_tap_then_a_tap_with_a_finger_draws_the_tie(window):
    screen = QTest.createTouchDevice()
    vp = window.view.viewport()
    for name in ("Karin Holm", "Nanna Wind"):
        p = point(window, name)
        QTest.touchEvent(vp, screen).press(0, p, vp).commit()
        QTest.touchEvent(vp, screen).release(0, p + QPoint(3, 2), vp).commit()  # a finger is never still
    made = ties(window, "Karin Holm", "Nanna Wind")
    assert len(made) == 1 and made[0].kind is LinkKind.COORDINATION and window.undo_stack.index() == 1
