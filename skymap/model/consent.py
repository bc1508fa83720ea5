"""Consent (samtykke) and protected people (skærmet): the rules about them, without Qt.

Consent is recorded per professional (`Actor.consent`: given, refused, withdrawn; None =
nothing recorded). Any person, a family member too, can be protected: someone who must not
be told about or involved in the case (Barnets lov § 18, stk. 3). The findings, the counts
of `skymap stats --json` and the changes between two statuses all come from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .findings import Finding, join_names
from .messages import date_text as _date_text
from .messages import message
from .metrics import MapLike, unique_names
from .objects import Actor, FamilyMember
from .vocabulary import ActorKind, AgreementStatus, Consent, label

CONSENT_KEYS = ("given", "refused", "withdrawn", "missing")
"""The keys of `skymap stats --json`'s "consent", in this order."""


_CONSENT_WORDS = {
    "yes": Consent.GIVEN, "ja": Consent.GIVEN, "given": Consent.GIVEN, "givet": Consent.GIVEN,
    "no": Consent.REFUSED, "nej": Consent.REFUSED, "refused": Consent.REFUSED, "afvist": Consent.REFUSED,
    "not given": Consent.REFUSED, "ikke givet": Consent.REFUSED,
    "withdrawn": Consent.WITHDRAWN, "trukket tilbage": Consent.WITHDRAWN, "trukket": Consent.WITHDRAWN,
}
_NOTHING = {"", "missing", "mangler", "-", "not recorded", "ikke registreret"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def parse_consent(text: str) -> tuple[bool, Consent | None]:
    """(understood, consent) for a contact list's cell: yes/ja, no/nej, withdrawn/trukket
    tilbage (or given/givet, refused/afvist); empty, "not recorded"/"ikke registreret" or
    "missing"/"mangler" = nothing recorded."""
    key = " ".join(text.strip().lower().replace("_", " ").split())
    if key in _NOTHING:
        return True, None
    found = _CONSENT_WORDS.get(key)
    return found is not None, found


def parse_consent_date(text: str) -> tuple[bool, date | None]:
    """(understood, date) for YYYY-MM-DD or DD-MM-YYYY (also with "." or "/"); empty = None."""
    t = text.strip()
    if not t:
        return True, None
    if m := _ISO_DATE.fullmatch(t):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DAY_FIRST.fullmatch(t):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    else:
        return False, None
    try:
        return (True, date(y, mo, d)) if 1900 <= y <= 2200 else (False, None)
    except ValueError:
        return False, None


def consent_label(consent: Consent | None, lang: str = "en") -> str:
    """ "givet", "afvist", "trukket tilbage" or "mangler" (nothing recorded): the words of
    the window's consent field, of the print and of `skymap stats` alike."""
    return message("consent_missing", lang) if consent is None else label(consent, lang)


def consent_key(consent: Consent | None) -> str:
    """The state as a stable word: the enum's value, or "missing"."""
    return "missing" if consent is None else consent.value


def _people(m: MapLike) -> list[FamilyMember | Actor]:
    return [*m.family, *m.actors]


def protected_ids(m: MapLike) -> set[str]:
    """The ids of everyone marked protected: family members and people around them."""
    return {p.id for p in _people(m) if p.protected}


def _names(m: MapLike) -> dict[str, str]:
    return unique_names([(f.id, f.name) for f in m.family] + [(a.id, a.name) for a in m.actors])


def _ties(m: MapLike) -> dict[str, int]:
    count: dict[str, int] = {}
    for link in m.links:
        for end in (link.source, link.target):
            count[end] = count.get(end, 0) + 1
    return count


def consent_findings(m: MapLike, names: dict[str, str] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(urgent, later): the protected people and the withdrawn consents with ties still
    there, which go first among the findings; then the core team and coordinator with no
    consent recorded."""
    names = names or _names(m)
    urgent: list[Finding] = []
    open_owned: dict[str, int] = {}
    for ag in getattr(m, "agreements", ()):
        if ag.owner is not None and ag.status is AgreementStatus.OPEN:
            open_owned[ag.owner] = open_owned.get(ag.owner, 0) + 1
    for person in _people(m):
        if person.protected:
            urgent.append(Finding("f_protected", {"name": names[person.id]}, (person.id,), "warning"))
            owned = open_owned.get(person.id, 0)
            if owned:  # an agreement of the plan would have them told or involved
                urgent.append(Finding("f_protected_owner_1" if owned == 1 else "f_protected_owner_n",
                                      {"name": names[person.id], "count": owned}, (person.id,), "warning"))
    ties = _ties(m)
    for a in m.actors:
        if a.active and a.consent is Consent.WITHDRAWN and ties.get(a.id):
            count = ties[a.id]
            when = a.consent_date
            urgent.append(Finding(
                "f_consent_withdrawn_1" if count == 1 else "f_consent_withdrawn_n",
                {"name": names[a.id], "count": count, "date": _on(when)},
                (a.id,),
                "warning",
            ))
    missing = [a.id for a in m.actors if a.active and a.kind is ActorKind.PROFESSIONAL
               and (a.core_team or a.coordinator) and a.consent is None]
    later = []
    if missing:
        listed = [names[i] for i in missing]
        later.append(Finding("f_consent_missing", {"names": lambda lang: join_names(listed, lang)},
                             tuple(missing), "warning"))
    return urgent, later


def _on(when: date | None):
    return (lambda lang: message("f_consent_on", lang, date=date_text(when, lang))) if when else ""


def date_text(when: date, lang: str) -> str:
    """A date as the reader writes it: 03.02.2026 in Danish, 3 Feb 2026 in English (model/messages)."""
    return _date_text(when, lang)


def consent_stats(m: MapLike, names: dict[str, str] | None = None) -> dict:
    """`skymap stats --json`'s "consent" (names of the active professionals by what is
    recorded; "missing" = nothing) and "protected" (names of everyone marked protected)."""
    names = names or _names(m)
    consent: dict[str, list[str]] = {k: [] for k in CONSENT_KEYS}
    for a in m.actors:
        if a.active and a.kind is ActorKind.PROFESSIONAL:
            consent[consent_key(a.consent)].append(names[a.id])
    protected = [names[p.id] for p in _people(m) if p.protected]
    return {"consent": consent, "protected": protected}


@dataclass(frozen=True)
class ConsentChange:
    """A professional's consent in state A and in state B (the person is in both)."""

    id: str
    before: Consent | None
    after: Consent | None
    date_before: date | None
    date_after: date | None

    def as_dict(self, name: str) -> dict:
        return {"name": name, "from": consent_key(self.before), "to": consent_key(self.after),
                "date": self.date_after.isoformat() if self.date_after else None}

    def sentence(self, name: str, lang: str) -> str:
        on = message("f_consent_on", lang, date=date_text(self.date_after, lang)) if self.date_after else ""
        if self.after is None:
            return message("d_consent_cleared", lang, name=name)
        after = label(self.after, lang)
        if self.before is None:
            return message("d_consent_recorded", lang, name=name, after=after, date=on)
        if self.before is self.after:
            return message("d_consent_redated", lang, name=name, after=after,
                           date=date_text(self.date_after, lang) if self.date_after else "-")
        return message("d_consent_changed", lang, name=name, before=label(self.before, lang), after=after, date=on)


def consent_changes(a: MapLike, b: MapLike) -> list[ConsentChange]:
    """Consent changes of the people in both states, in B's order: what is recorded, or
    only its date."""
    before = {x.id: x for x in a.actors}
    out = []
    for new in b.actors:
        old = before.get(new.id)
        if old is not None and (old.consent, old.consent_date) != (new.consent, new.consent_date):
            out.append(ConsentChange(new.id, old.consent, new.consent, old.consent_date, new.consent_date))
    return out


def protection_changes(a: MapLike, b: MapLike) -> list[tuple[str, bool]]:
    """(id, now protected?) for everyone whose mark changed, family members too; someone
    new in B who is protected counts as a change (a meeting must hear it)."""
    before = {p.id: p.protected for p in _people(a)}
    return [(p.id, p.protected) for p in _people(b) if before.get(p.id, False) != p.protected]


def protection_sentence(name: str, now: bool, lang: str) -> str:
    return message("d_protected_on" if now else "d_protected_off", lang, name=name)


def describe_consent(consent: Consent | None, when: date | None, lang: str) -> str:
    """ "givet 03.02.2026" / "given 2026-02-03" / "mangler": a consent for a contact list."""
    text = consent_label(consent, lang)
    if when is not None and consent is not None:
        text += " " + date_text(when, lang)
    return text


__all__ = [
    "CONSENT_KEYS",
    "ConsentChange",
    "consent_changes",
    "consent_findings",
    "consent_key",
    "consent_label",
    "consent_stats",
    "date_text",
    "describe_consent",
    "parse_consent",
    "parse_consent_date",
    "protected_ids",
    "protection_changes",
    "protection_sentence",
]
