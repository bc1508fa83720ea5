"""Fast entry through the window (issue 12): File ▸ New asks for the family's name, a list
typed into a cloud's form or pasted onto a cloud, the person form's toggles and names, the
family form typed, tool keys never taken from a field."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind, FamilyRole, LinkKind


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def focused():
    return QApplication.focusWidget()


def test_file_new_asks_for_the_family_name_and_titles_the_map(window, qtbot):
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window.new_map_dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.family, "Hansen")
    assert dialog.title.text() == "The Hansen family"
    QTest.keyClick(dialog.family, Qt.Key_Return)
    assert window.doc.map.meta.title == "The Hansen family"
    assert window.doc.map.meta.family_name == "Hansen"
    assert len(window.doc.map.domains) == 9 and not window.doc.map.actors


def test_a_title_written_by_the_user_stays(window, qtbot):
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window.new_map_dialog
    QTest.keyClicks(dialog.title, "Netværk 2026")
    QTest.keyClicks(dialog.family, "Hansen")
    QTest.keyClick(dialog.family, Qt.Key_Return)
    assert window.doc.map.meta.title == "Netværk 2026"
