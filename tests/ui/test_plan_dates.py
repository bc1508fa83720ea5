"""A mistyped date in the joint plan's agreement dialog and in the Save status dialog is
answered with an example written as the field writes dates in the interface's language
(28/02/2027 in English, 28.02.2027 in Danish), not always in the Danish form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.ui import i18n, modal


@pytest.fixture
def language():
    """The interface's language as the program installs it (its translations and locale)."""
    yield lambda lang: i18n.install(QApplication.instance(), lang)
    i18n.install(QApplication.instance(), "en")


@pytest.mark.parametrize(("lang", "shown", "example", "words"), [
    ("en", "30/11/2026", "28/02/2027", "The date is not a date like"),
    ("da", "30.11.2026", "28.02.2027", "Datoen er ikke en dato som"),
])
def test_the_agreement_dialog_gives_its_example_in_the_form_the_field_shows(open_example, monkeypatch, qtbot, language, lang,
                                                                            shown, example, words):
    language(lang)
    win = open_example(lang)
    win.plan_dock.raise_()
    said = []

    def fill(dialog):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # typed keys go where the focus is
        QTest.keyClicks(dialog.text, "Call PPR")
        QTest.mouseClick(dialog.has_due, Qt.MouseButton.LeftButton, pos=dialog.has_due.rect().center())
        field = dialog.due.edit
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, "30.11.2026")
        QTest.keyClick(field, Qt.Key.Key_Tab)
        said.append(field.text())
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, "31.02.2027")
        QTest.keyClick(field, Qt.Key.Key_Tab)
        said.append(dialog.problem.text())
        dialog.hide()
        return False

    monkeypatch.setattr(modal, "exec_dialog", fill)
    QTest.mouseClick(win.plan_panel.new_button, Qt.MouseButton.LeftButton)
    assert said[0] == shown  # (how the field writes a date in this language)
    assert said[1] == f"{words} {example}."
    assert win.doc.map.agreements == []


def test_the_save_status_dialog_gives_its_example_in_english_in_the_english_form(qtbot, language):
    from skymap.ui.statuses_panel import SaveStatusDialog

    language("en")
    dialog = SaveStatusDialog("Status meeting 1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.date.edit
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "31.02.2027")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert dialog.hint.isVisibleTo(dialog)
    assert dialog.hint.text() == "Write the date as 28/02/2027 (or 2027-02-28)."
