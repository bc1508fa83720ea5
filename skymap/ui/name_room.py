"""Neighbouring names keep a visible gap in the family view.

The family view (F11) draws names large. Two long one-line names of people side by side in a
cloud's row then come closer than a word space ("Lene Mørk" and "Kasper Ry" read as one line
"Lene Mørk Kasper Ry"). Where two neighbours' names, each as it would be drawn alone, would
come nearer than NAME_GAP_EM, both get the room between them less that gap
(PersonItem.room): the name wraps between its words sooner, or a single long word is drawn a
little smaller. A name with no neighbour that near keeps all of its width, so only the
crowded names change. The normal view's names are smaller and keep their width.

ui/family_screen.py runs this whenever it lays out the family view (switching it on or
off, the text size, a person added, moved or renamed).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontInfo

from skymap.ui.items.person_item import PersonItem

NAME_GAP_EM = 0.5
"""The least room between two neighbours' names, in ems of the name's font (its pixel size):
about two word spaces, so that two names never read as one."""
LEAST_ROOM = 0.5
"""Of the text width: people who stand (almost) on each other are not squeezed to nothing."""


def fit(people: Iterable[PersonItem], family_view: bool) -> None:
    """Set the room of each of `people` (the ones on screen) so that neighbours' names keep
    NAME_GAP_EM apart in the family view; outside it every name has all of its width."""
    people = list(people)
    rooms: dict[PersonItem, float | None] = dict.fromkeys(people)
    if family_view and people:
        em = QFontInfo(people[0].name_font()).pixelSize()
        gap = NAME_GAP_EM * em
        natural = {p: p.natural_name_width() for p in people}
        widest = max(p.text_width for p in people)
        by_x = sorted(people, key=lambda p: p.pos().x())
        for i, a in enumerate(by_x):
            ax, a_top, a_h = a.pos().x(), a.pos().y() + a.radius, a._lines[1]
            for b in by_x[i + 1:]:
                d = b.pos().x() - ax
                if d > widest + gap:
                    break  # (sorted by x: nobody further on is near)
                b_top, b_h = b.pos().y() + b.radius, b._lines[1]
                if abs(b_top - a_top) >= max(a_h, b_h):
                    continue  # their names are not beside each other
                if d - (natural[a] + natural[b]) / 2 >= gap:
                    continue  # far enough apart as they are
                for p in (a, b):
                    room = max(d - gap, LEAST_ROOM * p.text_width)
                    least = rooms[p]
                    rooms[p] = room if least is None else min(least, room)
    for p, given in rooms.items():
        p.set_room(given)
