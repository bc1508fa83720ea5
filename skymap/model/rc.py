"""Relational coordination (Gittell) of a map: the network's mean, each dimension's mean,
the weakest ties, a cloud-to-cloud matrix and findings in plain language.

A tie's score is `RCScores.mean()` (the mean of the dimensions that were scored) — the one
definition, also used by the inspector and the network measures. Only coordination ties
between two active people count: an ended person's ties are history. Bands come from the
map's settings (`metrics.rc_band`), never from constants here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from .findings import Finding
from .messages import message, number
from .metrics import MapLike, rc_band, unique_names
from .objects import Link, Settings
from .quotes import quoted_later
from .vocabulary import LinkKind, Quality, RCDimension, label

DIMENSIONS: tuple[RCDimension, ...] = tuple(RCDimension)
WEAKEST = 5
"""How many of the weakest ties a summary lists."""


@dataclass(frozen=True)
class ScoredTie:
    """A coordination tie with a score: its ends, their clouds and its dimension values."""

    link_id: str
    a: str
    b: str
    score: float
    dims: dict[RCDimension, int]
    domains: tuple[str | None, str | None]


@dataclass
class RCSummary:
    """Relational coordination of one map (or one status)."""

    ties: list[ScoredTie]
    mean: float | None
    by_dimension: dict[RCDimension, float | None]
    pairs: dict[tuple[str, str], float]
    """(cloud id, cloud id) in the map's cloud order -> mean score of the ties between them."""
    pair_ties: dict[tuple[str, str], list[ScoredTie]] = field(repr=False)
    names: dict[str, str] = field(repr=False)
    domain_labels: dict[str, str] = field(repr=False)
    settings: Settings = field(default_factory=Settings, repr=False)

    def weakest(self, count: int = WEAKEST) -> list[ScoredTie]:
        """The lowest-scored ties, weakest first (ties of equal score in map order)."""
        return sorted(self.ties, key=lambda t: t.score)[:count]

    def band(self, score: float) -> Quality:
        return rc_band(score, self.settings)

    def as_dict(self) -> dict[str, Any]:
        """What `skymap stats --json` prints under "rc" (means to 2 decimals, null if unscored)."""
        return {
            "ties_scored": len(self.ties),
            "mean": _round(self.mean),
            "by_dimension": {d.value: _round(v) for d, v in self.by_dimension.items()},
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def tie_score(link: Link) -> float | None:
    """A tie's relational-coordination score, or None when none of it is scored."""
    return link.rc.mean() if link.rc is not None else None


def drawn_quality(link: Link, settings: Settings) -> Quality:
    """How a tie is drawn: a scored coordination tie by its band (weak, moderate, strong);
    a tie marked strained or broken, or not scored, by its own quality."""
    if link.kind is LinkKind.COORDINATION and link.quality not in (Quality.STRAINED, Quality.BROKEN):
        score = tie_score(link)
        if score is not None:
            return rc_band(score, settings)
    return link.quality


def summarise(m: MapLike, settings: Settings | None = None) -> RCSummary:
    """Measure the relational coordination of a map or a status's content."""
    settings = settings or getattr(m, "settings", None) or Settings()
    active = {a.id for a in m.actors if a.active}
    domain_of = {a.id: a.domain for a in m.actors}
    names = unique_names([(f.id, f.name) for f in m.family] + [(a.id, a.name) for a in m.actors])
    domain_labels = unique_names([(d.id, d.label) for d in m.domains])
    order = {d.id: i for i, d in enumerate(m.domains)}
    ties: list[ScoredTie] = []
    for link in m.links:
        if link.kind is not LinkKind.COORDINATION or link.source not in active or link.target not in active:
            continue
        score = tie_score(link)
        if score is None:
            continue
        dims = {d: v for d in DIMENSIONS if (v := getattr(link.rc, d.value)) is not None}
        ties.append(ScoredTie(link.id, link.source, link.target, score, dims,
                              (domain_of.get(link.source), domain_of.get(link.target))))
    by_dimension: dict[RCDimension, float | None] = {}
    for d in DIMENSIONS:
        values = [t.dims[d] for t in ties if d in t.dims]
        by_dimension[d] = fmean(values) if values else None
    pair_ties: dict[tuple[str, str], list[ScoredTie]] = {}
    for t in ties:
        da, db = t.domains
        if da is None or db is None or da not in order or db not in order:
            continue
        key = (da, db) if order[da] <= order[db] else (db, da)
        pair_ties.setdefault(key, []).append(t)
    pair_ties = dict(sorted(pair_ties.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]])))
    pairs = {k: fmean(t.score for t in v) for k, v in pair_ties.items()}
    return RCSummary(
        ties=ties,
        mean=fmean(t.score for t in ties) if ties else None,
        by_dimension=by_dimension,
        pairs=pairs,
        pair_ties=pair_ties,
        names=names,
        domain_labels=domain_labels,
        settings=settings,
    )


def lowest_dimensions(ties: list[ScoredTie], count: int = 2) -> list[RCDimension]:
    """The `count` dimensions with the lowest mean over `ties` (ties broken by Gittell's order)."""
    means = []
    for i, d in enumerate(DIMENSIONS):
        values = [t.dims[d] for t in ties if d in t.dims]
        if values:
            means.append((fmean(values), i, d))
    return [d for _, _, d in sorted(means)[:count]]


def _dims_text(dims: list[RCDimension], lang: str) -> str:
    words = [label(d, lang) for d in dims]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {message('and', lang)} " + words[-1]


def rc_findings(m: MapLike, settings: Settings | None = None, summary: RCSummary | None = None) -> list[Finding]:
    """Weak cloud pairs and weak core-team pairs, weakest first."""
    s = summary or summarise(m, settings)
    out: list[tuple[float, Finding]] = []
    for (da, db), score in s.pairs.items():
        if s.band(score) is not Quality.WEAK:
            continue
        ties = s.pair_ties[(da, db)]
        dims = lowest_dimensions(ties)
        ids = tuple(dict.fromkeys(x for t in ties for x in (t.a, t.b)))
        params = {"a": quoted_later(s.domain_labels[da]), "b": quoted_later(s.domain_labels[db]),
                  "score": _num(score), "dims": _dims(dims)}
        out.append((score, Finding("rc_weak_within" if da == db else "rc_weak_pair", params, ids, "warning")))
    core = {a.id for a in m.actors if a.core_team}
    for t in s.ties:
        if t.a in core and t.b in core and s.band(t.score) is Quality.WEAK:
            params = {"a": s.names[t.a], "b": s.names[t.b], "score": _num(t.score),
                      "dims": _dims(lowest_dimensions([t]))}
            out.append((t.score - 5, Finding("rc_weak_core", params, (t.a, t.b), "warning")))  # core team first
    return [f for _, f in sorted(out, key=lambda sf: sf[0])]


def _num(value: float):
    return lambda lang: number(value, lang)


def _dims(dims: list[RCDimension]):
    return lambda lang: _dims_text(dims, lang)


def summary_lines(m: MapLike, lang: str, settings: Settings | None = None) -> list[str]:
    """`skymap rc MAP` in sentences: the network mean, each dimension, the weakest ties,
    the cloud pairs and the findings."""
    s = summarise(m, settings)
    if not s.ties or s.mean is None:
        return [message("rc_none", lang)]
    lines = [message("rc_mean", lang, mean=number(s.mean, lang), band=label(s.band(s.mean), lang),
                     count=len(s.ties))]
    lines.append("")
    lines.append(message("rc_by_dimension", lang))
    for d, v in s.by_dimension.items():
        lines.append(f"  {label(d, lang)}: {'–' if v is None else number(v, lang)}")
    lines.append("")
    lines.append(message("rc_weakest", lang))
    for t in s.weakest():
        lines.append(f"  {s.names[t.a]} – {s.names[t.b]}: {number(t.score, lang)} ({label(s.band(t.score), lang)})")
    if s.pairs:
        lines.append("")
        lines.append(message("rc_pairs", lang))
        for (da, db), v in s.pairs.items():
            pair = s.domain_labels[da] if da == db else f"{s.domain_labels[da]} – {s.domain_labels[db]}"
            lines.append(f"  {pair}: {number(v, lang)} ({label(s.band(v), lang)})")
    found = rc_findings(m, settings, s)
    if found:
        lines.append("")
        lines.append(message("s_findings", lang))
        lines.extend(f"  - {f.text(lang)}" for f in found)
    return lines


# ----- over time --------------------------------------------------------------------------

def rc_diff(before: MapLike, after: MapLike, settings: Settings | None = None) -> dict[str, Any]:
    """`diff --json`'s "rc": the network mean and each dimension as [before, after]."""
    a, b = summarise(before, settings), summarise(after, settings)
    return {
        "mean": [_round(a.mean), _round(b.mean)],
        "by_dimension": {d.value: [_round(a.by_dimension[d]), _round(b.by_dimension[d])] for d in DIMENSIONS},
    }


@dataclass(frozen=True)
class TieMove:
    """A tie scored at both times, and how far its score moved."""

    a: str
    b: str
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after - self.before


def tie_moves(before: MapLike, after: MapLike) -> list[TieMove]:
    """Ties scored in both states (matched by their two people), largest change first."""
    sa, sb = summarise(before), summarise(after)
    old = {frozenset((t.a, t.b)): t for t in sa.ties}
    moves = []
    for t in sb.ties:
        prev = old.get(frozenset((t.a, t.b)))
        if prev is not None and prev.score != t.score:
            moves.append(TieMove(sb.names.get(t.a, t.a), sb.names.get(t.b, t.b), prev.score, t.score))
    return sorted(moves, key=lambda mv: -abs(mv.change))


def rc_series(m, lang: str) -> tuple[list[str], list[tuple[str, list[float | None]]]]:
    """Relational coordination at each status (in date order) and now: the state labels,
    then (name, values) for the network mean and each dimension (None: nothing scored)."""
    snaps = sorted(m.snapshots, key=lambda s: (s.date, s.taken))
    states = [(s.label, s.content) for s in snaps] + [(message("d_now", lang), m)]
    sums = [summarise(content, m.settings) for _, content in states]
    named = [(message("rc_network_mean", lang), [s.mean for s in sums])]
    named += [(label(d, lang), [s.by_dimension[d] for s in sums]) for d in DIMENSIONS]
    return [name for name, _ in states], named


def diff_lines(before: MapLike, after: MapLike, lang: str, states: tuple[str, str] | None = None) -> list[str]:
    """The text form of `diff`'s relational coordination: mean and dimensions then and now
    (`states`: the two statuses' names when the later one is not now)."""
    a, b = summarise(before), summarise(after)
    if a.mean is None and b.mean is None:
        return []

    def num(v: float | None) -> str:
        return "–" if v is None else number(v, lang)

    means = {"before": num(a.mean), "after": num(b.mean)}
    lines = [message("rc_diff_mean_between", lang, **means, earlier=states[0], later=states[1]) if states
             else message("rc_diff_mean", lang, **means)]
    for d in DIMENSIONS:
        va, vb = a.by_dimension[d], b.by_dimension[d]
        if va != vb:
            lines.append(f"  {label(d, lang)}: {num(va)} → {num(vb)}")
    for mv in tie_moves(before, after)[:3]:
        lines.append(message("rc_diff_tie", lang, a=mv.a, b=mv.b, before=num(mv.before), after=num(mv.after)))
    return lines
