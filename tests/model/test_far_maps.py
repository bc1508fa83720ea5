"""A map spread far (a person a million units from the family) is drawn in reasonable time:
the grids that find who is near a tie look at the occupied cells for a long tie instead of
walking tens of thousands of empty ones; what they find is the same."""

from __future__ import annotations

from skymap.model.geometry import CircleGrid, route
from skymap.model.routes import _SegmentGrid


def test_a_long_tie_still_sees_the_person_in_its_way():
    grid = CircleGrid({"near": (0.0, 500_000.0, 16.0), "aside": (5_000.0, 10.0, 16.0), "end": (0.0, 1e6, 16.0)})
    found = grid.along((0.0, 0.0), (0.0, 1e6))
    assert "near" in found and "end" in found and "aside" not in found
    path = route((0.0, 0.0), (0.0, 1e6 - 20), grid, frozenset({"end"}))
    assert len(path) > 2  # it bends around the person half-way


def test_a_long_tie_on_top_of_another_is_found():
    segments = _SegmentGrid()
    segments.add("a", [(0.0, 0.0), (0.0, 1e6)])
    assert segments.lying_on((2.0, 100.0), (2.0, 900_000.0)) is not None
    assert segments.lying_on((2.0, 100.0), (2.0, 300.0)) is not None  # a short one along a long one
    segments.add("b", [(50.0, 0.0), (50.0, 300.0)])
    assert segments.lying_on((52.0, 10.0), (52.0, 1e6)) == ((50.0, 0.0), (50.0, 300.0))
    assert segments.lying_on((500.0, 0.0), (500.0, 1e6)) is None
