"""A family member's role typed as "datter" or "søn" (daughter, son) is kept: a new user
(Danish, 1366x768) typed "datter" in the in-place form and read "barn" under the name
afterwards, with no word said. Daughter and son are roles of their own (format version 6),
with Danish and English labels on screen, in the inspector, the PDF and the family's copy."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.export.family_pdf import write_family_pdf
from skymap.export.pdf import write_pdf
from skymap.model.template import new_map
from skymap.model.vocabulary import FamilyRole
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.ui.test_member_placement import _free_spot_in_oval


@pytest.fixture
def laptop(qtbot):
    made = []

    def _open(lang: str) -> MainWindow:
        i18n.install(QApplication.instance(), lang)
        win = MainWindow(new_map("standard", "Holm", lang), None, lang)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        win.view.fit()
        made.append(win)
        return win

    yield _open
    i18n.install(QApplication.instance(), "en")
    for win in made:
        win.undo_stack.setClean()


def add_member_typing(qtbot, win, name: str, role: str):
    """Double-click in the family's oval, type the name, Tab to the role, type it, Return."""
    QTest.mouseDClick(win.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      win.view.mapFromScene(_free_spot_in_oval(win)))
    form = win.docview.inline
    qtbot.waitUntil(form.isVisible, timeout=2000)
    form.fields["name"].selectAll()
    QTest.keyClicks(form.fields["name"], name)
    form.fields["role"].setFocus()
    form.fields["role"].selectAll()
    QTest.keyClicks(form.fields["role"], role)
    QTest.keyClick(form.fields["role"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)
    return next(f for f in win.doc.map.family if f.name == name)


@pytest.mark.parametrize(("lang", "typed", "role", "shown"), [
    ("da", "datter", FamilyRole.DAUGHTER, "datter"), ("da", "søn", FamilyRole.SON, "søn"),
    ("en", "daughter", FamilyRole.DAUGHTER, "daughter"), ("en", "son", FamilyRole.SON, "son"),
    ("en", "datter", FamilyRole.DAUGHTER, "daughter"),  # a Danish word in the English window
])
def test_a_daughter_or_son_typed_in_the_form_is_kept_and_shown(qtbot, laptop, lang, typed, role, shown):
    win = laptop(lang)
    member = add_member_typing(qtbot, win, "Freja Holm", typed)
    assert member.role is role
    assert win.scene.items_by_id[member.id].subtitle() == shown  # under her name on the map
    win.scene.select_only(member.id)
    assert win.inspector.m_role.currentText() == shown
    # the form opened again (F2) shows the word, not "barn"
    next(a for a in win.findChildren(QAction) if a.shortcut() == QKeySequence(Qt.Key.Key_F2)).trigger()
    assert win.docview.inline.fields["role"].text() == shown
    win.docview.inline.close_editor(commit=False)


def test_the_inspector_offers_daughter_and_son(qtbot, laptop):
    win = laptop("da")
    member = add_member_typing(qtbot, win, "Emil Holm", "barn")
    assert member.role is FamilyRole.CHILD
    win.scene.select_only(member.id)
    combo = win.inspector.m_role
    words = [combo.itemText(i) for i in range(combo.count())]
    assert {"barn", "datter", "søn"} <= set(words)
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(FamilyRole.SON))
    combo.activated.emit(combo.currentIndex())
    assert win.doc.member(member.id).role is FamilyRole.SON
    assert win.scene.items_by_id[member.id].subtitle() == "søn"
    win.undo_stack.undo()
    assert win.doc.member(member.id).role is FamilyRole.CHILD


def pdf_words(write, m, lang: str) -> str:
    buffer = io.BytesIO()
    write(m, buffer, lang=lang, today=date(2026, 11, 30))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).split())


@pytest.mark.parametrize(("lang", "words"), [("da", ("datter", "søn")), ("en", ("daughter", "son"))])
def test_the_pdf_and_the_familys_copy_say_daughter_and_son(qtbot, laptop, lang, words):
    win = laptop(lang)
    add_member_typing(qtbot, win, "Freja Holm", "datter")
    add_member_typing(qtbot, win, "Emil Holm", "søn")
    for write in (write_pdf, write_family_pdf):
        text = pdf_words(write, win.doc.map, lang)
        assert all(w in text.split() for w in words), (write.__name__, text[:400])


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("da", "bedstemor", "»bedstemor« er gemt som rollen »anden omsorgsperson«"),
    ("en", "storebror", "“storebror” is not a family role: the role is still “other family member”"),
])
def test_a_word_not_kept_as_typed_is_said_in_the_status_bar(qtbot, laptop, lang, typed, said):
    win = laptop(lang)
    add_member_typing(qtbot, win, "Inge Holm", typed)
    assert said in win.statusBar().currentMessage()
