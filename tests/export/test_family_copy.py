"""The family's own copy (File ▸ Export ▸ For the family, skymap export --for family): the
text of every page and the PDF's metadata of a copy made from a map with protected people,
notes, reasons, consent scopes and relational-coordination scores hold none of them."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from skymap.cli import main
from skymap.export.family_pdf import write_family_pdf
from skymap.storage.mapfile import save_map
from tests.export.consent_map import COORDINATOR, PROTECTED_ACTOR, PROTECTED_MEMBER, SECRETS, consent_map

FORBIDDEN = (
    *SECRETS, PROTECTED_ACTOR, PROTECTED_MEMBER, "Karin", "Holm", "Thomas",
    # internal wording of the caseworker's findings and scores
    "broker", "bindeled", "mægler", "only link", "Alt samarbejde mellem", "All coordination between", "isolated", "samarbejder ikke med nogen", "works with no other",
    "relational", "relationel", "koordinering", "3,5", "3.5", "score",
    # what the family copy leaves out altogether
    "skærmet", "protected", "PROTECTED", "SKÆRMET", "samtykke", "consent", "Consent", "Samtykke",
    "FORTROLIGT", "CONFIDENTIAL", "pseudonym", "⚠",
)


def family_pdf(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_family_pdf(consent_map(lang), buffer, today=date(2026, 9, 14))
    return buffer.getvalue()


def everything_readable(data: bytes) -> str:
    """The text of every page, the info dictionary and the XMP packet."""
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    texts += [f"{k}={v}" for k, v in (reader.metadata or {}).items()]
    xmp = reader.trailer["/Root"].get("/Metadata")
    if xmp is not None:
        texts.append(xmp.get_object().get_data().decode("utf-8"))
    return "\n".join(texts)


def leaks(text: str) -> list[str]:
    return [word for word in FORBIDDEN if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE
                                                    if word.islower() else 0)]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_family_copy_leaks_nothing_in_any_page_or_its_metadata(lang):
    text = everything_readable(family_pdf(lang))
    assert leaks(text) == []
    # and it is the map and the plain page, in the map's language
    assert COORDINATOR in text and "Sofie Nørgaard" in text and "Hanne Lund" in text
    if lang == "da":
        assert "Familien Nørgaards eget kort" in text and "Hvem I kan ringe til" in text
        assert "Jeres familiekoordinator er Peter Vinther" in text and "De her arbejder sammen" in text
    else:
        assert "The Nørgaard family's own map" in text and "Who to call" in text
        assert "Your family coordinator is Peter Vinther" in text and "These work together" in text


def test_the_leak_check_finds_what_the_meeting_pdf_holds():
    """The same check on the caseworker's PDF finds the protected people and the warnings:
    the test above could fail."""
    from skymap.export.pdf import write_pdf  # noqa: PLC0415

    buffer = io.BytesIO()
    write_pdf(consent_map("da"), buffer, today=date(2026, 9, 14))
    found = leaks(everything_readable(buffer.getvalue()))
    assert {PROTECTED_ACTOR, PROTECTED_MEMBER, "FORTROLIGT", "⚠", "Samtykke", "Alt samarbejde mellem"} <= set(found)


def test_no_tie_of_a_protected_person_is_drawn():
    """Counted on the map page: the family copy draws fewer tie strokes than the meeting PDF
    by exactly the ties of the protected people."""
    from skymap.model.family_copy import family_copy  # noqa: PLC0415

    m = consent_map("da")
    hidden = {p.id for p in (*m.family, *m.actors) if p.protected}
    copy = family_copy(m)
    assert not [ln for ln in copy.links if {ln.source, ln.target} & hidden]
    assert len(copy.links) == len([ln for ln in m.links if not {ln.source, ln.target} & hidden])
    assert all(ln.rc is None and ln.note == "" for ln in copy.links)


def test_skymap_export_for_family_writes_the_family_copy(tmp_path, capsys):
    path = tmp_path / "kort.json"
    save_map(consent_map("da"), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family"]) == 0
    text = everything_readable(out.read_bytes())
    assert leaks(text) == [] and "Familien Nørgaards eget kort" in text
    assert (out.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(("extra", "words"), [
    (["--pseudonymise", "initials"], "never pseudonymised"),
    (["--changes-since", "Opstart"], "--for family"),
])
def test_skymap_export_for_family_refuses_what_does_not_belong_in_it(tmp_path, capsys, extra, words):
    path = tmp_path / "kort.json"
    save_map(consent_map("da"), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family", "--lang", "en", *extra]) != 0
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and not out.exists()


def test_skymap_export_for_family_is_a_pdf(tmp_path, capsys):
    path = tmp_path / "kort.json"
    save_map(consent_map("da"), path)
    assert main(["export", str(path), "-o", str(tmp_path / "x.svg"), "--for", "family", "--lang", "da"]) != 0
    assert "PDF" in capsys.readouterr().err
