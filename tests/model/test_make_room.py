"""A cloud that grows pushes its neighbours only as far as needed (model/make_room.py),
without Qt: a family watching its map being drawn keeps its bearings - no cloud takes its
neighbour's place round the family, clouds not in the way stay where they are."""

from __future__ import annotations

import math

import pytest

from skymap.model import keep_compact
from skymap.model.compact import GAP
from skymap.model.document import MapDocument
from skymap.model.layout import members_oval
from skymap.model.make_room import READABLE, make_room, sides_of, zoom
from skymap.model.template import new_map

# A kitchen-table build from a new map (the new-user trial): the family first, then twenty
# people one at a time, the school's four first.
BUILD = [("d-school", 4), ("d-children_family", 2), ("d-health_care", 2), ("d-gp", 1), ("d-school", 2),
         ("d-hospital_psychiatry", 2), ("d-jobcentre", 2), ("d-police_ssp", 1), ("d-private_network", 2),
         ("d-adult_social_psychiatry", 2)]


def apply(doc: MapDocument, edits) -> None:
    for collection, obj_id, fields in edits:
        doc.update(collection, obj_id, **fields)


def add_member(doc: MapDocument, name: str) -> None:
    """As Edit > Add Family Member does (ui/editor.py add_member)."""
    edits, (x, y) = keep_compact.place_member(doc.map)
    doc.add_member(name, x=x, y=y)
    apply(doc, edits)


def add_person(doc: MapDocument, domain_id: str) -> None:
    """As the palette and a double-click in a cloud do (ui/editor.py add_actor_in)."""
    edits, [(x, y)] = keep_compact.place_in_cloud(doc.map, domain_id)
    apply(doc, edits)
    doc.add_actor(f"Person {len(doc.map.actors) + 1}", domain=domain_id, x=x, y=y)


def clouds(doc: MapDocument) -> dict[str, tuple[float, float, float, float]]:
    return {d.id: (d.x, d.y, d.width, d.height) for d in doc.map.domains}


def ring(doc: MapDocument) -> list[str]:
    """The clouds clockwise round the family from the top, starting at the school."""
    fl, ft, fw, fh = members_oval(doc.map.family)
    fx, fy = fl + fw / 2, ft + fh / 2
    order = [d.id for d in sorted(doc.map.domains, key=lambda d: math.atan2(d.x - fx, -(d.y - fy)) % (2 * math.pi))]
    start = order.index("d-school")
    return order[start:] + order[:start]


def family_box(doc: MapDocument) -> tuple[float, float, float, float]:
    fl, ft, fw, fh = members_oval(doc.map.family)
    return fl + fw / 2, ft + fh / 2, fw, fh


def side(doc: MapDocument) -> dict[str, str]:
    """Which side of the family each cloud stands on: above, right, below or left."""
    fx, fy, fw, fh = family_box(doc)
    out = {}
    for d in doc.map.domains:
        if d.y + d.height / 2 <= fy - fh / 2:
            out[d.id] = "above"
        elif d.y - d.height / 2 >= fy + fh / 2:
            out[d.id] = "below"
        else:
            out[d.id] = "right" if d.x > fx else "left"
    return out


def overlapping(doc: MapDocument) -> list[tuple[str, str]]:
    boxes = {**clouds(doc), "family": family_box(doc)}
    ids = list(boxes)
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
            if abs(boxes[a][0] - boxes[b][0]) < (boxes[a][2] + boxes[b][2]) / 2 + GAP - 4
            and abs(boxes[a][1] - boxes[b][1]) < (boxes[a][3] + boxes[b][3]) / 2 + GAP - 4]


def a_family_of_three() -> MapDocument:
    doc = MapDocument(new_map("standard", family_name="Nørgaard", lang="da"))
    for name in ("Sofie", "Thomas", "Emil"):
        add_member(doc, name)
    return doc


def test_the_fourth_person_at_school_moves_no_cloud_round_the_family():
    """The trial: the fourth person added to Skole og dagtilbud made Børn og familie, Sundhed
    og omsorg and Egen læge each move one place clockwise. Now the school's neighbours in its
    row step aside by no more than the school grew, and the clouds not in its way stay put."""
    doc = MapDocument(new_map("standard", family_name="Nørgaard", lang="da"))
    add_member(doc, "Sofie")  # (the mother first; the rest of the family later)
    for _ in range(3):
        add_person(doc, "d-school")
    before, sides, order = clouds(doc), side(doc), ring(doc)
    add_person(doc, "d-school")
    after = clouds(doc)
    grew = max(after["d-school"][2] - before["d-school"][2], after["d-school"][3] - before["d-school"][3])
    assert grew > 0  # (the school had no room for a fourth)
    assert side(doc) == sides and ring(doc) == order
    for i in after:
        if i != "d-school":
            assert math.dist(before[i][:2], after[i][:2]) <= grew / 2 + 0.1, i
    school = after["d-school"]
    in_its_way = {i for i, b in after.items() if sides[i] == sides["d-school"] and i != "d-school"}
    for i in set(after) - in_its_way - {"d-school"}:
        assert after[i] == before[i], i  # (Sundhed og omsorg, Egen læge, ... : not in the way)
    assert overlapping(doc) == [] and school[2:] != before["d-school"][2:]


def test_a_twenty_person_build_keeps_every_cloud_on_its_side_and_moves_little():
    doc = a_family_of_three()
    sides, order = side(doc), ring(doc)
    worst = total = 0.0
    for domain_id, count in BUILD:
        for _ in range(count):
            before = clouds(doc)
            add_person(doc, domain_id)
            after = clouds(doc)
            moves = [math.dist(before[i][:2], after[i][:2]) for i in after if i != domain_id]
            worst, total = max(worst, *moves), total + sum(moves)
            grew = max(after[domain_id][2] - before[domain_id][2], after[domain_id][3] - before[domain_id][3], 0.0)
            assert max(moves) <= grew + 0.1, domain_id  # (no cloud moves farther than the one that grew grew)
            assert side(doc) == sides and ring(doc) == order, domain_id
            assert overlapping(doc) == [], domain_id
    print(f"\n20 people added: the other clouds moved {total:.0f} in all, at most {worst:.0f} at one addition")
    assert len(doc.map.actors) == 20
    assert zoom(clouds(doc), family_box(doc)) >= READABLE  # (still read from across the table)


def test_a_cloud_that_grows_in_the_middle_of_a_row_pushes_both_neighbours_half_each():
    family = (0.0, 0.0, 400.0, 200.0)
    before = {"a": (-400.0, -250.0, 300.0, 200.0), "b": (-74.0, -250.0, 300.0, 200.0),
              "c": (252.0, -250.0, 300.0, 200.0), "r": (436.0, 0.0, 420.0, 200.0)}
    sides = sides_of(before, family)
    assert sides == (["a", "b", "c"], ["r"], [], [])
    grown = {**before, "b": (-74.0, -250.0, 400.0, 200.0)}  # 100 wider: 50 into each neighbour
    placed = make_room(grown, sides, family)
    assert placed["a"] == (-450.0, -250.0, 300.0, 200.0)
    assert placed["c"] == (302.0, -250.0, 300.0, 200.0)
    assert placed["b"] == grown["b"] and placed["r"] == before["r"]


def test_nothing_moves_where_a_cloud_grows_into_room_it_has():
    family = (0.0, 0.0, 400.0, 200.0)
    before = {"a": (-500.0, -250.0, 300.0, 200.0), "b": (0.0, -250.0, 300.0, 200.0),
              "below": (0.0, 250.0, 300.0, 200.0)}
    grown = {**before, "b": (0.0, -300.0, 380.0, 300.0)}  # wider and taller, still GAP from a
    assert make_room(grown, sides_of(before, family), family) == grown


def test_a_row_over_a_column_that_grew_taller_moves_out_only_as_far_as_needed():
    family = (0.0, 0.0, 400.0, 200.0)
    before = {"top": (400.0, -226.0, 300.0, 200.0), "mid": (0.0, -226.0, 300.0, 200.0),
              "right": (376.0, 0.0, 300.0, 200.0)}  # (each GAP from the family or the column)
    sides = sides_of(before, family)
    assert sides == (["mid", "top"], ["right"], [], [])
    grown = {**before, "right": (376.0, 0.0, 300.0, 300.0)}  # 50 taller at each end
    placed = make_room(grown, sides, family)
    assert placed["top"] == (400.0, -276.0, 300.0, 200.0)  # 50 up: GAP above the column again
    assert placed["mid"] == before["mid"]  # (over the family: not in the column's way)


@pytest.mark.parametrize("seed", range(3))
def test_people_added_in_any_order_never_overlap_and_no_cloud_changes_side(seed):
    import random  # noqa: PLC0415

    steps = [d for d, count in BUILD for _ in range(count)]
    random.Random(seed).shuffle(steps)
    doc = a_family_of_three()
    order, sides = ring(doc), side(doc)
    for domain_id in steps:
        add_person(doc, domain_id)
        assert overlapping(doc) == [], domain_id
        assert ring(doc) == order and side(doc) == sides, domain_id


def test_a_new_map_too_small_to_read_is_still_arranged_compact():
    """The standard template's ring is wide: the first family member brings the clouds in
    close round the family (arranged anew), as before."""
    doc = MapDocument(new_map("standard", lang="da"))
    assert zoom(clouds(doc), (0.0, 0.0, 280.0, 170.0)) < READABLE
    add_member(doc, "Sofie")
    assert zoom(clouds(doc), family_box(doc)) >= READABLE
    assert overlapping(doc) == []
