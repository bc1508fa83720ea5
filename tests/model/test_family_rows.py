"""The family's rows and oval leave room for the family view's large names (model/layout.py),
without Qt. A trial of the family view at 100 % (the view read across the kitchen table) saw
a child's symbol and badge on the second line of a parent's name ("Nørgaard"), and the
children's names of the second row hanging out below the oval: the rows stood 115 apart and
the oval was a box of margins around the members' points, whose corners an ellipse does not
reach. These sizes are the family view's as drawn (measured with Qt, DejaVu Sans):"""

from __future__ import annotations

import math

import pytest

from skymap.model import keep_compact
from skymap.model.layout import LEGACY_FAMILY_ROW_H, family_oval, family_positions

NAME_TOP = 24.0
"""A member's name begins below the symbol (radius 22) and its halo."""
NAME_H = 72.5
"""Two lines of the family view's 22 pt name with their halo ("Freja" / "Nørgaard")."""
NAME_W = 127.0
"""The halo of "Nørgaard" at 22 pt (condensed bold)."""
SYMBOL_REACH = 29.0
"""A member's symbol with a badge on its rim (an open agreement's count): up and sideways."""


def name_box(x: float, y: float) -> tuple[float, float, float, float]:
    return (x - NAME_W / 2, y + NAME_TOP, x + NAME_W / 2, y + NAME_TOP + NAME_H)


def symbol_box(x: float, y: float) -> tuple[float, float, float, float]:
    return (x - SYMBOL_REACH, y - SYMBOL_REACH, x + SYMBOL_REACH, y + SYMBOL_REACH)


def meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def in_ellipse(oval, x: float, y: float) -> bool:
    left, top, w, h = oval
    return ((x - left - w / 2) / (w / 2)) ** 2 + ((y - top - h / 2) / (h / 2)) ** 2 <= 1.0 + 1e-9


@pytest.mark.parametrize("count", range(1, 9))
def test_no_members_symbol_on_anothers_name(count):
    at = family_positions(count)
    for i, p in enumerate(at):
        for j, q in enumerate(at):
            if i != j:
                # (before: the second row's symbols and badges on the first row's second lines)
                assert not meet(symbol_box(*p), name_box(*q)), (count, p, q)


@pytest.mark.parametrize("count", range(1, 9))
def test_every_members_name_lies_inside_the_oval(count):
    at = family_positions(count)
    oval = family_oval(at)
    for x, y in at:
        left, top, right, bottom = name_box(x, y)
        for corner in ((left, top), (right, top), (left, bottom), (right, bottom)):
            assert in_ellipse(oval, *corner), (count, (x, y), corner, oval)  # (before: 16 units out below)
        assert in_ellipse(oval, x, y - SYMBOL_REACH)
    # the title's room above the top row: 36 for the family view's title, a gap, the badges
    assert min(y for _x, y in at) - oval[1] >= 36 + 2 + SYMBOL_REACH


@pytest.mark.parametrize("count", [2, 5, 8])
def test_a_map_saved_with_the_old_rows_gets_an_oval_round_its_names_too(count):
    """Nothing in a saved map moves when it is opened: the oval is drawn round its members'
    names where they stand (the example's children stood at 57.5, their names to 154)."""
    at = family_positions(count, LEGACY_FAMILY_ROW_H)
    oval = family_oval(at)
    for x, y in at:
        left, _top, right, bottom = name_box(x, y)
        assert in_ellipse(oval, left, bottom) and in_ellipse(oval, right, bottom)


def test_the_oval_grows_no_more_than_the_names_need():
    """The oval is centred on the members, and no larger than the smallest ellipse round the
    box of everything in it (title, symbols, names): that one has the box's area times pi/2."""
    for count in range(1, 9):
        at = family_positions(count)
        left, top, w, h = family_oval(at)
        xs = [x for x, _y in at]
        assert math.isclose(left + w / 2, (min(xs) + max(xs)) / 2, abs_tol=0.1)  # (one: -95..165 before)
        box_w = max(xs) - min(xs) + 2 * 95
        box_h = max(y for _x, y in at) + NAME_TOP + NAME_H - top
        assert math.pi / 4 * w * h <= math.pi / 2 * box_w * box_h, count


def test_a_family_in_the_old_rows_still_stands_in_skymaps_rows():
    """A map saved before keeps its family arranged by Skymap (re-laid in today's rows when
    a member is added), not "placed by hand"."""
    assert keep_compact._family_in_rows(family_positions(5, LEGACY_FAMILY_ROW_H))
    assert keep_compact._family_in_rows(family_positions(5))
    assert not keep_compact._family_in_rows([(-165.0, -57.5), (10.0, 40.0)])


def test_the_oval_counts_each_name_as_the_family_view_draws_it():
    """A short name takes one line and needs less room than two lines: a family of "Barn 0"
    to "Barn 3" keeps an oval about as small as before, a family of long names gets room
    for two lines (measured at 22 pt: "Barn 0" 82 wide, "Nørgaard" 119, a line 34.7 high)."""
    from skymap.model.layout import member_text_size  # noqa: PLC0415

    short_w, short_h = member_text_size("Barn 0")
    assert short_w >= 82 + 8 and short_h < 2 * 34.7
    long_w, long_h = member_text_size("Freja Nørgaard")
    assert long_w >= NAME_W and long_h >= NAME_H
    at = family_positions(4)
    short = family_oval(at, [f"Barn {i}" for i in range(4)])
    long = family_oval(at, ["Sofie Nørgaard", "Thomas Nørgaard", "Emil Nørgaard", "Freja Nørgaard"])
    assert short[3] < long[3] and short[2] <= long[2]
    for x, y in at:  # every long name inside its oval
        left, _top, right, bottom = name_box(x, y)
        assert in_ellipse(long, left, bottom) and in_ellipse(long, right, bottom)
