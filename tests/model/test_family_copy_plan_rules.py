"""What of the joint plan the family's copy keeps, decided in the model (no Qt): goals and
open/done agreements without notes; not dropped ones, not those of a protected or ended owner,
not a goal or agreement naming a protected person (by a word of the name no one else carries)."""

from __future__ import annotations

from skymap.model.family_copy import family_copy, family_page
from skymap.model.objects import SkyMap
from tests.export.consent_map import consent_map
from tests.export.test_family_copy_plan import planned_map


def test_the_copy_keeps_what_was_agreed_and_nothing_else():
    copy = family_copy(planned_map("da"))
    assert copy.goals == ["Emil kommer i skole hver dag", "Vi spiser aftensmad sammen"]  # not "Thomas flytter…"
    assert [ag.id for ag in copy.agreements] == ["g1", "g2", "g3", "g4"]
    assert all(ag.note == "" for ag in copy.agreements)


def test_the_family_name_alone_does_not_hide_an_agreement():
    """"Nørgaard" is the protected father's surname but also the family's: not a secret word."""
    m = planned_map("en")
    data = m.model_dump()
    data["agreements"][0]["text"] = "Ringe til Sofie Nørgaard"
    copy = family_copy(SkyMap.model_validate(data))
    assert "Ringe til Sofie Nørgaard" in [ag.text for ag in copy.agreements]


def test_the_page_says_who_does_what_by_when_and_without_a_plan_says_nothing():
    page = family_page(family_copy(planned_map("en")), "en")
    assert page.plan_heading == "What we agreed" and page.goals_heading == "Your goals"
    assert page.todo[0] == "Hanne Lund (Vestbyskolen): Ringe til PPR – by 15 December 2026"
    assert page.done == "Done already: Søge om aflastning."
    empty = family_page(family_copy(consent_map("en")), "en")
    assert (empty.plan_heading, empty.goals, empty.todo, empty.done) == ("", [], [], "")
