"""The family's own copy (familiens eget kort): what of the map a family may take home.

`family_copy` strips a map down to what the family may read: no protected person (skærmet)
and none of their ties, no one who has ended, no notes (on people, ties or the canvas), no
relational-coordination scores, no consent details, no statuses, and never pseudonymised
(the copy is theirs). Of the joint plan it keeps what was agreed with the family: their goals,
the open and done agreements without notes; not the dropped ones, not those owned by someone
left out, and no goal or agreement that names a protected person. `family_page` says it in
plain words: the people around the family, who works together, whom to call (the family
coordinator) and what was agreed. The PDF (export/family_pdf.py) prints both; nothing of the
caseworker's findings is in either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .findings import join_names
from .focus import focused_member, network_title
from .messages import message
from .objects import FAMILY_ID, SkyMap
from .vocabulary import AgreementStatus, LinkKind, normalise_language


def left_out_people(m: SkyMap) -> frozenset[str]:
    """The ids of the people the family's copy leaves out: every protected person (skærmet)
    and everyone no longer involved."""
    return frozenset({p.id for p in m.people() if p.protected} | {a.id for a in m.actors if not a.active})


def left_out(m: SkyMap) -> frozenset[str]:
    """The ids of the people and ties the family's copy leaves out (the family view on
    screen hides the same): `left_out_people` and every tie to one of them."""
    people = left_out_people(m)
    return people | {ln.id for ln in m.links if ln.source in people or ln.target in people}


def family_copy(m: SkyMap) -> SkyMap:
    """The map as the family may see it (a new SkyMap; `m` is left alone)."""
    hidden = left_out_people(m)
    data = m.model_dump()
    data["family"] = [dict(f, notes="", protected_reason="") for f in data["family"] if f["id"] not in hidden]
    data["actors"] = [dict(a, notes="", consent=None, consent_date=None, consent_scope="", protected_reason="")
                      for a in data["actors"] if a["id"] not in hidden]
    data["links"] = [dict(ln, note="", rc=None) for ln in data["links"]
                     if ln["source"] not in hidden and ln["target"] not in hidden]
    data["annotations"] = []
    data["snapshots"] = []
    names_protected = _protected_words(m)
    data["goals"] = [g for g in data.get("goals", []) if not names_protected(g)]
    data["agreements"] = [dict(ag, note="") for ag in data.get("agreements", [])
                          if ag["status"] != AgreementStatus.DROPPED.value and ag["owner"] not in hidden
                          and not names_protected(ag["text"])]
    protected_names = {p.name.strip().casefold() for p in m.people() if p.protected}
    caseworker = "" if m.meta.caseworker.strip().casefold() in protected_names else m.meta.caseworker
    data["meta"] = dict(data["meta"], title=family_title(m, m.meta.language), caseworker=caseworker)
    return SkyMap.model_validate(data)


def _protected_words(m: SkyMap):
    """A test: does a text name a protected person (by a word of their name that no one else on
    the map, nor the family name, carries: "Thomas", "Karin", "Holm", not "Nørgaard")?"""
    def words(name: str) -> set[str]:
        return {w.casefold() for w in re.findall(r"\w+", name) if len(w) > 1}

    shared = words(m.meta.family_name)
    for p in m.people():
        if not p.protected:
            shared |= words(p.name)
    secret = set().union(*(words(p.name) for p in m.people() if p.protected)) - shared
    return lambda text: bool(secret & words(text))


def family_title(m: SkyMap, lang: str) -> str:
    """ "Familien Nørgaards eget kort" / "The Nørgaard family's own map" ("Jeres eget kort");
    a child's own view (focus.member_map) is titled as its meeting PDF is, "Emils netværk" /
    "Emil's network", unless the child is left out of the copy (then the family's title)."""
    member = focused_member(m, m.meta.title)
    if member is not None and member not in left_out_people(m):
        return network_title(m.family[0].name, lang)
    name = m.meta.family_name.strip()
    if not name:
        return message("fam_title", lang)
    if normalise_language(lang) == "da":  # Danish genitive: Nørgaards, but Jens' and Marx'
        name += "'" if name[-1].lower() in "sxz" else "s"
    return message("fam_title_named", lang, name=name)


@dataclass
class FamilyPage:
    """The plain-language page, as text: headings and lines in the map's language."""

    title: str
    intro: str
    people_heading: str
    groups: list[tuple[str, list[str]]] = field(default_factory=list)  # (cloud, lines about its people)
    together_heading: str = ""
    together: list[str] = field(default_factory=list)
    call_heading: str = ""
    call: list[str] = field(default_factory=list)
    plan_heading: str = ""  # "Det har vi aftalt"; empty when there is no plan
    goals_heading: str = ""
    goals: list[str] = field(default_factory=list)
    todo_heading: str = ""
    todo: list[str] = field(default_factory=list)  # "who does what, by when"
    done: str = ""  # "Det er gjort: A og B."


def family_page(m: SkyMap, lang: str | None = None) -> FamilyPage:
    """The page's words for a map already made a `family_copy`."""
    lang = normalise_language(lang or m.meta.language)
    names = {f.id: f.name for f in m.family} | {a.id: a.name for a in m.actors}
    names[FAMILY_ID] = message("fam_whole_family", lang)
    contacts: dict[str, list[str]] = {}
    for ln in m.links:
        if ln.kind is LinkKind.CONTACT:
            contacts.setdefault(ln.source, []).append(names[ln.target])
    page = FamilyPage(title=family_title(m, lang), intro=message("fam_intro", lang),
                      people_heading=message("fam_people", lang))
    clouds = [(d.label, [a for a in m.actors if a.domain == d.id]) for d in m.domains]
    clouds.append((message("fam_others", lang), [a for a in m.actors if a.domain is None]))
    for cloud, actors in clouds:
        if actors:
            page.groups.append((cloud, [_about(a, contacts.get(a.id, []), lang) for a in actors]))
    if not page.groups:
        page.groups.append(("", [message("fam_no_one", lang)]))
    page.together_heading = message("fam_together", lang)
    seen: set[frozenset] = set()
    for ln in m.links:
        pair = frozenset((ln.source, ln.target))
        if ln.kind is LinkKind.COORDINATION and pair not in seen:
            seen.add(pair)
            page.together.append(message("fam_pair", lang, a=names[ln.source], b=names[ln.target]))
    if not page.together:
        page.together.append(message("fam_no_pairs", lang))
    page.call_heading = message("fam_call", lang)
    coordinators = [a for a in m.actors if a.coordinator]
    if coordinators:
        for a in coordinators:
            who = _who(a)
            page.call.append(message("fam_coordinator", lang, who=who, name=a.name))
    elif m.meta.caseworker.strip():
        page.call.append(message("fam_no_coordinator_caseworker", lang, name=m.meta.caseworker.strip()))
    else:
        page.call.append(message("fam_no_coordinator", lang))
    _plan(page, m, lang)
    return page


_MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _long_date(d, lang: str) -> str:
    if lang == "da":
        return f"{d.day}. {_MONTHS_DA[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def _plan(page: FamilyPage, m: SkyMap, lang: str) -> None:
    """"What we agreed": the family's goals, the open agreements as "who does what, by when",
    then the done ones in one line (the copy holds no dropped one)."""
    if not m.goals and not m.agreements:
        return
    people = {p.id: p for p in m.people()}
    page.plan_heading = message("fam_plan", lang)
    if m.goals:
        page.goals_heading = message("fam_goals", lang)
        page.goals = list(m.goals)
    order = {ag.id: n for n, ag in enumerate(m.agreements)}
    open_ = sorted((ag for ag in m.agreements if ag.status is AgreementStatus.OPEN),
                   key=lambda g: (g.due is None, g.due.toordinal() if g.due else 0, order[g.id]))
    if open_:
        page.todo_heading = message("fam_todo", lang)
    for ag in open_:
        if ag.owner is None:
            line = message("fam_todo_no_one", lang, what=ag.text)
        else:
            who = message("fam_todo_family", lang) if ag.owner == FAMILY_ID else _owner(people[ag.owner])
            line = message("fam_todo_who", lang, who=who, what=ag.text)
        if ag.due is not None:
            line = message("fam_todo_due", lang, line=line, due=_long_date(ag.due, lang))
        page.todo.append(line)
    done = [ag.text for ag in m.agreements if ag.status is AgreementStatus.DONE]
    if done:
        page.done = message("fam_done", lang, what=join_names(done, lang, len(done)).rstrip(".!"))


def _owner(p) -> str:
    """ "Hanne Lund (Vestbyskolen)": the name and where they work (or their role)."""
    where = (getattr(p, "organisation", "") or "").strip() or (getattr(p, "role", "") or "").strip()
    return f"{p.name} ({where})" if where else p.name


def _who(a) -> str:
    about = ", ".join(x for x in (a.role.strip(), a.organisation.strip()) if x)
    return f"{a.name} ({about})" if about else a.name


def _about(a, contacts: list[str], lang: str) -> str:
    text = _who(a)
    if contacts:
        text = message("fam_in_touch", lang, who=text, names=join_names(list(dict.fromkeys(contacts)), lang, 12))
    return text
