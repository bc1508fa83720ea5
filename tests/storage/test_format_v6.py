"""Format version 6: a family member's role may be `daughter` or `son`. A version-5 file opens
unchanged (its children stay children); a daughter and a son round-trip through a saved file,
and the version number tells an older Skymap the file is newer than it reads."""

from __future__ import annotations

import json

from skymap.model.migrations import migrate
from skymap.model.objects import CURRENT_VERSION
from skymap.model.vocabulary import FamilyRole
from skymap.storage.mapfile import load_map, parse_map, save_map


def v5_map() -> dict:
    return {"format": "skymap", "version": 5,
            "family": [{"id": "m-1", "name": "Anne", "role": "mother"}, {"id": "m-2", "name": "Emil", "role": "child"}]}


def test_a_version_5_map_opens_with_its_children_as_they_were(tmp_path):
    assert CURRENT_VERSION == 6
    assert migrate(v5_map())["version"] == 6
    path = tmp_path / "old.json"
    path.write_text(json.dumps(v5_map()), encoding="utf-8")
    assert [f.role for f in load_map(path).family] == [FamilyRole.MOTHER, FamilyRole.CHILD]


def test_a_daughter_and_a_son_round_trip(tmp_path):
    raw = v5_map() | {"version": 6}
    raw["family"] += [{"id": "m-3", "name": "Freja", "role": "daughter"}, {"id": "m-4", "name": "Oskar", "role": "son"}]
    m = parse_map(json.dumps(raw))
    path = tmp_path / "new.json"
    save_map(m, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 6 and [f["role"] for f in saved["family"]][2:] == ["daughter", "son"]
    assert [f.role for f in load_map(path).family][2:] == [FamilyRole.DAUGHTER, FamilyRole.SON]

