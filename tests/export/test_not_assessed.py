"""A tie nobody has assessed yet prints as a plain line, and the contact list does not write
a quality after the name; an assessed one still does."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.document import MapDocument
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind, Quality


def pdf_text(m) -> str:
    buffer = io.BytesIO()
    write_pdf(m, buffer, today=date(2026, 11, 29))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).split())


def test_the_contact_list_names_a_quality_only_when_one_was_set():
    doc = MapDocument(new_map("standard", family_name="Hansen", lang="da"))
    emil = doc.add_member("Emil Hansen")
    sofie = doc.add_member("Sofie Hansen")
    hanne = doc.add_actor("Hanne Lund", domain="d-school", role="klasselærer")
    new = doc.add_link(LinkKind.CONTACT, hanne.id, emil.id)
    assert new.quality is Quality.NOT_ASSESSED
    doc.add_link(LinkKind.CONTACT, hanne.id, sofie.id, quality=Quality.STRONG)
    text = pdf_text(doc.map)
    assert "klasselærer Emil Hansen, Sofie Hansen (stærk)" in text  # no "(ikke vurderet)", no "(middel)"
    assert "ikke vurderet" not in text  # not in the legend either: a plain line claims nothing
