"""The JSON Schema refuses what the program refuses: every rejecting case of the loader's
tests (the bad maps of tests/data/bad_maps and the strict-type cases of
test_strict_loading.py) is run against resources/schema/skymap-vN.schema.json with
jsonschema. The few checks JSON Schema cannot express are named in the schema's description
and listed here, so a new gap fails this test."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from skymap.model.errors import SkymapError
from skymap.model.jsonschema import SCHEMA_FILE
from skymap.model.objects import CURRENT_VERSION
from skymap.storage.mapfile import parse_map
from tests.helpers import BAD_MAPS, ROOT
from tests.storage import test_strict_loading as strict

SCHEMA = json.loads((ROOT / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# bad map -> words of the schema's description that say the program checks it instead
BEYOND_THE_SCHEMA = {
    "duplicate_id.json": "an id used twice",
    "dangling_link_target.json": "a tie's ends",
    "actor_unknown_domain.json": "a person's cloud",
    "contact_between_actors.json": "a contact that does not connect a person with a family member",
}


def refused_by_both(raw) -> None:
    with pytest.raises(SkymapError):
        parse_map(json.dumps(raw), "kort.json")
    assert list(VALIDATOR.iter_errors(raw)), f"the schema accepts what Skymap refuses: {json.dumps(raw)[:300]}"


def bad_map(name: str):
    raw = json.loads((BAD_MAPS / name).read_text(encoding="utf-8"))
    if isinstance(raw, dict) and not name.startswith("version_"):
        raw["version"] = CURRENT_VERSION  # the defect, not an old version, is what is refused
    return raw


def json_bad_maps() -> list[str]:
    names = []
    for path in sorted(BAD_MAPS.glob("*.json")):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # not JSON at all: nothing for a schema to look at
        names.append(path.name)
    return names


def test_the_schema_requires_format_and_version():
    assert set(SCHEMA["required"]) == {"format", "version"}
    for raw in ({}, {"format": "skymap"}, {"version": CURRENT_VERSION}, {"format": "skymap", "version": "4"},
                {"format": "Skymap", "version": CURRENT_VERSION}):
        refused_by_both(raw)
    jsonschema.validate({"format": "skymap", "version": CURRENT_VERSION}, SCHEMA)


@pytest.mark.parametrize("name", json_bad_maps())
def test_every_bad_map_is_refused_by_the_schema_or_named_in_it(name):
    raw = bad_map(name)
    if name in BEYOND_THE_SCHEMA:
        with pytest.raises(SkymapError):
            parse_map(json.dumps(raw), "kort.json")
        assert not list(VALIDATOR.iter_errors(raw))  # if the schema learns it, move it out of the list
        assert BEYOND_THE_SCHEMA[name] in SCHEMA["description"]
    else:
        refused_by_both(raw)


CASES = strict.test_a_wrong_type_is_refused_not_converted.pytestmark[0].args[1]


@pytest.mark.parametrize("field, value, where, en, da", CASES, ids=[c[2] + ":" + repr(c[1]) for c in CASES])
def test_the_strict_type_cases_are_refused_by_the_schema(field, value, where, en, da):
    refused_by_both(json.loads(strict.a_map(**{field: value})))


def test_a_birth_year_in_quotes_and_a_time_as_a_number_are_refused_by_the_schema():
    refused_by_both({"format": "skymap", "version": CURRENT_VERSION,
                     "family": [{"id": "m-1", "name": "Anne", "birth_year": "1986"}]})
    for meta in ({"created": 1_700_000_000}, {"modified": True}):
        refused_by_both({"format": "skymap", "version": CURRENT_VERSION, "meta": meta})


def test_any_number_or_flag_of_the_example_written_as_something_else_is_refused_by_the_schema():
    jsonschema.validate(strict.EXAMPLE_RAW, SCHEMA)
    for trail, value in strict.LEAVES:
        for how in ("text", "other"):
            raw = copy.deepcopy(strict.EXAMPLE_RAW)
            node = raw
            for step in trail[:-1]:
                node = node[step]
            node[trail[-1]] = json.dumps(value) if how == "text" else (
                (1 if value else 0) if isinstance(value, bool) else bool(value))
            assert list(VALIDATOR.iter_errors(raw)), (trail, how)
