"""Several people… in a new person's form keeps what was typed: the name and role become
the list's first line, and an organisation typed stays in the form for everyone in the list
who is given none of their own (it was thrown away). The cloud is the one they were added in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def new_professional_form(window, kind=DomainKind.SCHOOL):
    cloud = next(d for d in window.doc.map.domains if d.kind is kind)
    window.scene.select_only(cloud.id)
    QTest.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    assert form.isVisible() and form.several is not None
    return cloud, form


def test_several_people_keeps_the_name_role_and_organisation_typed(window):
    doc = window.doc
    before = {a.id for a in doc.map.actors}
    cloud, form = new_professional_form(window)
    QTest.keyClicks(form.fields["name"], "Lone Berg")
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Tab)
    QTest.keyClicks(form.fields["role"], "Klasselærer")
    QTest.keyClick(form.fields["role"], Qt.Key.Key_Tab)
    QTest.keyClicks(form.fields["organisation"], "Skovskolen")
    QTest.mouseClick(form.several, Qt.MouseButton.LeftButton)  # Several people…
    assert form.isVisible() and QApplication.focusWidget() is form.list_edit
    assert form.list_edit.toPlainText() == "Lone Berg, Klasselærer\n"
    organisation = form.fields["organisation"]
    assert organisation.isVisible() and organisation.text() == "Skovskolen"
    QTest.keyClicks(form.list_edit, "Per Holm, pædagog")
    QTest.keyClick(form.list_edit, Qt.Key.Key_Return)
    QTest.keyClicks(form.list_edit, "Eva Kro, psykolog, PPR")  # her own organisation
    QTest.keyClick(form.list_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is organisation  # then works with
    steps = window.undo_stack.count()
    QTest.keyClick(organisation, Qt.Key.Key_Return)
    assert not form.isVisible()
    got = {a.name: (a.role, a.organisation, a.domain) for a in doc.map.actors if a.id not in before}
    assert got["Lone Berg"] == ("Klasselærer", "Skovskolen", cloud.id)
    assert got["Per Holm"] == ("pædagog", "Skovskolen", cloud.id)
    assert got["Eva Kro"] == ("psykolog", "PPR", cloud.id)
    assert window.undo_stack.count() == steps  # joined to the step that added the first person
    window.undo_stack.undo()
    assert {a.id for a in doc.map.actors} == before


def test_without_an_organisation_the_list_goes_straight_on_to_works_with(window):
    _cloud, form = new_professional_form(window)
    QTest.mouseClick(form.several, Qt.MouseButton.LeftButton)
    assert "organisation" not in form.fields
    QTest.keyClick(form.list_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.works_with
