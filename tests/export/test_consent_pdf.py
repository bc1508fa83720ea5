"""The meeting PDF's contact list says each professional's consent (with its date) and warns
about protected people: a warning above the list naming them, and their rows marked in words."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.export.pdf import write_pdf
from skymap.model.vocabulary import Quality
from tests.export.consent_map import PROTECTED_ACTOR, PROTECTED_MEMBER, consent_map


def contact_pages(lang: str) -> str:
    buffer = io.BytesIO()
    write_pdf(consent_map(lang), buffer, today=date(2026, 9, 14), sections=["contacts"])
    return "\n".join(page.extract_text() for page in PdfReader(buffer).pages)


@pytest.mark.parametrize(("lang", "words"), [
    ("da", ("Samtykke", "givet", "10.01.2026", "afvist", "trukket", "tilbage", "mangler",
            "⚠ Skærmede personer – må ikke orienteres om eller inddrages i sagen", "SKÆRMET")),
    ("en", ("Consent", "given 10 Jan", "refused", "withdrawn", "missing",
            "⚠ Protected people – must not be told about or involved in the case", "PROTECTED")),
])
def test_contact_list_lists_consent_and_warns_about_protected_people(lang, words):
    text = contact_pages(lang)
    flowing = " ".join(text.split())  # (a narrow column may wrap "trukket tilbage")
    for word in words:
        assert word in flowing, word
    warning = text[text.index("⚠"):text.index("⚠") + 400].replace("\n", " ")
    assert PROTECTED_MEMBER in warning and PROTECTED_ACTOR in warning
    assert f"⚠ {PROTECTED_ACTOR}" in text  # the protected professional's own row


def test_no_warning_when_no_one_is_protected():
    m = consent_map("en")
    data = m.model_dump()
    for p in (*data["family"], *data["actors"]):
        p["protected"] = False
    buffer = io.BytesIO()
    write_pdf(type(m).model_validate(data), buffer, sections=["contacts"])
    text = "\n".join(page.extract_text() for page in PdfReader(buffer).pages)
    assert "⚠" not in text and "PROTECTED" not in text and "Consent" in text


def _map_page_ops(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data().decode("latin-1")


DASH_DOT = re.compile(r"\[[\d.]+ [\d.]+ [\d.]+ [\d.]+\] 0 d")
"""A dash-dot pattern (four numbers) in a page's content stream: only ties to protected people."""


def test_the_map_page_marks_protected_people_and_draws_their_ties_dash_dot_in_red():
    from skymap.export.family_pdf import write_family_pdf  # noqa: PLC0415
    from skymap.model import style  # noqa: PLC0415

    m = consent_map("da")
    buffer = io.BytesIO()
    write_pdf(m, buffer, sections=["map"])
    ops = _map_page_ops(buffer.getvalue())
    width = style.PRINT.tie_width[Quality.MODERATE]
    assert "[" + " ".join(f"{d * width:g}" for d in style.PROTECTED_DASH) + "] 0 d" in ops
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "forbindelse til skærmet person" in text and "samtykke givet" in text and "!" in text
    # no one protected: no dash-dot tie on the map (the legend's sample is drawn once either way)
    data = m.model_dump()
    for p in (*data["family"], *data["actors"]):
        p["protected"] = False
    plain = io.BytesIO()
    write_pdf(type(m).model_validate(data), plain, sections=["map"])
    assert len(DASH_DOT.findall(_map_page_ops(plain.getvalue()))) < len(DASH_DOT.findall(ops))
    family = io.BytesIO()
    write_family_pdf(m, family)
    family_text = PdfReader(io.BytesIO(family.getvalue())).pages[0].extract_text()
    assert "skærmet" not in family_text and "samtykke" not in family_text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_warning_ends_with_one_full_stop_after_initials(lang):
    """Pseudonymised with initials, the names end in a full stop ("K. H."): the warning above
    the contact list ends with that one, not "K.H..". """
    buffer = io.BytesIO()
    write_pdf(consent_map(lang), buffer, today=date(2026, 9, 14), sections=["contacts"], pseudonymise="initials")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(buffer).pages)
    warning = text[text.index("⚠"):]
    sentence_end = warning.index(": ") + 2
    names = warning[sentence_end:sentence_end + 60]
    assert ".." not in names and re.search(r"\b\w\.$|\w\. ", names), names
