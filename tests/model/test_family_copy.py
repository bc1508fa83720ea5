"""The family's own copy in the model: what is left out, and the plain-language page's words."""

from __future__ import annotations

from skymap.model.family_copy import family_copy, family_page, family_title
from skymap.model.objects import FAMILY_ID, Actor, Annotation, FamilyMember, Link, Metadata, SkyMap
from skymap.model.vocabulary import Consent, FamilyRole, LinkKind

C, K = LinkKind.CONTACT, LinkKind.COORDINATION


def a_map(lang="da", coordinator=True, family_name="Nørgaard", caseworker="Mette Skov") -> SkyMap:
    return SkyMap(
        meta=Metadata(title="Sag 123 – intern", family_name=family_name, caseworker=caseworker, language=lang),
        family=[FamilyMember(id="m-1", name="Sofie", role=FamilyRole.MOTHER, notes="note"),
                FamilyMember(id="m-2", name="Jens", role=FamilyRole.FATHER, protected=True, protected_reason="r")],
        actors=[Actor(id="a-1", name="Hanne", role="Lærer", organisation="Skolen", coordinator=coordinator,
                      consent=Consent.GIVEN, consent_scope="scope", notes="n"),
                Actor(id="a-2", name="Karin", role="PPR"),
                Actor(id="a-3", name="Rikke", protected=True),
                Actor(id="a-4", name="Gamle Gert", active=False)],
        links=[Link(id="l-1", kind=C, source="a-1", target="m-1", note="x"),
               Link(id="l-2", kind=C, source="a-2", target=FAMILY_ID),
               Link(id="l-3", kind=C, source="a-1", target="m-2"),
               Link(id="l-4", kind=K, source="a-1", target="a-2"),
               Link(id="l-5", kind=K, source="a-2", target="a-3"),
               Link(id="l-6", kind=K, source="a-4", target="a-1")],
        annotations=[Annotation(id="n-1", text="husk")],
    )


def test_the_copy_leaves_out_protected_and_ended_people_their_ties_notes_and_consent():
    copy = family_copy(a_map())
    assert [f.name for f in copy.family] == ["Sofie"]
    assert [a.name for a in copy.actors] == ["Hanne", "Karin"]
    assert [ln.id for ln in copy.links] == ["l-1", "l-2", "l-4"]
    assert copy.annotations == [] and copy.snapshots == []
    assert all(p.notes == "" for p in (*copy.family, *copy.actors)) and all(ln.note == "" for ln in copy.links)
    assert all(a.consent is None and a.consent_scope == "" for a in copy.actors)
    assert copy.meta.title == "Familien Nørgaards eget kort"  # not the caseworker's own title


def test_the_plain_page_says_who_is_around_who_works_together_and_whom_to_call():
    page = family_page(family_copy(a_map()))
    assert page.people_heading == "Det er de mennesker, der er omkring jer"
    assert page.groups == [("Andre", ["Hanne (Lærer, Skolen) – har kontakt med Sofie",
                                      "Karin (PPR) – har kontakt med hele familien"])]
    assert page.together == ["Hanne og Karin"]
    assert page.call == ["Jeres familiekoordinator er Hanne (Lærer, Skolen). Ring til Hanne, hvis I har spørgsmål, "
                         "eller hvis noget skal ændres."]
    en = family_page(family_copy(a_map("en")))
    assert en.title == "The Nørgaard family's own map" and en.together == ["Hanne and Karin"]
    assert en.call[0].startswith("Your family coordinator is Hanne (Lærer, Skolen). Call Hanne")


def test_without_a_coordinator_the_page_says_to_call_the_caseworker():
    page = family_page(family_copy(a_map("en", coordinator=False)))
    assert page.call == ["No family coordinator has been chosen yet. Call your caseworker, Mette Skov, if you have "
                         "questions."]
    page = family_page(family_copy(a_map("da", coordinator=False, caseworker="")))
    assert page.call == ["Der er ikke valgt en familiekoordinator endnu. Ring til jeres sagsbehandler, hvis I har "
                         "spørgsmål."]


def test_titles_in_danish_genitive_and_without_a_family_name():
    assert family_title(a_map(family_name="Jens"), "da") == "Familien Jens' eget kort"
    assert family_title(a_map(family_name=""), "da") == "Jeres eget kort"
    assert family_title(a_map(family_name=""), "en") == "Your own map"


def test_an_empty_map_has_a_page_too():
    page = family_page(family_copy(SkyMap()), "en")
    assert page.groups == [("", ["There is no one on the map yet."])]
    assert page.together == ["No one on the map works together yet."]
