"""The loader refuses what it used to convert: wrong types, a key written twice, control
characters in names. Each is one clear line naming where; maps Skymap wrote still load."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skymap.model.errors import InvalidMapError
from skymap.model.migrations import migrate
from skymap.model.objects import CURRENT_VERSION, Actor, without_controls
from skymap.model.template import new_map
from skymap.storage.mapfile import dumps_map, load_map, parse_map
from tests.helpers import ROOT


def a_map(**actor) -> str:
    person = {"id": "a-1", "name": "Hanne Lund", **actor}
    return json.dumps({"format": "skymap", "version": CURRENT_VERSION, "actors": [person]})


@pytest.mark.parametrize("field, value, where, en, da", [
    ("x", True, "actors.0.x", "must be a number", "skal være et tal"),
    ("x", "12", "actors.0.x", "must be a number", "skal være et tal"),
    ("coordinator", "yes", "actors.0.coordinator", "must be true or false", "skal være true eller false"),
    ("coordinator", 1, "actors.0.coordinator", "must be true or false", "skal være true eller false"),
    ("role", 5, "actors.0.role", "must be text", "skal være en tekst"),
    ("name", "Hanne\u0000Lund", "actors.0.name", "control character", "kontroltegn"),
    ("organisation", "PPR\nVest", "actors.0.organisation", "control character", "kontroltegn"),
    ("notes", "bell\u0007", "actors.0.notes", "control character", "kontroltegn"),
])
def test_a_wrong_type_is_refused_not_converted(field, value, where, en, da):
    with pytest.raises(InvalidMapError) as info:
        parse_map(a_map(**{field: value}), "kort.json")
    for lang, words in (("en", en), ("da", da)):
        text = info.value.message(lang)
        assert where in text and words in text and "\n" not in text


def test_a_birth_year_in_quotes_is_refused():
    raw = {"format": "skymap", "version": CURRENT_VERSION, "family": [{"id": "m-1", "name": "Anne", "birth_year": "1986"}]}
    with pytest.raises(InvalidMapError, match=r"family\.0\.birth_year: must be a whole number"):
        parse_map(json.dumps(raw))


@pytest.mark.parametrize("meta", [{"created": 1_700_000_000}, {"modified": True}])
def test_a_time_must_be_written_as_a_time(meta):
    raw = {"format": "skymap", "version": CURRENT_VERSION, "meta": meta}
    with pytest.raises(InvalidMapError, match="must be a date or a time"):
        parse_map(json.dumps(raw))


def test_whole_numbers_are_numbers_and_notes_keep_tabs_and_line_breaks():
    m = parse_map(a_map(x=12, y=-3, notes="Mødes\ttirsdag\r\nog torsdag"))
    assert m.actors[0].x == 12.0 and isinstance(m.actors[0].x, float)
    assert m.actors[0].notes == "Mødes\ttirsdag\r\nog torsdag"


def test_a_key_written_twice_is_refused_naming_it():
    with pytest.raises(InvalidMapError) as info:
        parse_map('{"format": "skymap", "version": 99, "version": %d}' % CURRENT_VERSION, "kort.json")
    assert 'the key "version" appears more than once at the top of the file' in info.value.message("en")
    assert 'nøglen "version" står mere end én gang øverst i filen' in info.value.message("da")
    text = a_map().replace('"name": "Hanne Lund"', '"name": "Hanne Lund", "name": "Eva Kjær"')
    with pytest.raises(InvalidMapError, match=r'the key "name" appears more than once in the same object \(actors\.0\)'):
        parse_map(text)


def test_the_same_key_in_different_objects_is_fine():
    assert len(parse_map(json.dumps({"format": "skymap", "version": CURRENT_VERSION,
                                     "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]})).actors) == 2


def test_a_version_2_map_with_a_tab_in_a_name_still_opens_with_a_space():
    raw = {"format": "skymap", "version": 2,
           "meta": {"title": "Familien\tHansen"},
           "actors": [{"id": "a-1", "name": "Hanne\tLund\u0000", "role": "Lærer\n", "notes": "a\tb\u0000c"}],
           "snapshots": [{"id": "s-1", "label": "Opstart\r\n", "date": "2026-09-14",
                          "content": {"actors": [{"id": "a-1", "name": "Hanne\tLund"}]}}]}
    m = parse_map(json.dumps(raw))
    assert m.version == CURRENT_VERSION
    assert m.meta.title == "Familien Hansen"
    assert (m.actors[0].name, m.actors[0].role, m.actors[0].notes) == ("Hanne Lund", "Lærer", "a\tb c")
    assert m.snapshots[0].label == "Opstart" and m.snapshots[0].content.actors[0].name == "Hanne Lund"
    assert raw["actors"][0]["name"] == "Hanne\tLund\u0000"  # the caller's dict is left alone
    assert migrate(json.loads(dumps_map(m))) == json.loads(dumps_map(m))


def test_every_example_map_and_what_skymap_writes_still_loads():
    for example in (ROOT / "resources" / "examples").glob("*.json"):
        load_map(example)
    m = new_map("standard", family_name="Nørgaard")
    assert parse_map(dumps_map(m)) == m


def test_text_typed_in_the_window_loses_its_control_characters():
    assert without_controls("name", "Hanne\tLund") == "Hanne Lund"
    assert without_controls("notes", "a\tb\nc\u0000") == "a\tb\nc "
    Actor(id="a", name=without_controls("name", "x\u0085y"))


def _leaves(node, trail=()):
    """Every number and yes/no in a raw map, with its place."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, (*trail, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, (*trail, i))
    elif isinstance(node, (bool, int, float)) and trail[-1] != "version":
        yield trail, node


EXAMPLE_RAW = json.loads((ROOT / "resources" / "examples" / "familien-norgaard.json").read_text(encoding="utf-8"))
LEAVES = list(_leaves(EXAMPLE_RAW))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LEAVES), st.sampled_from(["text", "other"]))
def test_any_number_or_flag_written_as_something_else_is_refused_where_it_is(leaf, how):
    trail, value = leaf
    raw = copy.deepcopy(EXAMPLE_RAW)
    node = raw
    for step in trail[:-1]:
        node = node[step]
    if how == "text":
        node[trail[-1]] = json.dumps(value)  # 12.0 -> "12.0", true -> "true"
    else:
        node[trail[-1]] = (1 if value else 0) if isinstance(value, bool) else bool(value)
    with pytest.raises(InvalidMapError) as info:
        parse_map(json.dumps(raw), "kort.json")
    assert ".".join(str(p) for p in trail) in info.value.message("en")
