"""The marks of consent and protection in the one drawing style (model/style.py), which the
window and the print both draw: a glyph per consent state (no colour needed), a "!" badge
for a protected person, and a dash-dot warning-red line for every tie to them."""

from __future__ import annotations

from skymap.model import style
from skymap.model.objects import Actor, FamilyMember
from skymap.model.vocabulary import ActorKind, Consent, Quality


def glyphs(actor, lang="da"):
    return [g for g, _c in style.person_badges(actor, lang)]


def test_each_consent_state_has_its_own_glyph_and_missing_shows_only_for_the_core_team():
    assert glyphs(Actor(id="a", name="A", consent=Consent.GIVEN)) == ["✓"]
    assert glyphs(Actor(id="a", name="A", consent=Consent.REFUSED)) == ["✕"]
    assert glyphs(Actor(id="a", name="A", consent=Consent.WITHDRAWN)) == ["↺"]
    assert glyphs(Actor(id="a", name="A")) == []  # nothing recorded, not in the core team: no mark
    assert glyphs(Actor(id="a", name="A", core_team=True)) == ["KT", "?"]
    assert glyphs(Actor(id="a", name="A", coordinator=True), "en") == ["FC", "?"]
    assert glyphs(Actor(id="a", name="A", core_team=True, active=False)) == ["KT"]
    assert glyphs(Actor(id="a", name="A", core_team=True, kind=ActorKind.PRIVATE)) == ["KT"]
    states = [b for b in style.BADGES if b.key.startswith("consent_")]
    assert len({b.text("da") for b in states}) == len(states) == 4  # told apart without colour


def test_the_protected_mark_comes_first_so_it_always_has_a_place():
    full = Actor(id="a", name="A", protected=True, coordinator=True, core_team=True, consent=Consent.GIVEN)
    badges = style.person_badges(full, "da", open_agreements=3)
    assert badges[0] == ("!", style.PROTECTED)
    drawn = style.badge_primitives(style.PRINT, 0, 0, 10, badges)
    assert style.Circle in {type(p) for p in drawn} and drawn[0].fill == style.PROTECTED
    member = FamilyMember(id="m", name="Jens", protected=True)
    assert style.member_badges(member, "en") == [("!", style.PROTECTED)]
    assert style.member_badges(FamilyMember(id="m", name="Jens"), "en") == []


def test_a_tie_to_a_protected_person_is_dash_dot_in_warning_red_whatever_its_quality():
    for medium in (style.SCREEN, style.PRINT):
        for quality in Quality:
            prims = style.tie_primitives(medium, quality, [(0, 0), (50, 0), (100, 0)], None, style.CONTACT_INK,
                                         protected=True)
            strokes = [p for p in prims if isinstance(p, style.Stroke)]
            assert strokes[0].pen.colour == style.PROTECTED and strokes[0].pen.dash == style.PROTECTED_DASH
            plain = style.tie_primitives(medium, quality, [(0, 0), (100, 0)], None, style.CONTACT_INK)
            assert plain[0].pen.colour == style.CONTACT_INK and plain[0].pen.dash != style.PROTECTED_DASH
        pen = style.tie_pen(medium, Quality.STRONG, style.CONTACT_INK, protected=True)
        assert pen.colour == style.PROTECTED and pen.width == medium.tie_width[Quality.STRONG]


def test_the_family_copy_leaves_out_the_caseworker_marks():
    assert {b.key for b in style.BADGES} >= style.CASEWORKER_BADGES
    assert {"coordinator", "core_team"}.isdisjoint(style.CASEWORKER_BADGES)
