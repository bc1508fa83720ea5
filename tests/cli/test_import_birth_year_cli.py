"""`skymap import` with a birth year a map does not take: the map is written with the rest of
the list, and the year not kept is said on stderr in the form's words (exit 0)."""

from __future__ import annotations

import pytest

from skymap.model.messages import message
from skymap.storage.mapfile import load_map
from tests.helpers import run_cli as run

LIST = "navn;type;rolle;fødselsår\nBo Berg;familie;barn;3000\nAnne Berg;familie;mor;1980\nLis Lund;fagperson;Lærer;\n"
SAID = {"da": "Bo Berg, linje 2: Et fødselsår skal være mellem 1900 og 2100: 3000 blev ikke gemt.",
        "en": "Bo Berg, line 2: A birth year must be between 1900 and 2100: 3000 was not kept."}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_import_says_the_year_it_did_not_keep_and_writes_the_rest(tmp_path, capsys, lang):
    listed = tmp_path / "kontakter.csv"
    listed.write_text(LIST, encoding="utf-8")
    out = tmp_path / "kort.json"
    code, stdout, err = run(capsys, "import", listed, "-o", out, "--lang", lang)
    assert code == 0, err
    assert err.strip() == SAID[lang]
    assert message("import_summary", lang, added=3, updated=0, removed=0, ties=0) in stdout
    years = {p.name: getattr(p, "birth_year", None) for p in [*load_map(out).family, *load_map(out).actors]}
    assert years == {"Bo Berg": None, "Anne Berg": 1980, "Lis Lund": None}
