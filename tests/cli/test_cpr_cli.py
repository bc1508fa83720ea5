"""No CPR number reaches a map from the command line, however it is written (issue 20):
texts given as options are refused, a contact list holding one is refused, `validate`
warns about a file that already holds one and `export` refuses it unless --allow-cpr.
The number itself is never printed back."""

from __future__ import annotations

import json

import pytest

from skymap.cli import main
from skymap.model.template import new_map
from skymap.storage.mapfile import dumps_map, save_map

EN_DASH = "010190\u20131234"


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def a_map(tmp_path):
    path = tmp_path / "map.json"
    save_map(new_map("standard", family_name="Hansen", lang="en"), path)
    return path


@pytest.mark.parametrize("option", ["--family", "--title", "--caseworker"])
@pytest.mark.parametrize("number", [EN_DASH, "01.01.90-1234", "010190/1234", "0101\u200b901234", "O1O19O-1234"])
def test_new_refuses_a_cpr_number_in_a_text(tmp_path, capsys, option, number):
    out = tmp_path / "new.json"
    code, _, err = run(capsys, "new", "-o", out, option, f"Hansen {number}")
    assert code == 2 and err.count("\n") == 1
    assert f"remove it from {option}" in err and number not in err
    assert not out.exists()


def test_new_in_danish_says_it_in_danish(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", tmp_path / "n.json", "--family", f"Hansen {EN_DASH}", "--lang", "da")
    assert code == 2 and "CPR-nummer gemmes aldrig" in err


def test_new_with_ordinary_numbers_is_fine(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", tmp_path / "n.json", "--family", "Hansen", "--caseworker",
                       "Eva, tlf. +45 12 34 56 78", "--title", "Statusmøde 01.01.2026")
    assert code == 0, err


def test_a_status_label_with_a_cpr_number_is_refused(a_map, capsys):
    before = a_map.read_bytes()
    code, _, err = run(capsys, "status", a_map, "--add", f"Opstart {EN_DASH}")
    assert code == 2 and "remove it from --add" in err
    assert a_map.read_bytes() == before


def test_import_refuses_a_family_name_and_a_cell_with_a_cpr_number(tmp_path, capsys):
    csv = tmp_path / "list.csv"
    csv.write_text("name,notes\nHanne Lund,ok\n", encoding="utf-8")
    code, _, err = run(capsys, "import", csv, "-o", tmp_path / "a.json", "--family", f"Hansen {EN_DASH}")
    assert code == 2 and "--family" in err
    for number in (EN_DASH, "01-01-90-1234", "010190  1234", "010190\u200b1234"):
        csv.write_text(f"name,notes\nHanne Lund,CPR {number}\n", encoding="utf-8")
        code, _, err = run(capsys, "import", csv, "-o", tmp_path / "b.json")
        assert code == 2 and "CPR" in err and number not in err
    assert not (tmp_path / "a.json").exists() and not (tmp_path / "b.json").exists()


@pytest.fixture
def map_with_cpr(tmp_path):
    data = json.loads(dumps_map(new_map("standard", family_name="Hansen", lang="en")))
    data["actors"].append({"id": "a1", "name": "Hanne Lund", "notes": f"CPR {EN_DASH}"})
    path = tmp_path / "held.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_warns_about_a_map_that_holds_one(map_with_cpr, a_map, capsys):
    code, out, err = run(capsys, "validate", map_with_cpr)
    assert code == 0 and "valid" in out.lower()
    assert "Warning" in err and "actors.0.notes" in err and EN_DASH not in err and err.count("\n") == 1
    code, _, err = run(capsys, "validate", a_map)
    assert code == 0 and err == ""


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".graphml", ".png"])
def test_export_refuses_a_map_that_holds_one_unless_allowed(map_with_cpr, tmp_path, capsys, suffix):
    out = tmp_path / f"out{suffix}"
    code, _, err = run(capsys, "export", map_with_cpr, "-o", out, "--width", "300")
    assert code == 2 and "--allow-cpr" in err and "actors.0.notes" in err and EN_DASH not in err
    assert not out.exists()
    code, _, err = run(capsys, "export", map_with_cpr, "-o", out, "--allow-cpr", "--width", "300")
    assert code == 0, err
    assert out.exists()


def test_a_contact_list_is_never_written_with_one_even_when_allowed(map_with_cpr, tmp_path, capsys):
    out = tmp_path / "out.csv"
    for extra in ((), ("--allow-cpr",)):
        code, _, err = run(capsys, "export", map_with_cpr, "-o", out, *extra)
        assert code == 2 and "CPR" in err and EN_DASH not in err
        assert not out.exists()


@pytest.mark.parametrize("option", ["--family", "--title", "--caseworker"])
@pytest.mark.parametrize("value, words", [("x" * 201, "at most 200"), ("a\nb", "line breaks"), ("a\x1b[2Jb", "control")])
def test_new_refuses_a_text_a_map_cannot_hold_in_one_line(tmp_path, capsys, option, value, words):
    out = tmp_path / "n.json"
    code, _, err = run(capsys, "new", "-o", out, option, value)
    assert code == 2 and err.count("\n") == 1 and option in err and words in err
    assert not out.exists()


def test_a_family_name_near_the_limit_makes_a_map_that_validates(tmp_path, capsys):
    out = tmp_path / "n.json"
    assert run(capsys, "new", "-o", out, "--family", "x" * 200)[0] == 0
    assert run(capsys, "validate", out)[0] == 0


def test_a_status_label_too_long_is_refused_in_one_line(a_map, capsys):
    code, _, err = run(capsys, "status", a_map, "--add", "x" * 300)
    assert code == 2 and err.count("\n") == 1 and "--add" in err
