"""The joint plan (fælles plan): the family's goals and the agreements of the meeting.

Reading the plan: who owns an agreement, which are overdue, the plan grouped by owner, the
counts of `stats`, and what changed in the plan between two states of the map (for `diff`,
the status comparison and the PDF). Changing it goes through `MapDocument` (add_goal,
add_agreement, update("agreements", ...)).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .messages import date_text, message, pick
from .objects import FAMILY_ID, Agreement, MapContent, SkyMap
from .vocabulary import AgreementStatus

STATUS_LABELS = {
    AgreementStatus.OPEN: ("åben", "open"),
    AgreementStatus.DONE: ("udført", "done"),
    AgreementStatus.DROPPED: ("opgivet", "dropped"),
}
OVERDUE_LABEL = ("frist overskredet", "overdue")


def status_label(agreement: Agreement, on: date | None = None, lang: str = "en") -> str:
    """"open", "done", "dropped" or, for an open agreement past its date, "overdue"."""
    pair = OVERDUE_LABEL if on is not None and is_overdue(agreement, on) else STATUS_LABELS[agreement.status]
    return pick(pair, lang)


def is_overdue(agreement: Agreement, on: date) -> bool:
    """Still open and its date is before `on`."""
    return agreement.status is AgreementStatus.OPEN and agreement.due is not None and agreement.due < on


def plan_counts(content: MapContent | SkyMap, on: date | None = None) -> dict[str, int]:
    """{"open", "done", "dropped", "overdue"}: the agreements by status (overdue ones are
    also counted as open) on the day `on` (default today)."""
    on = on or date.today()
    out = {"open": 0, "done": 0, "dropped": 0, "overdue": 0}
    for ag in content.agreements:
        out[ag.status.value] += 1
        out["overdue"] += is_overdue(ag, on)
    return out


def owner_name(content: MapContent | SkyMap, owner: str | None, lang: str) -> str:
    """The name of whoever owns an agreement: a person, "the family", or "no one yet"."""
    if owner is None:
        return message("plan_no_owner", lang)
    if owner == FAMILY_ID:
        return message("plan_the_family", lang)
    for person in content.people():
        if person.id == owner:
            return person.name
    return owner


def owners_in_order(content: MapContent | SkyMap) -> list[str | None]:
    """Who can own an agreement, in the order the plan lists them: the family as a whole,
    each family member, each person around the family, then no one."""
    return [FAMILY_ID, *(m.id for m in content.family), *(a.id for a in content.actors), None]


def by_owner(content: MapContent | SkyMap) -> list[tuple[str | None, list[Agreement]]]:
    """The agreements grouped by owner (owners in `owners_in_order`, each group in due-date
    order, undated last, then as entered); owners with no agreement are left out."""
    groups: dict[str | None, list[Agreement]] = {}
    for ag in content.agreements:
        groups.setdefault(ag.owner, []).append(ag)
    order = {ag.id: n for n, ag in enumerate(content.agreements)}
    out = []
    for owner in owners_in_order(content):
        if owner in groups:
            out.append((owner, sorted(groups[owner], key=lambda g: (g.due is None, g.due or date.min, order[g.id]))))
    return out


def open_counts(content: MapContent | SkyMap) -> dict[str, int]:
    """Person id -> how many open agreements they own (people with none are left out)."""
    out: dict[str, int] = {}
    for ag in content.agreements:
        if ag.status is AgreementStatus.OPEN and ag.owner is not None:
            out[ag.owner] = out.get(ag.owner, 0) + 1
    return out


def find_owner(content: MapContent | SkyMap, name: str) -> str | None:
    """The id of the person called `name` (case and spacing do not matter), FAMILY_ID for
    "family"/"familien", or None if no one is called that."""
    wanted = " ".join(name.split()).casefold()
    if wanted in ("family", "familien", "the family", "familie"):
        return FAMILY_ID
    for person in content.people():
        if " ".join(person.name.split()).casefold() == wanted:
            return person.id
    return None


@dataclass
class PlanDiff:
    """What changed in the joint plan from state A to state B (by agreement id)."""

    added: list[Agreement] = field(default_factory=list)
    done: list[Agreement] = field(default_factory=list)
    dropped: list[Agreement] = field(default_factory=list)
    overdue: list[Agreement] = field(default_factory=list)
    goals_added: list[str] = field(default_factory=list)
    goals_removed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        """The "agreements" of `skymap diff --json`: the texts."""
        return {k: [ag.text for ag in getattr(self, k)] for k in ("added", "done", "dropped", "overdue")}

    def __bool__(self) -> bool:
        return any((self.added, self.done, self.dropped, self.overdue, self.goals_added, self.goals_removed))


def plan_diff(a: MapContent | SkyMap, b: MapContent | SkyMap, on: date | None = None) -> PlanDiff:
    """Agreements added since A, done or dropped since A (or added already so), and open
    ones overdue on the later state's date `on` (default today); goals added and removed."""
    on = on or date.today()
    before = {ag.id: ag for ag in a.agreements}
    d = PlanDiff()
    for ag in b.agreements:
        old = before.get(ag.id)
        if old is None:
            d.added.append(ag)
        if ag.status is AgreementStatus.DONE and (old is None or old.status is not AgreementStatus.DONE):
            d.done.append(ag)
        if ag.status is AgreementStatus.DROPPED and (old is None or old.status is not AgreementStatus.DROPPED):
            d.dropped.append(ag)
        if is_overdue(ag, on):
            d.overdue.append(ag)
    d.goals_added = [g for g in b.goals if g not in a.goals]
    d.goals_removed = [g for g in a.goals if g not in b.goals]
    return d


def plan_sentences(d: PlanDiff, content: MapContent | SkyMap, lang: str) -> list[str]:
    """What changed in the plan, in plain sentences ("Aftale udført: Ring til PPR (Karen)")."""
    def what(ag: Agreement) -> str:
        return f"{ag.text} ({owner_name(content, ag.owner, lang)})" if ag.owner is not None else ag.text

    out = [message("plan_d_goal_added", lang, goal=g) for g in d.goals_added]
    out += [message("plan_d_goal_removed", lang, goal=g) for g in d.goals_removed]
    out += [message("plan_d_added", lang, what=what(ag)) for ag in d.added]
    out += [message("plan_d_done", lang, what=what(ag)) for ag in d.done]
    out += [message("plan_d_dropped", lang, what=what(ag)) for ag in d.dropped]
    out += [message("plan_d_overdue", lang, what=what(ag), due=date_text(ag.due, lang) if ag.due else "")
            for ag in d.overdue]
    return out
