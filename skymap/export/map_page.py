"""The map page: header, the map itself fitted into its box, and the legend.

Drawn through a painter (PDF or SVG) with the same shapes as the screen (model/geometry),
scaled from map units to page points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skymap.model import style
from skymap.model.contrast import text_colour_on
from skymap.model.geometry import (
    PERSON_RADIUS,
    cloud_path,
    ellipse_path,
    label_spot,
    trim,
)
from skymap.model.layout import FAMILY_SPACING, PERSON_W, members_oval
from skymap.model.messages import message, pick
from skymap.model.objects import FAMILY_ID, Settings, SkyMap
from skymap.model.plan import open_counts
from skymap.model.rc import drawn_quality
from skymap.model.routes import tie_routes
from skymap.model.title import shown_title
from skymap.model.vocabulary import Direction, Quality, label

from .painter import draw_primitives, elide, text_width, wrap_words

# Colours, widths, tie shapes and badges are the style's (model/style.py), shared with the screen.
INK, MUTED, FADED_INK = style.INK, style.MUTED, style.FADED_INK
CONTACT_INK, COORDINATION_INK = style.CONTACT_INK, style.COORDINATION_INK
FAMILY_AREA, FAMILY_EDGE, FAMILY_FILL = "#fff1c9", "#c9a227", style.FAMILY_FILL
PRIVATE_FILL, PRO_FILL = style.PRIVATE_FILL, style.PROFESSIONAL_FILL
CONFIDENTIAL = "#b71c1c"
HALO, HALO_OPACITY = "#fcfcf9", 0.92  # behind names, opaque enough for 4.5:1 on any cloud
WIDTH = style.PRINT.tie_width
MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def long_date(d: date, lang: str) -> str:
    month = pick((MONTHS["da"], MONTHS["en"]), lang)[d.month - 1]
    return pick((f"{d.day}. {month} {d.year}", f"{d.day} {month} {d.year}"), lang)


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float


def tie_stroke(p, quality: Quality, a, b, ink: str, direction: Direction | None, route: list | None = None,
               protected: bool = False) -> None:
    """Draw one tie in eco-map style between page points a and b (through the page points
    of `route` where it bends around people, as on screen): the style's display list for
    the print (model/style.tie_primitives); `protected`: a tie to a protected person."""
    points = route if route and len(route) > 2 else [a, b]
    draw_primitives(p, style.tie_primitives(style.PRINT, quality, points, direction, ink, protected=protected))


def content_bounds(m: SkyMap) -> tuple[float, float, float, float]:
    xs0, ys0, xs1, ys1 = [], [], [], []

    def add(x0, y0, x1, y1):
        xs0.append(x0)
        ys0.append(y0)
        xs1.append(x1)
        ys1.append(y1)

    for d in m.domains:
        add(d.x - d.width / 2, d.y - d.height / 2, d.x + d.width / 2, d.y + d.height / 2)
    for a in m.actors:
        add(a.x - PERSON_W / 2, a.y - PERSON_RADIUS - 12, a.x + PERSON_W / 2, a.y + PERSON_RADIUS + 40)
    left, top, w, h = members_oval(m.family)
    add(left, top, left + w, top + h)
    for n in m.annotations:
        add(n.x - 100, n.y - 40, n.x + 100, n.y + 40)
    return min(xs0), min(ys0), max(xs1), max(ys1)


def draw_map(p, m: SkyMap, box: Box, lang: str, family: bool = False) -> float:
    """Draw the map fitted into `box`; returns the scale (page points per map unit).
    `family`: the family's own copy, without the caseworker's marks on people."""
    x0, y0, x1, y1 = content_bounds(m)
    s = min(box.w / (x1 - x0), box.h / (y1 - y0))
    ox = box.x + (box.w - (x1 - x0) * s) / 2 - x0 * s
    oy = box.y + (box.h - (y1 - y0) * s) / 2 - y0 * s

    def T(x: float, y: float) -> tuple[float, float]:  # noqa: N802 - the map-to-page transform, as in the formulas
        return ox + x * s, oy + y * s

    name_size = max(5.0, min(8.5, 12.0 * s))
    sub_size = max(4.3, name_size * 0.85)
    slot = PERSON_W * s - 3
    counts: dict[str | None, int] = {}
    for a in m.actors:
        if a.active:
            counts[a.domain] = counts.get(a.domain, 0) + 1

    # Clouds
    for d in m.domains:
        cx, cy = T(d.x, d.y)
        p.path(cloud_path(cx, cy, d.width * s, d.height * s, bump=70 * s, outline=d.outline), stroke=_darker(d.color),
               fill=d.color, width=0.8)
    # Family
    left, top, w, h = members_oval(m.family)
    fx, fy = T(left, top)
    family_box = (fx, fy, w * s, h * s)
    p.path(ellipse_path(fx + w * s / 2, fy + h * s / 2, w * s / 2, h * s / 2), stroke=FAMILY_EDGE, fill=FAMILY_AREA,
           width=1.2)

    # Ties
    radius = max(5.5, PERSON_RADIUS * s)
    member_r = radius * 1.25
    where = {a.id: (T(a.x, a.y), radius) for a in m.actors}
    where.update({f.id: (T(f.x, f.y), member_r) for f in m.family})
    centre = (fx + w * s / 2, fy + h * s / 2)
    ended = style.ended_ties(m)  # grey, at either end (the legend says so)
    routes = tie_routes(m)  # the same bends around people as on screen
    settings = getattr(m, "settings", None) or Settings()  # a scored tie is drawn by its band, as on screen
    shielded = {x.id for x in m.people() if x.protected}  # their ties: dash-dot, warning red
    for link in m.links:
        a_pt, ra = where[link.source]
        if link.target == FAMILY_ID:
            b_pt = centre
            rb = _ellipse_radius(w * s / 2, h * s / 2, a_pt[0] - centre[0], a_pt[1] - centre[1])
        else:
            b_pt, rb = where[link.target]
        bends = [T(*q) for q in routes.get(link.id, [])[1:-1]]
        ends = trim(a_pt, bends[0] if bends else b_pt, ra + 1, 0.0)
        back = trim(bends[-1] if bends else a_pt, b_pt, 0.0, rb + 1)
        if ends is None or back is None:
            continue
        ink = style.tie_ink(link.kind)
        if link.id in ended:
            ink = style.PRINT.ended_tie_ink or ink
        tie_stroke(p, drawn_quality(link, settings), ends[0], back[1], ink, link.direction,
                   route=[ends[0], *bends, back[1]], protected=link.source in shielded or link.target in shielded)

    # People (with the count of their open agreements in the joint plan)
    agreements = open_counts(m)
    for f in m.family:
        role = label(f.role, lang)
        _person(p, *T(f.x, f.y), member_r, FAMILY_FILL, f.name, "" if role.lower() in f.name.lower() else role,
                name_size, sub_size,
                max(slot, (FAMILY_SPACING - 8) * s),
                style.member_badges(f, lang, not family) + style.agreement_badges(agreements.get(f.id, 0)),
                False)  # members stand FAMILY_SPACING apart
    for a in m.actors:
        _person(p, *T(a.x, a.y), radius, style.person_fill(a), a.name, a.role or a.organisation, name_size, sub_size,
                slot, style.person_badges(a, lang, agreements.get(a.id, 0), not family), not a.active)

    # Labels last, so that nothing covers them
    for d in m.domains:
        cx, cy = T(d.x, d.y)
        _cloud_label(p, cx, cy - d.height * s / 2, d.width * s, d.label, counts.get(d.id, 0), d.color, s,
                     d.height * s, d.outline)
    title = message("family_title", lang, name=m.meta.family_name) if m.meta.family_name else message(
        "s_the_family", lang)
    size = max(6.5, min(11, 15 * s))
    tw = text_width(title, size, True)
    p.rect(centre[0] - tw / 2 - 4, family_box[1] + 4 * s + 2, tw + 8, size + 4, fill="#fff6d6", radius=3,
           opacity=0.9)
    p.text(centre[0], family_box[1] + 4 * s + 2 + size, title, size, bold=True, anchor="middle")
    for n in m.annotations:
        _note(p, *T(n.x, n.y), 200 * s, n.text, name_size)
    return s


def _darker(colour: str, factor: float = 0.72) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % (int(r * factor), int(g * factor), int(b * factor))


def _ellipse_radius(a: float, b: float, dx: float, dy: float) -> float:
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    return 1.0 / (((ux / a) ** 2 + (uy / b) ** 2) ** 0.5)


def _person(p, x, y, r, fill, name, sub, name_size, sub_size, slot, badges, faded) -> None:
    draw_primitives(p, style.person_symbol(style.PRINT, x, y, r, fill, faded)
                    + style.badge_primitives(style.PRINT, x, y, r, badges))
    # A name that does not fit goes on two lines ("Thomas" / "Nørgaard") rather than being cut.
    names = wrap(name, name_size, slot, True) if text_width(name, name_size, True) > slot else [name]
    sub = elide(sub, sub_size, slot)
    width = max([text_width(n, name_size, True) for n in names] + [text_width(sub, sub_size) if sub else 0])
    top = y + r + 1.5
    line = name_size * 1.15
    height = line * len(names) + (sub_size * 1.2 if sub else 0) + 1
    p.rect(x - width / 2 - 2, top, width + 4, height, fill=HALO, radius=2, opacity=HALO_OPACITY)
    for i, text in enumerate(names):
        p.text(x, top + name_size + i * line, text, name_size, bold=True, anchor="middle",
               colour=FADED_INK if faded else INK)
    if sub:
        p.text(x, top + line * len(names) + sub_size, sub, sub_size, anchor="middle", colour=MUTED)


def wrap(text: str, size: float, width: float, bold: bool = False, max_lines: int = 2) -> list[str]:
    """Words into at most `max_lines` lines of `width` points (the last elided)."""
    lines = wrap_words(text, size, width, bold)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    return [elide(ln, size, width, bold) for ln in lines]


def _cloud_label(p, cx, top, width, text, count, colour, s, height=0.0, outline=None) -> None:
    size = max(6.0, min(10.5, 14 * s))
    badge = f"{count}"
    badge_w = text_width(badge, size * 0.9, True) + 6
    lines = wrap(text, size, max(30.0, width - 30 - badge_w), True) or [""]  # (no name: the count alone)
    block_w = max(text_width(ln, size, True) for ln in lines) + 4 + badge_w
    y = top + max(5.0, 12 * s)
    line_h = size * 1.2
    if outline:  # a drawn cloud: as high as the label fits inside the shape, as on screen
        dx, dy = label_spot(width, height, outline, block_w + 6, line_h * len(lines) + 2, margin=max(5.0, 12 * s))
        cx, y = cx + dx, top + height / 2 + dy
    p.rect(cx - block_w / 2 - 3, y - 1, block_w + 6, line_h * len(lines) + 2, fill=colour, radius=3)
    left = cx - block_w / 2
    ink = text_colour_on(colour)  # a dark colour a user picked gets white text
    for i, ln in enumerate(lines):
        p.text(left, y + size + i * line_h - 1, ln, size, bold=True, colour=ink)
    bx = left + block_w - badge_w
    by = y + (line_h * len(lines)) / 2 - size * 0.6
    p.rect(bx, by, badge_w, size * 1.2, fill="#ffffff", radius=size * 0.6, opacity=0.85)
    p.text(bx + badge_w / 2, by + size * 0.95, badge, size * 0.9, bold=True, colour=MUTED, anchor="middle")


def _note(p, x, y, width, text, size) -> None:
    lines = wrap(text, size, width - 8, max_lines=6)
    height = len(lines) * size * 1.25 + 8
    p.rect(x - width / 2, y - height / 2, width, height, fill="#fff8c4", stroke="#d8c25a", radius=3)
    for i, ln in enumerate(lines):
        p.text(x - width / 2 + 4, y - height / 2 + 4 + size + i * size * 1.25, ln, size)


def draw_header(p, m: SkyMap, box: Box, lang: str, today: date, pseudonymised: bool) -> None:
    title = shown_title(m.meta, lang)
    p.text(box.x, box.y + 16, elide(title, 15, box.w - 200, True), 15, bold=True)
    parts = []
    if m.meta.family_name:
        parts.append(f"{message('pdf_family', lang)}: {m.meta.family_name}")
    parts.append(f"{message('pdf_date', lang)}: {long_date(today, lang)}")
    if m.meta.caseworker:
        parts.append(f"{message('pdf_caseworker', lang)}: {m.meta.caseworker}")
    if pseudonymised:
        parts.append(message("pdf_pseudonymised", lang))
    p.text(box.x, box.y + 32, "   ·   ".join(parts), 9, colour=MUTED)
    mark = message("pdf_confidential", lang)
    w = text_width(mark, 11, True) + 16
    p.rect(box.x + box.w - w, box.y + 2, w, 18, stroke=CONFIDENTIAL, width=1.2, radius=2)
    p.text(box.x + box.w - w / 2, box.y + 15.5, mark, 11, bold=True, colour=CONFIDENTIAL, anchor="middle")
    p.text(box.x + box.w, box.y + 32, message("pdf_sensitive", lang), 7.5, colour=CONFIDENTIAL, anchor="end")
    p.path([("M", box.x, box.y + 40), ("L", box.x + box.w, box.y + 40)], stroke="#c5ccd3", width=0.6)


def draw_legend(p, box: Box, lang: str, plan: bool = False, family: bool = False) -> None:
    """The legend; `family`: the family's own copy's, without the caseworker's marks."""
    x, y = box.x, box.y
    p.text(x, y + 10, message("pdf_legend", lang), 9.5, bold=True)
    y += 22
    size = 7.5
    for q in Quality:
        if q is Quality.NOT_ASSESSED:  # a plain line makes no claim: nothing to explain
            continue
        tie_stroke(p, q, (x, y), (x + 34, y), CONTACT_INK, None)
        p.text(x + 42, y + 2.6, label(q, lang), size)
        y += 14
    tie_stroke(p, Quality.MODERATE, (x, y), (x + 34, y), CONTACT_INK, Direction.FORWARD)
    p.text(x + 42, y + 2.6, message("pdf_flow", lang), size)
    y += 16
    for ink, key in ((CONTACT_INK, "pdf_contact"), (COORDINATION_INK, "pdf_coordination")):
        p.path([("M", x, y), ("L", x + 34, y)], stroke=ink, width=1.6)
        p.text(x + 42, y + 2.6, message(key, lang), size)
        y += 14
    if not family:  # the caseworker's marks (never in the family's copy)
        tie_stroke(p, Quality.MODERATE, (x, y), (x + 34, y), CONTACT_INK, None, protected=True)
        p.text(x + 42, y + 2.6, message("legend_protected_tie", lang), size)
        y += 14
    y += 6
    for fill, key, r in ((PRO_FILL, "pdf_professional", 6.5), (PRIVATE_FILL, "pdf_private", 6.5),
                         (FAMILY_FILL, "pdf_member", 8)):
        draw_primitives(p, style.person_symbol(style.PRINT, x + 17, y, r, fill, False))
        p.text(x + 42, y + 2.6, message(key, lang), size)
        y += 20
    for badge in style.BADGES:  # every badge of the style, a little smaller and without its ring
        if family and badge.key in style.CASEWORKER_BADGES:
            continue
        draw_primitives(p, [style.Circle(x + 17, y, 5.5, None, badge.colour),
                            style.Text(x + 17, y + 2, badge.text(lang), 5, style.WHITE, bold=True)])
        p.text(x + 42, y + 2.6, message(badge.legend, lang), size)
        y += 16
    if plan:  # a map with open agreements: the count on a person
        draw_primitives(p, [style.Circle(x + 17, y, 5.5, None, style.AGREEMENTS),
                            style.Text(x + 17, y + 2, "2", 5, style.WHITE, bold=True)])
        p.text(x + 42, y + 2.6, message("plan_legend", lang), size)
        y += 16
    draw_primitives(p, style.person_symbol(style.PRINT, x + 17, y, 6.5, PRO_FILL, True)[:1])  # the outline alone
    p.text(x + 42, y + 2.6, message("pdf_ended", lang), size)
    if not family:  # (the family's copy leaves out those who ended, and their ties)
        y += 16
        tie_stroke(p, Quality.MODERATE, (x, y), (x + 34, y), style.PRINT.ended_tie_ink or CONTACT_INK, None)
        p.text(x + 42, y + 2.6, message("legend_ended_tie", lang), size)
