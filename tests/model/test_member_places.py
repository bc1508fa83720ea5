"""A new family member's place (model/keep_compact.place_member_at, settle): never on
another member's symbol or name, nor on a person of a cloud; a family in Skymap's rows
takes a member added inside its oval into the rows."""

from __future__ import annotations

import itertools

from skymap.model import keep_compact
from skymap.model.objects import FamilyMember
from skymap.model.placement import MEMBER_BOX
from skymap.model.template import new_map

W = 136.0


def _apart(points):
    for (ax, ay), (bx, by) in itertools.combinations(points, 2):
        assert abs(ax - bx) >= W or abs(ay - by) >= MEMBER_BOX[1] - 0.1, ((ax, ay), (bx, by))


def _with(family):
    return new_map("standard", "Holm", "da").model_copy(update={"family": family})


def test_a_member_added_on_another_moves_to_the_nearest_free_place():
    hand = [FamilyMember(id="f1", name="Karen", x=-120.0, y=-10.0), FamilyMember(id="f2", name="Emil", x=75.0, y=40.0)]
    m = _with(hand)
    edits, (x, y) = keep_compact.place_member_at(m, (80.0, 10.0))  # just above Emil's symbol
    assert edits is None  # a family arranged by hand stays where it is
    _apart([(f.x, f.y) for f in hand] + [(x, y)])
    assert abs(x - 80.0) + abs(y - 10.0) < 300  # near where it was asked for


def test_a_free_point_is_kept():
    m = _with([FamilyMember(id="f1", name="Karen", x=-120.0, y=-10.0)])
    assert keep_compact.place_member_at(m, (100.0, -10.0)) == (None, (100.0, -10.0))


def test_inside_the_oval_of_a_family_in_rows_the_member_joins_the_rows():
    m = _with([FamilyMember(id="f1", name="Karen", x=-82.5, y=0.0), FamilyMember(id="f2", name="Emil", x=82.5, y=0.0)])
    edits, at = keep_compact.place_member_at(m, (80.0, 30.0))
    assert edits is not None
    moved = {i: (f["x"], f["y"]) for c, i, f in edits if c == "family"}
    _apart([moved.get(f.id, (f.x, f.y)) for f in m.family] + [at])


def test_members_settled_beside_a_hand_arranged_family_never_stand_on_one():
    # Emil stands where the old rule put the next member: one family spacing right of the last
    hand = [FamilyMember(id="f1", name="Karen", x=0.0, y=0.0), FamilyMember(id="f2", name="Emil", x=165.0, y=-60.0)]
    m = _with(hand)
    edits, at = keep_compact.place_member(m)
    _apart([(f.x, f.y) for f in hand] + [at])
