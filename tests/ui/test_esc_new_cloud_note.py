"""Esc on the in-place form of a cloud or note just added (the palette, the Add Note tool,
a cloud drawn by hand) takes the addition back, as it does for a person: typed into or not,
nothing was confirmed, so the cloud or note leaves the map, no step is left to undo or redo
and a saved map is saved again; the status bar says so. Enter keeps it, and one Undo then
takes back the cloud (or note) with its name. Esc on a cloud already on the map changes
nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WORDS = {
    "en": {"cloud": "New cloud cancelled", "note": "New note cancelled"},
    "da": {"cloud": "Ny sky fortrudt", "note": "Ny note fortrudt"},
}


@pytest.fixture
def window(laptop_window_each_language):
    return laptop_window_each_language  # (tests/ui/conftest.py: English and Danish, 1366x768)


def stack_state(window) -> tuple[int, int, bool]:
    stack = window.undo_stack
    return stack.count(), stack.index(), stack.isClean()


def key_on_the_form(window, key) -> None:
    field = QApplication.focusWidget()
    assert window.docview.inline.isAncestorOf(field)  # the keys are in the form
    QTest.keyClick(field, key)
    QTest.qWait(10)


def test_esc_on_a_new_cloud_from_the_palette_takes_it_back(window):
    clouds, before = len(window.doc.map.domains), stack_state(window)
    QTest.mouseClick(window.palette_panel.buttons["cloud"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    assert form.isVisible() and form.target[0] == "domains" and len(window.doc.map.domains) == clouds + 1
    added = form.target[1]
    QTest.keyClicks(form.fields["label"], "Fritidsklub")  # typed, then thought better of
    key_on_the_form(window, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert len(window.doc.map.domains) == clouds and window.doc.domain(added) is None
    assert window.scene.item_for(added) is None
    assert stack_state(window) == before  # no step to undo, none to redo, still saved
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    assert window.statusBar().currentMessage() == WORDS[window.lang]["cloud"]


def test_esc_on_a_new_note_from_the_note_tool_takes_it_back(window):
    notes, before = len(window.doc.map.annotations), stack_state(window)
    QTest.keyClick(window.view, Qt.Key.Key_N)  # Tools > Add Note
    spot = window.view.viewport().rect().center() + QPoint(0, 200)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    form = window.docview.inline
    assert form.isVisible() and form.target[0] == "annotations"
    assert len(window.doc.map.annotations) == notes + 1
    key_on_the_form(window, Qt.Key.Key_Escape)
    assert len(window.doc.map.annotations) == notes
    assert stack_state(window) == before
    assert window.statusBar().currentMessage() == WORDS[window.lang]["note"]


def test_esc_on_a_new_note_from_the_palette_takes_it_back(window):
    notes, before = len(window.doc.map.annotations), stack_state(window)
    QTest.mouseClick(window.palette_panel.buttons["note"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    assert form.isVisible() and form.target[0] == "annotations"
    key_on_the_form(window, Qt.Key.Key_Escape)
    assert len(window.doc.map.annotations) == notes and stack_state(window) == before


def test_esc_on_a_cloud_drawn_by_hand_takes_it_back(window):
    clouds, before = len(window.doc.map.domains), stack_state(window)
    QTest.keyClick(window.view, Qt.Key.Key_D)  # Tools > Draw Cloud
    vp = window.view.viewport()
    centre = vp.rect().center() + QPoint(0, 250)
    points = [centre + QPoint(int(60 * dx), int(40 * dy))
              for dx, dy in ((-1, -1), (0, -1.2), (1, -1), (1.2, 0), (1, 1), (0, 1.2), (-1, 1), (-1.2, 0), (-1, -0.9))]
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for pt in points[1:]:
        QTest.mouseMove(vp, pt)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
    form = window.docview.inline
    assert form.isVisible() and form.target[0] == "domains" and len(window.doc.map.domains) == clouds + 1
    key_on_the_form(window, Qt.Key.Key_Escape)
    assert len(window.doc.map.domains) == clouds and stack_state(window) == before
    assert window.statusBar().currentMessage() == WORDS[window.lang]["cloud"]


def test_a_new_cloud_kept_with_enter_is_one_undo_step_with_its_name(window):
    clouds, (count, index, _clean) = len(window.doc.map.domains), stack_state(window)
    QTest.mouseClick(window.palette_panel.buttons["cloud"], Qt.MouseButton.LeftButton)
    form = window.docview.inline
    added = form.target[1]
    QTest.keyClicks(form.fields["label"], "Fritidsklub")
    key_on_the_form(window, Qt.Key.Key_Return)
    assert window.doc.domain(added).label == "Fritidsklub"
    assert stack_state(window)[:2] == (count + 1, index + 1)  # the cloud and its name: one step
    window.act_undo.trigger()
    assert len(window.doc.map.domains) == clouds
    window.act_redo.trigger()
    assert window.doc.domain(added).label == "Fritidsklub"
    window.scene.select_only(added)
    QTest.keyClick(window.view, Qt.Key.Key_F2)  # renamed later: Esc there keeps the cloud
    assert form.isVisible() and form.target == ("domains", added)
    after = stack_state(window)
    key_on_the_form(window, Qt.Key.Key_Escape)
    assert window.doc.domain(added).label == "Fritidsklub" and stack_state(window) == after
