"""Findings: what the measures mean, as plain sentences a caseworker can read aloud.

Each finding carries the ids of the people it is about, so the canvas can highlight them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .messages import count_noun, message
from .metrics import MapLike, Metrics, compute
from .vocabulary import FamilyRole, label


@dataclass(frozen=True)
class Finding:
    key: str
    params: dict = field(default_factory=dict)
    ids: tuple[str, ...] = ()
    severity: str = "info"  # "info" or "warning"

    def text(self, lang: str = "en") -> str:
        params = {k: (v(lang) if callable(v) else v) for k, v in self.params.items()}
        return message(self.key, lang, **params)


def join_names(names: list[str], lang: str, limit: int = 6) -> str:
    """ "A, B and C" in the language; long lists end in "…"."""
    if len(names) > limit:
        rest = len(names) - limit
        more = message("and_more_1" if rest == 1 else "and_more", lang, count=rest)
        return ", ".join(names[:limit]) + f" {more}"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {message('and', lang)} " + names[-1]


def findings(m: MapLike, metrics: Metrics | None = None, *,
             consent: tuple[list[Finding], list[Finding]] | None = None,
             brokers: list[Finding] | None = None, rc: list[Finding] | None = None) -> list[Finding]:
    """The findings for a map, most important first. `consent` (`consent_findings`),
    `brokers` (`broker_findings`) and `rc` (`rc_findings`): those parts when already made for
    this map and these metrics (the live overview keeps them from one edit to the next:
    live_measures.py)."""
    metrics = metrics or compute(m)
    names = metrics.names
    out: list[Finding] = []
    roles = {f.id: f.role for f in m.family}
    from .consent import consent_findings  # noqa: PLC0415 - consent.py builds on this module's Finding

    urgent, consent_later = consent if consent is not None else consent_findings(m, names)
    out.extend(urgent)  # a protected person named, a withdrawn consent still in use: first

    if metrics.family_bridges > 0:
        out.append(
            Finding("f_family_bridge", {"count": metrics.family_bridges + 1}, tuple(metrics.family_ids), "warning")
        )
    for member_id, actors in metrics.per_member.items():
        if actors:
            key = "f_member_contacts_1" if len(actors) == 1 else "f_member_contacts_n"
            role = roles[member_id]
            out.append(
                Finding(
                    key,
                    {"name": names[member_id], "role": _role_text(role), "count": len(actors)},
                    (member_id, *actors),
                    "warning" if len(actors) >= 8 else "info",
                )
            )
    if metrics.isolated:
        key = "f_isolated_1" if len(metrics.isolated) == 1 else "f_isolated_n"
        iso_names = [names[i] for i in metrics.isolated]
        out.append(
            Finding(
                key,
                {"count": len(metrics.isolated), "names": _joiner(iso_names)},
                tuple(metrics.isolated),
                "warning",
            )
        )
    if not metrics.coordinators:
        if metrics.professional_ids:
            out.append(Finding("f_no_coordinator", {}, (), "warning"))
    elif len(metrics.coordinators) == 1:
        out.append(Finding("f_coordinator", {"name": names[metrics.coordinators[0]]}, tuple(metrics.coordinators)))
    else:
        out.append(
            Finding(
                "f_many_coordinators",
                {"count": len(metrics.coordinators), "names": _joiner([names[i] for i in metrics.coordinators])},
                tuple(metrics.coordinators),
                "warning",
            )
        )
    from .brokers import broker_findings  # noqa: PLC0415 - brokers.py builds on this module's Finding

    if brokers is None:
        brokers = broker_findings(metrics, {a.id: a.domain for a in m.actors}, Finding)
    out.extend(brokers)
    out.extend(consent_later)
    if metrics.strained_or_broken:
        count = len(metrics.strained_or_broken)
        out.append(Finding("f_strained_1" if count == 1 else "f_strained", {"count": count}, (), "info"))
    from .rc import rc_findings  # noqa: PLC0415 - rc.py builds on this module's Finding

    out.extend(rc if rc is not None else rc_findings(m, getattr(m, "settings", None)))
    return out


def _role_text(role: FamilyRole):
    return lambda lang: label(role, lang)


def _joiner(items: list[str]):
    return lambda lang: join_names(items, lang)


def summary_lines(m: MapLike, lang: str, family_name: str = "") -> list[str]:
    """`skymap stats` in plain sentences: the counts, per domain, then the findings."""
    metrics = compute(m)
    family = message("family_title", lang, name=family_name) if family_name else message("s_the_family", lang)
    lines = [
        message(
            "s_summary",
            lang,
            family=family,
            members=count_noun(len(metrics.family_ids), "member", lang),
            pros=count_noun(len(metrics.professional_ids), "professional", lang),
            private=count_noun(len(metrics.private_ids), "person", lang),
        ),
        message("s_contacts", lang, count=count_noun(metrics.contact_links, "contact", lang)),
        message(
            "s_coordination",
            lang,
            count=count_noun(metrics.coordination_links, "coordination", lang),
            components=count_noun(len(metrics.components), "group", lang),
        ),
    ]
    if metrics.ended_ids:
        ended = len(metrics.ended_ids)
        lines.append(message("s_ended_1" if ended == 1 else "s_ended_n", lang, count=ended))
    lines.append("")
    lines.append(message("s_per_domain", lang))
    for domain_id, count in metrics.per_domain.items():
        lines.append(f"  {metrics.domain_labels[domain_id]}: {count}")
    found = findings(m, metrics)
    if found:
        lines.append("")
        lines.append(message("s_findings", lang))
        lines.extend(f"  - {f.text(lang)}" for f in found)
    return lines
