"""Map files: save -> load round trips, atomic saving, and a clear typed error for every bad file."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from skymap.model.document import MapDocument
from skymap.model.errors import (
    InvalidMapError,
    MapFileError,
    NotJsonError,
    NotSkymapError,
    SaveError,
    SkymapError,
    UnsupportedVersionError,
)
from skymap.model.objects import CURRENT_VERSION, FAMILY_ID, SkyMap
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, LinkKind, Quality
from skymap.storage.mapfile import dumps_map, load_map, parse_map, save_map
from tests.helpers import BAD_MAPS, EXAMPLE


def edited_map() -> SkyMap:
    doc = MapDocument(new_map("standard", family_name="Bøgh-Ærø", lang="da"))
    mor = doc.add_member("Åse Bøgh", birth_year=1985, notes="Ønsker møder før kl. 14")
    doc.add_member("Søren Ærø", x=110.0)
    laerer = doc.add_actor("Hanne Lund", domain="d-school", role="Klasselærer", x=-60.0, y=-440.0)
    mormor = doc.add_actor("Inger Østergård", kind=ActorKind.PRIVATE, domain="d-private_network")
    doc.add_actor("Gert Gammel", active=False)
    doc.add_link(LinkKind.CONTACT, laerer.id, mor.id, quality=Quality.STRAINED, note="Mødes på skolen")
    doc.add_link(LinkKind.CONTACT, mormor.id, FAMILY_ID)
    doc.add_annotation("Næste statusmøde: 1. december", x=0.0, y=600.0)
    doc.update_settings(rc_weak_below=2.5)
    return doc.map


# ----- round trips -------------------------------------------------------------------------

def test_save_then_load_gives_an_equal_map(tmp_path):
    original = edited_map()
    path = tmp_path / "kort.json"
    save_map(original, path)
    loaded = load_map(path)
    assert loaded.model_dump() == original.model_dump()
    assert loaded == original


def test_example_map_round_trips(tmp_path):
    example = load_map(EXAMPLE)
    assert len(example.family) == 5
    path = tmp_path / "kopi.json"
    save_map(example, path)
    assert load_map(path) == example
    # Saving twice gives the same bytes: nothing drifts from one save to the next.
    first = path.read_bytes()
    save_map(load_map(path), path)
    assert path.read_bytes() == first


def test_the_file_is_skymap_json_with_format_and_version_at_the_root(tmp_path):
    path = tmp_path / "kort.json"
    save_map(edited_map(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    assert raw["format"] == "skymap"
    assert raw["version"] == CURRENT_VERSION
    assert list(raw)[:2] == ["format", "version"]


def test_danish_letters_are_written_as_utf8_characters(tmp_path):
    path = tmp_path / "kort.json"
    save_map(edited_map(), path)
    data = path.read_bytes()
    for word in ("Åse Bøgh", "Søren Ærø", "Inger Østergård", "Børn og familie"):
        assert word.encode("utf-8") in data
    assert b"\\u00" not in data
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM


def test_a_file_with_a_bom_still_loads(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_map(edited_map()).encode("utf-8"))
    assert load_map(path).meta.family_name == "Bøgh-Ærø"


# ----- atomic saving -----------------------------------------------------------------------

def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "kort.json"
    save_map(new_map(family_name="Gammel"), path)
    old_bytes = path.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError) as info:
        save_map(edited_map(), path)
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kort.json"]
    err = info.value
    assert "No space left on device" in err.message("en")
    assert "unchanged" in err.message("en")
    assert "uændret" in err.message("da")
    assert "Traceback" not in err.message("en")


def test_failed_write_of_the_temp_file_also_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "kort.json"
    save_map(new_map(family_name="Gammel"), path)
    old_bytes = path.read_bytes()

    def no_sync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", no_sync)
    with pytest.raises(SaveError):
        save_map(edited_map(), path)
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kort.json"]


def test_save_into_a_missing_folder_is_a_save_error(tmp_path):
    with pytest.raises(SaveError) as info:
        save_map(new_map(), tmp_path / "findes-ikke" / "kort.json")
    assert "findes-ikke" in info.value.message("da")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "kort.json"
    save_map(new_map(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Also when an existing, world-readable file is replaced.
    path.chmod(0o644)
    save_map(edited_map(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# ----- bad files ---------------------------------------------------------------------------

# file in tests/data/bad_maps -> (error class, words in the English message, words in the Danish one)
BAD_FILES = {
    "not_json.json": (NotJsonError, ["JSON", "damaged"], ["JSON", "beskadiget"]),
    "truncated.json": (NotJsonError, ["JSON", "cut short"], ["JSON", "afkortet"]),
    "binary_junk.json": (NotJsonError, ["not contain text"], ["indeholder ikke tekst"]),
    "empty.json": (NotJsonError, ["empty"], ["tom"]),
    "json_list.json": (NotSkymapError, ["not a Skymap map", '"format"'], ["ikke et Skymap-kort", '"format"']),
    "missing_format.json": (NotSkymapError, ["not a Skymap map", '"format"'], ["ikke et Skymap-kort", '"format"']),
    "version_string.json": (UnsupportedVersionError, ["version", "'1'"], ["version", "'1'"]),
    "version_zero.json": (UnsupportedVersionError, ["version", "(0)"], ["version", "(0)"]),
    "version_newer.json": (UnsupportedVersionError, ["newer", "Update Skymap", "99"], ["nyere", "Opdatér Skymap", "99"]),
    "wrong_type_name.json": (InvalidMapError, ["invalid", "family.0.name"], ["ugyldigt", "family.0.name"]),
    "dangling_link_target.json": (InvalidMapError, ["m-nobody", "does not exist"], ["m-nobody", "ikke findes"]),
    "duplicate_id.json": (InvalidMapError, ['"a-1"', "more than once"], ['"a-1"', "mere end én gang"]),
    "actor_unknown_domain.json": (InvalidMapError, ["d-nowhere", "does not exist"], ["d-nowhere", "ikke findes"]),
    "contact_between_actors.json": (InvalidMapError, ['"l-2"', "contact"], ['"l-2"', "kontakten"]),
}


def assert_clear(err: SkymapError, path: Path, en_words, da_words) -> None:
    """A message a caseworker can read: names the file, says the problem, no Python internals."""
    for lang, words in (("en", en_words), ("da", da_words)):
        text = err.message(lang)
        assert str(path) in text, (lang, text)
        for word in words:
            assert word in text, (lang, word, text)
        assert "Traceback" not in text and 'File "' not in text and "Error(" not in text
        assert not re.search(r"\{[a-z_]+\}", text), f"unfilled placeholder: {text}"
        assert "\n" not in text
    assert str(err) == err.message("en")


def test_the_bad_maps_folder_and_its_readme_list_the_same_files():
    files = {p.name for p in BAD_MAPS.iterdir() if p.name != "README.txt"}
    assert files == set(BAD_FILES)
    readme = (BAD_MAPS / "README.txt").read_text(encoding="utf-8")
    for name in files:
        assert name in readme


def test_every_file_in_the_bad_maps_folder_is_refused_with_a_skymap_error():
    for path in sorted(BAD_MAPS.iterdir()):
        if path.name == "README.txt":
            continue
        with pytest.raises(SkymapError) as info:
            load_map(path)
        assert isinstance(info.value, MapFileError), path.name
        assert "Traceback" not in info.value.message("da")


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gives_the_right_error_and_message(name):
    cls, en_words, da_words = BAD_FILES[name]
    path = BAD_MAPS / name
    with pytest.raises(SkymapError) as info:
        load_map(path)
    assert type(info.value) is cls
    assert_clear(info.value, path, en_words, da_words)


def test_the_bad_maps_are_one_defect_away_from_a_valid_map():
    # Repair the one defect in a few of them: they load, so the error above is about that defect.
    raw = json.loads((BAD_MAPS / "version_zero.json").read_text(encoding="utf-8"))
    raw["version"] = 1
    assert parse_map(json.dumps(raw)).family[0].name == "Søren Sørensen"
    raw = json.loads((BAD_MAPS / "contact_between_actors.json").read_text(encoding="utf-8"))
    raw["links"][-1]["kind"] = "coordination"
    assert len(parse_map(json.dumps(raw)).links) == 2


def _danish_without_path(name: str) -> str:
    path = BAD_MAPS / name
    with pytest.raises(SkymapError) as info:
        load_map(path)
    return info.value.message("da").replace(str(path), "<fil>")


@pytest.mark.parametrize("name", ["wrong_type_name.json", "actor_unknown_domain.json", "contact_between_actors.json"])
def test_danish_messages_for_invalid_maps_are_in_danish(name):
    text = _danish_without_path(name)
    for english in ("Input should", "actor", "contact"):
        assert english not in text, text


def test_deeply_nested_json_is_refused(tmp_path):
    path = tmp_path / "dyb.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert "Traceback" not in info.value.message("en")
    assert "deep" in info.value.message("en")
    assert "dybt" in info.value.message("da")


def test_deeply_nested_value_inside_a_map_is_refused(tmp_path):
    path = tmp_path / "dyb2.json"
    depth = 100_000
    path.write_text('{"format": "skymap", "version": 1, "annotations": ' + "[" * depth + "]" * depth + "}")
    with pytest.raises(MapFileError):
        load_map(path)


def test_deeply_nested_json_message_has_no_placeholder(tmp_path):
    path = tmp_path / "dyb.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert_clear(info.value, path, ["deep"], ["dybt"])


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "stor.json"
    save_map(load_map(EXAMPLE), path)
    with pytest.raises(MapFileError) as info:
        load_map(path, max_bytes=100)
    assert type(info.value) is MapFileError
    assert_clear(info.value, path, ["too large"], ["for stor"])
    assert load_map(path) is not None  # the ordinary limit lets it through


def test_huge_integer_is_not_json_rather_than_a_crash(tmp_path):
    path = tmp_path / "tal.json"
    path.write_text('{"format": "skymap", "version": ' + "9" * 5000 + "}")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert "Traceback" not in info.value.message("en")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e400"])
def test_non_finite_coordinates_are_invalid(tmp_path, value):
    raw = json.loads(dumps_map(edited_map()))
    text = json.dumps(raw).replace('"x": 110.0', f'"x": {value}', 1)
    assert value in text
    path = tmp_path / "nan.json"
    path.write_text(text)
    with pytest.raises(InvalidMapError) as info:
        load_map(path)
    assert "family.1.x" in info.value.message("en")


def test_a_directory_is_not_a_map(tmp_path):
    folder = tmp_path / "mappe.json"
    folder.mkdir()
    with pytest.raises(MapFileError) as info:
        load_map(folder)
    assert type(info.value) is MapFileError
    assert_clear(info.value, folder, ["folder"], ["mappe"])


def test_a_missing_file(tmp_path):
    path = tmp_path / "væk.json"
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert type(info.value) is MapFileError
    assert_clear(info.value, path, ["does not exist"], ["findes ikke"])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "låst.json"
    save_map(new_map(), path)
    path.chmod(0)
    try:
        with pytest.raises(MapFileError) as info:
            load_map(path)
    finally:
        path.chmod(0o600)
    assert_clear(info.value, path, ["cannot be read"], ["kan ikke læses"])


def test_an_unreadable_file_simulated(tmp_path, monkeypatch):
    # The same case for a test run as root: opening the file is refused by the system.
    path = tmp_path / "låst.json"
    save_map(new_map(), path)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    from skymap.storage import reading

    monkeypatch.setattr(reading.os, "open", refuse)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert_clear(info.value, path, ["cannot be read"], ["kan ikke læses"])


def test_invalid_map_error_carries_its_detail():
    err = InvalidMapError("kort.json", "duplicate_id", id="a-1")
    assert err.message("en") == 'The map kort.json is invalid: the id "a-1" is used more than once'
    assert err.message("da") == 'Kortet kort.json er ugyldigt: id\'et "a-1" bruges mere end én gang'


@pytest.mark.parametrize("text", [
    "{}",
    '{"meta": {"title": "x"}}',
    '{"version": 2}',
    '{"format": "skymap"}',
    '{"format": "skymap", "version": 2.0}',
    '{"format": "skymap", "version": 2e0}',
])
def test_a_file_must_say_its_format_and_version_itself(text):
    """The model has defaults for both; a file that leaves them out (or writes 2.0) is not
    a Skymap map of this version (pydantic's own JSON reading must not fill them in)."""
    with pytest.raises(MapFileError):
        parse_map(text)

