"""A person in no cloud is never drawn inside a cloud that grows over them as people are
added with the palette (model/loose.py): the tester saw Jens Lund, in no cloud, inside
"Voksen og socialpsykiatri" after it grew."""

from __future__ import annotations

from skymap.model.loose import covers
from skymap.model.objects import Actor
from skymap.model.vocabulary import ActorKind

from .test_keep_compact import _add_with_palette


def test_adding_people_until_a_cloud_grows_over_a_person_in_no_cloud_moves_them_out(open_example, qtbot):
    window = open_example("da")
    doc = window.doc
    cloud = doc.domain("d-gp")
    start = (cloud.x, cloud.y + cloud.height / 2 + 60)  # just below the cloud
    jens = window.editor.add_actor(start[0], start[1], ActorKind.PROFESSIONAL, None, "Jens Lund").id
    assert doc.actor(jens).domain is None
    reached = False
    for _ in range(10):
        _add_with_palette(window, qtbot, "d-gp")
        grown = doc.domain("d-gp")
        reached |= covers(grown, Actor(id="probe", name="-", x=start[0], y=start[1]))
        person = doc.actor(jens)
        assert person.domain is None
        drawn = window.scene.item_for(jens).sceneBoundingRect()
        for d in doc.map.domains:
            assert not window.scene.item_for(d.id).sceneBoundingRect().contains(drawn.center()), d.label
            assert not covers(d, person), d.label
    assert reached  # the cloud did grow over where Jens stood
    assert (doc.actor(jens).x, doc.actor(jens).y) != start
