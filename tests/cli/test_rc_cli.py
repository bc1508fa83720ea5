"""`skymap rc`, and the relational coordination in `stats --json` and `diff --json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from skymap.model.document import MapDocument
from skymap.model.objects import SkyMap
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map, save_map
from tests.helpers import run_cli as run


@pytest.fixture
def kort(tmp_path):
    d = MapDocument(SkyMap())
    d.update_meta(language="da")
    school = d.add_domain("Skole og dagtilbud", id="school")
    children = d.add_domain("Børn og familie", id="children")
    d.add_member("Sofie", id="mother")
    d.add_actor("Anne", id="a", domain=school.id)
    d.add_actor("Bo", id="b", domain=children.id)
    d.add_actor("Cille", id="c", domain=children.id)
    d.add_link(LinkKind.COORDINATION, "a", "b", id="ab")
    path = tmp_path / "kort.json"
    save_map(d.map, path)
    return path


def scores(tmp_path, text: str):
    path = tmp_path / "scores.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_stats_json_rc_is_null_until_scored_then_the_means(kort, tmp_path, capsys):
    code, out, _ = run(capsys, "stats", kort, "--json")
    assert json.loads(out)["rc"] == {"ties_scored": 0, "mean": None, "by_dimension": {
        "frequent": None, "timely": None, "accurate": None, "problem_solving": None, "shared_goals": None,
        "shared_knowledge": None, "mutual_respect": None}}
    path = scores(tmp_path, "from,to,frequent,timely,shared_goals\nAnne,Bo,2,1,\nBo,Cille,4,3,5\n")
    code, out, err = run(capsys, "rc", kort, "--scores", path, "--lang", "en")
    assert code == 0, err
    assert "2 ties scored (1 new coordination ties)." in out
    rc = json.loads(run(capsys, "stats", kort, "--json")[1])["rc"]
    # Anne–Bo: (2+1)/2 = 1.5; Bo–Cille: (4+3+5)/3 = 4.0; mean 2.75
    assert rc["ties_scored"] == 2 and rc["mean"] == 2.75
    assert rc["by_dimension"]["frequent"] == 3.0 and rc["by_dimension"]["timely"] == 2.0
    assert rc["by_dimension"]["shared_goals"] == 5.0 and rc["by_dimension"]["accurate"] is None
    code, out, _ = run(capsys, "stats", kort)
    assert "Relationel koordinering: netværkets gennemsnit er 2,8 (svag) over 2 scorede forbindelser." in out


def test_rc_summary_in_danish_and_english(kort, tmp_path, capsys):
    run(capsys, "rc", kort, "--scores", scores(tmp_path, "fra;til;hyppig;fælles_mål\nAnne;Bo;2;1\n"))
    code, out, _ = run(capsys, "rc", kort)
    assert code == 0
    assert "Samarbejdet mellem »Skole og dagtilbud« og »Børn og familie« er svagt (1,5): fælles mål og " \
           "hyppig kommunikation lavest." in out
    code, out, _ = run(capsys, "rc", kort, "--lang", "en")
    assert "  Anne – Bo: 1.5 (weak)" in out and "  shared goals: 1.0" in out


def test_a_refused_score_file_changes_nothing_and_says_the_line(kort, tmp_path, capsys):
    before = kort.read_bytes()
    path = scores(tmp_path, "fra;til;hyppig\nAnne;Bo;3\nAnne;Sofie;3\nAnne;Bo;7\n")
    code, out, err = run(capsys, "rc", kort, "--scores", path, "--lang", "da")
    assert code == 2 and "Traceback" not in err
    assert "linje 4" in err and "1 til 5" in err
    path = scores(tmp_path, "fra;til;hyppig\nAnne;Bo;3\nAnne;Sofie;3\n")
    code, out, err = run(capsys, "rc", kort, "--scores", path, "--lang", "en")
    assert code == 2 and 'line 3, column "til": "Sofie" is a family member' in err
    assert kort.read_bytes() == before


HOLD_LOCK = """
import sys, time
from skymap.storage import locks
assert locks.acquire(sys.argv[1]) is None
print("locked", flush=True)
time.sleep(60)
"""


def test_rc_scores_refuses_a_map_open_in_a_window_unless_forced(kort, tmp_path, capsys):
    path = scores(tmp_path, "fra;til;hyppig\nAnne;Bo;3\n")
    before = kort.read_bytes()
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(kort)], stdout=subprocess.PIPE, text=True, cwd=root)
    try:
        assert proc.stdout.readline().strip() == "locked"
        code, _, err = run(capsys, "rc", kort, "--scores", path, "--lang", "en")
        assert code == 2 and "--force" in err and kort.read_bytes() == before
        code, _, err = run(capsys, "rc", kort, "--scores", path, "--force")
        assert code == 0, err
        assert load_map(kort).links[0].rc.frequent == 3
    finally:
        proc.kill()
        proc.wait()


def test_diff_json_and_text_have_the_rc_before_and_after(kort, tmp_path, capsys):
    run(capsys, "rc", kort, "--scores", scores(tmp_path, "fra;til;hyppig;rettidig\nAnne;Bo;2;2\n"))
    assert run(capsys, "status", kort, "--add", "Opstart", "--date", "2026-09-14")[0] == 0
    run(capsys, "rc", kort, "--scores", scores(tmp_path, "fra;til;hyppig;rettidig\nAnne;Bo;4;3\n"))
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--json")
    rc = json.loads(out)["rc"]
    assert rc["mean"] == [2.0, 3.5]
    assert rc["by_dimension"]["frequent"] == [2.0, 4.0] and rc["by_dimension"]["accurate"] == [None, None]
    code, out, _ = run(capsys, "diff", kort, "--from", "Opstart", "--lang", "en")
    assert "Relational coordination, network mean: 2.0 before, 3.5 now." in out
    assert "  frequent communication: 2.0 → 4.0" in out
    assert load_map(kort).links[0].rc.frequent == 4
