"""Ctrl+Z and Ctrl+Y in the side form (the inspector) once a field's edit is kept.

What a caseworker expects, as in any desktop program: while a field holds typing that is
not yet kept (no Enter, the field not left), Ctrl+Z undoes that typing inside the field;
once Enter has kept it (the field shows what the map holds), Ctrl+Z is Edit > Undo: the
rename is taken back, and Ctrl+Y (Ctrl+Shift+Z) puts it back. The keys stay in the field
all along, so the user can go on typing there."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers import by_name

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "da"])
def window(request, open_example, qtbot):
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), request.param)
    win = open_example(request.param)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    i18n.install(QApplication.instance(), "en")


def click_into(field) -> None:
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus()


def rename_in_field(field, new: str) -> None:
    click_into(field)
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(field, new)
    QTest.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("who, field", [("Anders Kirk", "a_name"), ("Freja Nørgaard", "m_name")])
def test_ctrl_z_in_the_name_field_after_enter_undoes_the_rename(window, who, field):
    person = by_name(window.doc, who)
    window.scene.select_only(person.id)
    name = getattr(window.inspector, field)
    assert name.text() == who
    rename_in_field(name, "Ny Navnesen")
    assert by_name(window.doc, "Ny Navnesen").id == person.id
    assert name.hasFocus()
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL)  # Edit > Undo, the keys still in the field
    assert by_name(window.doc, who).id == person.id
    assert name.text() == who and name.hasFocus()
    QTest.keyClick(name, Qt.Key.Key_Y, CTRL)  # Edit > Redo
    assert by_name(window.doc, "Ny Navnesen").id == person.id and name.text() == "Ny Navnesen"
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # (Redo too: nothing left)
    assert by_name(window.doc, "Ny Navnesen").id == person.id


def test_ctrl_z_while_typing_undoes_the_typing_not_the_map(window):
    """Typing not yet kept is the field's own: Ctrl+Z takes it back there and the map's last
    step stays; once the field shows what the map holds again, Ctrl+Z is Edit > Undo."""
    person = by_name(window.doc, "Anders Kirk")
    window.scene.select_only(person.id)
    name = window.inspector.a_name
    rename_in_field(name, "Anders Kirk Hansen")  # a step on the map to leave alone
    steps = window.undo_stack.index()
    QTest.keyClicks(name, "x")
    assert name.text() == "Anders Kirk Hansenx"
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL)  # the field's own typing
    assert name.text() == "Anders Kirk Hansen"
    assert window.undo_stack.index() == steps and window.doc.actor(person.id).name == "Anders Kirk Hansen"
    QTest.keyClick(name, Qt.Key.Key_Z, CTRL)  # nothing of its own left: the rename is undone
    assert window.doc.actor(person.id).name == "Anders Kirk" and name.text() == "Anders Kirk"
    assert window.undo_stack.index() == steps - 1
