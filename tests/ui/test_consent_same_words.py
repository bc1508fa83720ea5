"""No consent recorded reads the same in the window and in the print, in Danish and English:
"ikke registreret" / "not recorded" (the print said "mangler" / "missing")."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.export.pdf import write_pdf
from skymap.ui import i18n
from tests.helpers import by_name

WORDS = {"da": "ikke registreret", "en": "not recorded"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_consent_recorded_is_one_wording_on_screen_and_on_paper(open_example, lang):
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
        buffer = io.BytesIO()
        write_pdf(window.doc.map, buffer, lang=lang, sections=["contacts"])
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(buffer).pages).split())
        assert "Hanne Lund" in text and WORDS[lang] in text
        assert (" mangler" if lang == "da" else " missing") not in text
    finally:
        i18n.install(QApplication.instance(), "en")
