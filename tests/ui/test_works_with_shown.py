"""The person form (F2) shows whom a person already works with ("Works with" was empty when
the form of an existing person was opened again); taking a name out of the list ends that
tie, adding one makes it, and a form left as it was changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model import edits
from skymap.model.vocabulary import LinkKind
from tests.helpers import by_name, example


@pytest.fixture
def window(open_example):
    win = open_example("en")
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    return win


def someone_with_partners(doc, least: int = 2):
    return next(a for a in doc.map.actors if len(edits.partners_of(doc, a.id)) >= least)


def open_form(window, person):
    window.scene.select_only(person.id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    assert form.isVisible()
    return form


def test_partners_of_are_both_directions_of_coordination_ties():
    from skymap.model.document import MapDocument

    doc = MapDocument(example())
    person = someone_with_partners(doc)
    ids = {p.id for p in edits.partners_of(doc, person.id)}
    expected = {ln.target if ln.source == person.id else ln.source for ln in doc.map.links
                if ln.kind is LinkKind.COORDINATION and person.id in (ln.source, ln.target)}
    assert ids == expected and person.id not in ids
    dropped = next(iter(ids))
    add, remove = edits.tie_changes(doc, [person.id], None, sorted(ids - {dropped}), dropped={dropped})
    assert add == [] and remove == [("links", doc.find_link(person.id, dropped, LinkKind.COORDINATION).id)]


def test_the_form_shows_whom_they_work_with_and_left_as_it_is_changes_nothing(window):
    doc = window.doc
    person = someone_with_partners(doc)
    names = [p.name for p in edits.partners_of(doc, person.id)]
    form = open_form(window, person)
    assert form.works_with.text() == ", ".join(names) + ", "  # typing on adds one more
    steps = window.undo_stack.count()
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Return)
    assert not form.isVisible() and window.undo_stack.count() == steps


def test_taking_a_name_out_ends_that_tie_in_one_undo_step(window):
    doc = window.doc
    person = someone_with_partners(doc)
    partners = edits.partners_of(doc, person.id)
    gone, kept = partners[0], partners[1:]
    link = doc.find_link(person.id, gone.id, LinkKind.COORDINATION)
    form = open_form(window, person)
    field = form.works_with
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, ", ".join(p.name for p in kept))
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert doc.link(link.id) is None
    assert [p.id for p in edits.partners_of(doc, person.id)] == [p.id for p in kept]
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.link(link.id) is not None
    assert by_name(doc, person.name).id == person.id


def test_tab_to_works_with_and_typing_adds_a_partner_and_keeps_the_others(window):
    doc = window.doc
    person = someone_with_partners(doc)
    before = {p.id for p in edits.partners_of(doc, person.id)}
    newcomer = next(a for a in doc.map.actors if a.id != person.id and a.id not in before
                    and doc.find_link(person.id, a.id) is None)
    form = open_form(window, person)
    while form.focusWidget() is not form.works_with:
        QTest.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(form.works_with, newcomer.name)
    QTest.keyClick(form.works_with, Qt.Key.Key_Return)
    assert {p.id for p in edits.partners_of(doc, person.id)} == before | {newcomer.id}
