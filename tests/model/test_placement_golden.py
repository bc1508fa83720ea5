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


@pytest.mark.parametrize("seed", range(4))
def test_the_bounded_search_arranges_exactly_as_scoring_every_way(seed):
    """compact.arrange_scored (ways round the family searched best-first with bounds,
    model/ways_round.py) against the exhaustive search it replaced
    (tests/model/reference_arrange.py) on random clouds round random families: 1 to 12
    clouds, some of them drawn or fixed, counts from 0 to 60, the stays of adding (0.3),
    of Tidy Up (0.03), none (0) and one with which no bound holds (1.0)."""
    import math  # noqa: PLC0415
    import random  # noqa: PLC0415

    from skymap.model.compact import arrange_scored  # noqa: PLC0415
    from skymap.model.objects import Domain  # noqa: PLC0415
    from tests.model.reference_arrange import arrange_scored as reference  # noqa: PLC0415

    rnd = random.Random(seed)
    for _case in range(40):
        n = rnd.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 10, 11, 12])
        domains = []
        for i in range(n):
            a, r = rnd.uniform(0, 2 * math.pi), rnd.uniform(300, 1500)
            drawn = rnd.random() < 0.1
            domains.append(Domain(id=f"d{i}", label="L" * rnd.randint(1, 30), x=round(r * math.sin(a), 1),
                                  y=round(-r * math.cos(a), 1), width=rnd.choice([200.0, 312.0, 340.0, 448.0, 584.0]),
                                  height=rnd.choice([190.0, 230.0, 330.0, 580.0]),
                                  outline=((-0.5, -0.5), (0.5, -0.4), (0.4, 0.5)) if drawn else None))
        counts = {d.id: rnd.choice([0, 1, 2, 3, 5, 8, 13, 33, 60]) for d in domains}
        fixed = {d.id for d in domains if d.outline or rnd.random() < 0.05}
        family = (rnd.uniform(-400, -100), rnd.uniform(-200, -80), rnd.uniform(260, 900), rnd.uniform(170, 400))
        stay = rnd.choice([0.03, 0.3, 0.3, 0.0, 1.0])
        widths = {d.id: 9.0 * len(d.label) for d in domains} if rnd.random() < 0.8 else None
        assert arrange_scored(domains, counts, family, widths, fixed=fixed, stay=stay) == \
            reference(domains, counts, family, widths, fixed=fixed, stay=stay), (seed, _case)
