"""Where a dragged person lands (model/drop.py), without Qt: never with her symbol or name
over someone else's, nor hanging out of her cloud; where she was let go when that place is
free; a full cloud grows for her as for a newcomer."""

from __future__ import annotations

import itertools

from skymap.model import drop
from skymap.model.document import MapDocument
from skymap.model.layout import PERSON_H, PERSON_W
from skymap.model.placement import _clear, _inside
from skymap.model.template import new_map
from tests.helpers import by_name, example


def applied(doc: MapDocument, edits) -> MapDocument:
    for collection, obj_id, fields in edits:
        doc.update(collection, obj_id, **fields)
    return doc


def apart(people) -> bool:
    return all(_clear(a.x, a.y, [(b.x, b.y)]) for a, b in itertools.combinations(people, 2))


def clouds_apart(doc: MapDocument) -> bool:
    return all(abs(a.x - b.x) >= (a.width + b.width) / 2 or abs(a.y - b.y) >= (a.height + b.height) / 2
               for a, b in itertools.combinations(doc.map.domains, 2))


def test_a_person_dropped_over_the_one_person_of_a_full_cloud_gets_room_there():
    """The trial's drop: Birgit Juhl let go at the edge of "Egen læge", over Anders Kirk; the
    cloud has room for one. She joins it beside him, the cloud grows, its neighbours make
    room, and nobody anywhere stands on anybody."""
    doc = MapDocument(example())
    birgit, anders = by_name(doc, "Birgit Juhl"), by_name(doc, "Anders Kirk")
    gp = anders.domain
    was = doc.domain(gp)
    drag = [("actors", birgit.id, {"x": anders.x - 70, "y": anders.y + 10, "domain": gp})]
    edits = drop.land(doc.map, drag)
    assert len({(c, i) for c, i, _f in edits}) == len(edits)  # each object once: one step
    applied(doc, edits)
    cloud = doc.domain(gp)
    people = doc.actors_in(gp)
    assert {a.name for a in people} == {"Birgit Juhl", "Anders Kirk"}
    assert apart(people)  # (dealt in the cloud's rows, as newcomers are: inside its box)
    assert all(abs(a.x - cloud.x) + PERSON_W / 2 <= cloud.width / 2 for a in people)
    assert cloud.width * cloud.height > was.width * was.height  # it grew
    assert clouds_apart(doc)
    for d in doc.map.domains:
        assert apart(doc.actors_in(d.id))


def test_a_drop_on_a_free_place_is_left_exactly_as_let_go():
    doc = MapDocument(example())
    birgit = by_name(doc, "Birgit Juhl")  # alone in her cloud
    drag = [("actors", birgit.id, {"x": birgit.x + 20, "y": birgit.y})]
    assert drop.land(doc.map, drag) == drag


def roomy() -> tuple[MapDocument, list[str]]:
    """The school cloud made large by hand, two people in it side by side."""
    doc = MapDocument(new_map("standard", "Holm", "da"))
    school = doc.domain("d-school")
    doc.update("domains", "d-school", width=700.0, height=420.0)
    ids = [doc.add_actor(name, domain="d-school", x=school.x - 100 + 200 * i, y=school.y).id
           for i, name in enumerate(("Ida", "Ole"))]
    return doc, ids


def test_a_person_dropped_on_a_neighbour_in_a_cloud_with_room_stands_in_the_nearest_free_place():
    doc, (ida, ole) = roomy()
    target = doc.actor(ida)
    let_go = (target.x + 30, target.y + 20)
    edits = drop.land(doc.map, [("actors", ole, {"x": let_go[0], "y": let_go[1]})])
    assert [(c, i) for c, i, _f in edits] == [("actors", ole)]  # nobody else moves, the cloud stays
    applied(doc, edits)
    now = doc.actor(ole)
    assert apart(doc.actors_in("d-school")) and _inside(doc.domain("d-school"), now.x, now.y)
    # the nearest: no free place on the grid is nearer to where she was let go
    distance = abs(now.x - let_go[0]) + abs(now.y - let_go[1])
    assert distance <= PERSON_W + PERSON_H
    for dx, dy in itertools.product(range(-200, 201, 10), repeat=2):
        x, y = let_go[0] + dx, let_go[1] + dy
        if dx * dx + dy * dy < (now.x - let_go[0]) ** 2 + (now.y - let_go[1]) ** 2 - 1:
            assert not (_clear(x, y, [(target.x, target.y)]) and _inside(doc.domain("d-school"), x, y))


def test_a_person_dropped_over_a_neighbour_at_the_cloud_s_edge_lands_inside_it():
    doc, (ida, ole) = roomy()
    school = doc.domain("d-school")
    doc.update("actors", ida, x=school.x + school.width / 2 - 90)  # Ida by the right-hand edge
    target = doc.actor(ida)
    edge = (target.x + 40, target.y)  # over her, the name hanging out of the cloud
    assert not _inside(school, *edge)
    applied(doc, drop.land(doc.map, [("actors", ole, {"x": edge[0], "y": edge[1]})]))
    now = doc.actor(ole)
    assert _inside(school, now.x, now.y) and now.domain == "d-school"
    assert apart(doc.actors_in("d-school"))
    assert abs(now.x - edge[0]) + abs(now.y - edge[1]) <= PERSON_W + PERSON_H  # near, not anywhere


def test_a_person_let_go_over_nobody_stays_even_by_the_cloud_s_edge():
    """Her place, her choice: a drop that covers nobody is left alone."""
    doc, (ida, ole) = roomy()
    school = doc.domain("d-school")
    edge = (school.x + school.width / 2 - 20, school.y)
    drag = [("actors", ole, {"x": edge[0], "y": edge[1]})]
    assert drop.land(doc.map, drag) == drag


def test_people_carried_by_their_cloud_keep_their_places():
    """A cloud dragged takes its people along as they stood; the drop rule is about people
    dragged by hand."""
    doc, (ida, ole) = roomy()
    doc.update("actors", ole, x=doc.actor(ida).x + 10)  # (standing on each other already)
    school = doc.domain("d-school")
    drag = [("domains", "d-school", {"x": school.x + 50, "y": school.y})]
    drag += [("actors", a.id, {"x": a.x + 50, "y": a.y}) for a in doc.actors_in("d-school")]
    assert drop.land(doc.map, drag) == drag


def test_several_people_dropped_together_stand_clear_of_each_other_and_of_the_rest():
    doc, (ida, ole) = roomy()
    newcomers = [doc.add_actor(n, domain="d-police_ssp", x=-700.0 + 140 * i, y=-320.0).id
                 for i, n in enumerate(("Per", "Pia"))]
    target = doc.actor(ida)
    drag = [("actors", a, {"x": target.x + 140 * i, "y": target.y, "domain": "d-school"})
            for i, a in enumerate(newcomers)]
    applied(doc, drop.land(doc.map, drag))
    people = doc.actors_in("d-school")
    assert len(people) == 4 and apart(people)
    assert all(_inside(doc.domain("d-school"), a.x, a.y) for a in people)


def test_a_person_dropped_on_someone_on_the_open_canvas_stands_beside_them_not_in_a_cloud():
    doc = MapDocument(new_map("standard", "Holm", "da"))
    far = (0.0, 1400.0)  # below every cloud
    a = doc.add_actor("Nabo", x=far[0], y=far[1]).id
    b = doc.add_actor("Ven", x=far[0] + 400, y=far[1]).id
    applied(doc, drop.land(doc.map, [("actors", b, {"x": far[0] + 20, "y": far[1] + 10})]))
    now = doc.actor(b)
    assert now.domain is None and _clear(now.x, now.y, [far])
    assert abs(now.x - far[0] - 20) + abs(now.y - far[1] - 10) <= PERSON_W + PERSON_H
    from skymap.model.loose import covers

    assert not any(covers(d, now) for d in doc.map.domains)
    assert doc.actor(a).x == far[0]  # the one she was dropped on stays


def test_people_written_back_where_they_stood_are_not_moved():
    """A drag let go where it began writes the people of a cloud back rounded (they stood off
    the 0.1 grid): nobody was dropped, so nobody moves, even in a crowded cloud."""
    doc, (ida, ole) = roomy()
    doc.update("actors", ole, x=doc.actor(ida).x + 10.04)  # (standing on each other already)
    drag = [("actors", a.id, {"x": round(a.x, 1), "y": a.y}) for a in doc.actors_in("d-school")]
    assert drop.land(doc.map, drag) == drag
