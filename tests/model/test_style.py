"""The one drawing style (model/style.py): the screen's and the print's display lists say the
same thing for every tie kind, quality and direction, every badge and an ended person; only
the sizes of the medium differ. Without Qt."""

import itertools

import pytest

from skymap.model import style
from skymap.model.objects import Actor
from skymap.model.vocabulary import ActorKind, Direction, LinkKind, Quality

POINTS = [(0.0, 0.0), (150.0, 40.0), (300.0, 0.0)]  # a tie that bends once around someone


def signature(prims):
    """What a display list says, without its sizes: kinds, colours, dashed or not."""
    out = []
    for p in prims:
        if isinstance(p, style.Stroke):
            out.append(("stroke", p.pen.colour, p.pen.dash is not None))
        elif isinstance(p, style.Fill):
            out.append(("fill", p.colour))
        elif isinstance(p, style.Shape):
            out.append(("shape", p.pen.colour, p.fill, p.pen.dash is not None))
        elif isinstance(p, style.Circle):
            out.append(("circle", p.pen and p.pen.colour, p.fill))
        else:
            out.append(("text", p.text, p.colour, p.bold))
    return out


@pytest.mark.parametrize("quality,kind,direction",
                         list(itertools.product(Quality, LinkKind, [None, *Direction])))
def test_a_tie_says_the_same_on_screen_and_on_paper(quality, kind, direction):
    ink = style.tie_ink(kind)
    screen = style.tie_primitives(style.SCREEN, quality, POINTS, direction, ink)
    paper = style.tie_primitives(style.PRINT, quality, POINTS, direction, ink)
    assert signature(screen) == signature(paper)
    heads = sum(isinstance(p, style.Fill) for p in screen)
    assert heads == {None: 0, Direction.FORWARD: 1, Direction.BACKWARD: 1,
                     Direction.MUTUAL: 2}[direction]
    assert (len(screen) - heads == 2) == (quality is Quality.BROKEN)  # the two strokes across
    assert (screen[0].pen.dash is not None) == (quality is Quality.WEAK)
    # a strained tie is jagged in both: many more corners than the straight line has
    assert (len(screen[0].path) > 2 * len(POINTS)) == (quality is Quality.STRAINED)
    assert (len(paper[0].path) > 2 * len(POINTS)) == (quality is Quality.STRAINED)


@pytest.mark.parametrize("medium", [style.SCREEN, style.PRINT], ids=lambda m: m.name)
def test_a_strong_tie_is_the_thickest_in_both_media(medium):
    widths = medium.tie_width
    assert set(widths) == set(Quality)
    assert all(widths[Quality.STRONG] > w for q, w in widths.items() if q is not Quality.STRONG)
    assert all(widths[Quality.WEAK] <= w for w in widths.values())


@pytest.mark.parametrize("coordinator,core_team,lang",
                         list(itertools.product([False, True], [False, True], ["da", "en"])))
def test_badges_are_the_same_glyphs_and_colours_on_screen_and_on_paper(coordinator, core_team, lang):
    actor = Actor(id="a", name="Kim", kind=ActorKind.PROFESSIONAL, coordinator=coordinator, core_team=core_team)
    badges = style.person_badges(actor, lang)
    roles = ("FK", "KT") if lang == "da" else ("FC", "CT")
    assert [g for g, _ in badges if g in roles] == [g for g, on in zip(roles, (coordinator, core_team)) if on]
    screen = style.badge_primitives(style.SCREEN, 0, 0, 16, badges)
    paper = style.badge_primitives(style.PRINT, 0, 0, 16, badges)
    assert signature(screen) == signature(paper)
    # the first badge stands right of the head, the second left, in both
    for prims in (screen, paper):
        circles = [p for p in prims if isinstance(p, style.Circle)]
        assert [c.cx > 0 for c in circles[:2]] == [True, False][:len(circles)]
        assert all(c.cy < 0 for c in circles[:2])


@pytest.mark.parametrize("faded", [False, True])
def test_an_ended_person_is_dashed_in_both_media(faded):
    screen = style.person_symbol(style.SCREEN, 0, 0, 16, style.PROFESSIONAL_FILL, faded)
    paper = style.person_symbol(style.PRINT, 0, 0, 16, style.PROFESSIONAL_FILL, faded)
    assert [type(p) for p in screen] == [type(p) for p in paper] == [style.Shape, style.Fill]
    assert (screen[0].pen.dash is not None) == (paper[0].pen.dash is not None) == faded
    assert screen[0].fill == paper[0].fill == style.PROFESSIONAL_FILL


def test_every_badge_has_a_glyph_in_both_languages_and_a_legend_line():
    from skymap.model.messages import message

    for badge in style.BADGES:
        assert badge.text("da") and badge.text("en") and badge.text("fr") == badge.text("en")
        assert message(badge.legend, "da") != badge.legend and message(badge.legend, "en") != badge.legend
    assert len(style.SCREEN.badge_slots) == len(style.PRINT.badge_slots)
