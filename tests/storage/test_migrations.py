"""File-format migrations: raw dicts, one version step at a time, newer versions refused."""

from __future__ import annotations

import pytest

from skymap.model import migrations
from skymap.model.errors import NotSkymapError, UnsupportedVersionError
from skymap.model.migrations import file_version, migrate
from skymap.model.objects import CURRENT_VERSION


@pytest.fixture
def steps(monkeypatch):
    """Fake migrations 1 -> 2 -> 3 that record what they were given."""
    calls: list[tuple[int, dict]] = []

    def one_to_two(raw: dict) -> dict:
        calls.append((1, dict(raw)))
        raw["people"] = raw.pop("persons")  # a rename, as a real format change would do
        return raw

    def two_to_three(raw: dict) -> dict:
        calls.append((2, dict(raw)))
        raw["people"] = [{**p, "active": True} for p in raw["people"]]
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 1, one_to_two)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, two_to_three)
    return calls


def v1() -> dict:
    return {"format": "skymap", "version": 1, "persons": [{"name": "Åse"}]}


def test_steps_run_in_order_one_version_at_a_time(steps):
    out = migrate(v1(), current=3)
    assert [n for n, _ in steps] == [1, 2]
    # Each step saw the dict of its own version, already changed by the step before.
    assert steps[0][1]["version"] == 1 and "persons" in steps[0][1]
    assert steps[1][1]["version"] == 2 and "people" in steps[1][1] and "persons" not in steps[1][1]
    assert out == {"format": "skymap", "version": 3, "people": [{"name": "Åse", "active": True}]}


def test_migration_starts_at_the_files_version(steps):
    raw = {"format": "skymap", "version": 2, "people": [{"name": "Bo"}]}
    out = migrate(raw, current=3)
    assert [n for n, _ in steps] == [2]
    assert out["version"] == 3 and out["people"] == [{"name": "Bo", "active": True}]


def test_the_callers_dict_keeps_its_version(steps):
    raw = v1()
    migrate(raw, current=3)
    assert raw["version"] == 1


def test_a_current_file_is_not_touched(steps):
    raw = {"format": "skymap", "version": 3, "people": []}
    assert migrate(raw, current=3) == raw
    assert steps == []


def test_a_newer_version_is_refused(steps):
    with pytest.raises(UnsupportedVersionError) as info:
        migrate({"format": "skymap", "version": 4}, path="kort.json", current=3)
    assert info.value.key == "newer_version"
    assert "Update Skymap" in info.value.message("en")
    assert "nyere" in info.value.message("da")
    assert steps == []


def test_a_missing_step_is_an_unsupported_version(monkeypatch):
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda raw: raw)
    monkeypatch.delitem(migrations.MIGRATIONS, 2, raising=False)
    with pytest.raises(UnsupportedVersionError) as info:
        migrate(v1(), path="kort.json", current=3)
    assert "kort.json" in info.value.message("en")
    assert "2" in info.value.message("en")


def test_the_real_current_version_needs_no_migration():
    raw = {"format": "skymap", "version": CURRENT_VERSION}
    assert migrate(raw) == raw
    with pytest.raises(UnsupportedVersionError):
        migrate({"format": "skymap", "version": CURRENT_VERSION + 1})


@pytest.mark.parametrize("version", ["1", 0, -1, 1.0, True, None, [1]])
def test_invalid_version_values(version):
    with pytest.raises(UnsupportedVersionError) as info:
        file_version({"format": "skymap", "version": version}, "kort.json")
    assert info.value.key == "bad_version"


@pytest.mark.parametrize("raw", [[], "skymap", {"version": 1}, {"format": "Skymap", "version": 1}, None])
def test_not_a_skymap_dict(raw):
    with pytest.raises(NotSkymapError):
        migrate(raw)
