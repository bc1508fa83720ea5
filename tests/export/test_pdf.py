"""The meeting PDF, read back with pypdf the way a reader or a print shop would see it."""

from __future__ import annotations

import io
import os
import re
import zlib
from datetime import date

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.errors import SaveError
from skymap.model.layout import family_positions, tidy
from skymap.model.merge import make_room
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, FamilyRole, Frequency, LinkKind, Quality
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE

TODAY = date(2026, 9, 14)
A4 = (842, 595)
A3 = (1191, 842)
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
}


# ----- helpers ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def example() -> SkyMap:
    return load_map(EXAMPLE)


def people(m: SkyMap) -> list[str]:
    return [f.name for f in m.family] + [a.name for a in m.actors]


def name_parts(m: SkyMap) -> set[str]:
    """Every first name and surname (and each part of a double name) of every person."""
    return {p for name in people(m) for p in re.split(r"[\s\-]+", name) if len(p) >= 2}


def pdf_bytes(m: SkyMap, **options) -> bytes:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=TODAY, **options)
    return buffer.getvalue()


def reader_of(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Extracted text with every run of white space as one space (table cells wrap names)."""
    return " ".join(text.split())


def texts(reader: PdfReader) -> list[str]:
    return [p.extract_text() for p in reader.pages]


def contact_pages(reader: PdfReader, heading: str = "Kontaktliste", findings: str = "Fund") -> list[int]:
    """Indices of the contact-list pages: from its heading up to the findings page."""
    pages = [p.splitlines() for p in texts(reader)]
    start = next(i for i, lines in enumerate(pages) if lines and lines[0].strip() == heading)
    end = next((i for i, lines in enumerate(pages) if lines and lines[0].strip() == findings), len(pages))
    assert start < end
    return list(range(start, end))


def text_positions(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of every piece of text drawn on a page (y from the bottom)."""
    items: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            items.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    return items


def word(w: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)", re.IGNORECASE)


def page_size(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def crowded_map(n_actors: int = 56) -> SkyMap:
    """Four family members and `n_actors` people spread over the nine clouds, tidied."""
    doc = MapDocument(new_map(family_name="Østergård", lang="da"))
    members = [doc.add_member(n, role=FamilyRole.CHILD).id
               for n in ("Åse Østergård", "Bo Østergård", "Cia Østergård", "Dan Østergård")]
    doc.move(dict(zip(members, family_positions(len(members)))))
    domains = [d.id for d in doc.map.domains]
    firsts = ("Anna", "Bent", "Carl", "Dorte", "Erik", "Frida", "Gorm", "Hans")
    lasts = ("Holm", "Juul", "Krog", "Lind", "Mørk", "Nyborg", "Ravn")
    actors = []
    for i in range(n_actors):
        a = doc.add_actor(f"{firsts[i % 8]} {lasts[i // 8 % 7]}", role=f"Rolle {i}", domain=domains[i % len(domains)],
                          kind=ActorKind.PRIVATE if i % 7 == 0 else ActorKind.PROFESSIONAL)
        doc.add_link(LinkKind.CONTACT, a.id, members[i % 4], quality=list(Quality)[i % 5], frequency=Frequency.WEEKLY)
        if actors:
            doc.add_link(LinkKind.COORDINATION, a.id, actors[-1])
        actors.append(a.id)
    for d in domains:
        (w, h), positions = tidy(doc.domain(d), doc.actors_in(d))
        doc.update("domains", d, width=w, height=h)
        doc.move(positions)
    make_room(doc)
    return doc.map


def one_long_cloud(n_actors: int = 60) -> SkyMap:
    """A map with `n_actors` professionals in one cloud, each in contact with the mother."""
    doc = MapDocument(new_map(family_name="Lange", lang="da"))
    mother = doc.add_member("Mona Lange", role=FamilyRole.MOTHER)
    school = doc.map.domains[0].id
    for i in range(n_actors):
        a = doc.add_actor(f"Kontakt{i:02d} Sørensen", role="Pædagog", organisation=f"Børnehus {i}", domain=school)
        doc.add_link(LinkKind.CONTACT, a.id, mother.id, quality=Quality.STRONG, frequency=Frequency.WEEKLY)
    (w, h), positions = tidy(doc.domain(school), doc.actors_in(school))
    doc.update("domains", school, width=w, height=h)
    doc.move(positions)
    return doc.map


# ----- paper and pages ----------------------------------------------------------------------

@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("a3", A3)])
def test_paper_is_landscape_of_the_right_size_on_every_page(example, paper, size):
    reader = reader_of(pdf_bytes(example, paper=paper))
    for page in reader.pages:
        w, h = page_size(page)
        assert w == pytest.approx(size[0], abs=1) and h == pytest.approx(size[1], abs=1)


def test_full_pdf_has_map_contacts_and_findings(example):
    reader = reader_of(pdf_bytes(example))
    pages = texts(reader)
    assert len(pages) >= 3
    assert "FORTROLIGT" in pages[0] and "Signaturforklaring" in pages[0]
    assert pages[1].splitlines()[0] == "Kontaktliste"
    assert any(p.splitlines()[0] == "Fund" for p in pages[2:])


def test_map_section_alone_gives_exactly_one_page(example):
    reader = reader_of(pdf_bytes(example, sections=["map"]))
    assert len(reader.pages) == 1
    assert "FORTROLIGT" in reader.pages[0].extract_text()


def test_sections_choose_the_pages(example):
    full = reader_of(pdf_bytes(example))
    map_and_summary = reader_of(pdf_bytes(example, sections=["summary", "map"]))
    assert len(map_and_summary.pages) == 2
    first, second = texts(map_and_summary)
    assert "Signaturforklaring" in first and second.startswith("Fund")
    contacts = reader_of(pdf_bytes(example, sections=["contacts"]))
    assert texts(contacts)[0].startswith("Kontaktliste")
    assert len(contacts.pages) == len(full.pages) - 2  # neither the map page nor the findings


# ----- names and Danish letters -------------------------------------------------------------

def test_every_name_on_the_a3_map_page(example):
    page1 = flat(reader_of(pdf_bytes(example, paper="a3")).pages[0].extract_text())
    missing = [n for n in people(example) if n not in page1]
    assert missing == []


def test_names_on_the_a4_map_page_are_real_and_only_shortened_with_an_ellipsis(example):
    lines = [ln.strip() for ln in reader_of(pdf_bytes(example)).pages[0].extract_text().splitlines()]
    everything = people(example) + [a.role for a in example.actors] + [a.organisation for a in example.actors]
    pairs = [f"{a} {b}" for a, b in zip(lines, lines[1:])]  # a name set on two lines
    for name in people(example):
        shortened = [ln for ln in lines if ln.endswith("…") and name.startswith(ln[:-1]) and len(ln) > 4]
        assert name in lines or name in pairs or shortened, f"{name} is not on the map page"
    # Whatever was shortened is the start of a real text, not garbage.
    for ln in lines:
        if ln.endswith("…"):
            assert any(t.startswith(ln[:-1]) for t in everything), ln
    present = [n for n in people(example) if n in lines or n in pairs]
    assert len(present) >= len(people(example)) - 5


def test_every_name_in_the_contact_list(example):
    reader = reader_of(pdf_bytes(example))
    text = flat(" ".join(reader.pages[i].extract_text() for i in contact_pages(reader)))
    missing = [n for n in people(example) if n not in text]
    assert missing == []
    assert "hele familien" in text  # contacts with the family as a whole


def test_danish_letters_survive(example):
    text = flat(" ".join(texts(reader_of(pdf_bytes(example)))))
    for expected in ("Nørgaard", "Børn og familie", "Mølgaard", "Eva Kjær", "Signaturforklaring", "Fagpersoner i "
                     "kontakt med Sofie Nørgaard", "Privat netværk og civilsamfund", "Syd- og Sønderjyllands Politi",
                     "personfølsomme"):
        assert expected in text, expected
    assert "�" not in text


def test_the_metadata_title_keeps_danish_letters(example):
    reader = reader_of(pdf_bytes(example))
    assert reader.metadata.title == "Familien Nørgaard"


# ----- footers and marking ------------------------------------------------------------------

def test_footers_in_danish(example):
    pages = texts(reader_of(pdf_bytes(example)))
    n = len(pages)
    for i, text in enumerate(pages, start=1):
        assert f"side {i} af {n}" in text
    assert "page 2 of" not in pages[1]


def test_footers_and_marking_in_english(example):
    pages = texts(reader_of(pdf_bytes(example, lang="en")))
    n = len(pages)
    for i, text in enumerate(pages, start=1):
        assert f"page {i} of {n}" in text
        assert "side " not in text
    assert "CONFIDENTIAL" in pages[0] and "FORTROLIGT" not in pages[0]
    assert pages[1].startswith("Contact list")
    assert "Legend" in pages[0]


def test_confidential_marking_on_the_map_page(example):
    page1 = reader_of(pdf_bytes(example)).pages[0].extract_text()
    assert "FORTROLIGT" in page1
    assert "Indeholder personfølsomme oplysninger" in page1


# ----- fonts -------------------------------------------------------------------------------

def _fonts_showing_text(reader: PdfReader, page) -> dict[str, dict]:
    """The font dictionaries of every font that draws at least one glyph on the page."""
    fonts = page["/Resources"]["/Font"]
    used: set[str] = set()
    current = None
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"Tf":
            current = operands[0]
        elif op in (b"Tj", b"TJ", b"'", b'"') and current is not None:
            used.add(current)
    return {name: fonts[name].get_object() for name in used}


def _embedded_truetype(font: dict) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def _base(font: dict) -> str:
    return str(font["/BaseFont"]).lstrip("/").split("+")[-1]


def test_map_page_text_is_in_embedded_dejavu(example):
    reader = reader_of(pdf_bytes(example))
    page = reader.pages[0]
    declared = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert any(("DejaVu" in _base(f) or "SkymapSans" in _base(f)) and _embedded_truetype(f) for f in declared)
    used = _fonts_showing_text(reader, page)
    assert used, "no text drawn"
    for font in used.values():
        assert _base(font) not in STANDARD_14
        assert "DejaVu" in _base(font) or "SkymapSans" in _base(font)
        assert _embedded_truetype(font), _base(font)


def test_every_page_draws_text_only_in_embedded_fonts(example):
    reader = reader_of(pdf_bytes(example))
    for number, page in enumerate(reader.pages, start=1):
        for font in _fonts_showing_text(reader, page).values():
            assert _base(font) not in STANDARD_14, f"page {number}: {_base(font)}"
            assert _embedded_truetype(font), f"page {number}: {_base(font)}"


# ----- pseudonymisation ---------------------------------------------------------------------

def _streams(data: bytes) -> list[bytes]:
    """Every deflated stream of the file, inflated (page contents, metadata, fonts)."""
    out = []
    for match in re.finditer(rb"stream\r?\n", data):
        start = match.end()
        end = data.find(b"endstream", start)
        try:
            out.append(zlib.decompressobj().decompress(data[start:end]))
        except zlib.error:
            pass
    return out


def _encodings(text: str) -> list[bytes]:
    """`text` as it could stand in a PDF: UTF-8, Latin-1 (octal escaped too), UTF-16."""
    out = [text.encode("utf-8"), text.encode("utf-16-be")]
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return out
    escaped = b"".join(bytes([c]) if c < 128 else b"\\%03o" % c for c in latin)
    return out + [latin, escaped]


@pytest.mark.parametrize("mode", ["initials", "roles"])
def test_pseudonymised_pdf_has_no_name_anywhere(example, mode):
    data = pdf_bytes(example, pseudonymise=mode)
    reader = reader_of(data)
    text = flat(" ".join(texts(reader)))
    metadata = " ".join(str(v) for v in reader.metadata.values())
    haystacks = [data, *_streams(data)]
    for name in people(example):
        assert name.lower() not in text.lower(), name
        assert name.lower() not in metadata.lower(), name
        for needle in _encodings(name):
            assert not any(needle in h for h in haystacks), name
    for part in name_parts(example) | {example.meta.family_name}:
        assert not word(part).search(text), part
        assert not word(part).search(metadata), part
        if len(part) >= 4:  # shorter byte strings turn up by chance in compressed font data
            for needle in _encodings(part):
                assert not any(needle in h for h in haystacks), part
    # Still the whole map: everyone is there under their pseudonym.
    if mode == "initials":
        for pseudonym in ("S.N.", "T.N.", "M.S.", "I.N."):
            assert pseudonym in text
    else:
        for pseudonym in ("mor", "far", "barn 1", "barn 3", "Mormor", "Børnesagsbehandler"):
            assert pseudonym in text
    assert "Pseudonymiseret udgave" in text


def test_the_unpseudonymised_pdf_does_carry_the_names(example):
    """The check above would pass on an empty file; this shows it can see names."""
    data = pdf_bytes(example)
    reader = reader_of(data)
    assert "Mette Skov" in reader.metadata.author
    assert "Familien Nørgaard" in reader.metadata.title
    assert any(needle in data for needle in _encodings("Familien Nørgaard"))  # the raw search sees it
    assert word("Sofie").search(flat(" ".join(texts(reader))))


# ----- long tables and crowded maps ---------------------------------------------------------

def test_a_table_over_a_page_break_repeats_its_header_row():
    m = one_long_cloud(60)
    reader = reader_of(pdf_bytes(m))
    pages = contact_pages(reader)
    assert len(pages) >= 2
    for i in pages:
        page = reader.pages[i]
        _w, height = page_size(page)
        tops = [y for t, _x, y in text_positions(page) if t == "Navn"]
        assert tops, f"no header row on page {i + 1}"
        # The header is the first thing on a continued page, right under the top margin.
        assert max(tops) > height - 36 - 70, f"header not at the top of page {i + 1}"
    for i in pages[1:]:
        assert reader.pages[i].extract_text().splitlines()[0] == "Navn"
    # No row lost or printed twice across the break.
    text = flat(" ".join(reader.pages[i].extract_text() for i in pages))
    for a in m.actors:
        assert text.count(a.name) == 1, a.name


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("a3", A3)])
def test_a_crowded_map_renders(paper, size):
    m = crowded_map(56)
    assert len(people(m)) == 60
    reader = reader_of(pdf_bytes(m, paper=paper))
    page1 = reader.pages[0]
    w, h = page_size(page1)
    assert (w, h) == (pytest.approx(size[0], abs=1), pytest.approx(size[1], abs=1))
    # Everything on the map page is on the paper.
    positions = text_positions(page1)
    assert len(positions) > 100
    for text, x, y in positions:
        assert 0 <= x <= w and 0 <= y <= h, text
    text = flat(" ".join(reader.pages[i].extract_text() for i in contact_pages(reader)))
    for a in m.actors:
        assert a.name in text


def test_a_crowded_map_on_a3_shows_every_full_name():
    m = crowded_map(56)
    page1 = flat(reader_of(pdf_bytes(m, paper="a3")).pages[0].extract_text())
    assert [n for n in people(m) if n not in page1] == []


# ----- writing files -------------------------------------------------------------------------

def test_writes_a_pdf_file(example, tmp_path):
    out = tmp_path / "møde.pdf"
    write_pdf(example, out, today=TODAY)
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(out).pages) >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["møde.pdf"]


def test_a_missing_folder_raises_save_error_and_leaves_nothing(example, tmp_path):
    out = tmp_path / "findes-ikke" / "møde.pdf"
    with pytest.raises(SaveError) as info:
        write_pdf(example, out, today=TODAY)
    assert "møde.pdf" in str(info.value)
    assert not out.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_overwriting_is_atomic(example, tmp_path, monkeypatch):
    out = tmp_path / "møde.pdf"
    out.write_bytes(b"%PDF-1.4 the old print\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SaveError):
        write_pdf(example, out, today=TODAY)
    assert out.read_bytes() == b"%PDF-1.4 the old print\n"
    assert [p.name for p in tmp_path.iterdir()] == ["møde.pdf"]  # no temporary file left
    monkeypatch.undo()
    write_pdf(example, out, today=TODAY)
    assert len(PdfReader(out).pages) >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["møde.pdf"]
