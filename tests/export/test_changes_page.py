"""The PDF's changes page names who ended (unticked "Active") and who is active again."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def changes_text(m, **options) -> str:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29), changes_since="Opstart", **options)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    page = next(p for p in pages if "Ændringer siden" in p or "Changes since" in p)
    return " ".join(page.split())


def ended_map():
    doc = MapDocument(load_map(EXAMPLE))
    add_status(doc, "Opstart", date(2026, 9, 14))
    karin = next(a for a in doc.map.actors if a.name == "Karin Holm")
    doc.update("actors", karin.id, active=False)
    return doc, karin


def test_the_changes_page_says_who_has_ended():
    doc, _ = ended_map()
    text = changes_text(doc.map, lang="da")
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) er ophørt." in text
    assert "Antallet af fagpersoner er gået fra 19 til 18." in text
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) has ended." in changes_text(doc.map, lang="en")


def test_the_changes_page_says_who_is_active_again():
    doc, karin = ended_map()
    doc.remove("snapshots", doc.map.snapshots[0].id)
    add_status(doc, "Opstart", date(2026, 9, 14))  # she had stopped at the start ...
    doc.update("actors", karin.id, active=True)  # ... and is back now
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) er aktiv igen." in changes_text(doc.map, lang="da")


def test_a_pseudonymised_changes_page_names_no_one():
    doc, _ = ended_map()
    text = changes_text(doc.map, lang="da", pseudonymise="initials")
    assert "K.H. (PPR-psykolog, Skole og dagtilbud) er ophørt." in text
    assert "Karin" not in text and "Holm" not in text
