"""Names of statuses and clouds are quoted one way per language everywhere: »Opstart« in
Danish, “Opstart” in English (model/quotes.py, and the window's translations). A user
trial met "Opstart", “Opstart” and »Opstart« in one session (the comparison banner, the
list of changes' title, the status bar, the PDF) and PDF findings that quoted »Egen læge«
in one sentence and not in the next."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.storage.mapfile import save_map
from skymap.ui import i18n, modal
from tests.helpers import by_name, run_cli

MARKS = {"da": ("»", "«"), "en": ("“", "”")}
OTHER = {"da": ("“", "”", '"'), "en": ("»", "«", '"')}


@pytest.fixture(params=["da", "en"])
def lang(request):
    i18n.install(QApplication.instance(), request.param)
    yield request.param
    i18n.install(QApplication.instance(), "en")


def test_the_window_quotes_a_status_one_way(open_example, monkeypatch, lang):
    window = open_example(lang)
    left, right = MARKS[lang]
    answers = iter([("Opstart", date(2026, 9, 1)), ("Statusmøde 1", date(2026, 11, 1))])
    monkeypatch.setattr(modal, "ask_status", lambda *a: next(answers))
    window.statuses_panel.save_button.click()
    said = [window.statusBar().currentMessage()]  # "Status »Opstart« gemt i …" / "… er gemt i vinduet …"
    window.editor.update_one("actors", by_name(window.doc, "Lise Dam").id, active=False)
    window.statuses_panel.save_button.click()
    panel = window.statuses_panel
    panel.list.clearSelection()
    panel.list.item(0).setSelected(True)
    panel.view_button.click()  # one status on screen
    said += [window.statusBar().currentMessage(), window.file_guard.bar.text("status")]
    panel.list.item(1).setSelected(True)
    panel.compare_button.click()  # the two statuses compared
    said += [window.statusBar().currentMessage(), window.file_guard.bar.text("status"),
             panel.changes_list.title.text(),
             *(panel.changes.item(i).text() for i in range(panel.changes.count()))]
    text = "\n".join(said)
    assert f"{left}Opstart{right}" in said[0]
    assert all(f"{left}Opstart{right}" in line for line in said[1:6]), said
    assert f"{left}Statusmøde 1{right}" in text
    for mark in OTHER[lang]:  # no other quotation mark anywhere
        assert mark not in text, (mark, said)


def test_the_pdf_findings_quote_every_cloud(capsys, tmp_path):
    """`skymap export` of a bigger map: every cloud a finding names is quoted, in every
    finding (was: only in sentences where a name held "og")."""
    m = big_map(16, 16)
    path, out = tmp_path / "stor.json", tmp_path / "stor.pdf"
    save_map(m, path)
    code, _out, err = run_cli(capsys, "export", path, "-o", out, "--lang", "da")
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages[1:])
    findings = text[text.index("Fund"):text.index("Optælling")]
    labels = [d.label for d in m.domains]
    named = [f for f in re.split(r" • ", findings) if any(label in f for label in labels)]
    assert len(named) >= 5, findings
    for finding in named:
        bare = re.sub("»[^«]*«", "", finding)
        assert not any(label in bare for label in labels), finding


@pytest.mark.parametrize("lang", ["da", "en"])
def test_skymap_diff_between_two_statuses_quotes_them_in_the_maps_language(capsys, tmp_path, lang):
    doc = MapDocument(big_map(12, 12))
    add_status(doc, "Opstart", date(2026, 1, 1))
    doc.update("actors", doc.map.actors[0].id, active=False)
    add_status(doc, "Statusmøde 1", date(2026, 3, 1))
    path = tmp_path / "kort.json"
    save_map(doc.map, path)
    code, out, err = run_cli(capsys, "diff", path, "--from", "Opstart", "--to", "Statusmøde 1", "--lang", lang)
    assert code == 0, err
    left, right = MARKS[lang]
    assert f"{left}Opstart{right}" in out and f"{left}Statusmøde 1{right}" in out, out
    assert '"' not in out
