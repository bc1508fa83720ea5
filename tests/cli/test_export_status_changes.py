"""`skymap export MAP -o OUT.pdf --status B --changes-since A`: two statuses compared in the
meeting PDF. The later side is status B, named as the window and `skymap diff --to` name it,
never "now"/"nu": the changes page's title and sentences, its chart (which ends at B), and the
page of relational coordination."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skymap.model.document import MapDocument
from skymap.model.objects import RCScores
from skymap.model.status import add_status
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map, save_map
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture
def three_statuses(tmp_path) -> Path:
    """Opstart (7 coordination ties), Statusmøde 1 (5), Statusmøde 2 (4), and the map now (4),
    with relational-coordination scores that rise between the first two."""
    doc = MapDocument(load_map(EXAMPLE))
    coordination = [ln for ln in doc.map.links if ln.kind is LinkKind.COORDINATION]
    for ln in coordination[2:5]:
        doc.update("links", ln.id, rc=RCScores(frequent=2, timely=2, shared_goals=2))
    add_status(doc, "Opstart", date(2026, 1, 10))
    doc.remove("links", coordination[0].id)
    doc.remove("links", coordination[1].id)
    for ln in coordination[2:5]:
        doc.update("links", ln.id, rc=RCScores(frequent=4, timely=4, shared_goals=5))
    add_status(doc, "Statusmøde 1", date(2026, 4, 10))
    doc.remove("links", coordination[5].id)
    add_status(doc, "Statusmøde 2", date(2026, 8, 10))
    path = tmp_path / "kort.json"
    save_map(doc.map, path)
    return path


def pages(capsys, path: Path, out: Path, *options: str) -> list[str]:
    code, _out, err = run(capsys, "export", path, "-o", out, "--sections", "map", *options)
    assert code == 0, err
    return [" ".join(p.extract_text().split()) for p in PdfReader(out).pages[1:]]


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_two_statuses_compared_name_the_later_status_not_now(three_statuses, tmp_path, capsys, lang):
    changes, rc = pages(capsys, three_statuses, tmp_path / f"b-{lang}.pdf", "--status", "Statusmøde 1",
                        "--changes-since", "Opstart", "--lang", lang)
    if lang == "da":
        assert changes.startswith("Ændringer fra »Opstart« (10. januar 2026) til »Statusmøde 1« (10. april 2026)")
        assert "Samarbejdsforbindelser mellem fagpersoner: 7 ved »Opstart«, 5 ved »Statusmøde 1«." in changes
        assert rc.startswith("Relationel koordinering fra »Opstart« (10. januar 2026) til »Statusmøde 1« (10. april 2026)")
        assert "Scorede forbindelser: 3 ved »Opstart«, 3 ved »Statusmøde 1«." in rc
        assert "Netværkets gennemsnit: 2,0 ved »Opstart«, 4,3 ved »Statusmøde 1«." in rc
        assert "(Statusmøde 1)" in rc
        now = {"nu", "før"}
    else:
        assert changes.startswith("Changes from “Opstart” (10 January 2026) to “Statusmøde 1” (10 April 2026)")
        assert "Coordination ties between professionals: 7 at “Opstart”, 5 at “Statusmøde 1”." in changes
        assert rc.startswith("Relational coordination from “Opstart” (10 January 2026) to “Statusmøde 1” (10 April 2026)")
        assert "Scored ties: 3 at “Opstart”, 3 at “Statusmøde 1”." in rc
        assert "Network mean: 2.0 at “Opstart”, 4.3 at “Statusmøde 1”." in rc
        now = {"now", "then", "before"}
    assert not words(changes) & now and not words(rc) & now
    # the chart ends at the later status: not the status after it, not the map of today
    assert "Statusmøde 2" not in changes
    assert "Opstart Statusmøde 1 0 5 10" in changes  # the chart's states, then its scale


def test_a_status_compared_with_the_map_still_says_now(three_statuses, tmp_path, capsys):
    """Without --status the later side is the map as it is: "nu" is right there."""
    changes, _rc = pages(capsys, three_statuses, tmp_path / "now.pdf", "--changes-since", "Opstart", "--lang", "da")
    assert changes.startswith("Ændringer siden »Opstart« (10. januar 2026)")
    assert "Samarbejdsforbindelser mellem fagpersoner: 7 før, 4 nu." in changes
    assert "Opstart Statusmøde 1 Statusmøde 2 nu 0 5 10" in changes
