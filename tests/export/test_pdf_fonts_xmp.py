"""Every font a PDF page uses or references is embedded (no stray standard Helvetica from
reportlab's defaults), and the PDF carries XMP metadata (title, language, creator) that says
the same as its info dictionary. Read back with pypdf and, where installed, poppler's pdffonts."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.objects import RCScores
from skymap.model.status import add_status
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def map_with_a_status():
    doc = MapDocument(load_map(EXAMPLE))
    add_status(doc, "Opstart", date(2026, 9, 14))
    tie = next(ln for ln in doc.map.links if ln.kind is LinkKind.COORDINATION)
    doc.update("links", tie.id, rc=RCScores(frequent=4, timely=2, shared_goals=3))
    doc.remove("actors", next(a for a in doc.map.actors if a.name == "Karin Holm").id)
    return doc.map


def pdf_bytes(m, **options) -> bytes:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29), **options)
    return buffer.getvalue()


def fonts_of(resources, seen=None) -> list:
    """Every font dictionary in a resource dictionary, forms and patterns included."""
    seen = set() if seen is None else seen
    found = []
    if resources is None or id(resources) in seen:
        return found
    seen.add(id(resources))
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if "/Resources" in xobject:
            found += fonts_of(xobject["/Resources"], seen)
    return found


def embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


CASES = {
    "everything with changes, da": dict(lang="da", sections=["map", "contacts", "summary"], changes_since="Opstart"),
    "pseudonymised, en, A3": dict(lang="en", paper="a3", pseudonymise="roles", changes_since="Opstart"),
    "summary only": dict(lang="da", sections=["summary"]),
}


@pytest.mark.parametrize("case", CASES)
def test_every_font_on_every_page_is_embedded(case, tmp_path):
    data = pdf_bytes(map_with_a_status(), **CASES[case])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    for number, page in enumerate(reader.pages, 1):
        fonts = fonts_of(page.get("/Resources"))
        assert fonts, f"page {number} has no fonts"
        for font in fonts:
            assert embedded(font), f"page {number}: {font.get('/BaseFont')} is not embedded"
            assert "Helvetica" not in str(font.get("/BaseFont"))
    if shutil.which("pdffonts"):
        out = tmp_path / "kort.pdf"
        out.write_bytes(data)
        rows = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), "\n".join(rows)


@pytest.mark.parametrize("lang, xmp_lang", [("da", "da-DK"), ("en", "en-GB")])
def test_xmp_metadata_says_what_the_info_dictionary_says(lang, xmp_lang):
    reader = PdfReader(io.BytesIO(pdf_bytes(map_with_a_status(), lang=lang)))
    info, xmp = reader.metadata, reader.xmp_metadata
    assert xmp is not None, "no XMP metadata stream"
    assert xmp.dc_title == {"x-default": info.title} and info.title == "Familien Nørgaard"
    assert xmp.dc_language == [xmp_lang] and reader.trailer["/Root"]["/Lang"] == xmp_lang
    assert xmp.xmp_creator_tool == info.creator == "Skymap"
    assert xmp.dc_creator == [info.author]
    assert xmp.dc_format == "application/pdf"


def test_a_pseudonymised_pdf_names_no_one_in_its_xmp():
    m = map_with_a_status()
    reader = PdfReader(io.BytesIO(pdf_bytes(m, lang="da", pseudonymise="initials")))
    packet = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "Nørgaard" not in packet and m.meta.caseworker not in packet
    assert reader.xmp_metadata.dc_title == {"x-default": reader.metadata.title}
