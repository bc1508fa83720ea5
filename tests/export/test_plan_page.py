"""The meeting PDF's "Joint plan" page: goals, then agreements by owner with dates and
status, and what changed in the plan since a status (text extracted from the PDF)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.objects import FAMILY_ID
from skymap.model.status import add_status
from skymap.model.vocabulary import AgreementStatus
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def pages(m, **options) -> list[str]:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29), **options)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def by_name(doc, name):
    return next(p.id for p in (*doc.map.family, *doc.map.actors) if p.name == name)


def plan_map() -> MapDocument:
    doc = MapDocument(load_map(EXAMPLE))
    doc.add_goal("Emil kommer i skole hver dag")
    call = doc.add_agreement("Ring til PPR om testen", owner=by_name(doc, "Emil Nørgaard"), due=date(2026, 12, 1))
    add_status(doc, "Opstart", date(2026, 9, 14))
    doc.add_goal("Freja har en fritidsaktivitet")
    doc.add_agreement("Skolemøde om fraværet", owner=by_name(doc, "Hanne Lund"), due=date(2026, 10, 1))
    doc.add_agreement("Familiemøde hver søndag", owner=FAMILY_ID)
    doc.update("agreements", call.id, status=AgreementStatus.DONE)
    return doc


def test_the_plan_page_lists_goals_and_agreements_by_owner_in_danish_and_english():
    doc = plan_map()
    da = next(p for p in pages(doc.map) if "Fælles plan" in p)
    assert "Familiens mål 1. Emil kommer i skole hver dag 2. Freja har en fritidsaktivitet" in da
    assert da.index("Familien Familiemøde") < da.index("Emil Nørgaard Ring til PPR") < da.index("Hanne Lund Skolemøde")
    assert "Ring til PPR om testen 1. december 2026 udført" in da
    assert "Skolemøde om fraværet 1. oktober 2026 frist overskredet" in da
    en = next(p for p in pages(doc.map, lang="en") if "Joint plan" in p)
    assert "The family's goals" in en and "Skolemøde om fraværet 1 October 2026 overdue" in en
    assert "The family Familiemøde hver søndag open" in en


def test_changes_since_a_status_say_what_changed_in_the_plan_once():
    all_pages = pages(plan_map().map, changes_since="Opstart")
    plan = next(p for p in all_pages if "Fælles plan" in p)
    assert "Ændret i planen siden »Opstart« (14. september 2026)" in plan
    assert "Nyt mål: Freja har en fritidsaktivitet." in plan
    assert "Aftale udført: Ring til PPR om testen (Emil Nørgaard)." in plan
    assert "Frist overskredet (01.10.2026): Skolemøde om fraværet (Hanne Lund)." in plan
    assert sum("Aftale udført" in p for p in all_pages) == 1  # not again on the changes page


def test_a_map_without_a_plan_has_no_plan_page_and_the_page_can_be_left_out():
    assert not any("Fælles plan" in p for p in pages(load_map(EXAMPLE)))
    assert not any("Fælles plan" in p for p in pages(plan_map().map, sections=["map", "contacts", "summary"]))
    only = pages(plan_map().map, sections=["plan"])
    assert len(only) == 1 and "Fælles plan" in only[0]


def test_a_pseudonymised_plan_page_names_no_one():
    text = " ".join(pages(plan_map().map, pseudonymise="initials", changes_since="Opstart"))
    assert "Joint plan" not in text and "Fælles plan" in text
    for name in ("Emil", "Hanne Lund", "Nørgaard", "Freja"):
        assert name not in text
    assert "H.L. Skolemøde om fraværet" in text


def test_the_map_page_explains_the_count_of_open_agreements_only_when_there_are_some():
    from skymap.model import style

    doc = plan_map()
    first = pages(doc.map, sections=["map"])[0]
    assert "Åbne aftaler (fælles plan)" in first  # Hanne's meeting and the family meeting are open
    assert style.agreement_badges(0) == [] and style.agreement_badges(12) == [("9+", style.AGREEMENTS)]
    hanne = next(a for a in doc.map.actors if a.name == "Hanne Lund")
    assert style.person_badges(hanne, "da", 1)[-1] == ("1", style.AGREEMENTS)
    for ag in list(doc.map.agreements):
        doc.update("agreements", ag.id, status=AgreementStatus.DONE)
    assert "Åbne aftaler" not in pages(doc.map, sections=["map"])[0]
    assert "Open agreements" not in pages(load_map(EXAMPLE), sections=["map"], lang="en")[0]
