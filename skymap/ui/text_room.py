"""People's text at a larger text size keeps off other people's symbols.

Settings ▸ Text size makes every name and role on the canvas larger, but the people stand
where the map puts them (the model's positions, the same for everyone who opens the file, at
any text size). At 150 % a user saw the children of the family's second row stand on their
parents' "mor" and "far", and at 125 % in the family view Emma's and Oliver's symbols on
their parents' names. So each person's text grows with the text size only as far as it stays
clear of every other person's symbol: where the larger text would reach over a symbol, that
person's name and role are drawn a step smaller (PersonItem.text_factor), never smaller than
at the normal text size (in the family view: than the normal view's names at the normal
size; the family's own names there never smaller than the family view draws them at
100 %); and everyone round the family (and the family) is drawn at the size the most
crowded of them can have, so names are alike across the map. A name that would be cut off (the family
view's large names beside their neighbours, ui/name_room.py) also steps down before it is
cut. A family member's name also keeps inside the family's oval. At the normal text size the
normal view is drawn as it always was; in the family view the family's names are fitted at
100 % too (the family's rows and oval leave room for them, model/layout.py FAMILY_ROW_H and
family_oval, but a family placed by hand may not); a cloud's people keep their size there
(where a cloud's rows put someone's symbol on the second line of a name above, that stays:
only the cloud's layout can make room there).

ui/family_screen.py runs this whenever it lays out the people on screen (the text size, the
family view switched, a person added, moved or renamed).
"""

from __future__ import annotations

from collections.abc import Iterable
from math import ceil, floor

from PySide6.QtCore import QPointF, QRectF

from skymap.model import style
from skymap.model.layout import family_oval
from skymap.ui.items.person_item import FAMILY_VIEW_NAME_PT, NAME_PT, MemberItem, PersonItem

STEP = 0.9
"""Each step down: this share of the text's size before."""
SYMBOL_MARGIN = 2.0
"""A symbol counts this much beyond its circle (its selection rim)."""


def text_box(p: PersonItem) -> QRectF:
    """The name and role of `p` as drawn (the halo behind them), in scene coordinates."""
    lines, sub, text_w, _name_w, _nf, _sf, line_h = p._laid_out()
    _scale, _name_h, sub_h = p._lines
    used = line_h * len(lines) + 2
    box = QRectF(-text_w / 2 - 4, p.radius + 2, text_w + 8, used + sub_h + 1 if sub else used + 1)
    return box.translated(p.pos())


_SIZES: dict[tuple, tuple[float, float, bool]] = {}
"""(width, height, cut) of a person's text by everything it depends on: a map's people are
laid out once per text size and factor, not again at every edit (2,000 people)."""


def _size(p: PersonItem, factor: float) -> tuple[float, float, bool]:
    """The width and height of `p`'s text (its halo) at `factor`, and whether its name is cut."""
    a = p.appearance
    key = (p.name(), p.subtitle(), a.text_scale, a.family_view, p.text_width, p.name_width, p.radius, factor)
    found = _SIZES.get(key)
    if found is None:
        kept = p.text_factor
        p.text_factor = factor  # (laid out at `factor` for the measure only; put back below)
        p._lines, p._text = p._text_lines(), None
        box = text_box(p)
        found = (box.width(), box.height(), cut(p))
        p.text_factor = kept
        p._lines, p._text = p._text_lines(), None
        if len(_SIZES) > 20000:  # (never grows without end)
            _SIZES.clear()
        _SIZES[key] = found
    return found


def symbol_box(p: PersonItem) -> QRectF:
    """The square round `p`'s symbol and badges (a coordinator's "FK" on the rim reaches
    higher than the symbol), in scene coordinates."""
    r = p.radius + SYMBOL_MARGIN
    box = QRectF(p.pos() - QPointF(r, r), p.pos() + QPointF(r, r))
    badges = p.badges()
    if badges:
        grow = max(1.0, min(p.appearance.text_scale, 1.5))  # (as PersonItem.paint draws them)
        br = style.SCREEN.badge_radius(p.radius, grow) + style.SCREEN.badge_ring / 2
        for _badge, (fx, fy) in zip(badges, style.SCREEN.badge_slots):
            bx, by = p.pos().x() + p.radius * fx, p.pos().y() + p.radius * fy
            box = box.united(QRectF(bx - br, by - br, 2 * br, 2 * br))
    return box


def cut(p: PersonItem) -> bool:
    """Whether `p`'s name is drawn cut off (with an ellipsis)."""
    return any(line.endswith("…") and not p.name().endswith("…") for line in p._laid_out()[0])


def fit(people: Iterable[PersonItem], scale: float, family_view: bool = False) -> None:
    """Set the text_factor of each of `people` (the ones on screen) at text size `scale`: down
    to the normal text size; in the family view the family's names down to the normal view's
    names at the normal text size (its large names are what the family reads: whole and
    uncovered before large) at 100 %, and at a larger text size never below what 100 % shows."""
    people = list(people)
    for p in people:
        p.set_caps(None)  # (measured as each would be drawn alone; capped again below)
    if scale <= 1.0 and not family_view:
        for p in people:
            p.set_text_factor(1.0)
        return
    # At 100 % in the family view only the family's names are fitted: its rows and oval leave
    # room for them (model/layout.py), but a family placed by hand or in a map saved before
    # may not. (A cloud's rows, PERSON_H, are shorter than two lines of the family view's
    # names; fitted, they fell below the 20 px the family view's names keep at 1366x768.)
    only_family = scale <= 1.0
    least = min(1.0, (NAME_PT / FAMILY_VIEW_NAME_PT if family_view else 1.0) / scale)
    reach = max((p.text_width for p in people), default=0.0) / 2 + 8 + max((p.radius for p in people), default=0.0)
    cell = max(reach, 60.0)
    grid: dict[tuple[int, int], list[tuple[PersonItem, QRectF]]] = {}
    for q in people:
        grid.setdefault((floor(q.pos().x() / cell), floor(q.pos().y() / cell)), []).append((q, symbol_box(q)))
    deep = 1 + ceil(6 * NAME_PT * scale / cell)  # (cells the tallest text may reach down over)
    factors: dict[PersonItem, float] = {}
    clouds = {} if only_family else cloud_rects(people)
    members = [p for p in people if isinstance(p, MemberItem)]
    oval = family_oval([(m.pos().x(), m.pos().y()) for m in members], [m.name() for m in members])
    for p in people:
        member = isinstance(p, MemberItem)
        if only_family and not member:
            factors[p] = 1.0
            continue
        x, y = p.pos().x(), p.pos().y()
        cx, cy = floor(x / cell), floor(y / cell)
        symbols = [box for i in (cx - 1, cx, cx + 1) for j in range(cy - 1, cy + deep + 1)
                   for q, box in grid.get((i, j), ()) if q is not p]

        actor = getattr(p, "actor", None)
        own = actor.domain if actor is not None else None
        others = [rect for cloud_id, rect in clouds.items() if cloud_id != own]

        def fitted(factor: float, least: float, p=p, x=x, y=y, symbols=symbols, member=member,
                   others=others) -> float:
            while True:
                w, h, is_cut = _size(p, factor)
                box = QRectF(x - w / 2, y + p.radius + 2, w, h)
                # (a family member's name also stays inside the family's oval: the bottom row's
                # names have no symbol below them and grew out of it at 150 %; and no name
                # reaches into another cloud: at 200 % in the family view a lone person's two
                # large lines hung over the next cloud's title)
                if factor <= least or (not is_cut and not any(box.intersects(s) for s in symbols)
                                       and (not member or in_oval(box, oval))
                                       and not any(box.intersects(r) for r in others)):
                    return factor
                factor = max(least, factor * STEP)

        # A larger text size never makes a name smaller than 100 % shows it (a trial: in the
        # family view at 150 % and 200 % the family's names fell to the normal view's size,
        # the smallest on the screen): the family's at their size at 100 %, fitted as there.
        if family_view and member:
            lowest = least if only_family else fitted(1.0 / scale, least)
        else:
            lowest = min(1.0, 1.0 / scale)
        factors[p] = fitted(1.0, lowest)
    # One size for everyone round the family (and one for the family): neighbours fitted each
    # on their own stood 2x and 1x side by side at 200 %, which looked like a fault.
    shared: dict[object, float] = {}
    for p, factor in factors.items():
        key = group(p)
        shared[key] = min(factor, shared.get(key, factor))
    for p in people:
        p.set_text_factor(shared[group(p)])
    if not only_family:
        # ... and one name size: a word too long for its room sets that name smaller
        # (PersonItem.fitted_name_font); the others of the cloud follow it.
        names = {p: p.fitted_name_font().pointSizeF() for p in people}
        roles = {p: p.fitted_subtitle_font(p.text_width).pointSizeF() for p in people
                 if p.subtitle() and p._lines[2]}
        least_name, least_role = _least(names), _least(roles)
        for p, pt in names.items():
            name_cap, role_cap = least_name[group(p)], least_role.get(group(p))
            role = roles.get(p)
            p.set_caps(name_cap if pt > name_cap + 1e-6 else None,
                       role_cap if role is not None and role_cap is not None and role > role_cap + 1e-6 else None)


def _least(sizes: dict[PersonItem, float]) -> dict[object, float]:
    """The smallest of `sizes` in each group (text_room.group)."""
    least: dict[object, float] = {}
    for p, pt in sizes.items():
        key = group(p)
        least[key] = min(pt, least.get(key, pt))
    return least


def cloud_rects(people: list[PersonItem]) -> dict[str, QRectF]:
    """Each cloud's box (its domain's rectangle) in scene coordinates, by the cloud's id."""
    scene = people[0].scene() if people else None
    rects = {}
    for obj_id, item in getattr(scene, "items_by_id", {}).items():
        domain = getattr(item, "domain", None)
        if getattr(item, "kind", None) == "domain" and domain is not None:
            w, h = domain.width, domain.height
            rects[obj_id] = QRectF(item.pos().x() - w / 2, item.pos().y() - h / 2, w, h)
    return rects


def in_oval(box: QRectF, oval: tuple[float, float, float, float]) -> bool:
    """Whether every corner of `box` lies inside the ellipse of `oval` (left, top, width,
    height: model/layout.family_oval)."""
    left, top, w, h = oval
    a, b = w / 2, h / 2
    cx, cy = left + a, top + b
    return all(((px - cx) / a) ** 2 + ((py - cy) / b) ** 2 <= 1.0 + 1e-6
               for px, py in ((box.left(), box.top()), (box.right(), box.top()),
                              (box.left(), box.bottom()), (box.right(), box.bottom())))


def group(p: PersonItem) -> str:
    """Whose text shares `p`'s size: the family's members, or everyone round them. (Per cloud,
    a trial at 150 % saw names of 9 px in seven clouds beside 15 px in two, and in the family
    view a lone cloud's names of 30 px beside the family's 18 px: one size for all reads as
    one map.)"""
    return "family" if getattr(p, "actor", None) is None else "people"
