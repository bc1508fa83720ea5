"""`skymap plan` (goals, agreements, done/drop by number, list), and the plan in
`stats --json` and `diff --json`."""

from __future__ import annotations

import json
import shutil

import pytest

from skymap.cli import main
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def kort(tmp_path):
    path = tmp_path / "kort.json"
    shutil.copy(EXAMPLE, path)
    return path


def test_goals_and_agreements_are_added_numbered_and_marked(kort, capsys):
    assert run(capsys, "plan", kort, "--goal", "Emil kommer i skole hver dag")[0] == 0
    code, out, _ = run(capsys, "plan", kort, "--agree", "Ring til PPR", "--owner", "emil  NØRGAARD", "--due", "2026-02-01")
    assert code == 0 and out.strip() == "Aftale 1 tilføjet: Ring til PPR (Emil Nørgaard)"
    assert run(capsys, "plan", kort, "--agree", "Familiemøde", "--owner", "familien")[0] == 0
    assert run(capsys, "plan", kort, "--agree", "Find en fritidsaktivitet")[0] == 0
    assert run(capsys, "plan", kort, "--done", "2")[1].strip() == "Aftale 2 er nu udført: Familiemøde"
    assert run(capsys, "plan", kort, "--drop", "3")[0] == 0
    m = load_map(kort)
    assert m.goals == ["Emil kommer i skole hver dag"]
    assert [(a.text, a.owner, a.status.value) for a in m.agreements] == [
        ("Ring til PPR", next(f.id for f in m.family if f.name == "Emil Nørgaard"), "open"),
        ("Familiemøde", "family", "done"), ("Find en fritidsaktivitet", None, "dropped")]
    code, out, _ = run(capsys, "plan", kort, "--list")
    assert out.splitlines() == [
        "Mål:", "  1. Emil kommer i skole hver dag", "Aftaler:",
        "  1. Ring til PPR — Emil Nørgaard — senest 01.02.2026 — frist overskredet",
        "  2. Familiemøde — Familien — udført", "  3. Find en fritidsaktivitet — ingen endnu — opgivet"]
    data = json.loads(run(capsys, "plan", kort, "--list", "--json", "--lang", "en")[1])
    assert data["goals"] == ["Emil kommer i skole hver dag"]
    assert data["agreements"][1] == {"number": 2, "text": "Familiemøde", "owner": "The family", "due": None,
                                     "status": "done", "overdue": False, "note": ""}
    assert data["agreements"][0]["overdue"] is True


def test_an_unknown_owner_or_number_is_said_in_the_maps_language_and_changes_nothing(kort, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    before = kort.read_bytes()
    code, out, err = run(capsys, "plan", kort, "--agree", "Ring", "--owner", "Karen Ukendt")
    assert code == 2 and err.strip() == (
        'skymap: Ingen på kortet hedder "Karen Ukendt". Skriv navnet på en person på kortet, eller "familien".')
    code, _, err = run(capsys, "plan", kort, "--done", "1", "--lang", "en")
    assert code == 2 and "There is no agreement number 1; the map has 0" in err and "Traceback" not in err
    code, _, err = run(capsys, "plan", kort, "--drop", "0")
    assert code == 2 and "ingen aftale nummer 0" in err
    code, _, err = run(capsys, "plan", kort, "--goal", "   ")
    assert code == 2 and "Et mål skal have en tekst." in err
    code, _, err = run(capsys, "plan", kort, "--agree", "Ring", "--due", "1. marts")
    assert code == 2 and "is not a date" in err
    assert kort.read_bytes() == before


def test_stats_and_diff_json_count_the_agreements(kort, capsys):
    run(capsys, "plan", kort, "--agree", "Ring til PPR", "--owner", "Emil Nørgaard", "--due", "2026-02-01")
    run(capsys, "plan", kort, "--agree", "Skolemøde", "--owner", "family")
    run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-01-10")
    run(capsys, "plan", kort, "--done", "2")
    run(capsys, "plan", kort, "--agree", "Familiemøde", "--owner", "family", "--due", "2026-03-01")
    run(capsys, "status", kort, "--add", "Statusmøde 1", "--date", "2026-02-20")
    stats = json.loads(run(capsys, "stats", kort, "--json")[1])
    assert stats["agreements"] == {"open": 2, "done": 1, "dropped": 0, "overdue": 2}
    at_start = json.loads(run(capsys, "stats", kort, "--json", "--status", "Opstart")[1])
    assert at_start["agreements"] == {"open": 2, "done": 0, "dropped": 0, "overdue": 0}
    d = json.loads(run(capsys, "diff", kort, "--from", "Opstart", "--to", "Statusmøde 1", "--json")[1])
    assert d["agreements"] == {"added": ["Familiemøde"], "done": ["Skolemøde"], "dropped": [],
                               "overdue": ["Ring til PPR"]}  # on the later status's date, 2026-02-20
    text = run(capsys, "diff", kort, "--from", "Opstart", "--lang", "en")[1]
    assert "Agreement done: Skolemøde (The family)." in text


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_export_focus_prints_only_the_members_network(kort, tmp_path, capsys):
    out = tmp_path / "emil.pdf"
    code, _, err = run(capsys, "export", kort, "-o", out, "--focus", "Emil Nørgaard")
    assert code == 0, err
    text = pdf_text(out)
    m = load_map(kort)
    emil = next(f for f in m.family if f.name == "Emil Nørgaard")
    # whom Emil meets: his own contacts and whoever is in contact with the whole family
    met = {ln.source for ln in m.links if ln.kind.value == "contact" and ln.target in (emil.id, "family")}
    names = {a.id: a.name for a in m.actors}
    assert {"Peter Vinther", "Inger Nørgaard"} <= {names[i] for i in met}
    assert "Emils netværk" in text
    text = text.replace(f"Sagsbehandler: {m.meta.caseworker}", "")  # (the header names the caseworker)
    for actor_id, name in names.items():
        assert (name in text) == (actor_id in met), name  # exactly the people Emil meets
    for member in m.family:
        assert (member.name in text) == (member is emil), member.name
    # the contact list names only coordination among Emil's people
    coordination = {frozenset((ln.source, ln.target)) for ln in m.links if ln.kind.value == "coordination"}
    assert any(pair <= met for pair in coordination) and any(not pair <= met for pair in coordination)


def test_export_focus_pseudonymised_names_no_one(kort, tmp_path, capsys):
    out = tmp_path / "emil-initials.pdf"
    assert run(capsys, "export", kort, "-o", out, "--focus", "emil nørgaard", "--pseudonymise", "initials")[0] == 0
    text = pdf_text(out)
    m = load_map(kort)
    for person in (*m.family, *m.actors):
        for part in person.name.split():
            assert part not in text, part
    assert "E.N." in text
    code, _, err = run(capsys, "export", kort, "-o", tmp_path / "x.pdf", "--focus", "Emil Holm", "--lang", "en")
    assert code == 2 and 'No one in the family is called "Emil Holm"' in err and not (tmp_path / "x.pdf").exists()


def heading(path) -> str:
    """The first line of the PDF's first page: the map's title."""
    from pypdf import PdfReader

    return PdfReader(path).pages[0].extract_text().splitlines()[0]


def test_export_focus_pseudonymised_is_titled_by_whose_network_it_is(kort, tmp_path, capsys):
    """Pseudonymised, a child's own view still says whose network it is (by the initials),
    as the named print does ("Emils netværk"), not the family's pseudonymised name."""
    m = load_map(kort)
    for lang, title in (("da", "E.N.s netværk"), ("en", "E.N.'s network")):
        out = tmp_path / f"emil-{lang}.pdf"
        code, _, err = run(capsys, "export", kort, "-o", out, "--focus", "Emil Nørgaard", "--pseudonymise",
                           "initials", "--lang", lang)
        assert code == 0, err
        text = pdf_text(out)
        assert heading(out) == title
        assert m.meta.family_name not in text and "Emil" not in text
    out = tmp_path / "whole.pdf"  # (the whole map, pseudonymised, is still the family's)
    assert run(capsys, "export", kort, "-o", out, "--pseudonymise", "initials")[0] == 0
    assert heading(out) == "Familien N."
