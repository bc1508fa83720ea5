"""The consent's scope in the meeting PDF's contact list (`skymap export MAP -o OUT.pdf`):
printed under the consent in the map's language; left out of a pseudonymised PDF, which says
so above the list, since a scope is free text that may name anyone; never in the family's copy."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skymap.model.objects import SkyMap
from skymap.storage.mapfile import save_map
from tests.export.consent_map import consent_map
from tests.helpers import run_cli

SCOPE = "Emil Nørgaard: skolen og PPR må dele om trivsel"


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def scoped_map(lang: str) -> SkyMap:
    """The consent map with one scope that names a child on the map (Hanne Lund's)."""
    m = consent_map(lang)
    actors = [a.model_copy(update={"consent_scope": SCOPE}) if a.name == "Hanne Lund" else a for a in m.actors]
    return m.model_copy(update={"actors": actors})


def flat(text: str) -> str:
    return " ".join(text.split())


def export(tmp_path: Path, capsys, lang: str, *options: str) -> list[str]:
    path = tmp_path / f"map-{lang}.json"
    save_map(scoped_map(lang), path)
    out = tmp_path / f"out-{lang}-{len(options)}.pdf"
    code, _out, err = run_cli(capsys, "export", path, "-o", out, *options)
    assert code == 0, err
    return [flat(p.extract_text()) for p in PdfReader(out).pages]


@pytest.mark.parametrize(("lang", "said"), [("da", "omfang: "), ("en", "scope: ")])
def test_the_contact_list_prints_each_consents_scope(tmp_path, capsys, lang, said):
    pages = export(tmp_path, capsys, lang, "--sections", "contacts")
    text = " ".join(pages)
    # Hanne Lund's row: her consent, then its scope, wrapped in the consent column
    row = text[text.index("Hanne Lund"):text.index("Jonas Berg")]
    consent = "givet 10.01.2026" if lang == "da" else "given 10 Jan 2026"
    assert consent in row
    words = re.findall(r"\w+", said + SCOPE)
    assert re.search(r"\W+".join(words), row), row  # every word, in order (the column wraps it)
    assert text.count("SAMTYKKEOM") == 17  # every other recorded consent's scope too (the long word is broken)
    assert "left out" not in text and "udeladt" not in text


@pytest.mark.parametrize("mode", ["initials", "roles"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_pseudonymised_contact_list_leaves_the_scope_out_and_says_so(tmp_path, capsys, lang, mode):
    pages = export(tmp_path, capsys, lang, "--pseudonymise", mode, "--sections", "contacts")
    text = " ".join(pages)
    for secret in ("SAMTYKKEOMFANG", "trivsel", "Emil", "Nørgaard", "omfang:", "scope:"):
        assert secret not in text
    note = ("Pseudonymiseret: samtykkets omfang er udeladt, da det er fri tekst, der kan nævne hvem som helst."
            if lang == "da" else
            "Pseudonymised: the consent's scope is left out, as free text may name anyone.")
    assert note in text
    assert ("givet 10.01.2026" if lang == "da" else "given 10 Jan 2026") in text  # the consent itself stays


def test_the_family_copy_never_prints_a_scope(tmp_path, capsys):
    pages = export(tmp_path, capsys, "da", "--for", "family")
    text = " ".join(pages)
    assert "SAMTYKKEOMFANG" not in text and "trivsel" not in text and "omfang" not in text


def test_the_pdf_writer_keeps_the_scope_out_of_a_pseudonymised_map_given_directly():
    """write_pdf itself (the window's Export PDF goes through it too), not only the command line."""
    import io  # noqa: PLC0415

    from skymap.export.pdf import write_pdf  # noqa: PLC0415

    buffer = io.BytesIO()
    write_pdf(scoped_map("en"), buffer, pseudonymise="initials", sections=["contacts"], today=date(2026, 9, 14))
    text = flat(" ".join(p.extract_text() for p in PdfReader(buffer).pages))
    assert "trivsel" not in text and "SAMTYKKEOMFANG" not in text
    assert "Pseudonymised: the consent's scope is left out" in text
