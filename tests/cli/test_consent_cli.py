"""skymap stats --json and skymap diff --json say consent and protection; stats in sentences
carries the warnings (Danish by the map's language)."""

from __future__ import annotations

import json

from skymap.model.vocabulary import Consent
from skymap.storage.mapfile import load_map, save_map
from tests.export.consent_map import PROTECTED_ACTOR, PROTECTED_MEMBER, consent_map
from tests.helpers import run_cli


def test_stats_json_has_consent_by_state_and_the_protected(tmp_path, capsys):
    path = tmp_path / "kort.json"
    m = consent_map("da")
    save_map(m, path)
    code, out, _err = run_cli(capsys, "stats", path, "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data["consent"]) == {"given", "refused", "withdrawn", "missing"}
    pros = [a for a in m.actors if a.active and a.kind.value == "professional"]
    assert sorted(n for names in data["consent"].values() for n in names) == sorted(a.name for a in pros)
    assert data["consent"]["given"] == [a.name for a in pros if a.consent is Consent.GIVEN]
    assert data["protected"] == [PROTECTED_MEMBER, PROTECTED_ACTOR]
    code, out, _err = run_cli(capsys, "stats", path)
    assert f"{PROTECTED_MEMBER} er skærmet og må ikke orienteres" in out


def test_diff_json_reports_consent_and_protection_changes_since_a_status(tmp_path, capsys):
    path = tmp_path / "kort.json"
    save_map(consent_map("en"), path)
    assert run_cli(capsys, "status", path, "--add", "Opstart", "--date", "2026-01-01")[0] == 0
    m = load_map(path)
    data = m.model_dump()
    hanne = next(a for a in data["actors"] if a["name"] == "Hanne Lund")
    hanne.update(consent="withdrawn", consent_date="2026-03-01")
    next(f for f in data["family"] if f["name"] == PROTECTED_MEMBER)["protected"] = False
    save_map(type(m).model_validate(data), path)
    code, out, _err = run_cli(capsys, "diff", path, "--from", "Opstart", "--json")
    diff = json.loads(out)
    assert code == 0
    assert diff["consent_changes"] == [{"name": "Hanne Lund", "from": "given", "to": "withdrawn",
                                        "date": "2026-03-01"}]
    assert diff["protection_changes"] == [{"name": PROTECTED_MEMBER, "protected": False}]
    code, out, _err = run_cli(capsys, "diff", path, "--from", "Opstart", "--lang", "en")
    assert "Consent for Hanne Lund went from given to withdrawn on 1 Mar 2026." in out
    assert f"{PROTECTED_MEMBER} is no longer marked as protected." in out
