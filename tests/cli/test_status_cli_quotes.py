"""`skymap status` and its errors quote a status's name as every other sentence does:
»Opstart« in Danish, “Opstart” in English (model/quotes.py; were "Opstart")."""

from __future__ import annotations

import pytest

from skymap.storage.mapfile import load_map, save_map
from tests.helpers import EXAMPLE, run_cli

MARKS = {"da": ("»", "«"), "en": ("“", "”")}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_status_add_remove_and_unknown_quote_the_name(capsys, tmp_path, lang):
    path = tmp_path / "kort.json"
    save_map(load_map(EXAMPLE), path)
    left, right = MARKS[lang]
    code, out, err = run_cli(capsys, "status", path, "--add", "Opstart", "--date", "2026-09-01", "--lang", lang)
    assert code == 0, err
    assert f"{left}Opstart{right}" in out and '"' not in out
    code, _out, err = run_cli(capsys, "status", path, "--add", "Opstart", "--lang", lang)
    assert code == 2 and f"{left}Opstart{right}" in err and '"' not in err  # already there
    code, _out, err = run_cli(capsys, "diff", path, "--from", "Statusmøde 9", "--lang", lang)
    assert code == 2 and f"{left}Statusmøde 9{right}" in err and '"' not in err  # unknown
    code, out, err = run_cli(capsys, "status", path, "--remove", "Opstart", "--lang", lang)
    assert code == 0, err
    assert f"{left}Opstart{right}" in out and '"' not in out
