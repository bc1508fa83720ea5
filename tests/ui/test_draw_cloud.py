"""Drawing a cloud by hand: a loop drawn with the cloud tool becomes a named cloud."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from skymap.model.freehand import MIN_CLOUD_H, MIN_CLOUD_W


@pytest.fixture
def window(open_example):
    return open_example("da", fit=True)


def loop_points(centre: QPoint, rx: int, ry: int, steps: int = 60, turns: float = 1.05) -> list[QPoint]:
    """Viewport points of a hand-drawn loop (a slightly wobbly ellipse that runs a little
    past its start, as a hand does)."""
    return [
        centre + QPoint(round(rx * math.cos(2 * math.pi * turns * i / steps) + 3 * math.sin(i)),
                        round(ry * math.sin(2 * math.pi * turns * i / steps)))
        for i in range(steps + 1)
    ]


def draw(window, points: list[QPoint]) -> None:
    vp = window.view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, points[-1])


def scene_box(window, points: list[QPoint]) -> tuple[float, float, float, float]:
    scene = [window.view.mapToScene(p) for p in points]
    xs, ys = [p.x() for p in scene], [p.y() for p in scene]
    return min(xs), min(ys), max(xs), max(ys)


def big_loop(window) -> list[QPoint]:
    """A loop big enough that its cloud is not enlarged to the smallest cloud size."""
    vp = window.view.viewport().rect()
    zoom = window.view.zoom()
    rx = max(vp.width() // 4, math.ceil(MIN_CLOUD_W / zoom / 2) + 20)
    ry = max(vp.height() // 4, math.ceil(MIN_CLOUD_H / zoom / 2) + 20)
    return loop_points(vp.center(), min(rx, vp.width() // 2 - 10), min(ry, vp.height() // 2 - 10))


@pytest.fixture
def danish():
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


def test_the_tool_is_in_the_menu_on_a_key_and_in_the_palette(danish, open_example, qtbot):
    window = open_example("da")
    act = window.tool_actions["draw_cloud"]
    assert act.shortcut().toString() == "D"
    assert act.text().replace("&", "") == "Tegn sky"
    button = window.palette_panel.draw_button
    assert button.text() == "Tegn sky" and button.minimumHeight() >= 44 and button.toolTip()
    button.click()
    assert window.scene.tool_name() == "draw_cloud" and act.isChecked()
    window.set_tool("select")
    assert not button.isChecked()
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window.view, Qt.Key_D)
    assert window.scene.tool_name() == "draw_cloud" and button.isChecked()


def test_a_loop_drawn_with_the_mouse_or_pen_becomes_a_cloud_ready_to_be_named(window):
    doc = window.doc
    before = {d.id for d in doc.map.domains}
    steps = window.undo_stack.count()
    window.set_tool("draw_cloud")
    points = big_loop(window)
    draw(window, points)

    new = [d for d in doc.map.domains if d.id not in before]
    assert len(new) == 1
    cloud = new[0]
    assert cloud.outline is not None and 24 <= len(cloud.outline) <= 48
    # The cloud's box is the loop's box.
    x0, y0, x1, y1 = scene_box(window, points)
    tolerance = 4 / window.view.zoom() + 2
    assert cloud.x - cloud.width / 2 == pytest.approx(x0, abs=tolerance)
    assert cloud.x + cloud.width / 2 == pytest.approx(x1, abs=tolerance)
    assert cloud.y - cloud.height / 2 == pytest.approx(y0, abs=tolerance)
    assert cloud.y + cloud.height / 2 == pytest.approx(y1, abs=tolerance)
    # One undo step, the cloud selected, its name being asked for, the tool back to select.
    assert window.undo_stack.count() == steps + 1
    assert window.scene.item_for(cloud.id).isSelected()
    inline = window.docview.inline
    assert inline.isVisible() and inline.target == ("domains", cloud.id)
    assert window.scene.tool_name() == "select"
    inline.fields["label"].setText("Fodboldklubben")
    QTest.keyClick(inline.fields["label"], Qt.Key_Return)
    assert doc.domain(cloud.id).label == "Fodboldklubben"
    # The shape on screen is the drawn one: the middle is inside, a corner of the box is not.
    item = window.scene.item_for(cloud.id)
    assert item.shape().contains(QPointF(0, 0))
    assert not item.shape().contains(QPointF(-cloud.width / 2 + 3, -cloud.height / 2 + 3))
    assert window.scene.domain_at(QPointF(cloud.x, cloud.y + cloud.height / 4)) == cloud.id

    window.undo_stack.undo()  # the name
    window.undo_stack.undo()  # the cloud
    assert doc.domain(cloud.id) is None and cloud.id not in window.scene.items_by_id
    window.undo_stack.redo()
    assert doc.domain(cloud.id).outline == cloud.outline


def test_a_stroke_that_is_not_a_loop_makes_nothing_and_says_why(window):
    doc = window.doc
    count, steps = len(doc.map.domains), window.undo_stack.count()
    window.set_tool("draw_cloud")
    c = window.view.viewport().rect().center()
    draw(window, [c + QPoint(-200 + 10 * i, (i % 3) * 2) for i in range(41)])  # a line
    assert len(doc.map.domains) == count and window.undo_stack.count() == steps
    assert "closed loop" in window.statusBar().currentMessage()
    assert window.scene.tool_name() == "draw_cloud"  # try again
    assert not [i for i in window.scene.items() if type(i).__name__ == "QGraphicsPathItem"]  # no stroke left
    draw(window, [c, c + QPoint(2, 1)])  # a tap
    assert len(doc.map.domains) == count and window.undo_stack.count() == steps


def test_escape_while_drawing_drops_the_stroke(window):
    doc = window.doc
    count = len(doc.map.domains)
    window.set_tool("draw_cloud")
    points = big_loop(window)
    vp = window.view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, points[0])
    for p in points[1:40]:
        QTest.mouseMove(vp, p)
    assert window.scene.interaction.stroke is not None
    QTest.keyClick(window.view, Qt.Key_Escape)
    assert window.scene.interaction.stroke is None
    for p in points[40:]:
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, points[-1])
    assert len(doc.map.domains) == count
    QTest.keyClick(window.view, Qt.Key_Escape)  # nothing being drawn: back to selecting
    assert window.scene.tool_name() == "select"


def test_a_loop_drawn_with_one_finger_becomes_a_cloud(window):
    doc = window.doc
    before = {d.id for d in doc.map.domains}
    window.set_tool("draw_cloud")
    vp = window.view.viewport()
    screen = QTest.createTouchDevice()
    points = big_loop(window)
    QTest.touchEvent(vp, screen).press(0, points[0]).commit()
    for p in points[1:]:
        QTest.touchEvent(vp, screen).move(0, p).commit()
    QTest.touchEvent(vp, screen).release(0, points[-1]).commit()
    new = [d for d in doc.map.domains if d.id not in before]
    assert len(new) == 1 and new[0].outline is not None
    window.docview.inline.close_editor(commit=False)


def test_people_in_no_cloud_whom_the_loop_goes_round_join_the_new_cloud(window):
    from skymap.model.vocabulary import ActorKind

    doc = window.doc
    window.set_tool("draw_cloud")
    points = big_loop(window)
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    inside = window.editor.add_actor(middle.x(), middle.y(), ActorKind.PRIVATE, None, name="Nabo Inde")
    x0, y0, x1, y1 = scene_box(window, points)
    outside = window.editor.add_actor(x1 + 300, y1 + 300, ActorKind.PRIVATE, None, name="Nabo Ude")
    before = {d.id for d in doc.map.domains}
    steps = window.undo_stack.count()
    draw(window, points)
    cloud = next(d for d in doc.map.domains if d.id not in before)
    assert doc.actor(inside.id).domain == cloud.id
    assert (doc.actor(inside.id).x, doc.actor(inside.id).y) == (inside.x, inside.y)  # they stay where they stood
    assert doc.actor(outside.id).domain is None
    assert window.undo_stack.count() == steps + 1
    window.docview.inline.close_editor(commit=False)
    window.undo_stack.undo()
    assert doc.domain(cloud.id) is None and doc.actor(inside.id).domain is None
