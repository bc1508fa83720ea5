"""Format version 2: a cloud drawn by hand keeps its outline; version-1 files load as before."""

from __future__ import annotations

import json
import math
from datetime import date

import jsonschema

from skymap.model.document import MapDocument
from skymap.model.freehand import cloud_from_stroke
from skymap.model.jsonschema import SCHEMA_FILE
from skymap.model.migrations import migrate
from skymap.model.objects import CURRENT_VERSION
from skymap.model.status import add_status, diff, sentences
from skymap.model.template import new_map
from skymap.storage.mapfile import load_map, parse_map, save_map
from tests.helpers import BAD_MAPS as BAD
from tests.helpers import ROOT


def v1_map() -> dict:
    """A version-1 file as Skymap 1 wrote it: domains without `outline`, one status."""
    domain = {"id": "d-1", "label": "Skole", "kind": "school", "color": "#f7e6b5", "x": 0.0, "y": -440.0,
              "width": 340.0, "height": 230.0}
    content = {"family": [], "domains": [dict(domain)], "actors": [], "links": [], "annotations": []}
    return {
        "format": "skymap", "version": 1, "domains": [domain],
        "snapshots": [{"id": "s-1", "label": "Opstart", "date": "2026-09-14", "taken": "2026-09-14T10:00:00Z",
                       "content": content}],
    }


def drawn_map():
    doc = MapDocument(new_map("empty"))
    stroke = [(200 + 180 * math.cos(i / 20) + (i % 2) * 3, 90 * math.sin(i / 20)) for i in range(127)]
    cloud = cloud_from_stroke(stroke)
    assert cloud is not None
    doc.add_domain("Fodboldklubben", x=cloud.x, y=cloud.y, width=cloud.width, height=cloud.height,
                   outline=cloud.outline)
    return doc, cloud


def test_the_current_version_is_6():
    assert CURRENT_VERSION == 6
    assert SCHEMA_FILE == "skymap-v6.schema.json"


def test_a_version_1_file_migrates_with_no_outlines():
    raw = v1_map()
    out = migrate(raw, current=2)
    assert out["version"] == 2
    assert out["domains"][0]["outline"] is None
    assert out["snapshots"][0]["content"]["domains"][0]["outline"] is None
    assert "outline" not in raw["domains"][0]  # the caller's dict is left alone
    m = parse_map(json.dumps(v1_map()))
    assert m.version == CURRENT_VERSION and m.domains[0].outline is None
    assert m.snapshots[0].content.domains[0].outline is None


def test_a_drawn_outline_survives_save_and_load(tmp_path):
    doc, cloud = drawn_map()
    add_status(doc, "Opstart", date(2026, 9, 14))
    path = tmp_path / "kort.json"
    save_map(doc.map, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == CURRENT_VERSION
    assert raw["domains"][0]["outline"] == [list(p) for p in cloud.outline]
    again = load_map(path)
    assert again.domains[0].outline == cloud.outline
    assert again.snapshots[0].content.domains[0].outline == cloud.outline
    assert again == doc.map


def test_a_saved_map_with_an_outline_validates_against_the_schema(tmp_path):
    doc, _ = drawn_map()
    schema = json.loads((ROOT / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.validate(doc.map.to_json_dict(), schema)
    bad = doc.map.to_json_dict()
    bad["domains"][0]["outline"] = [[0.9, 0.0], [0.0, 0.1], [0.1, 0.1]]
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an outline outside the box must not validate")


def test_the_newer_version_test_file_is_still_newer():
    raw = json.loads((BAD / "version_newer.json").read_text(encoding="utf-8"))
    assert raw["version"] > CURRENT_VERSION


def test_a_status_diff_does_not_report_a_redrawn_cloud_as_people_moving():
    doc, cloud = drawn_map()
    before = doc.map.content()
    d = doc.map.domains[0]
    doc.update("domains", d.id, outline=tuple((y, x) for x, y in cloud.outline), x=d.x + 50)
    changes = diff(before, doc.map.content())
    assert not changes.moved and not changes.added and not changes.removed
    assert sentences(changes, "da") == sentences(diff(before, before), "da")
