"""Planning edits (model/edits.py) without Qt: Tidy Up, a cloud that grows, a newcomer's
place, moving a person to a cloud, room for a new family member. Each plan is plain data
that changes nothing until it is applied (here as the undo commands apply it: model/steps)."""

from __future__ import annotations

import pytest

from skymap.model import edits, layout, steps
from skymap.model.document import MapDocument
from skymap.model.objects import Actor
from tests.helpers import example


def _doc() -> MapDocument:
    return MapDocument(example())


def _apply(doc: MapDocument, plan) -> None:
    steps.Update(doc, plan).do()


def _box(d):
    return d.x - d.width / 2, d.y - d.height / 2, d.x + d.width / 2, d.y + d.height / 2


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _clouds_apart(doc: MapDocument) -> None:
    boxes = [(d.id, _box(d)) for d in doc.map.domains]
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1:]:
            assert not _overlap(box_a, box_b), (a, b)
    left, top, w, h = layout.members_oval(doc.map.family)
    for d, box in boxes:
        assert not _overlap(box, (left, top, left + w, top + h)), d


def _people_inside_and_apart(doc: MapDocument, domain_id: str) -> None:
    d = doc.domain(domain_id)
    left, top, right, bottom = _box(d)
    people = doc.actors_in(domain_id)
    for a in people:
        assert left <= a.x <= right and top <= a.y <= bottom, (a.name, domain_id)
    assert not edits.crowded(people), domain_id


def _crowd(doc: MapDocument, domain_id: str) -> None:
    """Everybody of a cloud on one spot (as after people were typed in quickly)."""
    d = doc.domain(domain_id)
    _apply(doc, [("actors", a.id, {"x": d.x, "y": d.y}) for a in doc.actors_in(domain_id)])


def _busiest(doc: MapDocument) -> str:
    return max(doc.map.domains, key=lambda d: len(doc.actors_in(d.id))).id


@pytest.mark.parametrize("plan", [
    lambda doc: edits.tidy(doc),
    lambda doc: edits.tidy(doc, [_busiest(doc)]),
    lambda doc: edits.place_in_cloud(doc, _busiest(doc), 12),
    lambda doc: edits.move_to_cloud(doc, doc.map.actors[0].id, doc.map.domains[-1].id),
    lambda doc: edits.room_for_family(doc),
    lambda doc: edits.tidy_if_crowded(doc, _busiest(doc)),
    lambda doc: edits.new_tie(doc, doc.map.actors[0].id, doc.map.actors[-1].id),
])
def test_planning_changes_nothing(plan):
    doc = _doc()
    _crowd(doc, _busiest(doc))
    before = doc.map.model_dump()
    plan(doc)
    assert doc.map.model_dump() == before


def test_tidy_up_the_whole_map_puts_clouds_apart_and_everyone_in_rows_inside_their_cloud():
    doc = _doc()
    for d in doc.map.domains:
        _crowd(doc, d.id)
    plan = edits.tidy(doc)
    assert {c for c, _, _ in plan} == {"domains", "actors", "family"}
    _apply(doc, plan)
    _clouds_apart(doc)
    for d in doc.map.domains:
        _people_inside_and_apart(doc, d.id)


def test_tidy_up_one_cloud_moves_its_neighbours_with_their_people():
    doc = _doc()
    busy = _busiest(doc)
    _crowd(doc, busy)
    offsets = {a.id: (a.x - doc.domain(a.domain).x, a.y - doc.domain(a.domain).y)
               for a in doc.map.actors if a.domain not in (None, busy)}
    plan = edits.tidy(doc, [busy])
    assert all(c != "family" for c, _, _ in plan)  # the family stays where it is
    _apply(doc, plan)
    _people_inside_and_apart(doc, busy)
    _clouds_apart(doc)
    for actor_id, (dx, dy) in offsets.items():  # a neighbour's people move with it
        a = doc.actor(actor_id)
        d = doc.domain(a.domain)
        assert (round(a.x - d.x, 1), round(a.y - d.y, 1)) == (round(dx, 1), round(dy, 1))


def test_a_full_cloud_grows_for_newcomers_and_makes_room_around_it():
    doc = _doc()
    d = doc.domain(_busiest(doc))
    plan, spots = edits.place_in_cloud(doc, d.id, 12)
    assert len(spots) == 12
    _apply(doc, plan)
    grown = doc.domain(d.id)
    assert grown.width * grown.height > d.width * d.height
    for i, (x, y) in enumerate(spots):
        doc.add("actors", Actor(id=f"a-newcomer-{i}", name=f"New {i}", domain=d.id, x=x, y=y))
    _people_inside_and_apart(doc, d.id)
    _clouds_apart(doc)


def test_a_newcomer_in_a_cloud_with_room_changes_no_cloud():
    doc = _doc()
    d = doc.map.domains[0]
    _apply(doc, [("domains", d.id, {"width": 2000.0, "height": 2000.0, "x": 5000.0, "y": 5000.0})])
    plan, [(x, y)] = edits.place_in_cloud(doc, d.id)
    assert plan == []
    assert abs(x - 5000.0) <= 1000 and abs(y - 5000.0) <= 1000


def test_moving_a_person_to_a_cloud_puts_them_in_a_free_place_there():
    doc = _doc()
    mover = doc.map.actors[0]
    target = next(d for d in doc.map.domains if d.id != mover.domain)
    plan = edits.move_to_cloud(doc, mover.id, target.id)
    assert plan[-1][:2] == ("actors", mover.id) and plan[-1][2]["domain"] == target.id
    _apply(doc, plan)
    assert doc.actor(mover.id).domain == target.id
    _people_inside_and_apart(doc, target.id)
    assert edits.move_to_cloud(doc, mover.id, target.id) == []  # already there
    assert edits.move_to_cloud(doc, "nobody", target.id) == []


def test_moving_a_person_out_of_every_cloud_puts_them_on_the_open_canvas():
    doc = _doc()
    mover = next(a for a in doc.map.actors if a.domain is not None)
    [(collection, obj_id, fields)] = edits.move_to_cloud(doc, mover.id, None)
    assert (collection, obj_id, fields["domain"]) == ("actors", mover.id, None)
    for d in doc.map.domains:
        left, top, right, bottom = _box(d)
        assert not (left <= fields["x"] <= right and top <= fields["y"] <= bottom), d.label


def test_a_new_family_member_gets_a_place_and_the_clouds_make_room():
    doc = _doc()
    for i in range(6):
        room, (x, y) = edits.place_member(doc)
        doc.add_member(f"Child {i}", x=x, y=y)
        _apply(doc, room)
        _clouds_apart(doc)
    # a family member placed by hand: the clouds the family's oval reaches move out of its way
    doc.add_member("Placed by hand", x=doc.map.family[0].x, y=doc.map.family[0].y + 400)
    _apply(doc, edits.room_for_family(doc))
    _clouds_apart(doc)


def test_a_cloud_is_tidied_after_a_form_only_when_people_stand_on_each_other():
    doc = _doc()
    busy = _busiest(doc)
    assert edits.tidy_if_crowded(doc, busy) == []
    assert edits.tidy_if_crowded(doc, None) == []
    _crowd(doc, busy)
    plan = edits.tidy_if_crowded(doc, busy)
    _apply(doc, plan)
    _people_inside_and_apart(doc, busy)


def test_an_edit_that_changes_nothing_is_no_change():
    doc = _doc()
    a = doc.map.actors[0]
    assert edits.changes(doc, "actors", a.id, {"name": a.name, "x": a.x}) == {}
    assert edits.changes(doc, "actors", a.id, {"name": "Ny", "x": a.x}) == {"name": "Ny"}
    assert edits.changes(doc, "actors", "nobody", {"name": "Ny"}) == {}
