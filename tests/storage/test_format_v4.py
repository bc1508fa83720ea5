"""Format 4: a tie's quality may be "not assessed", the default of a new tie. Older files
keep what they meant: a tie stored without a quality was moderate."""

import json

from skymap.model.document import MapDocument
from skymap.model.migrations import migrate
from skymap.model.objects import Link, SkyMap
from skymap.model.vocabulary import LinkKind, Quality, label, parse_enum
from skymap.storage.mapfile import load_map, save_map


def v3_map() -> dict:
    tie = {"id": "l-1", "kind": "contact", "source": "a-1", "target": "family"}
    content = {"family": [], "domains": [], "annotations": [],
               "actors": [{"id": "a-1", "name": "Hanne Lund"}], "links": [tie]}
    return {"format": "skymap", "version": 3, **content,
            "snapshots": [{"id": "s-1", "label": "Opstart", "date": "2026-01-05", "content": content}]}


def test_a_new_tie_is_not_assessed():
    assert Link(id="l-1", kind=LinkKind.CONTACT, source="a-1", target="family").quality is Quality.NOT_ASSESSED
    assert label(Quality.NOT_ASSESSED, "da") == "ikke vurderet" and label(Quality.NOT_ASSESSED, "en") == "not assessed"
    assert parse_enum(Quality, "ikke vurderet") is Quality.NOT_ASSESSED


def test_a_version_3_tie_without_a_quality_stays_moderate(tmp_path):
    raw = v3_map()
    migrated = migrate(json.loads(json.dumps(raw)), current=4)
    assert migrated["version"] == 4
    assert migrated["links"][0]["quality"] == "moderate"
    assert migrated["snapshots"][0]["content"]["links"][0]["quality"] == "moderate"
    assert "quality" not in raw["links"][0]  # the caller's dict is left alone
    path = tmp_path / "old.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    m = load_map(path)
    assert m.links[0].quality is Quality.MODERATE and m.snapshots[0].content.links[0].quality is Quality.MODERATE


def test_a_stated_quality_is_kept_and_not_assessed_round_trips(tmp_path):
    raw = v3_map()
    raw["links"][0]["quality"] = "strained"
    assert migrate(raw)["links"][0]["quality"] == "strained"
    doc = MapDocument(SkyMap.model_validate({k: v for k, v in v3_map().items() if k != "version"}))
    doc.add_link(LinkKind.COORDINATION, "a-1", doc.add_actor("Ole Berg").id)
    save_map(doc.map, tmp_path / "new.json")
    again = load_map(tmp_path / "new.json")
    assert again.links[-1].quality is Quality.NOT_ASSESSED
