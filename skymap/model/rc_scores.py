"""Relational-coordination scores gathered elsewhere (a survey tool's export), put on a map.

One row a tie: the names of its two people and their scores per dimension. The rules live
here: both names must be people on the map (not family members, not ambiguous), a tie that
does not exist yet is made as a coordination tie only between two professionals, a tie is
listed once. Every problem is collected with its line; when there is any, nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import MapDocument
from .errors import CsvImportError
from .merge import name_key
from .objects import Link, RCScores
from .vocabulary import ActorKind, LinkKind, RCDimension


@dataclass
class ScoreRow:
    """One row of a score file: line number, the two names, the scores of the dimensions
    the file has a column for (None = the cell was empty: not scored)."""

    line: int
    a: str
    b: str
    scores: dict[RCDimension, int | None]
    headers: dict[str, str] = field(default_factory=dict)  # "from", "to" -> header as written


@dataclass
class ScorePlan:
    """What loading the scores will do: new scores on existing ties, and new ties."""

    updates: list[tuple[str, RCScores | None]] = field(default_factory=list)
    new_links: list[Link] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return len(self.updates) + len(self.new_links)


def plan_scores(doc: MapDocument, rows: list[ScoreRow], path: object = "") -> ScorePlan:
    """Check every row against the map; the plan, or CsvImportError listing every problem."""
    m = doc.map
    actors: dict[str, list[str]] = {}
    for actor in m.actors:
        actors.setdefault(name_key(actor.name), []).append(actor.id)
    family = {name_key(f.name) for f in m.family}
    kinds = {a.id: a.kind for a in m.actors}
    names = {a.id: a.name for a in m.actors}
    links = {frozenset((ln.source, ln.target)): ln for ln in m.links if ln.kind is LinkKind.COORDINATION}
    problems: list[tuple[int, str, str, dict]] = []
    seen: dict[frozenset, int] = {}
    plan = ScorePlan()
    for row in rows:
        ends = []
        for end, text in (("from", row.a), ("to", row.b)):
            column = row.headers.get(end, end)
            key = name_key(text)
            if not key:
                problems.append((row.line, column, "rc_missing_name", {}))
            elif len(actors.get(key, [])) == 1:
                ends.append(actors[key][0])
                continue
            elif len(actors.get(key, [])) > 1:
                problems.append((row.line, column, "rc_ambiguous_name", {"name": text}))
            elif key in family:
                problems.append((row.line, column, "rc_family", {"name": text}))
            else:
                problems.append((row.line, column, "rc_unknown_name", {"name": text}))
        if len(ends) != 2:
            continue
        a, b = ends
        column = row.headers.get("to", "to")
        if a == b:
            problems.append((row.line, column, "csv_self_tie", {}))
            continue
        pair = frozenset(ends)
        if pair in seen:
            problems.append((row.line, column, "rc_twice", {"a": names[a], "b": names[b], "other": seen[pair]}))
            continue
        seen[pair] = row.line
        link = links.get(pair)
        if link is None:
            if kinds[a] is not ActorKind.PROFESSIONAL or kinds[b] is not ActorKind.PROFESSIONAL:
                problems.append((row.line, column, "rc_not_professionals", {"a": names[a], "b": names[b]}))
                continue
            scores = _scores(None, row.scores)
            plan.new_links.append(Link(id=doc.new_id("links"), kind=LinkKind.COORDINATION, source=a, target=b,
                                       rc=scores))
        else:
            plan.updates.append((link.id, _scores(link.rc, row.scores)))
    if problems:
        raise CsvImportError("rc_problems", problems=problems, path=path)
    return plan


def _scores(old: RCScores | None, given: dict[RCDimension, int | None]) -> RCScores | None:
    """The tie's scores after the row: the file's columns replace, others are kept."""
    values = {**(old.model_dump() if old else {}), **{d.value: v for d, v in given.items()}}
    return RCScores(**values) if any(v is not None for v in values.values()) else None


def apply_scores(doc: MapDocument, plan: ScorePlan) -> None:
    """Put a checked plan on the map (the command line; the window uses undo commands)."""
    with doc.hold():
        for link in plan.new_links:
            doc.add("links", link)
        for link_id, scores in plan.updates:
            doc.update("links", link_id, rc=scores)
