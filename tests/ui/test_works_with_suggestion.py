"""'Works with' in the person form (F2): a name picked from the suggestion list, with Down
and Enter or with the mouse, is put in once, the form stays open (Enter on the list only
takes the suggestion), and the tie is made when the form is committed, in one undo step.
(Before: Enter on the list also closed the form, and the completed text counted as not
typed, so no tie was made; a click after hovering put the name in twice.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model import edits
from skymap.model.vocabulary import LinkKind


@pytest.fixture
def window(open_example):
    win = open_example("en")
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    return win


def form_with_popup(window):
    """The form of someone, with 'Works with' showing suggestions for a newcomer's first name."""
    doc = window.doc
    person = next(a for a in doc.map.actors if edits.partners_of(doc, a.id))
    known = {p.id for p in edits.partners_of(doc, person.id)} | {person.id}
    newcomer = next(a for a in doc.map.actors if a.id not in known and a.name
                    and sum(b.name == a.name for b in doc.map.actors) == 1)
    window.scene.select_only(person.id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    assert form.isVisible()
    field = form.works_with
    field.setFocus()
    field.end(False)
    shown = field.text()
    QTest.keyClicks(field, newcomer.name[:4])
    popup = field.completer().popup()
    assert popup.isVisible()
    return person, shown, form, field, popup


def chosen(popup, row: int = 0) -> str:
    return popup.model().index(row, 0).data()


def tie(doc, a, b):
    return doc.find_link(a, b, LinkKind.COORDINATION) or doc.find_link(b, a, LinkKind.COORDINATION)


def test_down_and_enter_on_the_suggestions_takes_the_name_and_keeps_the_form_open(window):
    doc = window.doc
    person, shown, form, field, popup = form_with_popup(window)
    name = chosen(popup)
    partner = next(a for a in doc.map.actors if a.name == name)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert form.isVisible() and form.target is not None  # the form is still open
    assert field.text() == f"{shown}{name}, "  # the name once
    steps = window.undo_stack.count()
    QTest.keyClick(field, Qt.Key.Key_Return)  # now Enter commits the form
    assert not form.isVisible()
    assert tie(doc, person.id, partner.id) is not None
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert tie(doc, person.id, partner.id) is None


def test_a_click_on_a_suggestion_puts_the_name_in_once_and_the_tie_is_made(window):
    doc = window.doc
    person, shown, form, field, popup = form_with_popup(window)
    name = chosen(popup)
    partner = next(a for a in doc.map.actors if a.name == name)
    centre = popup.visualRect(popup.model().index(0, 0)).center()
    QTest.mouseMove(popup.viewport(), centre)  # hovering highlights it (and fills it in)
    QTest.keyClick(popup, Qt.Key.Key_Down)  # as does going down the list first
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert not popup.isVisible()
    assert form.isVisible()
    assert field.text() == f"{shown}{name}, "  # once, not "name, name, "
    steps = window.undo_stack.count()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert tie(doc, person.id, partner.id) is not None
    assert window.undo_stack.count() == steps + 1


def test_a_prefix_and_enter_at_once_still_commits_the_form(window):
    doc = window.doc
    person, shown, form, field, popup = form_with_popup(window)
    typed = field.text()[len(shown):]
    matches = [a for a in doc.map.actors if a.name.casefold().startswith(typed.casefold()) and a.id != person.id]
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert not form.isVisible()
    if len(matches) == 1:
        assert tie(doc, person.id, matches[0].id) is not None
