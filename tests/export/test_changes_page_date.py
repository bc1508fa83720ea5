"""The changes page names the status's date as page 1 writes dates ("14. september 2026")."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


@pytest.mark.parametrize("lang, heading, today", [
    ("da", "Ændringer siden »Opstart« (14. september 2026)", "29. november 2026"),
    ("en", "Changes since “Opstart” (14 September 2026)", "29 November 2026"),
])
def test_the_changes_heading_has_the_long_date_of_page_one(lang, heading, today):
    doc = MapDocument(load_map(EXAMPLE))
    add_status(doc, "Opstart", date(2026, 9, 14))
    buffer = io.BytesIO()
    write_pdf(doc.map, buffer, lang=lang, today=date(2026, 11, 29), changes_since="Opstart")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert today in pages[0]
    assert heading in pages[-1]
    assert "2026-09-14" not in pages[-1]
