"""Placement while adding, the way a caseworker does it: people added to a cloud join its
rows and the map stays compact (model/keep_compact.py); someone dragged by hand stays
where they were put; each addition is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from skymap.model import keep_compact

from .test_editing import drag, pos_of, vp_point


def _add_with_palette(window, qtbot, cloud: str) -> None:
    window.scene.select_only(cloud)
    window.palette_panel.buttons["professional"].click()  # into the selected cloud
    window.docview.inline.close_editor(commit=False)
    qtbot.wait(5)


def _in_cloud(doc, actor_id: str) -> tuple[float, float]:
    """Where someone stands in their cloud: from its middle across, from its top down."""
    a = doc.actor(actor_id)
    d = doc.domain(a.domain)
    return round(a.x - d.x, 1), round(a.y - (d.y - d.height / 2), 1)


def test_someone_dragged_by_hand_stays_where_put_while_others_are_added(open_example, qtbot):
    window = open_example("da")
    doc = window.doc
    school = doc.actors_in("d-school")
    hanne = school[0]
    drag(window, pos_of(window, hanne.id), pos_of(window, hanne.id) + QPointF(24, 16))
    assert (doc.actor(hanne.id).x, doc.actor(hanne.id).y) != (hanne.x, hanne.y)
    where = {a.id: _in_cloud(doc, a.id) for a in school}
    for cloud in ("d-school", "d-school", "d-gp", "d-school", "d-children_family"):
        _add_with_palette(window, qtbot, cloud)
        assert {a.id: _in_cloud(doc, a.id) for a in school} == where
    assert len(doc.actors_in("d-school")) == len(school) + 3


def test_double_clicking_a_cloud_kept_in_rows_adds_the_person_to_its_rows(open_example, qtbot):
    window = open_example("da")
    doc = window.doc
    before = doc.map.model_dump()
    gp = doc.domain("d-gp")
    assert keep_compact.joins_rows(doc.map, "d-gp")
    # an empty spot low in the cloud, beside its one person
    spot = QPointF(gp.x + gp.width * 0.3, gp.y + gp.height * 0.35)
    QTest.mouseDClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, vp_point(window, spot))
    window.docview.inline.close_editor(commit=False)
    qtbot.wait(5)
    people = doc.actors_in("d-gp")
    assert len(people) == 2
    assert keep_compact.in_rows(doc.domain("d-gp"), people)  # side by side, not where clicked
    assert doc.domain("d-gp").width >= 2 * 136
    window.undo_stack.undo()  # one step takes back the person and every move made for them
    assert doc.map.model_dump() == before


def test_a_family_member_from_the_keyboard_keeps_the_family_in_its_rows(open_example, qtbot):
    window = open_example("da")
    doc = window.doc
    for _ in range(2):
        window.activateWindow()
        window.view.setFocus()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTest.keyClick(window, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)  # Edit > Add Family Member
        window.docview.inline.close_editor(commit=False)
        qtbot.wait(5)
    family = [(f.x, f.y) for f in doc.map.family]
    assert len(family) == 7
    assert len({y for _x, y in family}) == 2  # seven in two rows, not one long row
    assert abs(sum(x for x, _y in family)) < 1.0  # in the middle
    fam = window.scene.family_item.sceneBoundingRect()
    for a in doc.map.actors:
        assert not fam.intersects(window.scene.item_for(a.id).sceneBoundingRect()), a.name


def test_people_pasted_into_their_cloud_join_its_rows_not_on_top_of_the_originals(open_example, qtbot):
    window = open_example("da")
    doc = window.doc
    before = doc.map.model_dump()
    originals = doc.actors_in("d-jobcentre")[:2]
    window.scene.clearSelection()
    for a in originals:
        window.scene.item_for(a.id).setSelected(True)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key_C, Qt.ControlModifier)  # Edit > Copy
    QTest.keyClick(window, Qt.Key_V, Qt.ControlModifier)  # Edit > Paste
    people = doc.actors_in("d-jobcentre")
    assert len(people) == len([a for a in before["actors"] if a["domain"] == "d-jobcentre"]) + 2
    assert keep_compact.in_rows(doc.domain("d-jobcentre"), people)
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert abs(a.x - b.x) >= 134 or abs(a.y - b.y) >= 98, (a.name, b.name)
    window.undo_stack.undo()  # one step
    assert doc.map.model_dump() == before
