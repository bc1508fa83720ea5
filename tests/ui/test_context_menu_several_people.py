"""With several people selected, a right click on one of them offers the person entries
(Family coordinator, Core team, Make private person / professional) for all of them, as
Delete in the same menu acts on all: one tick changes every selected person, and one undo
step (Ctrl+Z) takes it back for all. A tick only some of them have shows off, with how
many have it ("Core team (2 of 5)"), and ticking it gives it to all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers import by_name
from tests.ui.test_context_menu_actions import click, point_of, right_click, through_real_menu

WORDS = {
    "en": {"core": "Core team", "coordinator": "Family coordinator", "of": "of",
           "private": "Make all private persons", "professional": "Make all professionals"},
    "da": {"core": "Kerneteam", "coordinator": "Familiekoordinator", "of": "af",
           "private": "Gør alle til privatpersoner", "professional": "Gør alle til fagpersoner"},
}


@pytest.fixture
def win(example_window_each_language):
    return example_window_each_language


def select(window, names: list[str]) -> list[str]:
    """Click the first, Ctrl+click the others, as a user selects several people."""
    ids = [by_name(window.doc, n).id for n in names]
    click(window, ids[0])
    for obj_id in ids[1:]:
        click(window, obj_id, Qt.ControlModifier)
    assert {i for _, i in window.scene.selected_targets()} == set(ids)
    return ids


def entry(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)


def undo_key(window) -> None:
    """Ctrl+Z on the map, the window active again after the menu closed (the offscreen
    platform leaves the closed menu as the active window; a real one reactivates the window)."""
    window.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(10)
    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)


def test_ticking_core_team_for_five_selected_people_changes_all_five_in_one_undo_step(win, monkeypatch):
    words = WORDS[win.lang]
    # Hanne and Mette are in the core team, the other three are not
    ids = select(win, ["Hanne Lund", "Jonas Berg", "Karin Holm", "Lise Dam", "Mette Skov"])
    before, steps = win.doc.map.model_dump(), win.undo_stack.count()
    seen = through_real_menu(monkeypatch, lambda: right_click(win, point_of(win, ids[2])),
                             lambda menu: entry(menu, "person_core_team"))
    core = next(a for a in seen["actions"] if a.objectName() == "person_core_team")
    assert core.text() == f"{words['core']} (2 {words['of']} 5)"
    assert {i for _, i in win.scene.selected_targets()} == set(ids)  # the right click kept the selection
    assert all(win.doc.actor(i).core_team for i in ids)
    assert win.undo_stack.count() == steps + 1
    undo_key(win)
    assert win.doc.map.model_dump() == before  # one Ctrl+Z, all five back


def test_a_tick_all_selected_people_have_is_shown_and_unticking_takes_it_from_all(win, monkeypatch):
    words = WORDS[win.lang]
    ids = select(win, ["Hanne Lund", "Mette Skov", "Peter Vinther"])  # all three in the core team
    shown = {}

    def choose(menu):
        core = entry(menu, "person_core_team")
        shown.update(checked=core.isChecked(), text=core.text())
        return core

    through_real_menu(monkeypatch, lambda: QTest.keyClick(win.view, Qt.Key_Menu), choose)
    assert shown == {"checked": True, "text": words["core"]}
    assert not any(win.doc.actor(i).core_team for i in ids)
    undo_key(win)
    assert all(win.doc.actor(i).core_team for i in ids)


def test_family_coordinator_for_two_selected_people(win, monkeypatch):
    ids = select(win, ["Sara Friis", "Birgit Juhl"])
    steps = win.undo_stack.count()
    through_real_menu(monkeypatch, lambda: right_click(win, point_of(win, ids[0])),
                      lambda menu: entry(menu, "person_coordinator"))
    assert all(win.doc.actor(i).coordinator for i in ids)
    assert win.undo_stack.count() == steps + 1


def test_a_mixed_selection_can_be_made_all_private_or_all_professional_in_one_step(win, monkeypatch):
    words = WORDS[win.lang]
    ids = select(win, ["Karin Holm", "Inger Nørgaard", "Ali Hassan"])  # two professionals, one private
    before, steps = win.doc.map.model_dump(), win.undo_stack.count()
    seen = through_real_menu(monkeypatch, lambda: right_click(win, point_of(win, ids[1])),
                             lambda menu: entry(menu, "person_kind_private"))
    texts = {a.text() for a in seen["actions"]}
    assert {words["private"], words["professional"]} <= texts  # both ways, for a mixed selection
    assert all(win.doc.actor(i).kind.value == "private" for i in ids)
    assert win.undo_stack.count() == steps + 1
    undo_key(win)
    assert win.doc.map.model_dump() == before
    # and the other way
    through_real_menu(monkeypatch, lambda: right_click(win, point_of(win, ids[0])),
                      lambda menu: entry(menu, "person_kind_professional"))
    assert all(win.doc.actor(i).kind.value == "professional" for i in ids)
    assert win.undo_stack.count() == steps + 1
