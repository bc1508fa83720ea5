"""A map that loads must print: a hub with hundreds of coordination ties (a cell taller
than a page), many clouds (a counts table taller than a page)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.cli import main
from skymap.export.pdf import ROW_LINES, write_pdf
from skymap.model.document import MapDocument
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import save_map


def hub_map(ties: int, extra_clouds: int = 0):
    doc = MapDocument(new_map("standard", family_name="Hub", lang="da"))
    mother = doc.add_member("Anne Hub")
    hub = doc.add_actor("Hanne Hubsen", role="Koordinator", domain=doc.map.domains[0].id)
    doc.add_link(LinkKind.CONTACT, hub.id, mother.id)
    for i in range(ties):
        other = doc.add_actor(f"Fagperson {i:03d}", role="Rådgiver", domain=doc.map.domains[i % 9].id)
        doc.add_link(LinkKind.COORDINATION, hub.id, other.id)
    for i in range(extra_clouds):
        doc.add_domain(f"Ekstra sky {i}")
    return doc.map


def pages_of(m, **kwargs) -> list[str]:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29), **kwargs)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]


@pytest.mark.parametrize("ties", [120, 400])
def test_a_hub_with_hundreds_of_ties_prints_every_name(ties):
    pages = pages_of(hub_map(ties), sections=["contacts"])
    text = " ".join(pages)
    assert all(f"Fagperson {i:03d}" in text for i in range(ties))
    assert "Hanne Hubsen (fortsat)" in text
    # Continued over several pages, each page's table with its header row.
    with_hub = [p for p in pages if "Hanne Hubsen" in p]
    assert len(with_hub) >= ties // 60
    assert all("Samarbejder med" in p for p in with_hub)


def test_a_short_contact_list_has_no_continuation_rows():
    text = " ".join(pages_of(hub_map(10), sections=["contacts"]))
    assert "fortsat" not in text and "Fagperson 009" in text
    assert ROW_LINES >= 8


def test_many_clouds_print_their_counts_over_several_pages():
    pages = pages_of(hub_map(5, extra_clouds=80), sections=["summary"], lang="en")
    text = " ".join(pages)
    assert len(pages) >= 2
    assert all(f"Ekstra sky {i} " in text + " " for i in range(80))


def test_the_cli_prints_a_hub_map(tmp_path, capsys):
    path, out = tmp_path / "hub.json", tmp_path / "hub.pdf"
    save_map(hub_map(120), path)
    assert main(["export", str(path), "-o", str(out), "--lang", "en"]) == 0
    assert len(PdfReader(str(out)).pages) > 3
