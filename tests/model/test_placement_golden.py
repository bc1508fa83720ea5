"""Placement while adding and moving people gives exactly what it gave before it was made
faster: the same edits, places and floats, for seeded scenarios on maps of 12 to 300 people
with clouds kept in rows, clouds arranged by hand, drawn clouds, people in no cloud, family
members added with no place and at a point, pastes, moves to another cloud and Tidy Up
(tests/model/placement_golden.py; the golden file was written by the code before)."""

from __future__ import annotations

import json

import pytest

from tests.model import placement_golden

GOLDEN = json.loads(placement_golden.GOLDEN.read_text(encoding="utf-8"))
SCENARIOS = {name: (m, seed, steps) for name, m, seed, steps in placement_golden.scenarios()}


def test_the_golden_file_holds_every_scenario():
    assert sorted(GOLDEN) == sorted(SCENARIOS)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_placement_gives_what_it_gave_before(name):
    m, seed, steps = SCENARIOS[name]
    got = placement_golden.play(placement_golden.Run(m, seed), steps)
    want = GOLDEN[name]
    for i, (step, value) in enumerate(want):
        assert i < len(got), f"{name}: only {len(got)} steps, expected {len(want)}"
        assert got[i][0] == step, f"{name}: step {i}"
        assert got[i][1] == value, f"{name}: step {i} ({step})"
    assert len(got) == len(want)


def test_the_standard_polygon_of_placement_is_the_clouds_own():
    """compact.standard_polygon (placement's quick copy) gives exactly the points of
    geometry.cloud_polygon for a standard cloud, whatever its size."""
    from skymap.model.compact import standard_polygon  # noqa: PLC0415
    from skymap.model.geometry import cloud_polygon  # noqa: PLC0415

    for width in (60.0, 176.0, 200.0, 312.0, 340.0, 448.0, 584.7, 1000.0, 4000.0):
        for height in (40.0, 100.0, 190.0, 230.0, 330.0, 580.5, 2000.0):
            assert standard_polygon(width, height) == cloud_polygon(width, height, None)
