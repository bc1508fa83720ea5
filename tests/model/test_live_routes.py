"""The screen's ties' routes kept up to date edit by edit (model/live_routes.py) are, after
every edit, exactly what working every route out from scratch (`Routes(m)`, the print's)
gives: on seeded random maps, through random sequences of the edits a user makes (people
added, moved, deleted; ties drawn and deleted; a cloud moved with its people; family
members added and moved; undo), each made as the undo commands make it (model/steps.py)."""

from __future__ import annotations

import random

import pytest

from bench.maps import big_map
from skymap.model import edits as planned
from skymap.model.document import MapDocument
from skymap.model.geometry import CircleGrid, distance_to_segment
from skymap.model.live_routes import LiveRoutes
from skymap.model.objects import FAMILY_ID, Actor, FamilyMember, Link
from skymap.model.route_questions import PeopleGrid
from skymap.model.routes import CLEARANCE, ROUTED_UP_TO, Routes
from skymap.model.steps import Add, Remove, Update
from skymap.model.template import new_map
from skymap.model.ties import tie_between
from tests.helpers import example


def _people(doc: MapDocument) -> int:
    return len(doc.map.actors) + len(doc.map.family)


def _random_edit(doc: MapDocument, rnd: random.Random, limit: int):
    """One random edit as a list of steps (not yet done), or None when none fits."""
    m = doc.map
    actors, clouds = m.actors, m.domains
    kind = rnd.choice(["add", "add", "move", "move", "move", "to cloud", "delete", "tie", "tie", "untie",
                       "cloud", "member", "move member", "far"])
    if kind == "add" and _people(doc) < limit:
        if clouds and rnd.random() < 0.6:  # as the window adds: the cloud grows, its neighbours make room
            domain = rnd.choice(clouds).id
            room, [(x, y)] = planned.place_in_cloud(doc, domain)
            actor = Actor(id=doc.new_id("actors"), name="Ny", domain=domain, x=x, y=y)
            return [Update(doc, room), Add(doc, [("actors", actor)])]
        near = rnd.choice(actors) if actors else None  # dropped next to (or onto) someone
        x, y = (near.x, near.y) if near else (0.0, 0.0)
        actor = Actor(id=doc.new_id("actors"), name="Ny", x=x + rnd.uniform(-50, 50), y=y + rnd.uniform(-50, 50))
        return [Add(doc, [("actors", actor)])]
    if kind == "move" and actors:
        a = rnd.choice(actors)
        if rnd.random() < 0.5:  # a little: over a neighbour or a tie nearby
            x, y = a.x + rnd.uniform(-60, 60), a.y + rnd.uniform(-60, 60)
        else:  # next to anyone
            b = rnd.choice([*actors, *m.family])
            x, y = b.x + rnd.uniform(-40, 40), b.y + rnd.uniform(-40, 40)
        return [Update(doc, [("actors", a.id, {"x": x, "y": y})])]
    if kind == "to cloud" and actors and len(clouds) > 1:
        a = rnd.choice(actors)
        edits = planned.move_to_cloud(doc, a.id, rnd.choice([d.id for d in clouds if d.id != a.domain]))
        return [Update(doc, edits)] if edits else None
    if kind == "far" and actors:  # far away: segments long enough to make the grid look at everything
        a = rnd.choice(actors)
        return [Update(doc, [("actors", a.id, {"x": a.x + rnd.choice([-1, 1]) * rnd.uniform(3e3, 4e4),
                                               "y": a.y + rnd.uniform(-2e4, 2e4)})])]
    if kind == "delete" and actors:
        return [Remove(doc, [("actors", rnd.choice(actors).id)])]
    if kind == "tie":
        ends = [a.id for a in actors] + [f.id for f in m.family] + [FAMILY_ID]
        ids, members = {a.id for a in actors}, {f.id for f in m.family}
        for _ in range(50):
            a, b = rnd.sample(ends, 2)
            tie = tie_between(a, b, ids, members) if doc.find_link(a, b) is None else None
            if tie is not None:
                kind_, source, target = tie
                link = Link(id=doc.new_id("links"), kind=kind_, source=source, target=target)
                return [Add(doc, [("links", link)])]
        return None
    if kind == "untie" and m.links:
        return [Remove(doc, [("links", rnd.choice(m.links).id)])]
    if kind == "cloud" and clouds:  # a cloud moved with its people, as a drag of the cloud does
        d = rnd.choice(clouds)
        dx, dy = rnd.uniform(-150, 150), rnd.uniform(-150, 150)
        edits = [("domains", d.id, {"x": d.x + dx, "y": d.y + dy})]
        edits += [("actors", a.id, {"x": a.x + dx, "y": a.y + dy}) for a in doc.actors_in(d.id)]
        return [Update(doc, edits)]
    if kind == "member" and _people(doc) < limit:
        room, (x, y) = planned.place_member(doc)
        member = FamilyMember(id=doc.new_id("family"), name="Ny", x=x, y=y)
        return [Add(doc, [("family", member)]), Update(doc, room)]
    if kind == "move member" and m.family:
        f = rnd.choice(m.family)
        return [Update(doc, [("family", f.id, {"x": f.x + rnd.uniform(-80, 80), "y": f.y + rnd.uniform(-80, 80)})])]
    return None


def _check(live: LiveRoutes, doc: MapDocument, before: dict) -> None:
    changed = live.update(doc.map)
    fresh = Routes(doc.map).routes
    assert live.routes == fresh
    assert list(live.routes) == list(fresh)  # in the map's order, as the print draws them
    assert changed == {t for t in {*before, *fresh} if before.get(t) != fresh.get(t)}


MAPS = {
    "example": example,
    "30 people": lambda: big_map(26, 60),
    "crowded cloud": lambda: big_map(30, 70, seed=4, crowded=14),
    "60 people": lambda: big_map(56, 140, seed=2),
    "80 people": lambda: big_map(74, 160, seed=5),
}


@pytest.mark.parametrize("name", list(MAPS))
@pytest.mark.parametrize("seed", [1, 2])
def test_routes_after_random_edits_are_those_worked_out_from_scratch(name, seed):
    rnd = random.Random(f"{name}-{seed}")
    doc = MapDocument(MAPS[name]())
    live = LiveRoutes(doc.map)
    assert live.routes == Routes(doc.map).routes
    done: list[list] = []
    edits = 0
    while edits < 30:
        before = dict(live.routes)
        if done and rnd.random() < 0.25:
            for step in reversed(done.pop()):
                step.undo()
        else:
            steps = _random_edit(doc, rnd, ROUTED_UP_TO)
            if steps is None:
                continue
            for step in steps:
                step.do()
            done.append(steps)
        edits += 1
        _check(live, doc, before)
    while done:  # and everything undone, back to the map as it was
        before = dict(live.routes)
        for step in reversed(done.pop()):
            step.undo()
        _check(live, doc, before)


def test_crossing_the_size_that_is_routed_and_back():
    """A map that grows past ROUTED_UP_TO draws its ties straight, and bends them again
    when someone leaves."""
    rnd = random.Random(7)
    doc = MapDocument(big_map(ROUTED_UP_TO - 5, 150, seed=3))
    live = LiveRoutes(doc.map)
    done = []
    for n in range(16):
        before = dict(live.routes)
        if n % 4 == 3:
            for step in reversed(done.pop()):
                step.undo()
        else:
            steps = None
            while steps is None:
                steps = _random_edit(doc, rnd, ROUTED_UP_TO + 3)
            for step in steps:
                step.do()
            done.append(steps)
        _check(live, doc, before)


def test_an_edit_works_out_only_the_ties_it_can_change():
    doc = MapDocument(big_map(26, 60))
    live = LiveRoutes(doc.map)
    ties = len(doc.map.links)
    person = doc.map.actors[5]
    own = len(doc.links_of(person.id))
    doc.update("actors", person.id, x=person.x + 12, y=person.y - 9)
    live.update(doc.map)
    assert own <= live.worked_out < ties / 3
    doc.update("actors", person.id, name="Omdøbt")  # a new name moves no tie
    assert live.update(doc.map) == set() and live.worked_out == 0
    doc.remove("links", doc.map.links[-1].id)  # the last tie taken away: no tie comes after it
    assert live.update(doc.map) and live.worked_out == 0
    assert live.routes == Routes(doc.map).routes
    a, b = doc.map.actors[0], doc.map.actors[-1]
    if doc.find_link(a.id, b.id) is None:  # a tie drawn: it alone is worked out
        doc.add_link(*tie_between(a.id, b.id, {a.id, b.id}, set()))
        assert live.update(doc.map) == {doc.map.links[-1].id} and live.worked_out == 1
        assert live.routes == Routes(doc.map).routes


def test_the_grid_yields_everyone_near_enough_for_a_tie_to_bend_around():
    """What LiveRoutes builds on (model/route_questions.py, PeopleGrid): `CircleGrid.along` yields
    everyone nearer a segment than radius + CLEARANCE, whatever else the grid holds and
    however long the segment (past the grid's size it looks at the grid as a whole)."""
    rnd = random.Random(11)
    for spread in (300.0, 2000.0, 50_000.0):
        circles = {f"p{i}": (rnd.uniform(-spread, spread), rnd.uniform(-spread, spread), rnd.choice([16.0, 22.0]))
                   for i in range(80)}
        grid = CircleGrid(circles)
        for _ in range(400):
            x, y, r = rnd.choice(list(circles.values()))  # a segment passing someone, or from far
            p0 = (x + rnd.uniform(-30, 30), y + rnd.uniform(-30, 30))
            p1 = rnd.choice([p0, (p0[0] + rnd.uniform(-600, 600), p0[1] + rnd.uniform(-600, 600)),
                             (rnd.uniform(-spread, spread), rnd.uniform(-spread, spread))])
            near = {k for k, (cx, cy, cr) in circles.items()
                    if distance_to_segment((cx, cy), p0, p1)[0] < cr + CLEARANCE}
            yielded = set(grid.along(p0, p1))
            assert near <= yielded
            # and those LiveRoutes looks at instead (everyone that near and perhaps a few more)
            found = {key for key, _x, _y, _r in PeopleGrid(grid)._near_of(p0, p1)}
            assert near <= found <= yielded


def test_a_map_with_nobody_yet_and_its_first_people():
    doc = MapDocument(new_map(family_name="Tom", lang="da"))
    live = LiveRoutes(doc.map)
    assert live.routes == {}
    a = doc.add_actor("A", x=300.0, y=0.0)
    b = doc.add_actor("B", x=-300.0, y=0.0)
    doc.add_actor("C", x=0.0, y=250.0)
    doc.add_link(*tie_between(a.id, b.id, {a.id, b.id}, set()))
    assert live.update(doc.map) and live.routes == Routes(doc.map).routes


def test_a_family_member_renamed_gives_the_routes_of_the_larger_oval():
    """The oval is as large as the members' names: renamed, with nobody moved, the ties to and
    round the family follow it (the routes kept their old oval)."""
    from pathlib import Path  # noqa: PLC0415

    from skymap.storage.mapfile import load_map  # noqa: PLC0415

    m = load_map(Path(__file__).parents[2] / "resources" / "examples" / "familien-norgaard.json")
    live = LiveRoutes(m)
    freja = next(i for i, f in enumerate(m.family) if f.name == "Freja Nørgaard")
    family = list(m.family)
    family[freja] = family[freja].model_copy(update={"name": "Freja Margrethe Nørgaard-Christiansen"})
    renamed = m.model_copy(update={"family": family})
    expected = Routes(renamed).routes
    assert expected != Routes(m).routes  # (the longer name does change lines)
    live.update(renamed)
    assert live.routes == expected
