"""A family member's role typed in the person form as the words a caseworker uses - "søn",
"datter", "bedstemor" - is taken (a tester's "søn" was dropped without a word and the member
stayed "andet familiemedlem"), as a contact list already takes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.vocabulary import FamilyRole
from tests.ui.test_member_placement import _free_spot_in_oval, _window


@pytest.mark.parametrize(("word", "role"), [("søn", FamilyRole.SON), ("datter", FamilyRole.DAUGHTER),
                                            ("bedstemor", FamilyRole.OTHER_CARER), ("mor", FamilyRole.MOTHER)])
def test_a_role_typed_as_a_caseworkers_word_is_taken(qtbot, word, role):
    win = _window(qtbot)
    vp = win.view.viewport()
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      win.view.mapFromScene(_free_spot_in_oval(win)))
    editor = win.docview.inline
    qtbot.waitUntil(editor.isVisible, timeout=2000)
    editor.fields["name"].selectAll()
    QTest.keyClicks(editor.fields["name"], "Emil Holm")
    role_field = editor.fields["role"]
    role_field.setFocus()
    role_field.selectAll()
    QTest.keyClicks(role_field, word)
    QTest.keyClick(role_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    emil = next(f for f in win.doc.map.family if f.name == "Emil Holm")
    assert emil.role is role
    win.undo_stack.setClean()
