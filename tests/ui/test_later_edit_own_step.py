"""A later edit of a person is an undo step of its own: only the form that opens on a person
just added joins its typing to the step that added her. A tester added a person, later
double-clicked near her in a small cloud, renamed her in the form that opened, and one
Ctrl+Z removed her completely (the rename had joined her add step). And a double-click in a
crowded cloud opens the person whose symbol is under the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    win.view.setFocus()
    return win


def type_name(form, name: str) -> None:
    field = form.fields["name"]
    field.selectAll()
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)


def undo(window) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def add_in_jobcentre(window, name: str):
    cloud = next(d for d in window.doc.map.domains if d.kind is DomainKind.JOBCENTRE)
    window.scene.select_only(cloud.id)
    QTest.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    assert form.isVisible()
    type_name(form, name)
    return next(a for a in window.doc.map.actors if a.name == name)


def test_renaming_a_person_later_is_undone_on_its_own(window):
    anna = add_in_jobcentre(window, "Anna Vig")
    window.scene.select_only(anna.id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)  # her form again, later
    type_name(window.docview.inline, "Anna Berg")
    assert window.doc.actor(anna.id).name == "Anna Berg"
    undo(window)
    assert window.doc.actor(anna.id) is not None and window.doc.actor(anna.id).name == "Anna Vig"
    undo(window)  # the typing of her first form went with her add step
    assert window.doc.actor(anna.id) is None


def test_a_double_click_on_her_after_an_undo_and_redo_is_a_step_of_its_own(window):
    anna = add_in_jobcentre(window, "Anna Vig")
    undo(window)
    QTest.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    assert window.doc.actor(anna.id).name == "Anna Vig"
    point = window.view.mapFromScene(window.scene.anchor_of(anna.id))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    form = window.docview.inline
    assert form.isVisible() and form.target == ("actors", anna.id)
    type_name(form, "Anna Berg")
    undo(window)
    assert window.doc.actor(anna.id).name == "Anna Vig"


def test_a_double_click_opens_the_person_whose_symbol_is_under_the_pointer(window):
    doc = window.doc
    first, second = doc.map.actors[0], doc.map.actors[1]
    top = window.scene.item_for(second.id)
    low = window.scene.item_for(first.id)
    assert top.zValue() >= low.zValue()
    # `first` stands just under `second`'s name, so the name lies over first's symbol
    below_name = QPointF(second.x, second.y + top.radius + 8)
    window.editor.update_one("actors", first.id, x=below_name.x(), y=below_name.y())
    QApplication.processEvents()
    assert top.hits(below_name) and low.hits(below_name)
    stack_before = window.undo_stack.count()
    point = window.view.mapFromScene(window.scene.anchor_of(first.id))
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    form = window.docview.inline
    assert form.isVisible() and form.target == ("actors", first.id)
    assert window.undo_stack.count() == stack_before  # nothing added
