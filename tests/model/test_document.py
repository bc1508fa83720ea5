"""The mutation API: every change goes through MapDocument, is announced, and can be undone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skymap.model import document as document_module
from skymap.model.document import Change, MapDocument
from skymap.model.errors import EditError
from skymap.model.objects import (
    FAMILY_ID,
    Actor,
    Annotation,
    Domain,
    FamilyMember,
    Link,
    MapContent,
    SkyMap,
    Snapshot,
)
from skymap.model.vocabulary import ActorKind, LinkKind, Quality
from tests.helpers import EXAMPLE


def build_doc() -> MapDocument:
    """A small map with every kind of object and tie.

    m-mor, m-emil; clouds d-skole, d-psyk; actors a-laerer (skole), a-ppr (skole),
    a-psykiater (psyk), a-laege (no cloud), a-mormor (private);
    contacts: laerer->emil, laerer->mor, psykiater->family, mormor->mor;
    coordination: laerer-ppr, ppr-psykiater.
    """
    skymap = SkyMap(
        family=[
            FamilyMember(id="m-mor", name="Sofie Sørensen", x=-60, y=0),
            FamilyMember(id="m-emil", name="Emil Sørensen", x=60, y=0),
        ],
        domains=[
            Domain(id="d-skole", label="Skole og dagtilbud", x=0, y=-440),
            Domain(id="d-psyk", label="Hospital og psykiatri", x=400, y=300),
        ],
        actors=[
            Actor(id="a-laerer", name="Hanne Lund", domain="d-skole", x=-60, y=-440),
            Actor(id="a-ppr", name="Karin Holm", domain="d-skole", x=60, y=-440),
            Actor(id="a-psykiater", name="Rikke Bach", domain="d-psyk", x=400, y=300),
            Actor(id="a-laege", name="Anders Kirk", x=0, y=200),
            Actor(id="a-mormor", name="Inger Sørensen", kind=ActorKind.PRIVATE, x=-300, y=0),
        ],
        links=[
            Link(id="l-1", kind=LinkKind.CONTACT, source="a-laerer", target="m-emil"),
            Link(id="l-2", kind=LinkKind.CONTACT, source="a-laerer", target="m-mor"),
            Link(id="l-3", kind=LinkKind.CONTACT, source="a-psykiater", target=FAMILY_ID),
            Link(id="l-4", kind=LinkKind.COORDINATION, source="a-laerer", target="a-ppr"),
            Link(id="l-5", kind=LinkKind.COORDINATION, source="a-ppr", target="a-psykiater"),
            Link(id="l-6", kind=LinkKind.CONTACT, source="a-mormor", target="m-mor"),
        ],
        annotations=[Annotation(id="n-1", text="Mor ønsker ét møde", x=0, y=500)],
    )
    return MapDocument(skymap)


def record(doc: MapDocument) -> list[Change]:
    changes: list[Change] = []
    doc.subscribe(changes.append)
    return changes


# ----- add -------------------------------------------------------------------------------

NEW_OBJECTS = {
    "family": lambda: FamilyMember(id="m-ny", name="Freja Sørensen"),
    "domains": lambda: Domain(id="d-ny", label="Jobcenter"),
    "actors": lambda: Actor(id="a-ny", name="Louise Thor", domain="d-skole"),
    "links": lambda: Link(id="l-ny", kind=LinkKind.COORDINATION, source="a-laege", target="a-psykiater"),
    "annotations": lambda: Annotation(id="n-ny", text="Næste møde i uge 12"),
    "snapshots": lambda: Snapshot(id="s-ny", label="Opstart", date=date(2026, 9, 14), content=MapContent()),
}


@pytest.mark.parametrize("collection", list(NEW_OBJECTS))
def test_add_puts_the_object_in_and_announces_it(collection):
    doc = build_doc()
    changes = record(doc)
    obj = NEW_OBJECTS[collection]()
    doc.add(collection, obj)
    assert doc.get(collection, obj.id) == obj
    assert getattr(doc.map, collection)[-1] == obj
    assert changes == [Change("added", collection, obj.id, None, obj)]


def test_add_at_an_index_inserts_there_and_lookups_still_work():
    doc = build_doc()
    doc.add("actors", Actor(id="a-first", name="Først"), index=0)
    assert [a.id for a in doc.map.actors][:2] == ["a-first", "a-laerer"]
    # The id lookup must follow the shifted positions.
    assert doc.actor("a-laerer").name == "Hanne Lund"
    assert doc.actor("a-mormor").name == "Inger Sørensen"


def test_named_add_helpers_make_fresh_ids_and_valid_objects():
    doc = build_doc()
    m = doc.add_member("Alma Sørensen")
    d = doc.add_domain("Politi og SSP")
    a = doc.add_actor("Ali Hassan", domain=d.id)
    ln = doc.add_link(LinkKind.CONTACT, a.id, m.id, quality=Quality.STRONG)
    n = doc.add_annotation("Husk tolk")
    assert len({m.id, d.id, a.id, ln.id, n.id}) == 5
    assert doc.member(m.id).name == "Alma Sørensen"
    assert doc.actors_in(d.id) == [a]
    assert doc.find_link(m.id, a.id) == ln  # either direction
    assert doc.find_link(m.id, a.id, LinkKind.COORDINATION) is None


def test_add_refuses_an_object_of_the_wrong_type():
    doc = build_doc()
    with pytest.raises(TypeError):
        doc.add("actors", FamilyMember(id="m-x", name="X"))


# ----- duplicate ids and references --------------------------------------------------------

@pytest.mark.parametrize(
    "collection, obj",
    [
        ("actors", Actor(id="a-laerer", name="Dobbelt")),  # same collection
        ("actors", Actor(id="m-mor", name="Dobbelt")),  # id of a family member
        ("domains", Domain(id="l-1", label="Dobbelt")),  # id of a link
        ("family", FamilyMember(id=FAMILY_ID, name="Familien")),  # the reserved family id
        ("annotations", Annotation(id="n-1", text="igen")),
    ],
)
def test_duplicate_id_raises_edit_error_and_changes_nothing(collection, obj):
    doc = build_doc()
    before = doc.map.model_dump()
    changes = record(doc)
    with pytest.raises(EditError) as info:
        doc.add(collection, obj)
    assert info.value.key == "duplicate_id"
    assert obj.id in info.value.message("en") and obj.id in info.value.message("da")
    assert doc.map.model_dump() == before
    assert changes == []


@pytest.mark.parametrize(
    "collection, obj, key",
    [
        ("actors", Actor(id="a-x", name="X", domain="d-findes-ikke"), "dangling_domain"),
        ("links", Link(id="l-x", kind=LinkKind.CONTACT, source="a-ingen", target="m-mor"), "dangling_end"),
        ("links", Link(id="l-x", kind=LinkKind.CONTACT, source="a-laerer", target="m-ingen"), "dangling_end"),
        ("links", Link(id="l-x", kind=LinkKind.CONTACT, source="a-laerer", target="a-ppr"), "bad_contact"),
        ("links", Link(id="l-x", kind=LinkKind.COORDINATION, source="a-laerer", target="m-mor"), "bad_coordination"),
        ("links", Link(id="l-x", kind=LinkKind.CONTACT, source="m-mor", target="a-laerer"), "bad_contact"),
        ("links", Link(id="l-x", kind=LinkKind.COORDINATION, source="a-ppr", target="a-ppr"), "self_link"),
    ],
)
def test_broken_references_raise_edit_error_and_change_nothing(collection, obj, key):
    doc = build_doc()
    before = doc.map.model_dump()
    changes = record(doc)
    with pytest.raises(EditError) as info:
        doc.add(collection, obj)
    assert info.value.key == key
    assert "l-x" in info.value.message("da") or "a-x" in info.value.message("da")
    assert doc.map.model_dump() == before
    assert changes == []


@pytest.mark.parametrize(
    "collection, obj_id, changes",
    [
        ("actors", "a-laerer", {"domain": "d-findes-ikke"}),
        ("links", "l-4", {"target": "a-ingen"}),
        ("links", "l-1", {"kind": LinkKind.COORDINATION}),  # actor -> member can't be coordination
        ("links", "l-4", {"target": "a-laerer"}),  # self link
    ],
)
def test_update_that_breaks_a_reference_raises_and_changes_nothing(collection, obj_id, changes):
    doc = build_doc()
    before = doc.map.model_dump()
    seen = record(doc)
    with pytest.raises(EditError):
        doc.update(collection, obj_id, **changes)
    assert doc.map.model_dump() == before
    assert seen == []


def test_update_cannot_change_an_id():
    doc = build_doc()
    with pytest.raises(EditError):
        doc.update("actors", "a-laerer", id="a-andet")
    assert doc.actor("a-laerer") is not None


def test_update_of_an_unknown_id_raises_key_error():
    doc = build_doc()
    with pytest.raises(KeyError):
        doc.update("actors", "a-ingen", name="X")


# ----- update ------------------------------------------------------------------------------

UPDATES = [
    ("family", "m-mor", {"name": "Sofie Nørgaard", "birth_year": 1986}),
    ("domains", "d-skole", {"label": "Skolen", "color": "#112233", "width": 500.0}),
    ("actors", "a-laege", {"role": "Praktiserende læge", "domain": "d-psyk", "coordinator": True}),
    ("links", "l-4", {"quality": Quality.STRAINED, "note": "Svært at få fat i"}),
    ("annotations", "n-1", {"text": "Ændret note"}),
]


@pytest.mark.parametrize("collection, obj_id, changes", UPDATES)
def test_update_announces_the_changed_fields_and_returns_old_values_that_undo(collection, obj_id, changes):
    doc = build_doc()
    before = doc.map.model_dump()
    old_obj = doc.get(collection, obj_id)
    seen = record(doc)

    old = doc.update(collection, obj_id, **changes)

    new_obj = doc.get(collection, obj_id)
    for k, v in changes.items():
        assert getattr(new_obj, k) == v
    assert old == {k: getattr(old_obj, k) for k in changes}
    assert seen == [Change("updated", collection, obj_id, old_obj, new_obj, tuple(changes))]

    # Undo with the returned values: the map is exactly as before, and that is announced too.
    assert doc.update(collection, obj_id, **old) == changes
    assert doc.map.model_dump() == before
    assert len(seen) == 2


def test_update_with_equal_values_announces_nothing_and_returns_empty():
    doc = build_doc()
    seen = record(doc)
    a = doc.actor("a-laerer")
    assert doc.update("actors", "a-laerer", name=a.name, x=a.x, y=a.y, domain=a.domain) == {}
    assert doc.update("actors", "a-laerer", x=int(a.x)) == {}  # -60 == -60.0
    assert doc.update("links", "l-1", quality=doc.link("l-1").quality.value) == {}  # the enum's value
    assert doc.update_meta(language=doc.map.meta.language) == {}
    assert doc.update_settings(rc_weak_below=doc.map.settings.rc_weak_below) == {}
    assert seen == []
    assert doc.actor("a-laerer") is a  # not even replaced by an equal copy


def test_update_reports_only_the_fields_that_really_changed():
    doc = build_doc()
    seen = record(doc)
    old = doc.update("actors", "a-laerer", name="Hanne Lund", role="Klasselærer")
    assert old == {"role": ""}
    assert [c.fields for c in seen] == [("role",)]


def test_update_meta_and_settings_are_announced():
    doc = build_doc()
    seen = record(doc)
    old = doc.update_meta(title="Familien Sørensen", caseworker="Mette Skov")
    assert old == {"title": "", "caseworker": ""}
    doc.update_settings(rc_strong_from=4.5)
    assert [(c.action, c.collection, c.id, c.fields) for c in seen] == [
        ("updated", "meta", None, ("title", "caseworker")),
        ("updated", "settings", None, ("rc_strong_from",)),
    ]
    assert doc.map.meta.title == "Familien Sørensen"
    doc.update_meta(**old)
    assert doc.map.meta.title == ""


def test_unsubscribed_listener_hears_nothing_more():
    doc = build_doc()
    seen: list[Change] = []
    doc.subscribe(seen.append)
    doc.update("actors", "a-laerer", role="Lærer")
    doc.unsubscribe(seen.append)
    doc.update("actors", "a-laerer", role="Klasselærer")
    assert len(seen) == 1


# ----- remove and restore ------------------------------------------------------------------

def test_removing_an_actor_removes_all_its_links():
    doc = build_doc()
    seen = record(doc)
    removal = doc.remove("actors", "a-ppr")  # coordinates with a-laerer (l-4) and a-psykiater (l-5)
    assert doc.actor("a-ppr") is None
    assert {ln.id for ln in doc.map.links} == {"l-1", "l-2", "l-3", "l-6"}
    assert {(c.action, c.collection, c.id) for c in seen} == {
        ("removed", "links", "l-4"),
        ("removed", "links", "l-5"),
        ("removed", "actors", "a-ppr"),
    }
    # The actor's removal is announced after its links, so a view never has a dangling line.
    assert seen[-1].id == "a-ppr"
    assert {obj.id for _, obj, _ in removal.removed} == {"l-4", "l-5", "a-ppr"}


def test_removing_a_family_member_removes_their_contacts_but_not_the_familys():
    doc = build_doc()
    doc.remove("family", "m-mor")
    assert doc.member("m-mor") is None
    # l-2 (lærer -> mor) and l-6 (mormor -> mor) go; l-3 (psykiater -> the whole family) stays.
    assert {ln.id for ln in doc.map.links} == {"l-1", "l-3", "l-4", "l-5"}


def test_removing_a_domain_detaches_its_actors():
    doc = build_doc()
    seen = record(doc)
    doc.remove("domains", "d-skole")
    assert doc.domain("d-skole") is None
    assert doc.actor("a-laerer").domain is None
    assert doc.actor("a-ppr").domain is None
    assert doc.actor("a-psykiater").domain == "d-psyk"
    assert len(doc.map.actors) == 5  # nobody removed
    assert [(c.action, c.collection, c.id, c.fields) for c in seen] == [
        ("updated", "actors", "a-laerer", ("domain",)),
        ("updated", "actors", "a-ppr", ("domain",)),
        ("removed", "domains", "d-skole", ()),
    ]


def test_removing_a_link_or_annotation_removes_only_that():
    doc = build_doc()
    doc.remove("links", "l-3")
    doc.remove("annotations", "n-1")
    assert doc.link("l-3") is None and doc.annotation("n-1") is None
    assert len(doc.map.links) == 5 and len(doc.map.actors) == 5


def test_remove_of_an_unknown_id_raises_key_error():
    doc = build_doc()
    with pytest.raises(KeyError):
        doc.remove("links", "l-ingen")


def test_remove_with_the_wrong_collection_changes_nothing():
    doc = build_doc()
    before = doc.map.model_dump()
    with pytest.raises(KeyError):
        doc.remove("actors", "m-mor")
    assert doc.map.model_dump() == before


ALL_IDS = [
    ("family", "m-mor"),
    ("family", "m-emil"),
    ("domains", "d-skole"),
    ("domains", "d-psyk"),
    ("actors", "a-laerer"),
    ("actors", "a-ppr"),
    ("actors", "a-psykiater"),
    ("actors", "a-mormor"),
    ("links", "l-1"),
    ("links", "l-5"),
    ("annotations", "n-1"),
]


@pytest.mark.parametrize("collection, obj_id", ALL_IDS)
def test_restore_puts_everything_back_exactly(collection, obj_id):
    doc = build_doc()
    before = doc.map.model_dump()
    removal = doc.remove(collection, obj_id)
    assert doc.map.model_dump() != before
    seen = record(doc)
    doc.restore(removal)
    assert doc.map.model_dump() == before  # same objects, same order, same fields
    assert doc.get(collection, obj_id) is not None
    assert any(c.action == "added" and c.id == obj_id for c in seen)


def test_restore_after_several_removals_in_reverse_order():
    doc = MapDocument(_example())
    before = doc.map.model_dump()
    removals = [
        doc.remove("family", doc.map.family[0].id),  # Sofie: contacts with 14 professionals
        doc.remove("domains", "d-school"),
        doc.remove("actors", doc.map.actors[9].id),
        doc.remove("links", doc.map.links[3].id),
    ]
    for removal in reversed(removals):
        doc.restore(removal)
    assert doc.map.model_dump() == before


def _example() -> SkyMap:
    return SkyMap.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_removals_undone_in_reverse_give_the_same_map(data):
    doc = MapDocument(_example())
    before = doc.map.model_dump()
    removals = []
    for _ in range(data.draw(st.integers(1, 5))):
        candidates = [(c, o.id) for c in ("family", "domains", "actors", "links") for o in getattr(doc.map, c)]
        collection, obj_id = data.draw(st.sampled_from(candidates))
        removals.append(doc.remove(collection, obj_id))
    for removal in reversed(removals):
        doc.restore(removal)
    assert doc.map.model_dump() == before


# ----- move --------------------------------------------------------------------------------

def test_move_moves_several_objects_and_returns_what_undoes_it():
    doc = build_doc()
    before = doc.map.model_dump()
    seen = record(doc)
    old = doc.move(
        {
            "a-laerer": (-100.0, -420.0),
            "m-mor": (-70.0, 5.0),
            "d-psyk": (420.0, 320.0),
            "n-1": (10.0, 510.0),
            "a-ppr": (60.0, -440.0),  # where it already is
        }
    )
    assert old == {"a-laerer": (-60.0, -440.0), "m-mor": (-60.0, 0.0), "d-psyk": (400.0, 300.0), "n-1": (0.0, 500.0)}
    assert (doc.actor("a-laerer").x, doc.actor("a-laerer").y) == (-100.0, -420.0)
    assert (doc.domain("d-psyk").x, doc.domain("d-psyk").y) == (420.0, 320.0)
    assert sorted(c.id for c in seen) == ["a-laerer", "d-psyk", "m-mor", "n-1"]
    assert all(c.fields in (("x", "y"), ("x",), ("y",)) for c in seen)
    doc.move(old)
    assert doc.map.model_dump() == before


def test_move_of_an_unknown_id_raises_key_error():
    doc = build_doc()
    with pytest.raises(KeyError):
        doc.move({"a-ingen": (0.0, 0.0)})


# ----- hold --------------------------------------------------------------------------------

def test_hold_announces_the_changes_together_when_the_block_ends():
    doc = build_doc()
    seen = record(doc)
    with doc.hold():
        doc.update("actors", "a-laerer", role="Lærer")
        doc.add_annotation("Ny note", id="n-2")
        with doc.hold():  # nested: still held until the outer block ends
            doc.remove("links", "l-6")
        assert seen == []
        assert doc.annotation("n-2") is not None  # the map itself changes at once
    assert [(c.action, c.id) for c in seen] == [("updated", "a-laerer"), ("added", "n-2"), ("removed", "l-6")]


def test_hold_still_announces_what_happened_when_the_block_fails():
    doc = build_doc()
    seen = record(doc)
    with pytest.raises(EditError), doc.hold():
        doc.update("actors", "a-laerer", role="Lærer")
        doc.add_actor("X", domain="d-findes-ikke")
    assert [(c.action, c.id) for c in seen] == [("updated", "a-laerer")]
    # And a later change is announced at once again.
    doc.update("actors", "a-laerer", role="Klasselærer")
    assert len(seen) == 2


def test_a_burst_is_announced_once_after_its_changes():
    """A listener of bursts hears a held block once, after every change of it has been
    announced, and a change made outside a block as a burst of one; nothing for a change
    that changed nothing."""
    doc = build_doc()
    log: list = []
    doc.subscribe(lambda c: log.append(("change", c.id)))
    doc.subscribe_bursts(lambda changes: log.append(("burst", [c.id for c in changes])))
    with doc.hold():
        doc.update("actors", "a-laerer", x=10.0)
        doc.update("actors", "a-ppr", x=20.0)
        doc.remove("actors", "a-psykiater")  # (itself a nested hold: its ties go with it)
    assert log == [("change", "a-laerer"), ("change", "a-ppr"), ("change", "l-3"), ("change", "l-5"),
                   ("change", "a-psykiater"), ("burst", ["a-laerer", "a-ppr", "l-3", "l-5", "a-psykiater"])]
    log.clear()
    doc.update("actors", "a-laerer", role="Lærer")
    doc.update("actors", "a-laerer", role="Lærer")  # the same again: nothing changed
    assert log == [("change", "a-laerer"), ("burst", ["a-laerer"])]


# ----- ids ---------------------------------------------------------------------------------

def test_new_ids_are_unique_in_the_whole_map():
    doc = build_doc()
    existing = {o.id for c in ("family", "domains", "actors", "links", "annotations") for o in getattr(doc.map, c)}
    made = []
    for i in range(300):
        a = doc.add_actor(f"Person {i}")
        made.append(a.id)
        made.append(doc.new_id("links"))
    assert len(set(made)) == len(made)
    assert not set(made) & existing
    assert FAMILY_ID not in made
    assert all(i.startswith("a-") for i in made[::2]) and all(i.startswith("l-") for i in made[1::2])


def test_new_id_skips_an_id_already_in_use(monkeypatch):
    doc = build_doc()
    doc.add_actor("Taget", id="a-00000000")
    tokens = iter(["00000000", "00000001"])
    monkeypatch.setattr(document_module.secrets, "token_hex", lambda n: next(tokens))
    assert doc.new_id("actors") == "a-00000001"


def test_collection_of_and_queries():
    doc = build_doc()
    assert doc.collection_of("a-ppr") == "actors"
    assert doc.collection_of("m-emil") == "family"
    assert doc.collection_of("ingen") is None
    assert {ln.id for ln in doc.links_of("a-laerer")} == {"l-1", "l-2", "l-4"}
