"""A person dragged and dropped never lands with her name or symbol over someone else's.

A trial dragged Birgit Juhl into the small "Egen læge" cloud near its edge: she stood where
she was let go, her name over Anders Kirk's. Now a drop that would cover someone (or leave
her hanging out of the cloud) puts her in the nearest free place in that cloud; a cloud
with no room grows as it does when someone is added (its neighbours make room). A drop on
a free place leaves her exactly there. One drag is one undo step, as before."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtTest import QTest

from skymap.ui.items.person_item import PersonItem
from skymap.ui.text_room import text_box
from tests.helpers import by_name

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(laptop_window_each_language):
    return laptop_window_each_language  # (tests/ui/conftest.py: English and Danish, 1366x768)


def drag(window, start: QPointF, end: QPointF) -> None:
    """Press on `start`, move there in steps, let go on `end` (scene points), as a hand does."""
    vp = window.view.viewport()
    a, b = window.view.mapFromScene(start), window.view.mapFromScene(end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 11):
        QTest.mouseMove(vp, a + (b - a) * i / 10)
        QTest.qWait(5)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QTest.qWait(10)


def drawn(item: PersonItem) -> QPainterPath:
    """Her round symbol and her name and role as drawn (the text, not the soft halo and the line spacing round
    it, which neighbours in Skymap's own rows may just touch), in scene coordinates."""
    path = QPainterPath()
    path.addEllipse(item.pos(), item.radius, item.radius)
    path.addRect(text_box(item).adjusted(4, 0, -4, -4))
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def overlapping(window) -> set[frozenset[str]]:
    """Pairs of people (names) one of whose symbol or name covers the other's."""
    people = [(i.name(), drawn(i)) for i in window.scene.items() if isinstance(i, PersonItem)]
    return {frozenset((p, q)) for (p, a), (q, b) in itertools.combinations(people, 2) if a.intersects(b)}


def spot_over(window, person, cloud_id: str) -> QPointF:
    """A point near the edge of the cloud `cloud_id`, inside it, where a person dropped would
    stand with her name over `person`'s."""
    for dx in (-80, 80, -70, 70, -60, 60):
        p = QPointF(person.x + dx, person.y + 10)
        if window.scene.domain_at(p) == cloud_id:
            return p
    raise AssertionError("no such spot")


def test_a_person_dropped_into_a_small_cloud_over_its_person_lands_beside_him(window):
    doc = window.doc
    birgit, anders = by_name(doc, "Birgit Juhl"), by_name(doc, "Anders Kirk")
    gp = anders.domain
    before_map, before_overlaps = doc.map.model_dump(), overlapping(window)
    drop = spot_over(window, anders, gp)
    steps = window.undo_stack.index()
    drag(window, QPointF(birgit.x, birgit.y), drop)
    assert doc.actor(birgit.id).domain == gp  # she is in Egen læge now
    assert window.undo_stack.index() == steps + 1  # one step
    new = overlapping(window) - before_overlaps
    assert not new, f"dropped over a neighbour: {new}"
    cloud = window.scene.item_for(gp)
    for person in (birgit, anders):  # both whole inside the cloud
        label = text_box(window.scene.item_for(person.id))
        assert cloud.mapToScene(cloud.shape()).contains(label.center())
    window.grab().save(f"/tmp/edits-drop-{window.lang}.png")
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # Edit > Undo: all back as it was
    assert doc.map.model_dump() == before_map


def test_a_person_dropped_on_a_neighbour_in_her_own_cloud_stands_clear_of_him(window):
    doc = window.doc
    jonas, hanne = by_name(doc, "Jonas Berg"), by_name(doc, "Hanne Lund")
    before_overlaps = overlapping(window)
    drag(window, QPointF(jonas.x, jonas.y), QPointF(hanne.x + 30, hanne.y + 20))
    assert doc.actor(jonas.id).domain == hanne.domain
    assert not overlapping(window) - before_overlaps


def test_a_drop_on_a_free_place_in_a_cloud_stays_where_it_was_let_go(window):
    """Only a drop onto someone (or out over the cloud's edge) is moved: the caseworker
    arranging a cloud by hand keeps the place she chose."""
    doc = window.doc
    window.editor.snapping = False
    birgit = by_name(doc, "Birgit Juhl")  # alone in her cloud, with room beside her
    start, spot = QPointF(birgit.x, birgit.y), QPointF(birgit.x + 22, birgit.y)
    drag(window, start, spot)
    view = window.view
    moved = view.mapToScene(view.mapFromScene(spot)) - view.mapToScene(view.mapFromScene(start))
    assert moved.x() > 15
    now = doc.actor(birgit.id)
    assert now.domain == birgit.domain
    assert (now.x, now.y) == pytest.approx((birgit.x + moved.x(), birgit.y + moved.y()), abs=0.2)
