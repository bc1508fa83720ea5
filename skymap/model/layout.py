"""Where things go: the standard template's clouds around the family, people inside clouds.

Pure arithmetic on floats, shared by the template, the CSV import and the canvas's
tidy-up action, so that all of them arrange a map the same way.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .objects import COORD_LIMIT, EXTENT_LIMIT, Actor, Domain

PERSON_W = 136.0
"""Horizontal room one person takes in a cloud (symbol, name and role below it)."""
PERSON_H = 100.0
"""Vertical room one person takes in a cloud."""
LABEL_H = 56.0
"""Room kept at the top of a cloud for its label and count."""
PERSON_TOP = 28.0
"""How far a person's drawing reaches above their point (symbol and badges); the rest of
PERSON_H is below it (name and role)."""
CLOUD_W = 340.0
CLOUD_H = 230.0
RING_RX = 700.0
RING_RY = 440.0
FAMILY_SPACING = 165.0
MEMBER_REACH_UP = 30.0
"""How far a family member's symbol with its badges reaches above and beside their point
(radius 22; a badge on the rim reaches 29 up and 30 sideways)."""
MEMBER_TEXT_TOP = 24.0
"""Where a family member's name begins below their point (below the symbol)."""
MEMBER_TEXT_H = 73.0
"""The height of a family member's text below their symbol at the normal text size, at its
tallest: two lines of the family view's 22 pt names (72.5, measured; the normal view's two
lines of name and the role: 69). (Where a font or a name takes more, or at a larger text
size, the names step down to keep clear of symbols and inside the oval: ui/text_room.py.)"""
MEMBER_TEXT_W = 140.0
"""The width a family member's name (its halo) is counted with: the family view's two lines
of a name whose longest word has up to ~9 letters ("Nørgaard" 127). Names wrap within
FAMILY_SPACING - 2; a longer word steps the name down where it would reach out of the oval."""
FAMILY_TITLE_H = 68.0
"""Room above the top row of family members for the family's title: the family view's
15 pt title (9 + 27) and a gap above the symbols and badges (MEMBER_REACH_UP)."""
FAMILY_ROW_H = 126.0
"""From one row of family members to the next: the text below a member (MEMBER_TEXT_TOP +
MEMBER_TEXT_H) and the symbol and badge of the member below (MEMBER_REACH_UP) keep apart.
(115 before, when a child's symbol and badge stood on the second line of a parent's name in
the family view.)"""
LEGACY_FAMILY_ROW_H = 115.0
"""The rows maps were given before FAMILY_ROW_H: a family standing in them still stands in
Skymap's rows (model/keep_compact.py)."""


def ring_positions(count: int, rx: float = RING_RX, ry: float = RING_RY) -> list[tuple[float, float]]:
    """`count` centres on an ellipse around the family, clockwise from the top."""
    return [
        (rx * math.sin(2 * math.pi * i / count), -ry * math.cos(2 * math.pi * i / count)) for i in range(count)
    ]


def family_positions(count: int, row_h: float = FAMILY_ROW_H) -> list[tuple[float, float]]:
    """Family members side by side in the centre, in up to two rows (`row_h` apart; the
    rows maps were given before FAMILY_ROW_H: LEGACY_FAMILY_ROW_H)."""
    if count <= 0:
        return []
    per_row = count if count <= 4 else math.ceil(count / 2)
    out = []
    for i in range(count):
        row, col = divmod(i, per_row)
        in_row = min(per_row, count - row * per_row)
        x = (col - (in_row - 1) / 2) * FAMILY_SPACING
        y = row * row_h - (row_h / 2 if count > per_row else 0.0)
        out.append((x, y))
    return out


def grid_columns(domain: Domain) -> int:
    return max(1, int((domain.width - 20) // PERSON_W))


def size_for(count: int, domain: Domain) -> tuple[float, float]:
    """The smallest size, at least the domain's own, that holds `count` people in a grid."""
    width, height = domain.width, domain.height
    while True:
        cols = max(1, int((width - 20) // PERSON_W))
        rows = math.ceil(count / cols) if count else 0
        needed = LABEL_H + rows * PERSON_H + 24
        if needed <= height:
            return width, height
        if width + PERSON_W > EXTENT_LIMIT and height + PERSON_H > EXTENT_LIMIT:
            return width, height  # as large as a cloud may be
        # Grow mostly in width, keeping a cloud-like proportion.
        if (width <= height * 1.8 and width + PERSON_W <= EXTENT_LIMIT) or height + PERSON_H > EXTENT_LIMIT:
            width += PERSON_W
        else:
            height += PERSON_H


def slots(domain: Domain, count: int) -> list[tuple[float, float]]:
    """Centres for `count` people in `domain`, row by row below the label, centred."""
    cols = grid_columns(domain)
    rows = math.ceil(count / cols) if count else 0
    top = domain.y - domain.height / 2 + LABEL_H + PERSON_TOP
    free = domain.height - LABEL_H - rows * PERSON_H
    top += max(0.0, free / 2 - 12)
    out = []
    for i in range(count):
        row, col = divmod(i, cols)
        in_row = min(cols, count - row * cols)
        x = domain.x + (col - (in_row - 1) / 2) * PERSON_W
        y = top + row * PERSON_H
        out.append((x, y))
    return out


def tidy(domain: Domain, actors: list[Actor]) -> tuple[tuple[float, float], dict[str, tuple[float, float]]]:
    """A tidy arrangement: the domain's (width, height) and each actor's new centre.

    Keeps the people in reading order (top to bottom, left to right) of where they were.
    """
    width, height = size_for(len(actors), domain)
    grown = domain.model_copy(update={"width": width, "height": height})
    ordered = sorted(actors, key=lambda a: (round(a.y / PERSON_H), a.x))
    return (width, height), {a.id: pos for a, pos in zip(ordered, slots(grown, len(ordered)))}


def family_oval(positions: list[tuple[float, float]], names: list[str] | None = None
                ) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the oval drawn around the family members: room for the
    title above them, and every member's symbol and name (`names`, in the order of
    `positions`: each as member_text_size counts it; without them MEMBER_TEXT_W x
    MEMBER_TEXT_H) inside the ellipse, not only inside its box (a child's name in the second
    row hung out below it). At least the box of 95 beside the outer members, FAMILY_TITLE_H
    above the top row and 90 below the bottom row, centred on them; where a corner of a name
    would be outside its ellipse, the oval grows as little as it can (the smallest area),
    its top staying where it is. Everything that draws the oval or keeps clear of it passes
    the names: the screen, the print, the ties' ends and the placement of clouds."""
    texts = (tuple(member_text_size(n) for n in names) if names is not None and len(names) == len(positions)
             else ((MEMBER_TEXT_W, MEMBER_TEXT_H),) * len(positions))
    return _family_oval(tuple((float(x), float(y)) for x, y in positions), texts)



def members_oval(members) -> tuple[float, float, float, float]:
    """family_oval of these family members (anything with x, y and name: FamilyMember) where
    they stand."""
    return family_oval([(f.x, f.y) for f in members], [f.name for f in members])


MEMBER_CHAR_W = 16.0
"""A letter of the family view's 22 pt name, counted generously (measured: "Nørgaard" 119,
"Thomas" 99, "Barn" 59; capitals up to 20)."""
MEMBER_LINE_H = 35.0
"""A line of the family view's 22 pt name (34.7, measured)."""


def member_text_size(name: str) -> tuple[float, float]:
    """(width, height) a family member's name and role take below the symbol, at most: the
    family view's large name wrapped as the screen wraps it (at FAMILY_SPACING - 2, on at
    most two lines; the width of its longest line counted by MEMBER_CHAR_W, with the halo),
    and at least the normal view's one line of name with the role under it (45)."""
    limit = FAMILY_SPACING - 2
    lines: list[str] = []
    for word in name.split() or [""]:
        if lines and len(lines[-1]) + 1 + len(word) <= limit / MEMBER_CHAR_W:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    width = min(limit, max(len(line) for line in lines) * MEMBER_CHAR_W) + 8
    return width, max(len(lines) * MEMBER_LINE_H + 3, 45.0 if len(lines) == 1 else MEMBER_TEXT_H)


@lru_cache(maxsize=256)
def _family_oval(positions: tuple[tuple[float, float], ...], texts: tuple[tuple[float, float], ...]
                 ) -> tuple[float, float, float, float]:
    # (asked at every step of a family member's drag, and by every route and placement)
    if not positions:
        left, right, top, bottom = -140.0, 140.0, -80.0, 80.0
        return left, top, max(right - left, 260), max(bottom - top, 170)
    xs = [p[0] for p in positions]
    ys = [p[1] for p in positions]
    left, right = min(xs) - 95, max(xs) + 95
    top, bottom = min(ys) - FAMILY_TITLE_H, max(ys) + 90
    cx = (left + right) / 2
    a0, b0 = max(right - left, 260) / 2, max(bottom - top, 170) / 2
    corners = set()
    for (x, y), (text_w, text_h) in zip(positions, texts):
        w, below = text_w / 2, MEMBER_TEXT_TOP + text_h
        corners |= {(x + dx, y + dy) for dx, dy in ((-w, MEMBER_TEXT_TOP), (w, MEMBER_TEXT_TOP), (-w, below),
                                                   (w, below), (-MEMBER_REACH_UP, -MEMBER_REACH_UP),
                                                   (MEMBER_REACH_UP, -MEMBER_REACH_UP))}
    best: tuple[float, float, float] | None = None
    a, step = a0, max(2.0, a0 / 100)
    while best is None or a <= 2 * a0:  # (a wider oval needs less height: the least area wins)
        b = _height_within(corners, cx, top, a, b0)
        if b is not None and (best is None or a * b < best[0] - 1e-9):
            best = (a * b, a, b)
        a += step
    _area, a, b = best
    return round(cx - a, 1), top, round(2 * a, 1), round(2 * b, 1)


def _height_within(corners, cx: float, top: float, a: float, least: float) -> float | None:
    """The least half-height (at least `least`) of the ellipse of half-width `a` centred at
    `cx` with its top at `top` that holds every corner; None where none does."""
    low, high = least, math.inf
    for px, py in corners:
        ratio = (px - cx) / a
        if abs(ratio) >= 1.0:
            return None
        u = math.sqrt(1.0 - ratio * ratio)  # the ellipse's half-height at px, in half-heights
        low = max(low, (py - top) / (1.0 + u))  # below the centre: within its lower edge
        if u < 1.0:
            high = min(high, (py - top) / (1.0 - u))  # above it: within its upper edge
    return low if low <= high + 1e-9 else None


def spread_clouds(
    domains: list[Domain], family: tuple[float, float, float, float], gap: float = 24.0, step: float = 20.0
) -> dict[str, tuple[float, float]]:
    """New centres for clouds that overlap each other or the family oval after growing:
    each is pushed straight outwards from the family until nothing overlaps. Clouds that
    overlap nothing stay where they are. Returns only the clouds that moved."""
    boxes = {d.id: [d.x, d.y, d.width, d.height] for d in domains}
    fl, ft, fw, fh = family
    fam = (fl + fw / 2, ft + fh / 2, fw, fh)

    def overlap(a, b) -> bool:
        return abs(a[0] - b[0]) < (a[2] + b[2]) / 2 + gap and abs(a[1] - b[1]) < (a[3] + b[3]) / 2 + gap

    def push(box) -> None:
        dx, dy = box[0] - fam[0], box[1] - fam[1]
        length = math.hypot(dx, dy)
        if length < 1e-6:
            dx, dy, length = 0.0, 1.0, 1.0
        box[0] += dx / length * step
        box[1] += dy / length * step

    ids = list(boxes)
    for _ in range(2000):
        moved = False
        for i, a in enumerate(ids):
            if overlap(boxes[a], fam):
                push(boxes[a])
                moved = True
            for b in ids[i + 1:]:
                if overlap(boxes[a], boxes[b]):
                    # the one farther out makes room
                    da = math.hypot(boxes[a][0] - fam[0], boxes[a][1] - fam[1])
                    db = math.hypot(boxes[b][0] - fam[0], boxes[b][1] - fam[1])
                    push(boxes[a] if da >= db else boxes[b])
                    moved = True
        if not moved:
            break
    originals = {d.id: (d.x, d.y) for d in domains}
    rounded = {i: (round(b[0], 1), round(b[1], 1)) for i, b in boxes.items()}
    return {i: at for i, at in rounded.items() if at != originals[i]}


UNASSIGNED_COLUMNS = 6
UNASSIGNED_ROWS = 40
"""People in no cloud stand in rows of six under the family; after this many rows the next
block of rows starts beside the first (right, left, further right ...), so a long list
stays near the family instead of running off the map."""


def unassigned_position(index: int) -> tuple[float, float]:
    """A place for a person with no cloud: a row under the family. Always a valid
    position, however many there are."""
    block, i = divmod(index, UNASSIGNED_COLUMNS * UNASSIGNED_ROWS)
    row, col = divmod(i, UNASSIGNED_COLUMNS)
    side = (block + 1) // 2 * (1 if block % 2 else -1)
    x = (col - 2.5 + side * (UNASSIGNED_COLUMNS + 1)) * PERSON_W
    y = 170.0 + row * PERSON_H
    return clamp(x), clamp(y)


def clamp(value: float, margin: float = PERSON_W) -> float:
    """`value` kept inside the map's coordinate range (with room for a person's drawing)."""
    limit = COORD_LIMIT - margin
    return max(-limit, min(limit, value))
