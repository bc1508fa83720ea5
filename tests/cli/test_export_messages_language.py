"""`skymap export` refuses in the map's language, as `skymap plan` does: a Danish map's
export is refused in Danish on an English system, an English map's in English on a Danish
one; --lang wins; a map that cannot be read is refused in the system's language. "Saved: …"
stays in the system's language, as every command that writes a file says it. Before, every
refusal was in the system's language."""

from __future__ import annotations

import json

import pytest

from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


def _system(monkeypatch, lang: str) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8" if lang == "da" else "en_GB.UTF-8")


@pytest.fixture
def english_map(tmp_path):
    """The example map with English as its language."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["meta"]["language"] = "en"
    path = tmp_path / "english.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def refusal(capsys, *argv) -> str:
    code, out, err = run(capsys, "export", *argv)
    assert code == 2 and out == "" and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


def test_a_danish_maps_export_is_refused_in_danish_on_an_english_system(capsys, tmp_path, monkeypatch):
    _system(monkeypatch, "en")
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "kort.doc")  # the wrong kind of file
    assert "kort.doc: ukendt filtype; brug en af .pdf" in err
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "mangler" / "kort.pdf")  # a folder that is not there
    assert "kort.pdf kunne ikke gemmes" in err
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "kort.svg", "--for", "family")
    assert "Familiens eget kort er en PDF" in err
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "kort.pdf", "--focus", "Rasmus")
    assert 'Ingen i familien hedder "Rasmus"' in err
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "kort.png", "--width", "50")
    assert "--width 50 kan ikke bruges" in err
    assert list(tmp_path.iterdir()) == []
    code, out, _ = run(capsys, "export", EXAMPLE, "-o", tmp_path / "kort.csv")
    assert code == 0 and out.startswith("Saved: ")  # (as every command that writes says it)


def test_an_english_maps_export_is_refused_in_english_on_a_danish_system(capsys, tmp_path, monkeypatch,
                                                                           english_map):
    _system(monkeypatch, "da")
    err = refusal(capsys, english_map, "-o", tmp_path / "map.doc")
    assert "map.doc: unknown kind of file; use one of .pdf" in err
    err = refusal(capsys, english_map, "-o", tmp_path / "missing" / "map.pdf")
    assert "map.pdf could not be saved" in err
    err = refusal(capsys, english_map, "-o", tmp_path / "map.pdf", "--sections", "map,forside")
    assert "unknown sections: forside" in err
    code, out, _ = run(capsys, "export", english_map, "-o", tmp_path / "map.csv")
    assert code == 0 and out.startswith("Gemt: ")  # (the system's, as every command that writes)


def test_lang_wins_and_an_unreadable_map_is_refused_in_the_systems_language(capsys, tmp_path, monkeypatch):
    _system(monkeypatch, "en")
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "kort.doc", "--lang", "en")
    assert "unknown kind of file" in err
    err = refusal(capsys, EXAMPLE, "-o", tmp_path / "mangler" / "kort.pdf", "--lang", "en")
    assert "could not be saved" in err
    err = refusal(capsys, tmp_path / "findes-ikke.json", "-o", tmp_path / "kort.doc")
    assert "unknown kind of file" in err  # (no map to ask)
    err = refusal(capsys, tmp_path / "findes-ikke.json", "-o", tmp_path / "kort.pdf")
    assert "The file does not exist" in err
    _system(monkeypatch, "da")
    err = refusal(capsys, tmp_path / "findes-ikke.json", "-o", tmp_path / "kort.pdf")
    assert "Filen findes ikke" in err
