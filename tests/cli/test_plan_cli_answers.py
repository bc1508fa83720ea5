"""`skymap plan` answers a mistyped --due with a fixed, clear example (not some arbitrary
day), and a --done/--drop of an agreement already done or dropped in one line, in Danish
and English, leaving the file as it was."""

from __future__ import annotations

import shutil

import pytest

from skymap.cli import main
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


@pytest.mark.parametrize(("lang", "said"), [
    ("da", 'skymap: "30.11.2026" er ikke en dato som 2027-02-28 (år-måned-dag).'),
    ("en", 'skymap: "30.11.2026" is not a date like 2027-02-28 (year-month-day).'),
])
def test_a_mistyped_due_date_is_answered_with_a_clear_example(kort, capsys, lang, said):
    before = kort.read_bytes()
    code, out, err = run(capsys, "plan", kort, "--agree", "Ring til PPR", "--due", "30.11.2026", "--lang", lang)
    assert (code, out, err.strip()) == (2, "", said)
    assert kort.read_bytes() == before


@pytest.mark.parametrize(("lang", "done", "dropped"), [
    ("da", "Aftale 1 er allerede udført, intet ændret: Ring til PPR",
     "Aftale 2 er allerede opgivet, intet ændret: Familiemøde"),
    ("en", "Agreement 1 is already done; nothing changed: Ring til PPR",
     "Agreement 2 is already dropped; nothing changed: Familiemøde"),
])
def test_done_or_drop_of_an_agreement_no_longer_open_is_said_and_changes_nothing(kort, capsys, lang, done, dropped):
    run(capsys, "plan", kort, "--agree", "Ring til PPR", "--owner", "Emil Nørgaard")
    run(capsys, "plan", kort, "--agree", "Familiemøde", "--owner", "family")
    assert run(capsys, "plan", kort, "--done", "1")[0] == 0
    assert run(capsys, "plan", kort, "--drop", "2")[0] == 0
    before = kort.read_bytes()
    for action, number, said in (("--done", 1, done), ("--drop", 1, done), ("--done", 2, dropped),
                                 ("--drop", 2, dropped)):
        code, out, err = run(capsys, "plan", kort, action, number, "--lang", lang)
        assert (code, out.strip(), err) == (0, said, "")
        assert kort.read_bytes() == before
