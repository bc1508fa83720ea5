"""No consent recorded reads as the design's vocabulary says (samtykke: mangler / consent:
missing), the same in the window, in the print and in `skymap stats`, in Danish and English
(the window and the print said "ikke registreret" / "not recorded")."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.cli import main
from skymap.export.pdf import write_pdf
from skymap.ui import i18n
from tests.helpers import EXAMPLE, by_name

WORDS = {"da": "mangler", "en": "missing"}
FINDING = {"da": "Samtykke mangler for Hanne Lund, Mette Skov og Peter Vinther",
           "en": "Consent is missing for Hanne Lund, Mette Skov and Peter Vinther"}
OLD = {"da": "registreret", "en": "recorded"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_missing_consent_is_one_wording_on_screen_on_paper_and_in_stats(open_example, capsys, lang):
    i18n.install(QApplication.instance(), lang)
    try:
        window = open_example(lang)
        hanne = by_name(window.doc, "Hanne Lund")
        assert hanne.consent is None
        window.scene.select_only(hanne.id)
        QApplication.processEvents()
        assert window.inspector.a_consent.consent.currentText() == WORDS[lang]
        QTest.keyClick(window.view, Qt.Key.Key_F2)  # the person form
        assert window.docview.inline.fields["consent"].currentText() == WORDS[lang]
        QTest.keyClick(window.docview.inline.fields["name"], Qt.Key.Key_Escape)
        buffer = io.BytesIO()
        write_pdf(window.doc.map, buffer, lang=lang, sections=["map", "contacts", "summary"])
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(buffer).pages).split())
        assert "Hanne Lund" in text and f" {WORDS[lang]}" in text and FINDING[lang] in text
        assert OLD[lang] not in text.replace("er nu registreret", "").replace("is now recorded", "")
    finally:
        i18n.install(QApplication.instance(), "en")
    assert main(["stats", str(EXAMPLE), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert FINDING[lang] in out and "registreret samtykke" not in out and "No consent is recorded" not in out
