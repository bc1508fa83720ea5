"""The agreement chosen at the bottom of the plan's list is scrolled whole into view, opened
to its whole text and note (the real case of test_plan_room at 1366×768)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from skymap.ui import modal
from tests.ui.test_plan_room import AGREEMENTS, laptop  # noqa: F401 (the fixture)

NOTE = ("Ringer selv inden mødet, og kerneteamet hører om forløbet på næste møde. Sofie vil gerne "
        "være med, hvis det kan passe med hendes behandling.")


def whole_in_view(agreements, row: int) -> bool:
    """The row's place in the list is as tall as it is drawn (opened), all of it on screen."""
    rect = agreements.visualItemRect(agreements.item(row))
    drawn = agreements.sizeHintForIndex(agreements.model().index(row, 0)).height()
    return rect.height() == drawn and agreements.viewport().rect().contains(rect)


def test_a_double_click_on_the_half_shown_bottom_row_opens_it_and_shows_it_whole(laptop, monkeypatch, qtbot):  # noqa: F811
    """The row opens on the first click and grew past the bottom edge; the list scrolled at
    once, so the second click landed on another row: no dialog, another row highlighted,
    the chosen one still cut off (the acceptance check's 03-plan-after-edits)."""
    agreements, doc = laptop.plan_panel.agreements, laptop.doc
    bottom = agreements.viewport().height()
    row = next(r for r in range(agreements.count())  # the row cut off by the bottom edge
               if agreements.visualItemRect(agreements.item(r)).top() < bottom
               < agreements.visualItemRect(agreements.item(r)).bottom())
    opened = []

    def with_note(dialog):
        opened.append(dialog.text.text())
        dialog.note.setPlainText(NOTE)
        return True

    monkeypatch.setattr(modal, "exec_dialog", with_note)
    rect = agreements.visualItemRect(agreements.item(row))
    at = QPoint(rect.center().x(), (rect.top() + bottom) // 2)  # (on its part that is shown)
    # a double click as the window system delivers it: press, release, press + double click, release
    QTest.mouseClick(agreements.viewport(), Qt.MouseButton.LeftButton, pos=at)
    QTest.mouseDClick(agreements.viewport(), Qt.MouseButton.LeftButton, pos=at)
    QTest.mouseRelease(agreements.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == [AGREEMENTS[row][0]]
    assert doc.map.agreements[row].note == NOTE
    assert agreements.currentRow() == row
    assert [agreements.row(i) for i in agreements.selectedItems()] == [row]
    qtbot.waitUntil(lambda: whole_in_view(agreements, row))  # (once a double click is over)
    assert agreements.visualItemRect(agreements.item(row)).height() > 3 * agreements.fontMetrics().height()

