"""The sentence of two clouds that now coordinate quotes their names when one of them holds
the sentence's own joining word, as the broker findings do (model/brokers.py `quoted`): a
user trial read "Hospital og psykiatri og Skole og dagtilbud samarbejder nu" as four clouds.
Seen where a user meets it: the window's comparison with a status, `skymap diff` and the PDF's
changes page, in Danish (»…«) and English (“…”)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.cli import main
from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map, save_map
from skymap.ui import modal
from tests.helpers import EXAMPLE, by_name

SAID = {
    "da": "»Hospital og psykiatri« og »Skole og dagtilbud« samarbejder nu.",
    "en": "“Hospital and psychiatry” and “School and day care” now coordinate.",
}
LABELS = {"da": ("Skole og dagtilbud", "Hospital og psykiatri"), "en": ("School and day care", "Hospital and psychiatry")}


def _status_then_a_tie(lang: str) -> MapDocument:
    """The example map in `lang` (its clouds named so), a status, then the school's Lise Dam
    and the hospital's Rikke Bach work together: the two clouds did not before."""
    doc = MapDocument(load_map(EXAMPLE))
    school, hospital = LABELS[lang]
    doc.update("domains", "d-school", label=school)
    doc.update("domains", "d-hospital_psychiatry", label=hospital)
    add_status(doc, "Opstart", date(2026, 9, 1))
    doc.add_link(LinkKind.COORDINATION, by_name(doc, "Lise Dam").id, by_name(doc, "Rikke Bach").id)
    return doc


@pytest.mark.parametrize("lang", ["da", "en"])
def test_skymap_diff_quotes_the_clouds_that_now_coordinate(lang, tmp_path, capsys):
    path = tmp_path / "kort.json"
    save_map(_status_then_a_tie(lang).map, path)
    assert main(["diff", str(path), "--from", "Opstart", "--lang", lang]) == 0
    assert SAID[lang] in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_pdf_changes_page_quotes_the_clouds_that_now_coordinate(lang):
    buffer = io.BytesIO()
    write_pdf(_status_then_a_tie(lang).map, buffer, today=date(2026, 11, 29), changes_since="Opstart", lang=lang)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    page = next(p for p in pages if "Ændringer siden" in p or "Changes since" in p)
    assert SAID[lang] in " ".join(page.split())


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_windows_comparison_quotes_the_clouds_that_now_coordinate(lang, open_example, qtbot, monkeypatch):
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), lang)
    try:
        window = open_example(lang)
        school, hospital = LABELS[lang]
        window.editor.update_one("domains", "d-school", label=school)
        window.editor.update_one("domains", "d-hospital_psychiatry", label=hospital)
        monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 1)))
        window.statuses_panel.save_button.click()
        # the user ties Lise Dam (school) to Rikke Bach (hospital): select both, Ctrl+L
        window.scene.select_only(by_name(window.doc, "Lise Dam").id)
        window.scene.items_by_id[by_name(window.doc, "Rikke Bach").id].setSelected(True)
        window.activateWindow()
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
        QTest.keyClick(window.view, Qt.Key_L, Qt.ControlModifier)
        window.statuses_panel.list.item(0).setSelected(True)
        window.statuses_panel.compare_button.click()
        changes = window.statuses_panel.changes
        lines = [changes.item(i).text() for i in range(changes.count())]
        assert any(line.strip("• ") == SAID[lang] for line in lines), lines
    finally:
        i18n.install(QApplication.instance(), "en")
