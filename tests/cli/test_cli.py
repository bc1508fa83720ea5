"""The `skymap` command: new, import, stats, validate — in-process and through a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skymap.cli import main
from skymap.storage.mapfile import load_map
from tests.helpers import BAD_MAPS, EXAMPLE, EXAMPLE_CSV
from tests.helpers import run_cli as run

BAD_FILES = sorted(p for p in BAD_MAPS.iterdir() if p.name != "README.txt")

STATS_KEYS = {
    "family_members",
    "professionals",
    "private_network",
    "per_domain",
    "per_member",
    "coordination_links",
    "isolated",
    "coordinators",
    "brokers",
    "components",
}

SMALL_CSV = """\
navn;type;rolle;område;kontakt_med;samarbejder_med
Sofie Sørensen;familie;mor;;;
Emil Sørensen;familie;barn;;;
Hanne Lund;fagperson;Klasselærer;Skole og dagtilbud;Emil Sørensen;Karin Holm
Karin Holm;fagperson;PPR-psykolog;Skole og dagtilbud;Emil Sørensen;
Mette Skov;fagperson;Sagsbehandler;Børn og familie;familien;
"""


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    """Messages follow the system language; pin it so the tests do not depend on the machine."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# ----- new ---------------------------------------------------------------------------------

def test_new_creates_a_standard_map(tmp_path, capsys):
    out_path = tmp_path / "kort.json"
    code, out, err = run(capsys, "new", "-o", out_path, "--family", "Nørgaard", "--lang", "da", "--caseworker", "Mette")
    assert code == 0 and err == ""
    assert str(out_path) in out and "Gemt" in out
    skymap = load_map(out_path)
    assert len(skymap.domains) == 9
    assert skymap.meta.title == "Familien Nørgaard"
    assert skymap.meta.caseworker == "Mette"
    assert skymap.meta.language == "da"
    assert skymap.domains[0].label == "Skole og dagtilbud"


def test_new_in_english_and_empty(tmp_path, capsys):
    code, _, _ = run(capsys, "new", "-o", tmp_path / "en.json", "--lang", "en", "--family", "Hansen")
    assert code == 0
    skymap = load_map(tmp_path / "en.json")
    assert skymap.meta.title == "The Hansen family" and skymap.domains[0].label == "School and day care"
    code, _, _ = run(capsys, "new", "-o", tmp_path / "tom.json", "--template", "empty")
    assert code == 0 and load_map(tmp_path / "tom.json").domains == []


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    out_path = tmp_path / "kort.json"
    assert run(capsys, "new", "-o", out_path, "--family", "Første")[0] == 0
    first = out_path.read_bytes()
    code, out, err = run(capsys, "new", "-o", out_path, "--family", "Anden")
    assert code == 2
    assert out_path.read_bytes() == first
    assert "--force" in err and str(out_path) in err
    assert len(err.strip().splitlines()) == 1
    code, _, _ = run(capsys, "new", "-o", out_path, "--family", "Anden", "--force")
    assert code == 0
    assert load_map(out_path).meta.family_name == "Anden"


def test_new_error_in_danish(tmp_path, capsys):
    out_path = tmp_path / "kort.json"
    out_path.write_text("{}")
    code, _, err = run(capsys, "new", "-o", out_path, "--lang", "da")
    assert code == 2 and "findes allerede" in err


def test_new_into_a_missing_folder_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", tmp_path / "ingen" / "kort.json")
    assert code == 2 and "Traceback" not in err and err.startswith("skymap: ")


# ----- import ------------------------------------------------------------------------------

def test_import_builds_a_map_from_the_example_list(tmp_path, capsys):
    out_path = tmp_path / "kort.json"
    code, out, err = run(capsys, "import", EXAMPLE_CSV, "-o", out_path, "--family", "Nørgaard", "--lang", "en")
    assert code == 0, err
    assert "27 added, 0 updated, 0 removed" in out
    skymap = load_map(out_path)
    assert len(skymap.family) == 5 and len(skymap.actors) == 22
    # The same counts as the hand-made example map.
    code, out, _ = run(capsys, "stats", out_path, "--json")
    s = json.loads(out)
    assert (s["family_members"], s["professionals"], s["private_network"]) == (5, 19, 3)
    assert (s["coordination_links"], s["components"]) == (7, 12)


def test_import_into_updates_and_removes_missing(tmp_path, capsys):
    map_path = tmp_path / "kort.json"
    csv_path = write(tmp_path / "kontakter.csv", SMALL_CSV)
    assert run(capsys, "import", csv_path, "-o", map_path)[0] == 0
    before = load_map(map_path)
    ids = {a.name: a.id for a in [*before.family, *before.actors]}

    changed = SMALL_CSV.replace("Klasselærer", "Lærer").replace(
        "Karin Holm;fagperson;PPR-psykolog;Skole og dagtilbud;Emil Sørensen;\n", ""
    ).replace(";Karin Holm\n", ";\n") + "Ole Brandt;fagperson;Psykiater;Hospital og psykiatri;Emil Sørensen;\n"
    write(csv_path, changed, "cp1252")
    code, out, err = run(capsys, "import", csv_path, "--into", map_path, "--remove-missing", "--lang", "en")
    assert code == 0, err
    assert "1 added, 1 updated, 1 removed" in out

    after = load_map(map_path)
    names = {a.name: a for a in [*after.family, *after.actors]}
    assert "Karin Holm" not in names
    assert names["Hanne Lund"].role == "Lærer"
    assert names["Ole Brandt"].domain == "d-hospital_psychiatry"
    for name in ("Sofie Sørensen", "Emil Sørensen", "Hanne Lund", "Mette Skov"):
        assert names[name].id == ids[name]
    assert all(ids["Karin Holm"] not in (ln.source, ln.target) for ln in after.links)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Ties removed: 2 (Hanne Lund – Emil Sørensen, Mette Skov – the whole family)."),
    ("da", "Forbindelser fjernet: 2 (Hanne Lund – Emil Sørensen, Mette Skov – hele familien)."),
])
def test_import_into_names_the_ties_it_removes(tmp_path, capsys, lang, said):
    map_path = tmp_path / "kort.json"
    csv_path = write(tmp_path / "kontakter.csv", SMALL_CSV)
    assert run(capsys, "import", csv_path, "-o", map_path)[0] == 0
    fewer = SMALL_CSV.replace("Skole og dagtilbud;Emil Sørensen;Karin Holm", "Skole og dagtilbud;;Karin Holm")
    write(csv_path, fewer.replace("Børn og familie;familien;", "Børn og familie;;"))
    code, out, err = run(capsys, "import", csv_path, "--into", map_path, "--remove-missing", "--lang", lang)
    assert code == 0, err
    assert said in out.splitlines()
    assert len(load_map(map_path).links) == 2  # (Karin's contact and coordination are kept)


def test_import_into_without_remove_missing_keeps_people(tmp_path, capsys):
    map_path = tmp_path / "kort.json"
    csv_path = write(tmp_path / "kontakter.csv", SMALL_CSV)
    run(capsys, "import", csv_path, "-o", map_path)
    write(csv_path, "navn\nOle Brandt\n")
    assert run(capsys, "import", csv_path, "--into", map_path)[0] == 0
    assert len(load_map(map_path).actors) == 4


def test_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    map_path = tmp_path / "kort.json"
    map_path.write_text("gammel")
    csv_path = write(tmp_path / "kontakter.csv", SMALL_CSV)
    code, _, err = run(capsys, "import", csv_path, "-o", map_path)
    assert code == 2 and "--force" in err
    assert map_path.read_text() == "gammel"
    assert run(capsys, "import", csv_path, "-o", map_path, "--force")[0] == 0


@pytest.mark.parametrize(
    "bad_csv",
    [
        "navn;type\nA;robot\n",  # a bad cell
        "navn;kontakt_med\nA;Ingen Kendt\n",  # a tie to someone not in the list
        "fornavn;efternavn\nA;B\n",  # no name column
        "",  # empty
    ],
    ids=["bad-cell", "unknown-person", "no-name-column", "empty"],
)
def test_a_bad_csv_exits_2_and_writes_nothing(tmp_path, capsys, bad_csv):
    csv_path = write(tmp_path / "kontakter.csv", bad_csv)
    out_path = tmp_path / "ny.json"
    code, out, err = run(capsys, "import", csv_path, "-o", out_path)
    assert code == 2
    assert not out_path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kontakter.csv"]
    assert err.startswith("skymap: ") and "Traceback" not in err and str(csv_path) in err

    into = tmp_path / "kort.json"
    assert run(capsys, "new", "-o", into)[0] == 0
    original = into.read_bytes()
    code, _, err = run(capsys, "import", csv_path, "--into", into, "--remove-missing")
    assert code == 2
    assert into.read_bytes() == original


def test_csv_problems_are_listed_in_the_users_language(tmp_path, capsys):
    csv_path = write(tmp_path / "kontakter.csv", "navn;type;hyppighed\nA;robot;\nB;;dagligt\n")
    code, _, err = run(capsys, "import", csv_path, "-o", tmp_path / "kort.json", "--lang", "da")
    assert code == 2
    assert "intet er gemt" in err
    assert 'linje 2, kolonne "type"' in err and 'linje 3, kolonne "hyppighed"' in err


def test_a_csv_of_only_separators_exits_2(tmp_path, capsys):
    csv_path = write(tmp_path / "kontakter.csv", ";;;\n;;;\n")
    code, _, err = run(capsys, "import", csv_path, "-o", tmp_path / "kort.json")
    assert code == 2


# ----- stats -------------------------------------------------------------------------------

def test_stats_json_of_the_example_map(capsys):
    code, out, err = run(capsys, "stats", EXAMPLE, "--json")
    assert code == 0 and err == ""
    s = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert isinstance(s, dict)
    assert set(s) >= STATS_KEYS
    assert s["family_members"] == 5
    assert s["professionals"] == 19
    assert s["private_network"] == 3
    assert s["coordination_links"] == 7
    assert s["components"] == 12
    assert s["coordinators"] == []
    assert s["per_member"]["Sofie Nørgaard"] == 14
    assert s["per_domain"]["Skole og dagtilbud"] == 4
    assert sum(s["per_domain"].values()) == 19 + 3
    assert s["brokers"] == ["Hanne Lund", "Mette Skov", "Ali Hassan"]
    assert len(s["isolated"]) == 9
    assert "Nørgaard" in out  # UTF-8 characters, not \u escapes


def test_stats_sentences_in_the_maps_language(capsys):
    code, out, _ = run(capsys, "stats", EXAMPLE)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "Familien Nørgaard har 5 familiemedlemmer, 19 fagpersoner og 3 personer fra det private netværk omkring sig."
    )
    assert "Fagpersonerne har 7 samarbejdsforbindelser indbyrdes, fordelt på 12 adskilte grupper." in lines
    assert "  - Der er ikke valgt en familiekoordinator." in lines
    assert "  - Sofie Nørgaard (mor) er i kontakt med 14 fagpersoner." in lines
    assert any("går gennem Hanne Lund og Mette Skov" in ln for ln in lines)
    assert "professional" not in out


def test_stats_sentences_in_english(capsys):
    code, out, _ = run(capsys, "stats", EXAMPLE, "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "The Nørgaard family has 5 family members, 19 professionals and 3 people from the private network around it."
    )
    assert "  - No family coordinator has been chosen." in lines
    assert "  - Sofie Nørgaard (mother) is in contact with 14 professionals." in lines
    assert (
        "  - All coordination between “Børn og familie” and “Politi og SSP” goes through Mette Skov and Ali Hassan: "
        "if any one of them drops out, the connection is lost."
    ) in lines
    assert "fagperson" not in out


def test_stats_of_a_bad_file_exits_2(capsys):
    code, out, err = run(capsys, "stats", BAD_MAPS / "truncated.json", "--json")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1


# ----- validate ----------------------------------------------------------------------------

def test_validate_a_good_map(capsys):
    code, out, err = run(capsys, "validate", EXAMPLE)
    assert code == 0 and err == ""
    assert str(EXAMPLE) in out and "valid" in out


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.name)
def test_validate_a_bad_map_exits_2_with_one_line(capsys, path):
    code, out, err = run(capsys, "validate", path)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.endswith("\n")
    assert err.startswith("skymap: ") and str(path) in err
    assert "Traceback" not in err


def test_validate_missing_file_and_folder(tmp_path, capsys):
    for target in (tmp_path / "væk.json", tmp_path):
        code, _, err = run(capsys, "validate", target, "--lang", "da")
        assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err
    assert "findes ikke" in run(capsys, "validate", tmp_path / "væk.json", "--lang", "da")[2]
    assert "mappe" in run(capsys, "validate", tmp_path, "--lang", "da")[2]


# ----- help and usage ----------------------------------------------------------------------

@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["new", "--help"], ["import", "--help"],
                                  ["stats", "--help"], ["validate", "--help"]])
def test_help_exits_0(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code in (0, None)
    out = capsys.readouterr().out
    assert out.startswith("usage: skymap")


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code in (0, None)
    assert capsys.readouterr().out.startswith("skymap ")


def test_usage_errors_exit_2_with_one_line(capsys):
    with pytest.raises(SystemExit) as info:
        main(["new"])  # -o is required
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "-o" in err


# ----- through a real process --------------------------------------------------------------

def _subprocess(*args, cwd):
    env = {**os.environ, "LANG": "en_GB.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "skymap.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
    )


def test_subprocess_new_then_validate_then_stats(tmp_path):
    out_path = tmp_path / "kort.json"
    done = _subprocess("new", "-o", out_path, "--family", "Ærø", "--lang", "da", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_map(out_path).meta.title == "Familien Ærø"
    done = _subprocess("validate", out_path, cwd=tmp_path)
    assert done.returncode == 0 and "is a valid Skymap map" in done.stdout
    done = _subprocess("stats", EXAMPLE, "--json", cwd=tmp_path)
    assert done.returncode == 0
    assert json.loads(done.stdout)["professionals"] == 19


def test_subprocess_bad_file_exits_2_without_traceback(tmp_path):
    done = _subprocess("validate", BAD_MAPS / "version_newer.json", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert "Update Skymap" in done.stderr and "Traceback" not in done.stderr


def test_subprocess_bad_csv_writes_nothing(tmp_path):
    csv_path = write(tmp_path / "kontakter.csv", "navn;type\nA;robot\n", "cp1252")
    done = _subprocess("import", csv_path, "-o", tmp_path / "kort.json", "--lang", "da", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and 'ukendt type "robot"' in done.stderr
    assert not (tmp_path / "kort.json").exists()
