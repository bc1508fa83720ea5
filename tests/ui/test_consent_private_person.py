"""Consent is per professional (issue 14): a private person (a grandmother, a neighbour) has
no consent rows in the inspector or the in-place person form; the protected box is there for
everyone. Making a professional private in the inspector takes the rows away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from skymap.model.vocabulary import ActorKind


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def consent_rows_shown(insp) -> list[bool]:
    rows = insp.a_consent
    return [w.isVisibleTo(insp) for w in (rows.consent, rows.date, rows.scope)]


def test_the_inspector_has_no_consent_rows_for_a_private_person(open_example):
    window = open_example("en")
    insp = window.inspector
    window.scene.select_only(by_name(window.doc, "Hanne Lund").id)
    assert consent_rows_shown(insp) == [True, True, True]
    window.scene.select_only(by_name(window.doc, "Inger Nørgaard").id)
    assert consent_rows_shown(insp) == [False, False, False]
    assert insp.a_consent.protected.isVisibleTo(insp)
    # Hanne made a private person in the inspector's Kind: her consent rows go
    window.scene.select_only(by_name(window.doc, "Hanne Lund").id)
    kind = insp.a_kind
    kind.setCurrentIndex(kind.findData(ActorKind.PRIVATE))
    kind.activated.emit(kind.currentIndex())
    assert window.doc.actor(by_name(window.doc, "Hanne Lund").id).kind is ActorKind.PRIVATE
    QTest.qWait(20)
    assert consent_rows_shown(insp) == [False, False, False]


def test_the_in_place_form_of_a_private_person_has_no_consent_row(open_example):
    window = open_example("en")
    window.scene.select_only(by_name(window.doc, "Inger Nørgaard").id)
    # Edit ▸ Rename / Edit in Place (F2)
    next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(Qt.Key_F2)).trigger()
    form = window.docview.inline
    assert form.isVisible()
    assert "consent" not in form.fields and "protected" in form.fields
