"""The contact list breaks at word boundaries: a user trial read "Virksomhedskonsulen/t" in the
printed list (Danish roles and organisations are long compound words). Columns are as wide as
their longest word, a word that still does not fit is set smaller, and only a word too long for
any column is hyphenated between syllables (skymap/export/cells.py)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.export.cells import CELL_PAD, SMALLEST, cell, column_widths, hyphenate, longest_word
from skymap.export.painter import text_width
from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind

LONG = {
    "Virksomhedskonsulent": "Beskæftigelsesforvaltningen",
    "Børne- og ungdomspsykiater": "Børne- og Ungdomspsykiatrisk Afdeling",
    "Bostøttemedarbejder": "Socialpsykiatrien",
    "Sundhedsplejerske": "Distriktspsykiatrien",
}


def long_words_map():
    doc = MapDocument(new_map("standard", family_name="Lang", lang="da"))
    mother = doc.add_member("Anne Lang")
    for i, (role, org) in enumerate(LONG.items()):
        a = doc.add_actor(f"Person {i}", role=role, organisation=org, domain=doc.map.domains[i].id)
        doc.add_link(LinkKind.CONTACT, a.id, mother.id)
    return doc.map


def contact_lines(m, paper="a4") -> list[str]:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 30), sections=["contacts"], paper=paper)
    return [line.strip() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages
            for line in p.extract_text().splitlines()]


def test_long_danish_roles_and_organisations_print_as_whole_words():
    m = long_words_map()
    lines = contact_lines(m)
    words = {w for a in m.actors for text in (a.role, a.organisation) for w in text.split()}
    for word in words:
        # the word on one line ("Virksomhedskonsulen" / "t" before)
        assert any(word in line.split() for line in lines), (word, lines)


def test_every_column_is_as_wide_as_its_longest_word():
    width = 770.0
    columns = [["Person 0"], ["Virksomhedskonsulent", "Bostøttemedarbejder"], ["Beskæftigelsesforvaltningen"],
               ["Anne Lang"], ["ugentlig"], [""], ["ikke registreret"], ["familiekoordinator, kerneteam"]]
    widths = column_widths(width, (0.14, 0.13, 0.12, 0.17, 0.08, 0.15, 0.09, 0.12),
                           [[(t, False) for t in texts] for texts in columns])
    assert sum(widths) == pytest.approx(width)
    for w, texts in zip(widths, columns, strict=True):
        assert max(longest_word(t) for t in texts) <= w - 2 * CELL_PAD


def test_a_word_too_long_for_its_column_is_set_smaller_and_hyphenated_only_when_it_must():
    text, size = cell("Virksomhedskonsulent", 80)
    assert text == "Virksomhedskonsulent" and SMALLEST <= size < 8  # whole, a little smaller
    assert text_width(text, size) <= 80
    text, size = cell("Virksomhedskonsulent i jobcentret", 50)
    lines = text.split("\n")
    assert lines[:2] == ["Virksomheds-", "konsulent"]  # at the compound's joint, with a hyphen
    assert all(text_width(line, size) <= 50 for line in lines)
    assert hyphenate("Bostøttemedarbejder", 6.5, 40) == ["Bostøtte-", "medarbej-", "der"]
    assert hyphenate("Højgaard-Christensen", 6.5, 50) == ["Højgaard-", "Christensen"]  # its own hyphen
