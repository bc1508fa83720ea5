"""No name survives a pseudonymised export: names of people in the map and of people only in
its statuses, planted in every text field in every Unicode form and case, are searched for in
the PDF (text, metadata, raw and decompressed bytes), the SVG, the GraphML and the CSV."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skymap.export.csv_export import csv_text
from skymap.export.graphml import graphml_text
from skymap.export.pdf import write_pdf
from skymap.export.svg import svg_text
from skymap.model.objects import Actor, Annotation, Domain, FamilyMember, Link, Metadata, SkyMap, Snapshot
from skymap.model.pseudonym import pseudonymise

from .leaks import (
    AFTER,
    BEFORE,
    CASEWORKERS,
    FORMS,
    PEOPLE,
    build,
    leaks_in_bytes,
    leaks_in_text,
    parts,
    pdf_leaks,
    text_field,
)

TODAY = date(2026, 9, 14)


@st.composite
def planted(draw):
    """(map, every name in it and its statuses) with names planted in every text field."""
    names = draw(st.permutations(PEOPLE))
    n_family, n_actors, n_left = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 2))
    family, actors = names[:n_family], names[n_family:n_family + n_actors]
    left = names[n_family + n_actors:n_family + n_actors + n_left]
    caseworker = draw(st.sampled_from(CASEWORKERS))
    everyone = [*family, *actors, *left, caseworker]
    forms = draw(st.lists(st.sampled_from(["NFC", "NFD"]), min_size=len(everyone) + 1, max_size=len(everyone) + 1))

    def mention():
        name = draw(st.sampled_from(everyone))
        said = draw(st.sampled_from([name, *parts(name)]))
        form = draw(st.sampled_from(FORMS))
        return draw(st.sampled_from(BEFORE)) + written_in(said, form) + draw(st.sampled_from(AFTER))

    def texts():
        while True:
            yield " ".join(mention() for _ in range(draw(st.integers(1, 3))))

    m = build(family, actors, left, caseworker, forms, texts(), lang=draw(st.sampled_from(["da", "en"])))
    return m, everyone


def written_in(text: str, form: str) -> str:
    from .leaks import written  # noqa: PLC0415

    return written(text, form)


def test_every_text_field_is_planted():
    """The planting finds text fields by their type, so a new one is covered; these are the
    ones there are today."""
    found = {(cls.__name__, name) for cls in (Metadata, FamilyMember, Domain, Actor, Link, Annotation, Snapshot)
             for name in cls.model_fields if text_field(cls, name)}
    assert {("Metadata", "title"), ("Actor", "role"), ("Actor", "organisation"), ("Actor", "notes"),
            ("FamilyMember", "notes"), ("Domain", "label"), ("Link", "note"), ("Annotation", "text"),
            ("Snapshot", "label")} <= found
    assert ("Actor", "id") not in found and ("Domain", "color") not in found


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(planted())
def test_no_name_in_any_pseudonymised_export(case):
    m, names = case
    # The search sees the names when nothing is pseudonymised (so it could fail).
    assert leaks_in_text(csv_text(m), names)
    for mode in ("initials", "roles"):
        buffer = io.BytesIO()
        write_pdf(m, buffer, pseudonymise=mode, today=TODAY, changes_since=m.snapshots[0].label)
        assert not pdf_leaks(buffer.getvalue(), names), mode
        svg = svg_text(m, pseudonymise=mode, today=TODAY)
        assert not leaks_in_text(svg, names) and not leaks_in_bytes(svg.encode(), names), mode
        p = pseudonymise(m, mode)
        for text in (graphml_text(p), csv_text(p)):
            assert not leaks_in_text(text, names) and not leaks_in_bytes(text.encode(), names), mode
        kept = pseudonymise(m, mode, keep_statuses=True)
        assert not leaks_in_text(kept.model_dump_json(), names), mode
        assert len(kept.snapshots) == len(m.snapshots)


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(planted())
def test_pseudonymised_model_has_no_name_in_any_field(case):
    """Quicker than the exports, so more maps: the whole pseudonymised model, statuses kept."""
    m, names = case
    for mode in ("initials", "roles"):
        p = pseudonymise(m, mode, keep_statuses=True)
        dumped = p.model_dump_json()
        assert not leaks_in_text(dumped, names), (mode, leaks_in_text(dumped, names))


@pytest.mark.parametrize("mode", ["initials", "roles"])
def test_status_only_people_keep_their_own_pseudonym(mode):
    """Someone who has left the map is still someone else than everyone in it."""
    texts = iter(["Overtog fra Eva Kjær"] * 200)
    m: SkyMap = build(["Sofie Nørgaard"], ["Ib Thygesen"], ["Eva Kjær"], "Mette Holmgaard", ["NFC"] * 5, texts)
    p = pseudonymise(m, mode, keep_statuses=True)
    eva_id = next(a.id for a in m.snapshots[0].content.actors if a.name == "Eva Kjær")
    eva = next(a for a in p.snapshots[0].content.actors if a.id == eva_id)
    others = {x.name for x in (*p.family, *p.actors)}
    assert eva.name not in others
    if mode == "initials":
        assert eva.name == "E.K." and p.domains[0].label == "Overtog fra E.K."


@pytest.mark.parametrize("mode", ["initials", "roles"])
def test_changes_page_of_a_pseudonymised_pdf_names_nobody(mode):
    """The report's case: 'Ændringer siden Møde hos Sofie Nørgaard' and 'overtog fra Eva Kjær'."""
    from pypdf import PdfReader  # noqa: PLC0415

    from tests.model.test_pseudonym import issue_map  # noqa: PLC0415

    m, _ = issue_map()
    buffer = io.BytesIO()
    write_pdf(m, buffer, pseudonymise=mode, today=TODAY, changes_since="Møde hos Sofie Nørgaard")
    data = buffer.getvalue()
    names = ["Sofie Nørgaard", "Eva Kjær", "José Ramírez", "Ole Hansen", "Mette Holmgaard"]
    assert not pdf_leaks(data, names)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    expected = "Møde hos S.N." if mode == "initials" else "Møde hos mor"
    assert f"Ændringer siden »{expected}«" in text
