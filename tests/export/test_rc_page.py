"""The PDF's "Relational coordination" page, with changes since a status."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.objects import RCScores
from skymap.model.status import add_status
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def pages(m, **options) -> list[str]:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29), changes_since="Opstart", **options)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def scored_map() -> MapDocument:
    """Hanne Lund – Mette Skov 2 in all seven, then 4 in all seven;
    Mette Skov – Peter Vinther 4 in frequent and timely, then 3 in both."""
    doc = MapDocument(load_map(EXAMPLE))
    names = {a.name: a.id for a in doc.map.actors}
    hm = doc.find_link(names["Hanne Lund"], names["Mette Skov"])
    mp = doc.find_link(names["Mette Skov"], names["Peter Vinther"])
    doc.update("links", hm.id, rc=RCScores(**dict.fromkeys(RCScores.model_fields, 2)))
    doc.update("links", mp.id, rc=RCScores(frequent=4, timely=4))
    add_status(doc, "Opstart", date(2026, 9, 14))
    doc.update("links", hm.id, rc=RCScores(**dict.fromkeys(RCScores.model_fields, 4)))
    doc.update("links", mp.id, rc=RCScores(frequent=3, timely=3))
    return doc


def test_the_page_shows_dimensions_mean_and_ties_then_and_now_in_danish_and_english():
    doc = scored_map()
    da = next(p for p in pages(doc.map, lang="da") if "Relationel koordinering siden »Opstart«" in p)
    # network mean: (2 + 4) / 2 = 3.0 then, (4 + 3) / 2 = 3.5 now
    assert "Netværkets gennemsnit: 3,0 før, 3,5 nu." in da
    assert "Scorede forbindelser: 2 før, 2 nu." in da
    for word in ("hyppig kommunikation", "gensidig respekt", "før", "nu"):
        assert word in da
    assert "Mest forbedrede forbindelser Hanne Lund – Mette Skov 2,0 → 4,0" in da
    assert "Forbindelser der faldt mest Mette Skov – Peter Vinther 4,0 → 3,0" in da
    assert "Gennemsnit pr. par af områder (nu)" in da and "3,0 (middel)" in da  # Børn og familie with itself
    en = next(p for p in pages(doc.map, lang="en") if "Relational coordination since “Opstart”" in p)
    assert "Network mean: 3.0 then, 3.5 now." in en
    assert "shared goals" in en and "4.0 (strong)" in en  # Skole og dagtilbud – Børn og familie


def test_no_page_when_nothing_was_ever_scored():
    doc = MapDocument(load_map(EXAMPLE))
    add_status(doc, "Opstart", date(2026, 9, 14))
    assert not any("Relational coordination" in p for p in pages(doc.map, lang="en"))


def test_the_pseudonymised_page_names_nobody():
    doc = scored_map()
    text = " ".join(pages(doc.map, lang="da", pseudonymise="initials"))
    assert "Relationel koordinering siden" in text
    assert "Hanne Lund" not in text and "Mette Skov" not in text
