"""The inspector's consent date, left with Tab while it is no date: the focus stays in it,
the text selected to be typed over, with the hint under it in sight; a second Tab moves on.
A letter typed on one of the inspector's buttons or boxes is not a tool's shortcut. (A
tester's Tab went on to the calendar button, the panel jumped, and the next "d" switched on
Draw Cloud on the map.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea

from tests.helpers import by_name


@pytest.fixture
def window(open_example):
    win = open_example("en")
    win.resize(1366, 768)
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    return win


def in_sight(widget) -> bool:
    """Whether `widget` is shown whole in its panel's scrolled area."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    bottom = top_left.y() + widget.height()
    return widget.isVisible() and top_left.y() >= 0 and bottom <= area.viewport().height()


def start(window):
    hanne = by_name(window.doc, "Hanne Lund")
    window.scene.select_only(hanne.id)
    QApplication.processEvents()
    rows = window.inspector.a_consent
    rows.date.edit.setFocus()
    QTest.keyClicks(rows.date.edit, "31.02.x")
    return hanne, rows


def test_tab_out_of_a_date_that_is_no_date_keeps_the_focus_on_it(window):
    hanne, rows = start(window)
    QTest.keyClick(rows.date.edit, Qt.Key.Key_Tab)
    QTest.qWait(20)  # the panel makes room for the hint and scrolls to it
    assert QApplication.focusWidget() is rows.date.edit
    assert rows.date.edit.selectedText() == "31.02.x"
    assert in_sight(rows.date_hint) and in_sight(rows.date.edit)
    assert "Not a date" in rows.date_hint.text()
    QTest.keyClicks(QApplication.focusWidget(), "d")  # goes on typing into the date
    assert window.scene.tool_name() == "select"
    assert rows.date.edit.text() == "d"
    rows.date.edit.selectAll()
    QTest.keyClicks(rows.date.edit, "03.02.2026")
    QTest.keyClick(rows.date.edit, Qt.Key.Key_Tab)
    assert window.doc.actor(hanne.id).consent_date is not None
    assert window.doc.actor(hanne.id).consent_date.isoformat() == "2026-02-03"
    assert QApplication.focusWidget() is not rows.date.edit and window.inspector.isAncestorOf(QApplication.focusWidget())


def test_a_second_tab_moves_on_and_letters_on_a_button_switch_no_tool(window):
    hanne, rows = start(window)
    before = window.doc.actor(hanne.id)
    QTest.keyClick(rows.date.edit, Qt.Key.Key_Tab)
    QTest.keyClick(rows.date.edit, Qt.Key.Key_Tab)  # the text as it was: on to the next
    assert QApplication.focusWidget() is rows.date.button  # Calendar…, next in the tab order
    QTest.keyClicks(rows.date.button, "d")
    assert window.scene.tool_name() == "select"
    assert window.doc.actor(hanne.id) == before  # the stored date kept
    assert rows.date_hint.isVisible()
    box = window.inspector.findChild(QCheckBox, "a_coordinator") or next(
        b for b in window.inspector.findChildren(QCheckBox) if b.isVisible())
    box.setFocus()
    QTest.keyClicks(box, "dnc")
    assert window.scene.tool_name() == "select"
