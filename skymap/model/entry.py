"""Entering people as fast as they are said: a typed or pasted list, one person a line,
and names typed for "works with" resolved to the people already on the map.

No Qt here: the window's forms call these and turn the result into one undo step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .objects import Actor

MAX_LINES = 200
"""The most people one list adds (a pasted document is not a contact list)."""

# "Name, role", "Name - role", "Name – role" (en dash), "Name — role", "Name; role", "Name<TAB>role".
# A hyphen only separates when it stands between spaces: "Hans-Jørgen" is one name; an en or
# em dash always does.
_SEPARATOR = re.compile(r"\s*[,;\t–—]\s*|\s+-\s+")
_BULLET = re.compile(r"^\s*(?:[-*•·◦▪]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Entry:
    """One person from a list: a name, and a role and organisation if given."""

    name: str
    role: str = ""
    organisation: str = ""


def parse_line(line: str) -> Entry | None:
    """One line of a list as a person, or None for a blank line.

    `Name, role`, `Name - role`, `Name – role` or just `Name`; a third part is the
    organisation (`Lise Holm, klasselærer, Bakkeskolen`). Leading bullets ("- ", "• ",
    "1. ") are dropped, so a list copied from a mail or a document works too."""
    text = _BULLET.sub("", line.replace("\u00a0", " ")).strip()
    if not text:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(text, maxsplit=2)]
    parts = [p for p in parts if p] or [text]
    name = parts[0][:200]
    role = parts[1][:200] if len(parts) > 1 else ""
    organisation = parts[2][:200] if len(parts) > 2 else ""
    return Entry(name, role, organisation)


def parse_list(text: str) -> list[Entry]:
    """Every person in a typed or pasted list, in order (at most MAX_LINES)."""
    out = [e for e in (parse_line(line) for line in text.splitlines()) if e is not None]
    return out[:MAX_LINES]


def is_list(text: str) -> bool:
    """True when pasted text holds more than one person (more than one non-blank line)."""
    return len([line for line in text.splitlines() if line.strip()]) > 1


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def resolve_name(typed: str, actors: list[Actor], exclude: str | None = None) -> Actor | None:
    """The one person on the map `typed` means: the exact name, else the only name that
    starts with it, else the only name with a word that starts with it (a first name or a
    surname). None when nobody or more than one person fits: no guessing."""
    key = _norm(typed)
    if not key:
        return None
    people = [a for a in actors if a.id != exclude]
    for test in (
        lambda n: n == key,
        lambda n: n.startswith(key),
        lambda n: any(w.startswith(key) for w in n.split()),
    ):
        found = [a for a in people if test(_norm(a.name))]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


def resolve_names(text: str, actors: list[Actor], exclude: str | None = None) -> tuple[list[Actor], list[str]]:
    """The people named in a comma-separated text ("Lise, Jens Bo"), and the names that fit
    nobody or more than one person (to tell the user)."""
    found: list[Actor] = []
    unknown: list[str] = []
    for part in re.split(r"[,;\n]", text):
        if not part.strip():
            continue
        actor = resolve_name(part, actors, exclude)
        if actor is None:
            unknown.append(part.strip())
        elif actor not in found:
            found.append(actor)
    return found, unknown
