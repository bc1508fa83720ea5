"""A map for the consent, protection and family-copy tests: the example family with consent
recorded in every state, a protected professional and a protected family member, secret
words planted in notes, reasons, scopes and tie notes, and relational-coordination scores."""

from __future__ import annotations

from datetime import date

from skymap.model.objects import RCScores, SkyMap
from skymap.model.vocabulary import Consent, LinkKind
from tests.helpers import example

SECRETS = ("HEMMELIGNOTE", "RISIKOVURDERING", "SAMTYKKEOMFANG", "BåndNOTE", "FAMILIENOTE")
"""Words planted where the family must never read them (a note, a reason, a scope, a tie's note)."""
PROTECTED_ACTOR = "Karin Holm"
PROTECTED_MEMBER = "Thomas Nørgaard"
COORDINATOR = "Peter Vinther"
STATES = (Consent.GIVEN, Consent.GIVEN, Consent.REFUSED, Consent.WITHDRAWN, None)


def consent_map(lang: str = "da") -> SkyMap:
    m = example()
    actors = []
    for i, a in enumerate(m.actors):
        state = STATES[i % len(STATES)]
        actors.append(a.model_copy(update={
            "consent": state, "consent_date": date(2026, 1, 10 + i) if state else None,
            "consent_scope": "SAMTYKKEOMFANG skole og PPR" if state else "",
            "notes": f"HEMMELIGNOTE {i}",
            "protected": a.name == PROTECTED_ACTOR,
            "coordinator": a.name == COORDINATOR,
            "protected_reason": "RISIKOVURDERING afventer" if a.name == PROTECTED_ACTOR else "",
        }))
    family = [f.model_copy(update={"notes": "FAMILIENOTE", "protected": f.name == PROTECTED_MEMBER,
                                   "protected_reason": "RISIKOVURDERING æresrelateret" if f.name == PROTECTED_MEMBER
                                   else ""}) for f in m.family]
    links = [ln.model_copy(update={"note": "BåndNOTE", **({"rc": RCScores(frequent=2, timely=3, accurate=4,
                                                                          shared_goals=5)}
                                                         if ln.kind is LinkKind.COORDINATION else {})})
             for ln in m.links]
    data = m.model_dump()
    data.update(actors=[a.model_dump() for a in actors], family=[f.model_dump() for f in family],
                links=[ln.model_dump() for ln in links])
    data["meta"]["language"] = lang
    return SkyMap.model_validate(data)
