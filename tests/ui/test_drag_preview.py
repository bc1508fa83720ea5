"""Dragging on a big map: pictures stand in for the map while the pointer moves, the
items move once at the end (one undo step), and what the pictures show matches what the
items show afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from skymap.model import layout
from skymap.model.document import MapDocument
from skymap.model.template import new_map
from skymap.model.vocabulary import Direction, LinkKind, Quality
from skymap.ui.main_window import MainWindow
from skymap.ui.scene import MapScene

QUALITIES = list(Quality)


@pytest.fixture
def big(qtbot):
    """Two clouds of 12 people, every pair tied (well over the threshold), all qualities and
    directions, plus a family member with contacts."""
    doc = MapDocument(new_map(family_name="Stor", lang="da"))
    member = doc.add_member("Barn")
    school = [doc.add_actor(f"S{i}", domain="d-school").id for i in range(12)]
    gp = [doc.add_actor(f"G{i}", domain="d-gp").id for i in range(12)]
    for d, people in (("d-school", school), ("d-gp", gp)):
        w, h = layout.size_for(len(people), doc.domain(d))
        doc.update("domains", d, width=w, height=h)
        doc.move(dict(zip(people, layout.slots(doc.domain(d), len(people)))))
    ids = school + gp
    n = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            doc.add_link(LinkKind.COORDINATION, a, b, quality=QUALITIES[n % len(QUALITIES)],
                         direction=[None, Direction.FORWARD, Direction.MUTUAL][n % 3])
            n += 1
    for a in school[:4]:
        doc.add_link(LinkKind.CONTACT, a, member.id)
    assert len(doc.map.links) >= MapScene.FAST_DRAG_LINKS
    win = MainWindow(doc.map, None, "da")
    win.editor.snapping = False  # so the end of a drag is exactly where the picture was
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    yield win
    win.undo_stack.setClean()


def _free_spot(win, cloud_id: str) -> QPoint:
    view, cloud = win.view, win.scene.items_by_id[cloud_id]
    rect = cloud.sceneBoundingRect()
    for fy in range(1, 20):
        for fx in range(1, 20):
            point = view.mapFromScene(QPointF(rect.left() + rect.width() * fx / 20, rect.top() + rect.height() * fy / 20))
            if view.itemAt(point) is cloud:
                return point
    raise AssertionError("no free spot on the cloud")


def _grab(win) -> QImage:
    vp = win.view.viewport()
    vp.repaint()
    return vp.grab().toImage().convertToFormat(QImage.Format_RGB32)


def _differing(a: QImage, b: QImage) -> float:
    """Share of pixels that differ clearly between two images of the same size."""
    assert a.size() == b.size()
    step, differ, total = 3, 0, 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            if abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue()) > 90:
                differ += 1
    return differ / total


def test_a_cloud_drag_moves_pictures_then_the_items_once(big):
    win, scene, vp = big, big.scene, big.view.viewport()
    doc = win.doc
    people = [a.id for a in doc.actors_in("d-school")]
    before = {i: (doc.actor(i).x, doc.actor(i).y) for i in people}
    cloud_before = (doc.domain("d-school").x, doc.domain("d-school").y)
    start = _free_spot(win, "d-school")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 11):
        QTest.mouseMove(vp, start + QPoint(4 * i, 3 * i))
    assert scene.drag_preview is not None
    # the items have not moved yet: the pictures have
    assert (scene.items_by_id[people[0]].pos().x(), scene.items_by_id[people[0]].pos().y()) == before[people[0]]
    during = _grab(win)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start + QPoint(40, 30))
    assert scene.drag_preview is None
    after = _grab(win)
    assert _differing(during, after) < 0.01  # the pictures showed what the items now show
    zoom = win.view.zoom()
    dx, dy = 40 / zoom, 30 / zoom
    cloud = doc.domain("d-school")
    assert cloud.x == pytest.approx(cloud_before[0] + dx, abs=0.2)
    assert cloud.y == pytest.approx(cloud_before[1] + dy, abs=0.2)
    for i in people:
        assert doc.actor(i).x == pytest.approx(before[i][0] + dx, abs=0.2)
        assert scene.items_by_id[i].pos().x() == pytest.approx(doc.actor(i).x)
    # every tie follows its ends again
    link = next(ln for ln in doc.map.links if ln.source in people and ln.target not in people)
    item = scene.items_by_id[link.id]
    assert item.boundingRect().contains(scene.items_by_id[link.source].pos())
    assert win.undo_stack.count() == 1
    win.undo_stack.undo()
    assert {i: (doc.actor(i).x, doc.actor(i).y) for i in people} == before
    assert scene.items_by_id[people[0]].pos().x() == before[people[0]][0]


def test_escape_during_a_big_drag_leaves_everything_in_place(big):
    win, scene, vp = big, big.scene, big.view.viewport()
    before = win.doc.map.model_dump()
    start = _free_spot(win, "d-gp")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(5 * i, 0))
    assert scene.drag_preview is not None
    QTest.keyClick(win.view, Qt.Key_Escape)
    assert scene.drag_preview is None
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start + QPoint(25, 0))
    assert win.doc.map.model_dump() == before
    assert win.undo_stack.count() == 0


def test_a_person_dragged_into_another_cloud_on_a_big_map_joins_it(big):
    win, scene, vp = big, big.scene, big.view.viewport()
    doc = win.doc
    person = doc.actors_in("d-school")[0].id
    seen = []
    a = win.view.mapFromScene(scene.items_by_id[person].pos())
    b = win.view.mapFromScene(scene.items_by_id["d-gp"].pos())
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, a)
    for i in range(1, 9):
        QTest.mouseMove(vp, a + (b - a) * i / 8)
    preview = scene.drag_preview
    seen.append(preview is not None and preview.drop_target is scene.items_by_id["d-gp"])
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, b)
    assert seen == [True]
    assert doc.actor(person).domain == "d-gp"
    assert win.undo_stack.count() == 1


def test_family_members_on_a_big_map_are_dragged_live(big):
    """The family oval reshapes as members move, so they are not drawn from pictures; the
    ties that stand still are (a snapshot item), and all comes back afterwards."""
    win, scene, vp = big, big.scene, big.view.viewport()
    member = win.doc.map.family[0].id
    a = win.view.mapFromScene(scene.items_by_id[member].pos())
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, a)
    for i in range(1, 6):
        QTest.mouseMove(vp, a + QPoint(0, 6 * i))
    assert scene.drag_preview is None
    hidden = sum(1 for i in scene.items_by_id.values() if getattr(i, "kind", "") == "link" and not i.isVisible())
    assert hidden > 0
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, a + QPoint(0, 30))
    assert all(i.isVisible() for i in scene.items_by_id.values())
    assert win.undo_stack.count() == 1


def test_zooming_in_the_middle_of_a_big_drag_takes_the_pictures_again(big, qtbot):
    win, scene, vp = big, big.scene, big.view.viewport()
    doc = win.doc
    person = doc.actors_in("d-gp")[0].id
    before = (doc.actor(person).x, doc.actor(person).y)
    start = _free_spot(win, "d-gp")
    pressed_at = win.view.mapToScene(start)
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 4):
        QTest.mouseMove(vp, start + QPoint(6 * i, 0))
    preview = scene.drag_preview
    assert preview is not None
    old_still = preview.still
    win.view.scale(1.25, 1.25)  # a pinch or Ctrl+wheel while the finger is down
    vp.repaint()
    assert preview.stale()
    qtbot.waitUntil(lambda: not preview.stale() and preview.still is not old_still, timeout=2000)
    end = start + QPoint(30, 0)
    # As Qt moves items: by the pointer's way in the scene, from where it was pressed.
    expected = win.view.mapToScene(end) - pressed_at
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, end)
    assert scene.drag_preview is None
    assert doc.actor(person).x == pytest.approx(before[0] + expected.x(), abs=0.2)
    assert doc.actor(person).y == pytest.approx(before[1] + expected.y(), abs=0.2)
    assert win.undo_stack.count() == 1


@pytest.mark.parametrize("key", [Qt.Key_H, Qt.Key_C, Qt.Key_D])
def test_choosing_another_tool_mid_drag_puts_the_drag_back(big, qtbot, key):
    """Pan, Connect or Draw cloud chosen while the button is held: nothing moves, the
    pictures go, and the canvas shows the model again (a later delete is seen)."""
    win, scene, vp, doc = big, big.scene, big.view.viewport(), big.doc
    before = doc.map.model_dump()
    start = _free_spot(win, "d-gp")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 5):
        QTest.mouseMove(vp, start + QPoint(5 * i, 0))
    assert scene.drag_preview is not None
    win.set_tool({Qt.Key_H: "pan", Qt.Key_C: "connect", Qt.Key_D: "draw_cloud"}[key])
    assert scene.drag_preview is None
    for i in range(5, 8):
        QTest.mouseMove(vp, start + QPoint(5 * i, 0))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start + QPoint(35, 0))
    win.set_tool("select")
    assert doc.map.model_dump() == before
    assert win.undo_stack.count() == 0
    assert scene.items_by_id["d-gp"].pos().x() == doc.domain("d-gp").x
    assert scene.mouseGrabberItem() is None
    shown = _grab(win)
    win.editor.delete([("domains", "d-school")] + [("actors", a.id) for a in doc.actors_in("d-school")])
    assert _differing(shown, _grab(win)) > 0.001  # the view shows the model, not old pictures


@pytest.mark.parametrize("many", [True, False])
def test_escape_then_moving_on_moves_nothing(qtbot, big, many):
    """Esc mid-drag puts everything back; the rest of that drag moves nothing (before,
    the cloud went on following the pointer without its people and without an edit)."""
    win, scene, vp, doc = big, big.scene, big.view.viewport(), big.doc
    if not many:
        MapScene.FAST_DRAG_LINKS, saved = 10_000, MapScene.FAST_DRAG_LINKS
    try:
        start = _free_spot(win, "d-gp")
        QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
        for i in range(1, 6):
            QTest.mouseMove(vp, start + QPoint(5 * i, 0))
        assert (scene.drag_preview is not None) is many
        QTest.keyClick(win.view, Qt.Key_Escape)
        for i in range(6, 12):
            QTest.mouseMove(vp, start + QPoint(5 * i, 0))
        QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start + QPoint(55, 0))
    finally:
        if not many:
            MapScene.FAST_DRAG_LINKS = saved
    assert win.undo_stack.count() == 0
    assert scene.items_by_id["d-gp"].pos().x() == doc.domain("d-gp").x
    person = doc.actors_in("d-gp")[0]
    assert scene.items_by_id[person.id].pos().x() == person.x
    # and the next drag works as usual
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 4):
        QTest.mouseMove(vp, start + QPoint(0, 5 * i))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start + QPoint(0, 15))
    assert win.undo_stack.count() == 1


def test_a_selected_clouds_resize_handle_keeps_its_size_in_the_picture(big):
    """The handle keeps its size on screen at any zoom; the moving picture must too."""
    win, scene, vp = big, big.scene, big.view.viewport()
    start = _free_spot(win, "d-gp")
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(5, 0))
    QTest.mouseMove(vp, start)  # back where it was: the pictures must match the map
    assert scene.drag_preview is not None
    handle = scene.items_by_id["d-gp"].handle
    assert handle.isVisible()
    rect = handle.deviceTransform(win.view.viewportTransform()).mapRect(handle.boundingRect())
    during = _grab(win).copy(rect.toAlignedRect().adjusted(-4, -4, 4, 4))
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, start)
    after = _grab(win).copy(rect.toAlignedRect().adjusted(-4, -4, 4, 4))
    assert _differing(during, after) < 0.02
