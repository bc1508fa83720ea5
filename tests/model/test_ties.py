"""The one rule of legal tie ends (model/ties.py), and every place that asks it agreeing
with it: drawing a tie, the person form's ties, pasting, the document's checks and the
file's validation. No Qt."""

from __future__ import annotations

import itertools

import pytest

from skymap.model import clipboard, edits
from skymap.model.document import MapDocument
from skymap.model.errors import EditError
from skymap.model.objects import FAMILY_ID, Actor, FamilyMember, Link, SkyMap, reference_problems
from skymap.model.ties import ENDS, end_of, tie_between, tie_kind
from skymap.model.vocabulary import LinkKind

COORD, CONTACT = LinkKind.COORDINATION, LinkKind.CONTACT


def test_the_rule_joins_actors_by_coordination_and_an_actor_with_the_family_by_contact():
    assert tie_kind("actor", "actor") is COORD
    assert tie_kind("actor", "family") is CONTACT
    assert tie_kind("family", "actor") is None  # a contact is stored with the actor first
    assert tie_kind("family", "family") is None
    assert tie_kind(None, "actor") is None and tie_kind("actor", None) is None
    assert set(ENDS) == set(LinkKind)  # every kind of tie has its ends


def test_end_of_knows_actors_members_and_the_family_as_a_whole():
    assert end_of("a", {"a"}, {"m"}) == "actor"
    assert end_of("m", {"a"}, {"m"}) == "family"
    assert end_of(FAMILY_ID, set(), set()) == "family"
    assert end_of("nobody", {"a"}, {"m"}) is None


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("a1", "a2", (COORD, "a1", "a2")),
    ("a2", "a1", (COORD, "a2", "a1")),
    ("a1", "m1", (CONTACT, "a1", "m1")),
    ("m1", "a1", (CONTACT, "a1", "m1")),  # drawn from the family member: the actor still comes first
    (FAMILY_ID, "a2", (CONTACT, "a2", FAMILY_ID)),
    ("m1", "m2", None),
    ("m1", FAMILY_ID, None),
    ("a1", "a1", None),
    ("a1", "nobody", None),
    ("nobody", "m1", None),
])
def test_tie_between_two_people_in_either_order(a, b, expected):
    assert tie_between(a, b, {"a1", "a2"}, {"m1", "m2"}) == expected


def _doc() -> MapDocument:
    doc = MapDocument(SkyMap())
    for i in (1, 2):
        doc.add("actors", Actor(id=f"a{i}", name=f"Pro {i}"))
        doc.add("family", FamilyMember(id=f"m{i}", name=f"Child {i}"))
    return doc


def test_new_tie_is_none_when_the_two_are_already_joined_in_either_direction():
    doc = _doc()
    assert edits.new_tie(doc, "a1", "a2") == (COORD, "a1", "a2")
    doc.add_link(COORD, "a2", "a1")
    assert edits.new_tie(doc, "a1", "a2") is None
    assert edits.new_tie(doc, "m1", "a1") == (CONTACT, "a1", "m1")
    doc.add_link(CONTACT, "a1", "m1")
    assert edits.new_tie(doc, "m1", "a1") is None
    assert edits.new_tie(doc, "m1", "m2") is None


ENDS_ON_MAP = ["a1", "a2", "m1", FAMILY_ID, "nobody"]


@pytest.mark.parametrize(("source", "target", "kind"),
                         list(itertools.product(ENDS_ON_MAP, ENDS_ON_MAP, list(LinkKind))))
def test_document_and_file_validation_ask_the_same_rule(source, target, kind):
    """For every pair of ends and kind: the document takes the tie, and a file holding it is
    valid, exactly when the rule allows it."""
    doc = _doc()
    actors, members = {"a1", "a2"}, {"m1", "m2"}
    allowed = source != target and tie_kind(end_of(source, actors, members), end_of(target, actors, members)) is kind
    link = Link(id="l-1", kind=kind, source=source, target=target)
    try:
        doc.add("links", link)
        added = True
    except EditError:
        added = False
    assert added == allowed
    m = _doc().map
    problems = reference_problems(m.family, m.domains, m.actors, [link], [])
    assert (problems == []) == allowed


def test_the_person_form_adds_contacts_only_to_the_family_and_coordination_only_with_actors():
    doc = _doc()
    add, remove = edits.tie_changes(doc, ["a1"], {"m1", FAMILY_ID, "a2", "nobody"}, ["a2", "m2", "a1", "nobody"])
    assert sorted((ln.kind.value, ln.source, ln.target) for ln in add) == [
        ("contact", "a1", "family"), ("contact", "a1", "m1"), ("coordination", "a1", "a2")]
    assert remove == []
    # someone being added in the same step may be a partner
    add, _ = edits.tie_changes(doc, ["a1"], None, ["a-new"], known={"a-new"})
    assert [(ln.kind, ln.target) for ln in add] == [(COORD, "a-new")]


def test_pasting_keeps_a_contact_only_with_a_family_member_the_map_has():
    source = _doc()
    source.add_link(CONTACT, "a1", "m1")
    source.add_link(CONTACT, "a1", FAMILY_ID)
    payload = clipboard.copy_people(source, ["a1"])
    target = MapDocument(SkyMap())
    target.add("family", FamilyMember(id="m9", name="Other child"))
    pasted = clipboard.paste_people(target, payload)
    links = [obj for collection, obj in pasted if collection == "links"]
    assert [ln.target for ln in links] == [FAMILY_ID]  # m1 is not on this map
