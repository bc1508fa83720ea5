"""People in no cloud are never covered by a cloud that grows or moves as people are added
(model/loose.py), without Qt: the tester saw Jens Lund, in no cloud, drawn inside
"Voksen og socialpsykiatri" after that cloud grew."""

from __future__ import annotations

from skymap.model import keep_compact
from skymap.model.document import MapDocument
from skymap.model.loose import covers
from skymap.model.objects import Actor, Domain
from skymap.model.template import new_map


def apply(doc: MapDocument, edits) -> None:
    for collection, obj_id, fields in edits:
        doc.update(collection, obj_id, **fields)


def test_a_cloud_growing_over_a_person_in_no_cloud_moves_them_out_to_the_nearest_free_place() -> None:
    doc = MapDocument(new_map("standard", family_name="Lund", lang="da"))
    for name in ("Anna", "Emil"):
        edits, (x, y) = keep_compact.place_member(doc.map)
        apply(doc, edits)
        doc.add_member(name, x=x, y=y)
    cloud = doc.domain("d-adult_social_psychiatry")
    assert cloud is not None
    start = (cloud.x, cloud.y + cloud.height / 2 + 60)  # just below the cloud, in no cloud
    jens = doc.add_actor("Jens Lund", domain=None, x=start[0], y=start[1]).id
    for i in range(8):
        edits, spots = keep_compact.place_in_cloud(doc.map, "d-adult_social_psychiatry")
        apply(doc, edits)
        doc.add_actor(f"Person {i}", domain="d-adult_social_psychiatry", x=spots[0][0], y=spots[0][1])
        person = doc.actor(jens)
        assert person is not None and person.domain is None
        assert [d.label for d in doc.map.domains if covers(d, person)] == [], i
        others = [a for a in doc.map.actors if a.id != jens]
        assert all(abs(a.x - person.x) >= 60 or abs(a.y - person.y) >= 60 for a in others)
    grown = doc.domain("d-adult_social_psychiatry")
    assert grown is not None
    # the cloud did grow over where Jens stood: he was moved, and not far
    assert covers(grown, Actor(id="probe", name="-", x=start[0], y=start[1]))
    person = doc.actor(jens)
    assert person is not None
    assert 0 < ((person.x - start[0]) ** 2 + (person.y - start[1]) ** 2) ** 0.5 < 400


def test_a_person_in_no_cloud_away_from_the_growing_cloud_stays_put() -> None:
    doc = MapDocument(new_map("standard", family_name="Lund", lang="da"))
    far = doc.add_actor("Else", domain=None, x=2500.0, y=2500.0).id
    for i in range(6):
        edits, spots = keep_compact.place_in_cloud(doc.map, "d-school")
        apply(doc, edits)
        doc.add_actor(f"Person {i}", domain="d-school", x=spots[0][0], y=spots[0][1])
    person = doc.actor(far)
    assert person is not None and (person.x, person.y) == (2500.0, 2500.0)


def test_covers_reads_the_person_with_their_name_below_them() -> None:
    cloud = Domain(id="d", label="Sky", x=0.0, y=0.0, width=200.0, height=100.0)
    assert covers(cloud, Actor(id="a", name="-", x=0.0, y=0.0))
    assert covers(cloud, Actor(id="a", name="-", x=0.0, y=-80.0))  # the name reaches into it
    assert not covers(cloud, Actor(id="a", name="-", x=0.0, y=-200.0))
    assert not covers(cloud, Actor(id="a", name="-", x=300.0, y=0.0))


def test_tidy_up_of_a_cloud_that_grows_over_a_person_in_no_cloud_moves_them_out() -> None:
    from skymap.model import edits as planned

    doc = MapDocument(new_map("standard", family_name="Lund", lang="da"))
    cloud = doc.domain("d-gp")
    assert cloud is not None
    for i in range(8):  # all on one spot: Tidy Up deals them in rows, the cloud grows
        doc.add_actor(f"Person {i}", domain="d-gp", x=cloud.x, y=cloud.y)
    start = (cloud.x - cloud.width / 2 - 80, cloud.y - 20)  # beside the cloud
    jens = doc.add_actor("Jens Lund", domain=None, x=start[0], y=start[1]).id
    apply(doc, planned.tidy(doc, ["d-gp"]))
    grown = doc.domain("d-gp")
    assert grown is not None and covers(grown, Actor(id="probe", name="-", x=start[0], y=start[1]))
    person = doc.actor(jens)
    assert person is not None
    assert [d.label for d in doc.map.domains if covers(d, person)] == []


# ----- a person who already stands under a cloud in a saved file ----------------------------

def _under_a_cloud(cloud_id: str = "d-gp", fill: int = 3):
    """A map as an older Skymap (or another program) may have saved it: a tidy map with a
    person in no cloud standing in the middle of a cloud (no edit moved them out)."""
    from skymap.model import edits as planned

    doc = MapDocument(new_map("standard", family_name="Lund", lang="da"))
    cloud = doc.domain(cloud_id)
    assert cloud is not None
    for i in range(fill):
        doc.add_actor(f"Person {i}", domain=cloud_id, x=cloud.x, y=cloud.y)
    apply(doc, planned.tidy(doc))
    cloud = doc.domain(cloud_id)
    assert cloud is not None
    jens = doc.add_actor("Jens Lund", domain=None, x=cloud.x, y=cloud.y + 10).id
    return doc, jens


def test_people_under_a_cloud_they_do_not_belong_to_are_found() -> None:
    from skymap.model.loose import under_clouds

    doc, jens = _under_a_cloud()
    assert under_clouds(doc.map) == [jens]
    doc.update("actors", jens, x=5000.0, y=5000.0)
    assert under_clouds(doc.map) == []


def test_tidy_up_of_the_whole_map_moves_a_person_already_under_a_cloud_out() -> None:
    from skymap.model import edits as planned
    from skymap.model.loose import under_clouds

    doc, jens = _under_a_cloud()
    apply(doc, planned.tidy(doc))
    assert under_clouds(doc.map) == []
    assert doc.actor(jens).domain is None  # (still in no cloud: moved, not taken in)


def test_tidy_up_of_the_cloud_moves_a_person_already_under_it_out() -> None:
    from skymap.model import edits as planned
    from skymap.model.loose import under_clouds

    for fill in (3, 0):  # a tidy cloud that Tidy Up leaves as it is, and an empty cloud
        doc, jens = _under_a_cloud(fill=fill)
        people = {a.id: (a.x, a.y) for a in doc.actors_in("d-gp")}
        apply(doc, planned.tidy(doc, ["d-gp"]))
        assert under_clouds(doc.map) == [], fill
        assert doc.actor(jens).domain is None
        assert {a.id: (a.x, a.y) for a in doc.actors_in("d-gp")} == people  # the cloud's own stay


def test_tidy_up_of_another_cloud_leaves_them_where_they_stand() -> None:
    from skymap.model import edits as planned

    doc, jens = _under_a_cloud()
    before = (doc.actor(jens).x, doc.actor(jens).y)
    apply(doc, planned.tidy(doc, ["d-school"]))
    assert (doc.actor(jens).x, doc.actor(jens).y) == before
