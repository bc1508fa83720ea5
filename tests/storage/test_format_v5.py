"""Format version 5: consent and protection on people, the joint plan in the map and its
statuses. A version-4 file opens unchanged (no consent recorded, no one protected, no plan),
and the new fields round-trip through a saved file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from skymap.model.migrations import migrate
from skymap.model.objects import CURRENT_VERSION, Actor, Agreement, SkyMap
from skymap.model.vocabulary import AgreementStatus, Consent
from skymap.storage.mapfile import load_map, save_map


def v4_map() -> dict:
    return {
        "format": "skymap", "version": 4,
        "family": [{"id": "m-1", "name": "Anne", "role": "mother"}],
        "actors": [{"id": "a-1", "name": "Karen", "role": "teacher"}],
        "links": [{"id": "l-1", "kind": "contact", "source": "a-1", "target": "m-1", "quality": "weak"}],
        "snapshots": [{"id": "s-1", "label": "Opstart", "date": "2026-01-05",
                       "content": {"family": [{"id": "m-1", "name": "Anne"}],
                                   "actors": [{"id": "a-1", "name": "Karen"}]}}],
    }


def test_a_version_4_map_opens_with_no_consent_protection_or_plan(tmp_path):
    raw = v4_map()
    assert migrate(json.loads(json.dumps(raw)), current=5)["version"] == 5
    path = tmp_path / "old.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    m = load_map(path)
    karen = m.actors[0]
    assert (karen.consent, karen.consent_date, karen.consent_scope, karen.protected) == (None, None, "", False)
    assert m.family[0].protected is False
    assert m.goals == [] and m.agreements == []
    assert m.snapshots[0].content.goals == [] and m.snapshots[0].content.agreements == []


def test_consent_protection_and_plan_round_trip(tmp_path):
    m = SkyMap.model_validate(v4_map() | {"version": CURRENT_VERSION})
    karen = m.actors[0].model_copy(update={
        "consent": Consent.WITHDRAWN, "consent_date": date(2026, 3, 1),
        "consent_scope": "school and PPR may share about Emil", "protected": True,
        "protected_reason": "risk assessment pending"})
    m.actors = [karen]
    m.goals = ["Emil goes to school every day", "Anne gets a job"]
    m.agreements = [Agreement(id="g-1", text="Call PPR", owner="a-1", due=date(2026, 4, 1)),
                    Agreement(id="g-2", text="Family meeting", owner="family", status=AgreementStatus.DONE)]
    path = tmp_path / "new.json"
    save_map(m, path)
    back = load_map(path)
    assert back.actors[0] == karen
    assert back.goals == m.goals and back.agreements == m.agreements
    assert json.loads(path.read_text(encoding="utf-8"))["actors"][0]["consent"] == "withdrawn"


def test_the_new_fields_are_strict():
    with pytest.raises(ValidationError):
        Actor.model_validate({"id": "a-1", "name": "K", "consent": "maybe"})
    with pytest.raises(ValidationError):
        Actor.model_validate({"id": "a-1", "name": "K", "protected": "yes"})
    with pytest.raises(ValidationError):
        Agreement.model_validate({"id": "g-1", "text": "x", "status": "half"})
