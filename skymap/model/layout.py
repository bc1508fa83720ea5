"""Where things go: the standard template's clouds around the family, people inside clouds.

Pure arithmetic on floats, shared by the template, the CSV import and the canvas's
tidy-up action, so that all of them arrange a map the same way.
"""

from __future__ import annotations

import math

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


def ring_positions(count: int, rx: float = RING_RX, ry: float = RING_RY) -> list[tuple[float, float]]:
    """`count` centres on an ellipse around the family, clockwise from the top."""
    return [
        (rx * math.sin(2 * math.pi * i / count), -ry * math.cos(2 * math.pi * i / count)) for i in range(count)
    ]


def family_positions(count: int) -> list[tuple[float, float]]:
    """Family members side by side in the centre, in up to two rows."""
    if count <= 0:
        return []
    per_row = count if count <= 4 else math.ceil(count / 2)
    out = []
    for i in range(count):
        row, col = divmod(i, per_row)
        in_row = min(per_row, count - row * per_row)
        x = (col - (in_row - 1) / 2) * FAMILY_SPACING
        y = row * 115.0 - (57.5 if count > per_row else 0.0)
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


def family_oval(positions: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the oval drawn around the family members."""
    if positions:
        xs = [p[0] for p in positions]
        ys = [p[1] for p in positions]
        left, right = min(xs) - 95, max(xs) + 95
        top, bottom = min(ys) - 80, max(ys) + 90
    else:
        left, right, top, bottom = -140, 140, -80, 80
    return left, top, max(right - left, 260), max(bottom - top, 170)


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
