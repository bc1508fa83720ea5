"""How the map looks, once, for the screen and the print: colours, pens, tie shapes, badges.

Both the Qt items (ui/items, drawn through ui/painting.draw_primitives) and the PDF/SVG
painter (export/painter.draw_primitives) draw the *display lists* made here: small lists of
primitives (`Stroke`, `Fill`, `Circle`, `Shape`, `Text`) with plain-data pens, in the caller's
coordinates. Neither side decides a colour, a width or a shape of a tie or a badge itself.

The screen and the print are two *media* of the same style (`SCREEN`, `PRINT`): the screen
draws in map units and is seen at any zoom, the print is drawn in page points on a map fitted
to A4, so a tie is thicker on screen (in map units) than on paper (in points). Each medium's
numbers stand side by side in one `Medium`, so a change to one is seen next to the other;
they are the numbers the two drew with before they shared this module (pictures unchanged).

Adding a person badge (a mark on the rim of a person's symbol, like the coordinator's FK):
append a `BadgeKind` to `BADGES` with its glyph per language, its colour, which people carry
it (`shows`) and the message key of its line in the PDF legend (model/messages.py). The
window, the print, the SVG and the legend then all draw it; badges take the places in
`Medium.badge_slots` in the order of `BADGES` (right, left, then lower right, lower left).
A mark that is not a round glyph badge (a ring, a crossed outline) belongs in
`person_symbol` as a primitive of its own, with its numbers in `Medium`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from .geometry import (
    Path,
    Point,
    arrow_head,
    circle_path,
    cross_marks,
    person_path,
    polyline,
    zigzag,
)
from .objects import Actor
from .vocabulary import ActorKind, Direction, LinkKind, Quality

# ----- colours (hex, as stored and as both media take them) --------------------------------
INK = "#1f2a36"
"""Text and outlines: dark blue-grey, contrast above 12:1 on the light clouds."""
MUTED = "#4a5868"
FADED_INK = "#56616e"
"""The name of someone no longer involved: lighter than INK, still 4.5:1 (WCAG AA)."""
FADED_EDGE = "#9aa5b1"
"""On paper, the outline and symbol of someone no longer involved, and their ties."""
SELECTION = "#1565c0"
HIGHLIGHT = "#e65100"
CANVAS = "#fbfbf8"
WHITE = "#ffffff"
FAMILY_FILL = "#fff7e0"
PRIVATE_FILL = "#fde9d9"
PROFESSIONAL_FILL = "#ffffff"
CONTACT_INK = "#37474f"
COORDINATION_INK = "#00695c"
COORDINATOR = "#2e7d32"
CORE_TEAM = "#5e35b1"
AGREEMENTS = "#0d47a1"
"""The badge with the number of a person's open agreements in the joint plan."""
NEW_MARK = "#2e7d32"
PROTECTED = "#b71c1c"
"""A protected person (skærmet): their badge "!" and every tie to them, drawn dash-dot."""
PROTECTED_DASH = (5.0, 2.0, 1.0, 2.0)
"""A tie to a protected person: dash-dot (in tie widths), so it is never read as a support."""
CONSENT_GIVEN = "#1b5e20"
CONSENT_REFUSED = "#4e342e"
CONSENT_WITHDRAWN = "#bf360c"
CONSENT_MISSING = "#546e7a"
"""Consent badges: each state has its own glyph (✓ ✕ ↺ ?), so none needs its colour to be read."""


# ----- primitives ----------------------------------------------------------------------
@dataclass(frozen=True)
class Pen:
    """A line's colour, width (in the medium's unit) and dash pattern in multiples of the
    width (as Qt counts it; the print multiplies it out), None for a solid line."""

    colour: str
    width: float
    dash: tuple[float, ...] | None = None
    cap: str = "round"  # "round" caps and joins, or "square" caps and bevel joins (Qt's default)


@dataclass(frozen=True)
class Stroke:
    """A neutral path (geometry.Path) drawn with a pen, not filled."""

    path: Path
    pen: Pen


@dataclass(frozen=True)
class Fill:
    """A closed neutral path filled with a colour, no outline."""

    path: Path
    colour: str


@dataclass(frozen=True)
class Circle:
    """A circle with an optional outline and fill (a badge, a person's symbol)."""

    cx: float
    cy: float
    r: float
    pen: Pen | None
    fill: str | None


@dataclass(frozen=True)
class Shape:
    """A closed neutral path with an outline and a fill (a person's round symbol)."""

    path: Path
    pen: Pen
    fill: str


@dataclass(frozen=True)
class Text:
    """One line of text centred on x. With `box` (> 0) it is centred in a square of that
    side around (x, y) (the screen's way); else y is its baseline (the print's way). `size`
    is in the medium's text unit: font points before the user's text size on screen, page
    points in print."""

    x: float
    y: float
    text: str
    size: float
    colour: str
    bold: bool = False
    box: float = 0.0


Primitive = Stroke | Fill | Circle | Shape | Text


# ----- the two media ---------------------------------------------------------------------
@dataclass(frozen=True)
class Medium:
    """The numbers of one medium (see the module's docstring)."""

    name: str
    tie_width: Mapping[Quality, float]
    weak_dash: tuple[float, ...]  # in tie widths
    jag: tuple[float, float]  # a strained tie's zigzag: amplitude, wavelength
    cross: tuple[float, float]  # a broken tie's two strokes: size, gap
    arrow: float  # an arrow head's size is this plus the tie's width
    emphasis: float  # added to a selected or highlighted tie's width
    ended_tie_ink: str | None  # a tie of someone no longer involved (ended_ties), None: its usual ink, faded
    outline: float  # a person's outline
    shape_cap: str  # the caps and joins of outlines (ties always have round ones)
    faded_outline: str  # ... of someone no longer involved
    faded_dash: tuple[float, ...]  # in outline widths
    faded_symbol: str  # the head and shoulders of someone no longer involved
    faded_opacity: float  # the whole symbol (names stay readable)
    badge_slots: tuple[tuple[float, float], ...]  # badge centres in person radii
    badge_radius: Callable[[float, float], float]  # (person radius, growth with the text) -> radius
    badge_ring: float  # the white ring around a badge
    badge_text: Callable[[float], float]  # badge radius -> glyph size
    badge_baseline: float  # print: the glyph's baseline below the centre, in badge radii


SCREEN = Medium(
    name="screen",
    tie_width={Quality.STRONG: 4.5, Quality.MODERATE: 2.2, Quality.WEAK: 1.8, Quality.STRAINED: 2.0,
               Quality.BROKEN: 2.0, Quality.NOT_ASSESSED: 2.0},  # not assessed: a plain line
    weak_dash=(4, 3),
    jag=(5.0, 14.0),
    cross=(9.0, 6.0),
    arrow=11.0,
    emphasis=1.5,
    ended_tie_ink=None,
    outline=1.5,
    shape_cap="square",
    faded_outline=INK,
    faded_dash=(4, 2),
    faded_symbol=MUTED,
    faded_opacity=0.45,
    badge_slots=((0.8, -0.75), (-0.8, -0.75), (0.8, 0.75), (-0.8, 0.75)),
    badge_radius=lambda r, grow: 11 * grow,
    badge_ring=1.5,
    badge_text=lambda br: 6.5,  # font points, before the user's text size
    badge_baseline=0.0,
)
PRINT = Medium(
    name="print",
    tie_width={Quality.STRONG: 2.6, Quality.MODERATE: 1.2, Quality.WEAK: 1.0, Quality.STRAINED: 1.0,
               Quality.BROKEN: 1.2, Quality.NOT_ASSESSED: 1.1},
    weak_dash=(3, 2),
    jag=(2.4, 7.0),
    cross=(4.2, 3.2),
    arrow=5.5,
    emphasis=0.0,
    ended_tie_ink=FADED_EDGE,
    outline=0.7,
    shape_cap="round",
    faded_outline=FADED_EDGE,
    faded_dash=(1.5 / 0.7, 1.2 / 0.7),
    faded_symbol=FADED_EDGE,
    faded_opacity=1.0,
    badge_slots=((0.85, -0.78), (-0.85, -0.78), (0.85, 0.78), (-0.85, 0.78)),
    badge_radius=lambda r, grow: max(3.8, r * 0.45),
    badge_ring=0.5,
    badge_text=lambda br: br * 0.95,
    badge_baseline=0.38,
)


# ----- ties ----------------------------------------------------------------------------
def tie_ink(kind: LinkKind) -> str:
    """A tie's colour says whether it is a contact or a coordination (its line says how good)."""
    return COORDINATION_INK if kind is LinkKind.COORDINATION else CONTACT_INK


def ended_ties(content) -> frozenset[str]:
    """The ids of the ties of someone no longer involved (at either end): they are drawn
    faded as that person is, on screen (`SCREEN.faded_opacity`) and in print
    (`PRINT.ended_tie_ink`), and explained in the PDF's legend. `content`: a map or a status."""
    ended = {a.id for a in content.actors if not a.active}
    if not ended:
        return frozenset()
    return frozenset(ln.id for ln in content.links if ln.source in ended or ln.target in ended)


def tie_pen(medium: Medium, quality: Quality, ink: str, emphasised: bool = False, protected: bool = False) -> Pen:
    """The pen of a tie drawn as `quality`: strong = thick, weak = dashed; a tie to a
    protected person (`protected`) dash-dot in warning red, whatever its quality."""
    width = medium.tie_width[quality] + (medium.emphasis if emphasised else 0.0)
    if protected:
        return Pen(PROTECTED, width, PROTECTED_DASH)
    return Pen(ink, width, medium.weak_dash if quality is Quality.WEAK else None)


def tie_primitives(medium: Medium, quality: Quality, points: list[Point], direction: Direction | None,
                   ink: str, jagged: bool = True, emphasised: bool = False,
                   protected: bool = False) -> list[Primitive]:
    """A tie in eco-map style through `points` (its two trimmed ends and any bends between):
    strong = thick solid, moderate = solid, weak = dashed, strained = jagged (straight with
    `jagged` False: too small to see the jags), broken = solid with two strokes across; an
    arrow head at each end help flows to. The line first, then the strokes across, then
    the heads. A tie to a protected person (`protected`) is dash-dot in warning red."""
    pen = tie_pen(medium, quality, ink, emphasised, protected)
    ink = pen.colour
    out: list[Primitive] = []
    if quality is Quality.STRAINED and jagged:
        line: Path = []
        for a, b in pairwise(points):
            part = zigzag(a, b, *medium.jag)
            line += part if not line else part[1:]
        out.append(Stroke(line, Pen(ink, pen.width, pen.dash if protected else None)))
    else:
        out.append(Stroke(polyline(points), pen))
    if quality is Quality.BROKEN:
        k = (len(points) - 1) // 2
        out.append(Stroke(cross_marks(points[k], points[k + 1], *medium.cross), Pen(ink, pen.width)))
    size = medium.arrow + medium.tie_width[quality]
    if direction in (Direction.FORWARD, Direction.MUTUAL):
        out.append(Fill(arrow_head(points[-2], points[-1], size), ink))
    if direction in (Direction.BACKWARD, Direction.MUTUAL):
        out.append(Fill(arrow_head(points[1], points[0], size), ink))
    return out


# ----- people and their badges -----------------------------------------------------------
@dataclass(frozen=True)
class BadgeKind:
    """A round mark with a glyph on the rim of a person's symbol (see the module's docstring)."""

    key: str
    glyph: Mapping[str, str]  # per language; English for any other
    colour: str
    shows: Callable[[Actor], bool] = field(compare=False)
    legend: str  # message key of its line in the PDF legend

    def text(self, lang: str) -> str:
        return self.glyph.get(lang, self.glyph["en"])


def _consent_is(state: str | None) -> Callable[[Actor], bool]:
    """A professional whose recorded consent is `state` ("given" ...); None: nothing is
    recorded for someone in the core team or the family coordinator (a finding too)."""
    if state is None:
        return lambda a: (getattr(a, "consent", None) is None and a.kind is ActorKind.PROFESSIONAL and a.active
                          and (a.core_team or a.coordinator))
    return lambda a: getattr(a, "consent", None) == state


BADGES: list[BadgeKind] = [
    BadgeKind("protected", {"da": "!", "en": "!"}, PROTECTED, lambda a: a.protected, "legend_protected"),
    BadgeKind("coordinator", {"da": "FK", "en": "FC"}, COORDINATOR, lambda a: a.coordinator, "pdf_coordinator"),
    BadgeKind("core_team", {"da": "KT", "en": "CT"}, CORE_TEAM, lambda a: a.core_team, "pdf_core"),
    BadgeKind("consent_given", {"en": "✓"}, CONSENT_GIVEN, _consent_is("given"), "legend_consent_given"),
    BadgeKind("consent_refused", {"en": "✕"}, CONSENT_REFUSED, _consent_is("refused"), "legend_consent_refused"),
    BadgeKind("consent_withdrawn", {"en": "↺"}, CONSENT_WITHDRAWN, _consent_is("withdrawn"),
              "legend_consent_withdrawn"),
    BadgeKind("consent_missing", {"en": "?"}, CONSENT_MISSING, _consent_is(None), "legend_consent_missing"),
]
"""skærmet / protected (first: it always has a place); familiekoordinator / family
coordinator; kerneteam / core team; the consent recorded (samtykke), one glyph per state."""
CASEWORKER_BADGES = frozenset({"protected", "consent_given", "consent_refused", "consent_withdrawn",
                               "consent_missing"})
"""Marks for the caseworker's eyes: left out of the family's own copy and its legend."""


def member_badges(member, lang: str, caseworker: bool = True) -> list[tuple[str, str]]:
    """(glyph, colour) of a family member's badges: the protected mark (not in the family's copy)."""
    return [(b.text(lang), b.colour) for b in BADGES
            if b.key == "protected" and b.shows(member) and caseworker]


def person_badges(actor: Actor, lang: str, open_agreements: int = 0, caseworker: bool = True) -> list[tuple[str, str]]:
    """(glyph, colour) of every badge `actor` carries, in slot order; the count of their
    open agreements (joint plan) last. `caseworker=False`, the family's own copy: without the
    caseworker's marks (CASEWORKER_BADGES; the copy has no consent details, so a core-team
    member would otherwise wear "?" there)."""
    return [(b.text(lang), b.colour) for b in BADGES
            if b.shows(actor) and (caseworker or b.key not in CASEWORKER_BADGES)] + agreement_badges(open_agreements)


def agreement_badges(open_agreements: int) -> list[tuple[str, str]]:
    """The badge with the number of a person's (or family member's) open agreements, if any."""
    if open_agreements <= 0:
        return []
    return [(str(open_agreements) if open_agreements < 10 else "9+", AGREEMENTS)]


def badge_primitives(medium: Medium, cx: float, cy: float, r: float, badges: list[tuple[str, str]],
                     grow: float = 1.0) -> list[Primitive]:
    """The badges of a person whose symbol (radius `r`) stands at (cx, cy); `grow` is how
    much badges grow with the user's text size on screen."""
    out: list[Primitive] = []
    for (text, colour), (fx, fy) in zip(badges, medium.badge_slots):
        bx, by = cx + r * fx, cy + r * fy
        br = medium.badge_radius(r, grow)
        out.append(Circle(bx, by, br, Pen(WHITE, medium.badge_ring, cap=medium.shape_cap), colour))
        size = medium.badge_text(br)
        if medium.badge_baseline:
            out.append(Text(bx, by + br * medium.badge_baseline, text, size, WHITE, bold=True))
        else:
            out.append(Text(bx, by, text, size, WHITE, bold=True, box=2 * br))
    return out


def person_symbol(medium: Medium, cx: float, cy: float, r: float, fill: str, faded: bool,
                  outline: Pen | None = None) -> list[Primitive]:
    """A person's round symbol with head and shoulders; someone no longer involved (`faded`)
    has a dashed outline (and on screen the whole symbol at `faded_opacity`). `outline`
    replaces the usual one (the screen's selection)."""
    if outline is None:
        outline = Pen(medium.faded_outline if faded else INK, medium.outline, cap=medium.shape_cap)
    if faded:
        outline = Pen(outline.colour, outline.width, medium.faded_dash, outline.cap)
    return [Shape(circle_path(cx, cy, r), outline, fill),
            Fill(person_path(cx, cy, r), medium.faded_symbol if faded else MUTED)]


def person_fill(actor: Actor) -> str:
    """A professional's symbol is white, a private person's light peach."""
    return PRIVATE_FILL if actor.kind is ActorKind.PRIVATE else PROFESSIONAL_FILL
