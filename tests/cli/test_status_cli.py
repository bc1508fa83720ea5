"""`skymap status`, `skymap diff`, `stats --status`, `export --status/--changes-since`."""

import json
import shutil

import pytest

from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.fixture
def kort(tmp_path):
    path = tmp_path / "kort.json"
    shutil.copy(EXAMPLE, path)
    return path


def test_add_list_and_remove(kort, capsys):
    assert run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")[0] == 0
    code, out, _ = run(capsys, "status", kort, "--list", "--json")
    rows = json.loads(out)
    assert rows[0]["label"] == "Opstart" and rows[0]["date"] == "2026-09-14"
    assert rows[0]["stats"]["professionals"] == 19 and rows[0]["stats"]["coordination_links"] == 7
    code, out, _ = run(capsys, "status", kort, "--list", "--lang", "en")
    assert "Opstart" in out and "19 professionals" in out
    code, _, err = run(capsys, "status", kort, "--add", "opstart")
    assert code == 2 and "already" in err.lower() and "Traceback" not in err
    assert run(capsys, "status", kort, "--remove", "Opstart")[0] == 0
    assert load_map(kort).snapshots == []


def test_bad_date_and_unknown_status_exit_2(kort, capsys):
    code, _, err = run(capsys, "status", kort, "--add", "X", "--date", "24/11/2026")
    assert code == 2 and "24/11/2026" in err and "2027-02-28 (year-month-day)" in err
    code, _, err = run(capsys, "diff", kort, "--from", "Nope")
    assert code == 2 and "Nope" in err


def test_diff_after_a_reimport(kort, tmp_path, capsys):
    run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")
    csv = (EXAMPLE.parent / "familien-norgaard-kontakter.csv").read_text(encoding="utf-8").splitlines()
    csv = [ln for ln in csv if not ln.startswith("Eva Kjær")]
    csv = [ln.replace("Mette Skov;fagperson;Børnesagsbehandler;Børn og Familie;Børn og familie;Sofie Nørgaard, "
                      "Thomas Nørgaard;Hanne Lund, Peter Vinther, Ali Hassan;;ja",
                      "Mette Skov;fagperson;Børnesagsbehandler;Børn og Familie;Børn og familie;Sofie Nørgaard, "
                      "Thomas Nørgaard;Hanne Lund, Peter Vinther, Ali Hassan;ja;ja") for ln in csv]
    new_list = tmp_path / "ny.csv"
    new_list.write_text("\n".join(csv) + "\n", encoding="utf-8")
    assert run(capsys, "import", new_list, "--into", kort, "--remove-missing")[0] == 0
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--json")
    data = json.loads(out)
    assert data["removed"] == ["Eva Kjær"] and data["added"] == []
    assert data["coordinators"]["to"] == ["Mette Skov"]
    assert data["counts"]["professionals"] == [19, 18]
    assert all(set(v) == {"a", "b", "kind", "from", "to"} for v in data["changed_ties"])
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart")
    assert "1 er gået: Eva Kjær." in out and "familiekoordinator: Mette Skov" in out
    code, out, _ = run(capsys, "stats", kort, "--status", "Opstart", "--json")
    assert json.loads(out)["professionals"] == 19
    code, out, _ = run(capsys, "stats", kort, "--json")
    assert json.loads(out)["professionals"] == 18


def test_export_a_status_and_the_changes_since(kort, tmp_path, capsys):
    from pypdf import PdfReader

    run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")
    out = tmp_path / "status.pdf"
    assert run(capsys, "export", kort, "-o", out, "--status", "Opstart", "--sections", "map")[0] == 0
    assert "Opstart" in PdfReader(out).pages[0].extract_text()
    out = tmp_path / "change.pdf"
    assert run(capsys, "export", kort, "-o", out, "--changes-since", "Opstart")[0] == 0
    last = PdfReader(out).pages[-1].extract_text()
    assert "Ændringer siden »Opstart«" in last and "Nøgletal over tid" in last
    code, _, err = run(capsys, "export", kort, "-o", tmp_path / "x.svg", "--changes-since", "Opstart")
    assert code == 2 and "PDF" in err


def test_diff_names_who_ended_after_a_list_marks_them_not_active(kort, tmp_path, capsys):
    """The contact list comes back from the caseworker with `aktiv` = nej for the school
    psychologist: she is no longer counted, and `diff` says she has ended (JSON and text)."""
    run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")
    lines = (EXAMPLE.parent / "familien-norgaard-kontakter.csv").read_text(encoding="utf-8").splitlines()
    lines[0] += ";aktiv"
    lines[1:] = [ln + (";nej" if ln.startswith("Karin Holm;") else ";ja") for ln in lines[1:]]
    new_list = tmp_path / "ny.csv"
    new_list.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", new_list, "--into", kort)
    assert code == 0, err
    karin = next(a for a in load_map(kort).actors if a.name == "Karin Holm")
    assert karin.active is False
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--json")
    data = json.loads(out)
    assert data["ended"] == ["Karin Holm"] and data["resumed"] == []
    assert data["removed"] == [] and data["counts"]["professionals"] == [19, 18]
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--lang", "da")
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) er ophørt." in out
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--lang", "en")
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) has ended." in out
    # and back again: the list says she is active after all
    run(capsys, "status", kort, "--add", "Statusmøde 1", "--date", "2026-11-24")
    new_list.write_text("\n".join(ln.replace(";nej", ";ja") for ln in lines) + "\n", encoding="utf-8")
    assert run(capsys, "import", new_list, "--into", kort)[0] == 0
    code, out, _ = run(capsys, "diff", kort, "--from", "Statusmøde 1", "--json")
    assert json.loads(out)["resumed"] == ["Karin Holm"]


def test_diff_between_two_statuses_names_the_later_one_not_now(kort, tmp_path, capsys):
    """Issue 21: "7 før, 9 nu" when both sides are statuses."""
    run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")
    csv = (EXAMPLE.parent / "familien-norgaard-kontakter.csv").read_text(encoding="utf-8").splitlines()
    new_list = tmp_path / "ny.csv"
    new_list.write_text("\n".join(ln for ln in csv if not ln.startswith("Eva Kjær")) + "\n", encoding="utf-8")
    assert run(capsys, "import", new_list, "--into", kort, "--remove-missing")[0] == 0
    run(capsys, "status", kort, "--add", "Statusmøde 1", "--date", "2026-12-01")
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--to", "Statusmøde 1")
    assert code == 0
    assert "Fagpersoner uden samarbejde: 9 ved »Opstart«, 8 ved »Statusmøde 1«." in out.splitlines(), out
    assert not any(ln.rstrip(".").endswith(" nu") for ln in out.splitlines()), out
