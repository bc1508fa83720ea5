"""Consent and protection in the window: the inspector's rows and the in-place person form,
driven with clicks and keys; each change one undo step, the inspector following undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.vocabulary import Consent


@pytest.fixture
def window(open_example):
    return open_example("en", fit=True)


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_inspector_records_consent_dated_today_and_each_change_is_one_undo_step(window):
    doc, insp = window.doc, window.inspector
    hanne = by_name(doc, "Hanne Lund")
    window.scene.select_only(hanne.id)
    start = window.undo_stack.count()
    rows = insp.a_consent
    assert rows.consent.currentText() == "missing" and rows.date.text() == ""
    choose(rows.consent, Consent.GIVEN)
    assert doc.actor(hanne.id).consent is Consent.GIVEN and doc.actor(hanne.id).consent_date == date.today()
    rows.date.edit.clear()
    QTest.keyClicks(rows.date.edit, "03.02.2026")
    QTest.keyClick(rows.date.edit, Qt.Key_Return)
    assert doc.actor(hanne.id).consent_date == date(2026, 2, 3)
    rows.scope.setFocus()
    QTest.keyClicks(rows.scope, "school and PPR may share about Emil")
    QTest.keyClick(rows.scope, Qt.Key_Return)
    assert doc.actor(hanne.id).consent_scope == "school and PPR may share about Emil"
    choose(rows.consent, Consent.WITHDRAWN)
    assert window.undo_stack.count() == start + 4
    assert window.undo_stack.undoText() == "Change consent"
    window.undo_stack.undo()
    assert doc.actor(hanne.id).consent is Consent.GIVEN
    assert rows.consent.currentData() == Consent.GIVEN  # the inspector follows the undo
    for _ in range(3):
        window.undo_stack.undo()
    assert doc.actor(hanne.id) == hanne and window.undo_stack.isClean()
    assert rows.date.text() == ""


def test_a_typed_date_that_is_no_date_is_said_and_changes_nothing(window):
    doc, insp = window.doc, window.inspector
    hanne = by_name(doc, "Hanne Lund")
    window.scene.select_only(hanne.id)
    choose(insp.a_consent.consent, Consent.REFUSED)
    before = doc.actor(hanne.id)
    edit = insp.a_consent.date.edit
    edit.clear()
    QTest.keyClicks(edit, "31.02.2026")
    QTest.keyClick(edit, Qt.Key_Return)
    assert doc.actor(hanne.id) == before
    assert insp.a_consent.date_hint.isVisibleTo(insp) and "Not a date" in insp.a_consent.date_hint.text()


def test_protect_a_family_member_with_a_reason_and_undo(window):
    doc, insp = window.doc, window.inspector
    thomas = by_name(doc, "Thomas Nørgaard")
    window.scene.select_only(thomas.id)
    rows = insp.m_consent
    assert rows.consent is None  # consent is a professional's; protection is anyone's
    assert not rows.reason.isVisibleTo(insp)
    QTest.mouseClick(rows.protected, Qt.LeftButton, pos=rows.protected.rect().center())
    assert doc.member(thomas.id).protected
    assert rows.reason.isVisibleTo(insp)
    rows.reason.setFocus()
    QTest.keyClicks(rows.reason, "Risk assessment first")
    insp.m_name.setFocus()  # leaving the box keeps the reason
    assert doc.member(thomas.id).protected_reason == "Risk assessment first"
    assert window.undo_stack.undoText() == "Why protected"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert doc.member(thomas.id) == thomas and window.undo_stack.isClean()


def test_the_in_place_form_sets_consent_and_protection_in_one_step(window):
    doc = window.doc
    karin = by_name(doc, "Karin Holm")
    window.scene.select_only(karin.id)
    QTest.keyClick(window.view, Qt.Key_F2)
    form = window.docview.inline
    assert form.isVisible()
    choose_combo = form.fields["consent"]
    choose_combo.setCurrentIndex(choose_combo.findData(Consent.GIVEN))
    box = form.fields["protected"]
    QTest.mouseClick(box, Qt.LeftButton, pos=box.rect().center())  # a finger on the box or its words
    assert box.isChecked() and form.isVisible()
    start = window.undo_stack.count()
    QTest.keyClick(form.fields["name"], Qt.Key_Return)
    now = doc.actor(karin.id)
    assert now.consent is Consent.GIVEN and now.consent_date == date.today() and now.protected
    assert window.undo_stack.count() == start + 1
    window.undo_stack.undo()
    assert doc.actor(karin.id) == karin


def test_the_in_place_form_of_a_family_member_has_the_protected_box(window):
    doc = window.doc
    emil = by_name(doc, "Emil Nørgaard")
    window.scene.select_only(emil.id)
    QTest.keyClick(window.view, Qt.Key_F2)
    form = window.docview.inline
    assert "consent" not in form.fields and not form.fields["protected"].isChecked()
    form.fields["protected"].setChecked(True)
    QTest.keyClick(form.fields["name"], Qt.Key_Return)
    assert doc.member(emil.id).protected


def test_protecting_someone_marks_them_and_draws_their_ties_dash_dot_in_red_on_screen(window):
    from skymap.model import style  # noqa: PLC0415

    doc, insp = window.doc, window.inspector
    karin = by_name(doc, "Karin Holm")
    window.scene.select_only(karin.id)
    ties = [window.scene.item_for(i) for i in window.scene.links_at(karin.id)]
    assert ties and not any(t.protected_end for t in ties)
    QTest.mouseClick(insp.a_consent.protected, Qt.LeftButton, pos=insp.a_consent.protected.rect().center())
    window.scene.clearSelection()  # (a selected tie is drawn in the selection's blue)
    person = window.scene.item_for(karin.id)
    assert ("!", style.PROTECTED) in person.badges()
    for tie in ties:
        pen, _ink = tie.pen_and_ink()
        assert tie.protected_end and pen.color().name() == style.PROTECTED
        assert [round(x, 1) for x in pen.dashPattern()] == list(style.PROTECTED_DASH)
    window.undo_stack.undo()
    assert not any(t.protected_end for t in ties) and ("!", style.PROTECTED) not in person.badges()


def test_a_consent_badge_on_screen_follows_the_inspector(window):
    doc, insp = window.doc, window.inspector
    hanne = by_name(doc, "Hanne Lund")  # core team, nothing recorded: "?"
    window.scene.select_only(hanne.id)
    person = window.scene.item_for(hanne.id)
    assert "?" in [g for g, _c in person.badges()]
    choose(insp.a_consent.consent, Consent.WITHDRAWN)
    assert "↺" in [g for g, _c in person.badges()] and "?" not in [g for g, _c in person.badges()]
