"""Several people… in a new person's form gives everyone in the list the consent and the
protected mark chosen in the form, as the form of one person does (they were dropped: the
list's people had no consent and were not protected, the first one neither), and the whole
list is still one undo step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import Consent, DomainKind


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("da", fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def tab(window) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_list_of_people_gets_the_consent_and_protected_mark_chosen_in_the_form(window):
    doc = window.doc
    before = {a.id for a in doc.map.actors}
    steps = window.undo_stack.count()
    cloud = next(d for d in doc.map.domains if d.kind is DomainKind.SCHOOL)
    window.scene.select_only(cloud.id)
    QTest.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    QTest.mouseClick(form.several, Qt.MouseButton.LeftButton)  # Several people…
    QTest.keyClicks(form.list_edit, "Lone Berg, klasselærer")
    QTest.keyClick(form.list_edit, Qt.Key.Key_Return)
    QTest.keyClicks(form.list_edit, "Per Holm, pædagog")
    QTest.keyClick(form.list_edit, Qt.Key.Key_Return)
    QTest.keyClicks(form.list_edit, "Eva Kro, psykolog")
    consent = form.fields["consent"]
    for _ in range(2):  # the list, works with, consent
        tab(window)
    assert QApplication.focusWidget() is consent
    for _ in range(2):  # missing, given, refused
        QTest.keyClick(consent, Qt.Key.Key_Down)
    assert consent.currentData() == Consent.REFUSED
    tab(window)
    protected = form.fields["protected"]
    assert QApplication.focusWidget() is protected
    QTest.keyClick(protected, Qt.Key.Key_Space)
    assert protected.isChecked()
    QTest.keyClick(protected, Qt.Key.Key_Return)
    assert not form.isVisible()
    added = [a for a in doc.map.actors if a.id not in before]
    assert sorted(a.name for a in added) == ["Eva Kro", "Lone Berg", "Per Holm"]
    for actor in added:
        assert (actor.consent, actor.consent_date, actor.protected) == (Consent.REFUSED, date.today(), True), actor.name
        assert actor.domain == cloud.id
    assert window.undo_stack.count() == steps + 1  # the whole list: one step
    window.activateWindow()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {a.id for a in doc.map.actors} == before
