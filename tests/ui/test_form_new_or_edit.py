"""The in-place person form, as a user trying the program met it: Esc on the form of a person
just added (palette, a double-click in a cloud, a new family member) takes the person away
again - typed into or not, nothing was confirmed - and leaves no step on the undo stack; Esc
on someone already on the map changes nothing. The form's title says which it is ("New
professional" or "Edit Lise Dam"), and the Meets toggles' Alt+digit keys are shown in the
form and in the keyboard shortcuts (F1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.helpers import by_name

WORDS = {
    "en": {"new": "New professional", "member": "New family member", "edit": "Edit Lise Dam",
           "gone": "New professional cancelled", "gone_member": "New family member cancelled",
           "alt": "Alt+number", "meets_all": "meets the whole family"},
    "da": {"new": "Ny fagperson", "member": "Nyt familiemedlem", "edit": "Rediger Lise Dam",
           "gone": "Ny fagperson fortrudt", "gone_member": "Nyt familiemedlem fortrudt",
           "alt": "Alt+tal", "meets_all": "møder hele familien"},
}


@pytest.fixture
def window(laptop_window_each_language):
    return laptop_window_each_language  # (tests/ui/conftest.py: English and Danish, 1366x768)


def stack_state(window) -> tuple[int, int, bool]:
    stack = window.undo_stack
    return stack.count(), stack.index(), stack.isClean()


def title_of(form) -> str:
    return form.findChild(QLabel, "inline_title").accessibleName()


def esc_on_the_form(window) -> None:
    field = QApplication.focusWidget()
    assert window.docview.inline.isAncestorOf(field)  # the keys are in the form
    QTest.keyClick(field, Qt.Key.Key_Escape)
    QTest.qWait(10)


def double_click(window, scene_pos: QPointF) -> None:
    vp = window.view.viewport()
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, window.view.mapFromScene(scene_pos))


def test_esc_on_a_new_professional_from_the_palette_takes_the_addition_back(window):
    words = WORDS[window.lang]
    people, before = len(window.doc.map.actors), stack_state(window)
    QTest.mouseClick(window.palette_panel.buttons["professional"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    assert form.isVisible() and len(window.doc.map.actors) == people + 1
    assert title_of(form) == words["new"]
    added = form.target[1]
    esc_on_the_form(window)
    assert not form.isVisible()
    assert len(window.doc.map.actors) == people  # no "Ny fagperson" left on the map
    assert stack_state(window) == before  # no step left to undo, none to redo, still saved
    assert not window.undo_stack.canRedo() and not window.act_redo.isEnabled()
    assert window.statusBar().currentMessage() == words["gone"]
    assert window.scene.item_for(added) is None


def test_esc_after_typing_in_a_person_just_added_in_a_cloud_still_cancels_it(window):
    words = WORDS[window.lang]
    gp = window.doc.domain("d-gp")
    people, before = len(window.doc.map.actors), stack_state(window)
    double_click(window, QPointF(gp.x - gp.width / 2 + 50, gp.y + gp.height / 2 - 50))
    form = window.docview.inline
    assert form.isVisible() and title_of(form) == words["new"]
    QTest.keyClicks(form.fields["name"], "Dorte Lind")
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Tab)
    QTest.keyClicks(form.fields["role"], "Sygeplejerske")
    QTest.keyClick(form.fields["role"], Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # meets the first member
    esc_on_the_form(window)
    assert len(window.doc.map.actors) == people
    assert not any(a.name == "Dorte Lind" for a in window.doc.map.actors)
    assert stack_state(window) == before
    assert window.statusBar().currentMessage() == words["gone"]


def test_esc_on_a_new_family_member_takes_them_away_again(window):
    words = WORDS[window.lang]
    members, before = len(window.doc.map.family), stack_state(window)
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    assert len(window.doc.map.family) == members + 1 and title_of(form) == words["member"]
    esc_on_the_form(window)
    assert len(window.doc.map.family) == members and stack_state(window) == before
    assert window.statusBar().currentMessage() == words["gone_member"]


def test_esc_on_someone_already_on_the_map_keeps_them_unchanged(window):
    words = WORDS[window.lang]
    lise = by_name(window.doc, "Lise Dam")
    before = stack_state(window)
    double_click(window, window.scene.anchor_of(lise.id))
    form = window.docview.inline
    assert form.isVisible() and form.target == ("actors", lise.id)
    assert title_of(form) == words["edit"]  # not a new person: the title says whom
    QTest.keyClicks(form.fields["name"], "Karen Holt")  # typed over her name by mistake
    esc_on_the_form(window)
    assert window.doc.actor(lise.id) == lise  # nothing saved
    assert stack_state(window) == before


def test_a_person_kept_with_enter_stays_when_her_form_is_escaped_later(window):
    words = WORDS[window.lang]
    people = len(window.doc.map.actors)
    QTest.mouseClick(window.palette_panel.buttons["professional"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    QTest.keyClicks(form.fields["name"], "Dorte Lind")
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Return)
    after = stack_state(window)
    dorte = by_name(window.doc, "Dorte Lind")
    QTest.keyClick(window.view, Qt.Key.Key_F2)  # she is still selected
    assert form.isVisible() and title_of(form) == words["edit"].replace("Lise Dam", "Dorte Lind")
    esc_on_the_form(window)
    assert window.doc.actor(dorte.id) == dorte and len(window.doc.map.actors) == people + 1
    assert stack_state(window) == after


def test_the_title_fits_the_form_in_a_laptop_window(window):
    QTest.mouseClick(window.palette_panel.buttons["professional"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    title = form.findChild(QLabel, "inline_title")
    assert title.isVisible() and title.mapTo(form, title.rect().topLeft()).y() < form.fields["name"].y()
    viewport = window.view.viewport().rect()
    assert viewport.contains(form.geometry())  # all of the form within the map at 1366x768
    esc_on_the_form(window)


def test_the_meets_keys_are_shown_in_the_form_and_the_shortcuts(window):
    words = WORDS[window.lang]
    window.scene.select_only(by_name(window.doc, "Lise Dam").id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    caption = form.findChild(QLabel, "inline_meets_caption")
    assert caption.isVisible() and words["alt"] in caption.text()
    first = next(iter(form.meets.buttons.values()))
    assert "(Alt+1)" in first.toolTip()
    esc_on_the_form(window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    rows = window.shortcuts_dialog.rows()
    keys = {k: a for _g, a, k in rows}
    assert "Alt+1 … Alt+9" in keys and words["meets_all"] in keys["Alt+0"]
    window.shortcuts_dialog.close()


@pytest.fixture
def large_text(window):
    window.set_text_scale(2.0)
    yield window
    window.set_text_scale(1.0)


def test_the_form_fits_the_map_at_the_largest_text_size(large_text):
    window = large_text
    window.scene.clearSelection()
    QTest.mouseClick(window.palette_panel.buttons["professional"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    viewport = window.view.viewport().rect()
    # the Meets toggles wrap into lines: the whole form, captions first, is on the map
    assert form.meets.columns < len(form.meets.buttons)
    assert form.x() >= 0 and form.geometry().right() <= viewport.right()
    assert form.geometry().bottom() <= viewport.bottom() + 20  # (the status bar may take a few pixels after)
    for button in form.meets.buttons.values():
        assert viewport.contains(button.mapTo(window.view.viewport(), button.rect().bottomRight()))
    esc_on_the_form(window)
