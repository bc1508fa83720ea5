"""A cloud drawn by hand: stroke -> loop -> outline, its shape, and people placed inside it."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from skymap.model.freehand import (
    MAX_POINTS,
    MIN_POINTS,
    close_loop,
    cloud_from_stroke,
    loop_problem,
    polygon_area,
    resample_closed,
    simplify,
)
from skymap.model.geometry import cloud_path, cloud_polygon, label_spot, path_bounds, point_in_polygon
from skymap.model.objects import MAX_OUTLINE_POINTS, Actor, Domain
from skymap.model.placement import place_in_domain, tidy


def ellipse_stroke(cx=100.0, cy=-50.0, rx=260.0, ry=150.0, n=240, turns=1.0, wobble=0.0) -> list[tuple[float, float]]:
    """A hand-drawn-ish loop: an ellipse with a little tremor, as a pointer would report it."""
    return [
        (cx + rx * math.cos(2 * math.pi * turns * i / n) + wobble * math.sin(i * 1.7),
         cy + ry * math.sin(2 * math.pi * turns * i / n) + wobble * math.cos(i * 2.3))
        for i in range(n + 1)
    ]


def test_simplify_keeps_corners_and_drops_points_on_a_line():
    line = [(float(i), 0.0) for i in range(50)] + [(49.0, float(i)) for i in range(1, 50)]
    out = simplify(line, 0.5)
    assert out == [(0.0, 0.0), (49.0, 0.0), (49.0, 49.0)]


def test_simplify_removes_the_tremor_of_a_hand():
    stroke = ellipse_stroke(wobble=1.5, n=600)
    out = simplify(stroke, 5.0)
    assert 8 < len(out) < 60


def test_resample_gives_evenly_spaced_points():
    square = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
    out = resample_closed(square, 8)
    assert len(out) == 8
    gaps = [math.dist(p, q) for p, q in zip(out, out[1:] + out[:1])]
    assert max(gaps) - min(gaps) < 1e-6


def test_a_loop_that_runs_past_its_start_is_cut_where_it_came_back():
    stroke = ellipse_stroke(turns=1.15, n=276)
    loop = close_loop(stroke)
    assert math.dist(loop[-1], stroke[0]) < 10
    assert len(loop) < len(stroke)


@pytest.mark.parametrize(
    "stroke, problem",
    [
        ([(0.0, 0.0), (3.0, 3.0)], "too_short"),
        ([(i * 5.0, 0.0) for i in range(100)], "not_closed"),  # a straight line
        (ellipse_stroke(turns=0.5), "not_closed"),  # half a loop: a C
        ([(i * 5.0, math.sin(i) * 2) for i in range(60)] + [(300 - i * 5.0, 3.0) for i in range(60)], "too_thin"),
    ],
)
def test_what_is_not_a_loop(stroke, problem):
    assert loop_problem(stroke) == problem
    assert cloud_from_stroke(stroke) is None


def test_a_loop_with_a_small_gap_still_counts():
    stroke = ellipse_stroke(turns=0.93)
    assert loop_problem(stroke) is None


def test_a_drawn_loop_becomes_a_cloud_with_its_box_and_a_bounded_outline():
    stroke = ellipse_stroke(wobble=2.0, n=900)
    cloud = cloud_from_stroke(stroke)
    assert cloud is not None
    assert cloud.x == pytest.approx(100, abs=4) and cloud.y == pytest.approx(-50, abs=4)
    assert cloud.width == pytest.approx(520, abs=8) and cloud.height == pytest.approx(300, abs=8)
    assert MIN_POINTS <= len(cloud.outline) <= MAX_POINTS <= MAX_OUTLINE_POINTS
    xs, ys = [p[0] for p in cloud.outline], [p[1] for p in cloud.outline]
    assert min(xs) == pytest.approx(-0.5, abs=1e-3) and max(xs) == pytest.approx(0.5, abs=1e-3)
    assert min(ys) == pytest.approx(-0.5, abs=1e-3) and max(ys) == pytest.approx(0.5, abs=1e-3)
    # The outline is the model's: it validates as a domain.
    Domain(id="d-1", label="Fodbold", x=cloud.x, y=cloud.y, width=cloud.width, height=cloud.height,
           outline=cloud.outline)


def test_a_small_loop_makes_a_cloud_big_enough_for_a_label_and_a_person():
    cloud = cloud_from_stroke(ellipse_stroke(rx=40, ry=30))
    assert cloud is not None and cloud.width >= 220 and cloud.height >= 160


def test_the_outline_is_checked():
    with pytest.raises(ValidationError):
        Domain(id="d", label="x", outline=((0.0, 0.0), (0.6, 0.0), (0.0, 0.5)))  # out of the box
    with pytest.raises(ValidationError):
        Domain(id="d", label="x", outline=((0.0, 0.0), (0.5, 0.0)))  # too few
    with pytest.raises(ValidationError):
        Domain(id="d", label="x", outline=tuple((0.0, 0.0) for _ in range(MAX_OUTLINE_POINTS + 1)))


def kidney() -> Domain:
    """A bean-shaped drawn cloud: one side dented in."""
    pts = []
    for i in range(40):
        t = 2 * math.pi * i / 40
        r = 1 - 0.55 * max(0.0, math.sin(t)) ** 8  # the bottom middle is dented in
        pts.append((300 * r * math.cos(t), 180 * r * math.sin(t)))
    cloud = cloud_from_stroke(pts + pts[:1])
    assert cloud is not None
    return Domain(id="d-k", label="Fodboldklubben", x=cloud.x, y=cloud.y, width=cloud.width, height=cloud.height,
                  outline=cloud.outline)


def test_the_shape_of_a_drawn_cloud_follows_it_and_fills_its_box():
    d = kidney()
    path = cloud_path(d.x, d.y, d.width, d.height, outline=d.outline)
    assert path[0][0] == "M" and path[-1] == ("Z",) and all(s[0] == "C" for s in path[1:-1])
    x0, y0, x1, y1 = path_bounds(path)
    # The bumps' control points may stand out a little; the curve fills the box.
    assert x0 == pytest.approx(d.x - d.width / 2, abs=12) and x1 == pytest.approx(d.x + d.width / 2, abs=12)
    assert y0 == pytest.approx(d.y - d.height / 2, abs=12) and y1 == pytest.approx(d.y + d.height / 2, abs=12)
    polygon = cloud_polygon(d.width, d.height, d.outline)
    assert point_in_polygon(0, -60, polygon)  # in the middle, above the dent
    bottom = max(p[1] for p in polygon)
    assert not point_in_polygon(0, bottom - 20, polygon)  # the dent is outside


def test_resizing_stretches_the_shape():
    d = kidney()
    wide = cloud_path(0, 0, d.width * 2, d.height, outline=d.outline)
    x0, _, x1, _ = path_bounds(wide)
    assert x1 - x0 == pytest.approx(d.width * 2, abs=24)


def test_the_standard_cloud_is_unchanged_without_an_outline():
    assert cloud_path(0, 0, 340, 230) == cloud_path(0, 0, 340, 230, outline=None)
    assert label_spot(340, 230, None, 100, 20) == (0.0, -230 / 2 + 14)


def test_the_label_of_a_drawn_cloud_sits_inside_it():
    d = kidney()
    polygon = cloud_polygon(d.width, d.height, d.outline)
    x, top = label_spot(d.width, d.height, d.outline, 160, 24)
    for px, py in ((x - 80, top), (x + 80, top), (x - 80, top + 24), (x + 80, top + 24)):
        assert point_in_polygon(px, py, polygon)


def test_people_placed_in_a_drawn_cloud_stay_inside_its_shape():
    d = kidney()
    occupied: list[tuple[float, float]] = []
    for _ in range(6):
        d, at = place_in_domain(d, occupied)
        occupied.append(at)
    polygon = cloud_polygon(d.width, d.height, d.outline)
    for x, y in occupied:
        assert point_in_polygon(x - d.x, y - d.y, polygon)
    assert len(set(occupied)) == 6


def test_tidy_in_a_drawn_cloud_keeps_everyone_inside():
    d = kidney()
    actors = [Actor(id=f"a{i}", name=f"P{i}", domain=d.id, x=d.x + i * 7, y=d.y) for i in range(5)]
    (w, h), at = tidy(d, actors)
    grown = d.model_copy(update={"width": w, "height": h})
    polygon = cloud_polygon(grown.width, grown.height, grown.outline)
    assert set(at) == {a.id for a in actors}
    for x, y in at.values():
        assert point_in_polygon(x - grown.x, y - grown.y, polygon)


def test_polygon_area():
    assert polygon_area([(0, 0), (10, 0), (10, 5), (0, 5)]) == 50


def test_loose_people_inside_a_drawn_cloud_are_found():
    from skymap.model.objects import SkyMap
    from skymap.model.placement import loose_people_inside

    d = kidney()
    m = SkyMap(domains=[d], actors=[
        Actor(id="a-in", name="Inde", x=d.x, y=d.y - 40),
        Actor(id="a-dent", name="I hakket", x=d.x, y=d.y + d.height / 2 - 10),  # in the dent: outside the shape
        Actor(id="a-far", name="Langt væk", x=d.x + 2000, y=d.y),
        Actor(id="a-other", name="Andet sted", domain=d.id, x=d.x + 10, y=d.y - 40),  # already in a cloud
    ])
    assert loose_people_inside(m, d) == ["a-in"]
