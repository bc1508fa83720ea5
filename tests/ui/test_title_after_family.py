"""A new map whose family name is set in the inspector is titled after the family in the
window's title, the inspector and the printed PDF (a user trial: the PDF said "Nyt kort"
although the family "Holm" was named); a title the user typed stays."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from skymap.model.template import new_map
from skymap.storage.mapfile import save_map
from skymap.ui import i18n
from skymap.ui.export_dialog import ExportOptionsDialog
from skymap.ui.main_window import MainWindow


@pytest.fixture
def danish(qtbot):
    i18n.install(QApplication.instance(), "da")
    made = []

    def _open(skymap, path=None):
        window = MainWindow(skymap, path, "da")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield _open
    for window in made:
        window.undo_stack.setClean()
    i18n.install(QApplication.instance(), "en")


def type_into(window, name: str, text: str) -> None:
    window.scene.clearSelection()  # the inspector shows the map's details
    field = window.inspector.findChild(QLineEdit, name)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key_Return)


def print_to_file(window, monkeypatch, out) -> PdfReader:
    """Filer ▸ Udskriv… to a PDF file, the options and the printer dialog accepted."""
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda d: ExportOptionsDialog.DialogCode.Accepted)

    def printer(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", printer)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Filer")
    next(a for a in file_menu.actions() if a.text() == "&Udskriv…").trigger()
    return PdfReader(str(out))


def test_the_family_named_in_the_inspector_titles_the_window_and_the_pdf(danish, monkeypatch, tmp_path, dialogs):
    window = danish(new_map(lang="da"))
    assert window.windowTitle().startswith("Nyt kort")
    type_into(window, "mapFamily", "Holm")
    assert window.doc.map.meta.family_name == "Holm"
    assert window.windowTitle().startswith("Familien Holm")
    assert window.inspector.findChild(QLineEdit, "mapTitle").text() == "Familien Holm"
    reader = print_to_file(window, monkeypatch, tmp_path / "holm.pdf")
    assert reader.metadata.title == "Familien Holm"
    assert reader.pages[0].extract_text().startswith("Familien Holm")  # the map page's heading
    assert "Nyt kort" not in " ".join(page.extract_text() for page in reader.pages)
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # one undo: no family, and the title back
    assert window.windowTitle().startswith("Nyt kort")


def test_a_typed_title_stays_when_the_family_is_named(danish, monkeypatch, tmp_path, dialogs):
    window = danish(new_map(lang="da"))
    type_into(window, "mapTitle", "Netværksmøde efterår")
    type_into(window, "mapFamily", "Holm")
    assert window.windowTitle().startswith("Netværksmøde efterår")
    assert print_to_file(window, monkeypatch, tmp_path / "typed.pdf").metadata.title == "Netværksmøde efterår"


def test_a_map_saved_untitled_with_a_family_opens_titled_after_it(danish, tmp_path):
    """A file written before the rule: "Nyt kort" stored beside the family name "Holm"."""
    m = new_map(lang="da")
    m.meta = m.meta.model_copy(update={"family_name": "Holm"})
    path = tmp_path / "holm.json"
    save_map(m, path)
    window = danish(m, path)
    assert window.windowTitle().startswith("Familien Holm (holm.json)")
    field = window.inspector.findChild(QLineEdit, "mapTitle")
    window.scene.clearSelection()
    assert field.text() == "Familien Holm"
    field.setFocus()
    QTest.keyClick(field, Qt.Key_Return)  # passing through the field types nothing
    assert window.undo_stack.isClean()
