"""Pseudonymised copies of a map, for sharing beyond the core team.

Every person is renamed: by initials ("S.N.") or by their role ("Klasselærer", "mor",
"barn 2"). Who counts as a person: everyone in the working map and in every status (also
someone who has since left the map), the caseworker and the family's name.

Their names are then taken out of every other text that stays: roles, organisations, cloud
labels, status labels, and any text field a later version adds (the text fields are found by
looking at the models, not listed by hand). A name is found whatever its Unicode form or
case, and without its accents (see `name_match`); a full name, first name, surname or part
of a double name of two letters or more is found as a whole word, also in the genitive
("Emils"). A person's full name becomes their pseudonym, so "overtog fra Eva Kjær" reads
"overtog fra E.K."; a lone first name or surname becomes its initial ("Emils lærer" →
"E. lærer"), or "…" in role mode. Free-text notes, tie notes, consent scopes and canvas
notes are dropped, since they may tell anything about anyone; birth years are dropped; the title becomes
"Familien N." (initials) or "Familien" (roles). An id that spells a name is replaced.
All text comes out in NFC.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from .focus import focused_member, network_title
from .messages import message
from .name_match import NameMatcher
from .objects import FAMILY_ID, Actor, Annotation, Domain, FamilyMember, Link, MapContent, SkyMap
from .vocabulary import label

MODES = ("initials", "roles")
DROPPED_TEXT = frozenset({"notes", "note", "consent_scope"})
"""Text fields emptied rather than scrubbed: free text that may tell anything about anyone."""


def initials(name: str) -> str:
    """ "Sofie Nørgaard" -> "S.N."; "Anne-Mette Lund" -> "A.M.L."."""
    name = unicodedata.normalize("NFKC", name)  # "Ｅｖａ" -> "E."
    parts = [p for p in "".join(" " if c.isspace() or c in "-‐–" else c for c in name).split() if p]
    return "".join(p[0].upper() + "." for p in parts) or "?"


def _numbered(labels: list[str]) -> list[str]:
    """Make repeated labels distinct: "barn", "barn" -> "barn 1", "barn 2"."""
    totals = Counter(labels)
    seen: Counter[str] = Counter()
    out = []
    for text in labels:
        seen[text] += 1
        out.append(f"{text} {seen[text]}" if totals[text] > 1 else text)
    return out


def _everyone(m: SkyMap) -> dict[str, list[FamilyMember | Actor]]:
    """Each person's versions by id: the working map's first, then every status's, in file
    order; people only in statuses after those of the working map."""
    out: dict[str, list[FamilyMember | Actor]] = {}
    contents: list[SkyMap | MapContent] = [m, *(s.content for s in m.snapshots)]
    for content in contents:
        people: list[FamilyMember | Actor] = [*content.family, *content.actors]
        for person in people:
            out.setdefault(person.id, []).append(person)
    return out


@cache
def _field_kind(model: type[BaseModel], name: str) -> str:
    """"text" for a field that can hold a name (or a list of such), "id" for an id or a
    reference to one, "" for anything else (numbers, colours, codes, choices). Asked of the
    field's own type and constraints, so a text field added later is scrubbed too."""
    field = model.model_fields[name]
    annotation: Any = field.annotation
    adapter = TypeAdapter(Annotated[annotation, *field.metadata] if field.metadata else annotation)
    for kind, probe in (("text", "Eva Kjær"), ("text", ["Eva Kjær"]), ("id", "a-1")):
        try:
            adapter.validate_python(probe)
        except ValidationError:
            continue
        return kind
    return ""


def pseudonymise(skymap: SkyMap, mode: str, lang: str | None = None, keep_statuses: bool = False,
                 people_from: SkyMap | None = None) -> SkyMap:
    """A copy of the map in which no person's name appears (see module docstring). With
    `keep_statuses` the statuses stay, with the same pseudonyms, so a comparison still works.
    `people_from` is the whole file when `skymap` is one status taken out of it: the people
    of its working map and statuses are scrubbed too."""
    if mode not in MODES:
        raise ValueError(f"unknown pseudonymisation {mode!r}")
    lang = lang or skymap.meta.language
    everyone = _everyone(skymap)
    for pid, versions in (_everyone(people_from) if people_from is not None else {}).items():
        everyone.setdefault(pid, []).extend(versions)
    meta = skymap.meta
    matcher = NameMatcher({pid: [v.name for v in versions] for pid, versions in everyone.items()},
                          others=[meta.caseworker, meta.family_name])

    def blank(text: str) -> str:  # a name inside a pseudonym: no one's pseudonym yet
        return matcher.replace(text, lambda found, _owner: initials(found) if mode == "initials" else "…")

    current = {pid: versions[0] for pid, versions in everyone.items()}  # working map's, else oldest status's
    if mode == "initials":
        labels = [initials(p.name) for p in current.values()]
    else:
        labels = [label(p.role, lang) if isinstance(p, FamilyMember) else (blank(p.role).strip() or label(p.kind, lang))
                  for p in current.values()]
    pseudonym = dict(zip(current, _numbered(labels)))

    def scrub(text: str) -> str:
        def replacement(found: str, owner: str | None) -> str:
            if owner is not None:
                return pseudonym[owner]
            return initials(found) if mode == "initials" else "…"

        return matcher.replace(text, replacement)

    contents: list[SkyMap | MapContent] = [skymap, *(s.content for s in skymap.snapshots)]
    things: list[Domain | Link | Annotation] = []
    for c in contents:
        things += [*c.domains, *c.links, *c.annotations]
    leaky_ids = {i for i in (*everyone, *(o.id for o in things),
                             *(s.id for s in skymap.snapshots)) if i != FAMILY_ID and matcher.mentions(i)}
    new_ids = {old: f"x-{n}" for n, old in enumerate(sorted(leaky_ids), start=1)}

    def person(obj: FamilyMember | Actor) -> dict:
        update: dict = {"name": pseudonym[obj.id]}
        if isinstance(obj, FamilyMember):
            update["birth_year"] = None
        elif mode == "roles":
            update["role"] = ""  # it is the pseudonym now
        return update

    m = _rewrite(skymap.model_copy(deep=True), scrub, new_ids, person)
    if not keep_statuses:
        m = m.model_copy(update={"snapshots": []})
    family_name = meta.family_name
    new_family = (initials(family_name) if mode == "initials" else "") if family_name else ""
    title = message("family_title", lang, name=new_family) if new_family else message("s_the_family", lang)
    focused = focused_member(skymap, meta.title)
    if focused is not None:  # a child's own view says whose network it is, by their pseudonym
        title = network_title(pseudonym[focused], lang, whole=True)
    caseworker = initials(meta.caseworker) if (meta.caseworker and mode == "initials") else ""
    return m.model_copy(update={"meta": m.meta.model_copy(update={
        "title": title, "family_name": new_family, "caseworker": caseworker})})


def _rewrite(obj, scrub: Callable[[str], str], new_ids: dict[str, str], person: Callable[[Any], dict]):
    """A copy of a model with every free-text field scrubbed, notes dropped, canvas notes
    removed, people renamed and leaky ids replaced, at any depth (statuses included)."""
    model: type[BaseModel] = type(obj)
    update: dict = {}
    for name in model.model_fields:
        value = getattr(obj, name)
        kind = _field_kind(model, name)
        new: Any
        if name == "annotations" and value and isinstance(value[0], Annotation):
            new = []
        elif isinstance(value, BaseModel):
            new = _rewrite(value, scrub, new_ids, person)
        elif isinstance(value, list | tuple) and value and isinstance(value[0], BaseModel):
            new = type(value)(_rewrite(v, scrub, new_ids, person) for v in value)
        elif kind == "text" and isinstance(value, str):
            new = "" if name in DROPPED_TEXT else scrub(value)
        elif kind == "text" and isinstance(value, list | tuple):
            new = type(value)("" if name in DROPPED_TEXT else scrub(v) for v in value)
        elif kind == "id" and isinstance(value, str):
            new = new_ids.get(value, value)
        else:
            continue
        if new is not value:
            update[name] = new
    if isinstance(obj, FamilyMember | Actor):
        update.update(person(obj))
    return obj.model_copy(update=update) if update else obj
