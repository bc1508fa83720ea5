"""A birth year out of range typed for a family member (3000, 1800) is said in one line
right under the field, in Danish and English, instead of the year quietly going back: in the
in-place form (Enter keeps the form open on the year; a click away keeps the rest and says
it in the status bar) and in the inspector. Nothing else typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.helpers import by_name

LINE = {"da": "Et fødselsår skal være mellem 1900 og 2100: {} blev ikke gemt.",
        "en": "A birth year must be between 1900 and 2100: {} was not kept."}


@pytest.fixture
def window(laptop_window_each_language):
    return laptop_window_each_language  # (tests/ui/conftest.py: English and Danish, 1366x768)


def hint_of(parent) -> QLabel:
    return parent.findChild(QLabel, "birthYearHint")


def type_year(form, text: str) -> QLineEdit:
    year = form.fields["birth_year"]
    year.setFocus()
    year.selectAll()
    QTest.keyClicks(year, text)
    return year


def test_a_year_of_3000_for_a_new_member_is_said_and_the_form_waits(window):
    lang = window.lang
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    QTest.keyClicks(form.fields["name"], "Karla")
    year = type_year(form, "3000")
    assert year.text() == "3000"  # typed as typed (it came out as 300 before)
    hint = hint_of(form)
    assert hint.isVisible() and hint.text() == LINE[lang].format("3000")
    assert form.rect().contains(hint.geometry())  # whole, in the form
    QTest.keyClick(year, Qt.Key.Key_Return)
    assert form.isVisible() and QApplication.focusWidget() is year and year.selectedText() == "3000"
    QTest.keyClicks(year, "2015")  # typed over the wrong year
    assert not hint.isVisible()
    QTest.keyClick(year, Qt.Key.Key_Return)
    assert not form.isVisible()
    karla = by_name(window.doc, "Karla")
    assert karla.birth_year == 2015


def test_a_year_of_1800_then_a_click_away_keeps_the_rest_and_says_why(window):
    lang = window.lang
    emil = by_name(window.doc, "Emil Nørgaard")
    window.scene.select_only(emil.id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    assert form.target == ("family", emil.id)
    QTest.keyClicks(form.fields["name"], "Emil Nørgaard Holm")
    type_year(form, "1800")
    assert hint_of(form).isVisible() and hint_of(form).text() == LINE[lang].format("1800")
    corner = window.view.viewport().rect().bottomRight() - QPoint(20, 20)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert not form.isVisible()
    now = window.doc.member(emil.id)
    assert now.name == "Emil Nørgaard Holm" and now.birth_year == emil.birth_year  # the name kept, the year as it was
    assert window.statusBar().currentMessage() == LINE[lang].format("1800")


def test_a_wrong_year_in_the_inspector_is_said_under_it(window):
    lang = window.lang
    freja = by_name(window.doc, "Freja Nørgaard")
    window.scene.select_only(freja.id)
    QApplication.processEvents()
    year = window.inspector.findChild(QLineEdit, "memberBirthYear")
    year.setFocus()
    year.selectAll()
    QTest.keyClicks(year, "3000")
    QTest.keyClick(year, Qt.Key.Key_Return)
    hint = hint_of(window.inspector)
    assert hint.isVisible() and hint.text() == LINE[lang].format("3000")
    assert window.doc.member(freja.id) == freja  # nothing changed
    assert year.text() == ("" if freja.birth_year is None else str(freja.birth_year))  # the year kept, shown
    year.selectAll()
    QTest.keyClicks(year, "2016")
    QTest.keyClick(year, Qt.Key.Key_Return)
    assert not hint.isVisible() and window.doc.member(freja.id).birth_year == 2016
