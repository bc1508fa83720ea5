"""The family's copy names the caseworker to call when no coordinator is chosen; a caseworker
named in the map's details who is also marked protected on the map is not named there."""

from __future__ import annotations

import pytest

from skymap.cli import main
from skymap.storage.mapfile import save_map
from tests.export.consent_map import consent_map
from tests.export.test_family_copy import everything_readable


def caseworker_map(lang: str, protected: bool):
    m = consent_map(lang)
    data = m.model_dump()
    for a in data["actors"]:
        a["coordinator"] = False  # no coordinator: the page says to call the caseworker
        if a["name"] == "Mette Skov":
            a["protected"] = protected
    data["meta"]["caseworker"] = " mette skov "
    return type(m).model_validate(data)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_protected_caseworker_is_not_named_in_the_family_copy(tmp_path, lang):
    path = tmp_path / "kort.json"
    save_map(caseworker_map(lang, protected=True), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family"]) == 0
    text = everything_readable(out.read_bytes()).casefold()
    assert "mette skov" not in text and "skov" not in text


def test_a_caseworker_who_is_not_protected_is_named_to_call(tmp_path):
    path = tmp_path / "kort.json"
    save_map(caseworker_map("da", protected=False), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family"]) == 0
    assert "Ring til jeres sagsbehandler" in everything_readable(out.read_bytes())
