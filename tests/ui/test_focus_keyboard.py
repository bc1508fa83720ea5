"""A child's own view and the keyboard: Tab, the arrow keys, Select All, Delete and Ctrl+L
reach only the people on screen, and a screen reader is told only about them (the
people hidden are not there for the child's conversation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.focus import focus_of


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def selected(win) -> set[str]:
    return {obj_id for _c, obj_id in win.scene.selected_targets()}


def emils_view(open_example, qtbot):
    win = open_example("en")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.view.setFocus()
    emil = by_name(win.doc, "Emil Nørgaard")
    win.scene.select_only(emil.id)
    next(a for a in win.findChildren(type(win.act_undo)) if a.objectName() == "focusSelected").trigger()
    assert win.focus_view is not None
    return win, emil, focus_of(win.doc.map, emil.id)


def test_tab_and_the_arrows_reach_only_the_people_shown(open_example, qtbot):
    win, emil, focus = emils_view(open_example, qtbot)
    everyone = len(win.doc.map.actors) + len(win.doc.map.family) + len(win.doc.map.domains)
    reached = set()
    for _ in range(everyone + 2):  # (round the whole map's length once: the hidden would come up)
        QTest.keyClick(win.view.viewport(), Qt.Key_Tab)  # (the map has the keyboard focus)
        now = selected(win)
        assert len(now) == 1 and now <= focus.shown, now
        reached |= now
    assert reached == set(focus.people | focus.domains)
    win.scene.select_only(emil.id)
    for key in (Qt.Key_Right, Qt.Key_Down, Qt.Key_Left, Qt.Key_Up) * 3:
        before = selected(win)
        QTest.keyClick(win.view.viewport(), key)
        now = selected(win)
        assert now and now <= focus.people, now  # (where nobody shown lies that way, it stays put)
        assert now == before or not now & before


def test_select_all_delete_and_tie_leave_the_hidden_alone(open_example, qtbot):
    win, emil, focus = emils_view(open_example, qtbot)
    hidden = {a.id for a in win.doc.map.actors} - focus.people
    assert hidden
    QTest.keyClick(win, Qt.Key_A, Qt.ControlModifier)
    assert selected(win) and selected(win) <= focus.shown
    links_before = {ln.id for ln in win.doc.map.links}
    QTest.keyClick(win, Qt.Key_L, Qt.ControlModifier)  # (many selected: no tie to anyone hidden)
    assert all(ln.source not in hidden and ln.target not in hidden
               for ln in win.doc.map.links if ln.id not in links_before)
    win.scene.select_only(next(iter(focus.people - {emil.id})))
    QTest.keyClick(win, Qt.Key_Delete)
    assert hidden <= {a.id for a in win.doc.map.actors}  # nobody hidden deleted with them
    QTest.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert focus.people <= {p.id for p in (*win.doc.map.actors, *win.doc.map.family)}


def test_a_screen_reader_hears_only_what_is_shown(open_example, qtbot):
    win, emil, focus = emils_view(open_example, qtbot)
    # a cloud with people shown and people hidden: its sentence counts those shown
    cloud_id = next(d for d in focus.domains
                    if any(a.domain == d and a.id not in focus.people for a in win.doc.map.actors))
    cloud = win.doc.domain(cloud_id)
    shown_here = sum(1 for a in win.doc.map.actors if a.domain == cloud_id and a.active and a.id in focus.people)
    win.scene.select_only(cloud_id)
    said = win.view.accessibleDescription()  # ("person(s)", or "people" once an English plural is loaded)
    assert said.startswith(f"Cloud: {cloud.label}, {shown_here} ") and said.split()[-1].startswith(("person", "people"))
    # a person with ties to the hidden: their sentence counts the ties drawn
    person = next(a for a in win.doc.map.actors if a.id in focus.people
                  and any(ln_id not in focus.links for ln_id in win.scene.links_at(a.id)))
    drawn = sum(1 for ln_id in win.scene.links_at(person.id) if ln_id in focus.links)
    win.scene.select_only(person.id)
    assert f", {drawn} tie" in win.view.accessibleDescription()
    win.scene.select_only(emil.id)
    assert "Sofie Nørgaard" not in win.view.accessibleDescription()


def test_the_members_sentence_counts_the_childs_own_network(open_example, qtbot):
    """Emil meets 8 professionals himself and a 9th, Peter Vinther, meets the whole family:
    in Emil's own view Peter is shown with his tie to the family, and the sentence about
    Emil counts the 9 (the overview's number); before, the view left Peter out and said 8."""
    from skymap.model.metrics import professionals_in_contact
    from skymap.model.objects import FAMILY_ID

    win = open_example("en")
    emil = by_name(win.doc, "Emil Nørgaard")
    everyone = professionals_in_contact(win.doc.map)[emil.id]
    peter = by_name(win.doc, "Peter Vinther")
    to_family = next(ln for ln in win.doc.map.links if ln.source == peter.id and ln.target == FAMILY_ID)
    assert peter.id in everyone and len(everyone) == 9
    win, emil, focus = emils_view(open_example, qtbot)
    assert win.scene.item_for(peter.id).isVisible() and win.scene.item_for(to_family.id).isVisible()
    sofie = by_name(win.doc, "Sofie Nørgaard")
    assert not win.scene.item_for(sofie.id).isVisible()  # (the other members stay hidden)
    win.scene.select_only(emil.id)
    said = win.view.accessibleDescription()
    assert said.startswith("Family member: Emil Nørgaard") and "in contact with 9 professional" in said
    assert win.scene.item_for(emil.id).accessible_text() == said  # (also the tooltip on hover)
    next(a for a in win.findChildren(type(win.act_undo)) if a.objectName() == "focusEnd").trigger()
    win.scene.select_only(emil.id)
    assert "in contact with 9 professional" in win.view.accessibleDescription()
