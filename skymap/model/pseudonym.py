"""Pseudonymised copies of a map, for sharing beyond the core team.

Every person's name is replaced by initials ("S.N.") or by their role ("Klasselærer",
"mor", "barn 2"); names, and each part of a name, are also taken out of the other texts
that stay (roles, organisations, cloud labels, the title); free-text notes are dropped,
since they may mention anyone. No full name of a person survives.
"""

from __future__ import annotations

import re
from collections import Counter

from .messages import message
from .objects import SkyMap
from .vocabulary import label

MODES = ("initials", "roles")


def initials(name: str) -> str:
    """ "Sofie Nørgaard" -> "S.N."; "Anne-Mette Lund" -> "A.M.L."."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
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


def pseudonymise(skymap: SkyMap, mode: str, lang: str | None = None, keep_statuses: bool = False) -> SkyMap:
    """A copy of the map in which no person's name appears (see module docstring)."""
    if mode not in MODES:
        raise ValueError(f"unknown pseudonymisation {mode!r}")
    lang = lang or skymap.meta.language
    m = skymap.model_copy(deep=True)
    people = [(f.id, f.name) for f in m.family] + [(a.id, a.name) for a in m.actors]

    # Every name part of two letters or more, longest first, is scrubbed from kept texts.
    names = [name for _, name in people] + [m.meta.caseworker, m.meta.family_name]
    parts = sorted(
        {p.strip() for name in names if name.strip() for p in [name, *re.split(r"[\s\-]+", name)] if len(p.strip()) >= 2},
        key=len,
        reverse=True,
    )
    # A name also in the possessive: "Emils kontaktperson", "Anne-Marie's".
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(p) for p in parts) + r")(?:s|'s|’s|')?\b", re.IGNORECASE)
        if parts
        else None
    )

    def scrub(text: str) -> str:
        if not text or pattern is None:
            return text
        return pattern.sub(lambda mt: initials(mt.group(1)) if mode == "initials" else "…", text)

    if mode == "initials":
        new_names = _numbered([initials(name) for _, name in people])
    else:
        labels = [label(f.role, lang) for f in m.family] + [
            scrub(a.role.strip()) or label(a.kind, lang) for a in m.actors
        ]
        new_names = _numbered(labels)
    replacement = dict(zip((pid for pid, _ in people), new_names))

    m.family = [
        f.model_copy(update={"name": replacement[f.id], "notes": "", "birth_year": None}) for f in m.family
    ]
    m.actors = [
        a.model_copy(
            update={
                "name": replacement[a.id],
                "role": scrub(a.role) if mode == "initials" else "",
                "organisation": scrub(a.organisation),
                "notes": "",
            }
        )
        for a in m.actors
    ]
    m.domains = [d.model_copy(update={"label": scrub(d.label)}) for d in m.domains]
    m.links = [ln.model_copy(update={"note": ""}) for ln in m.links]
    m.annotations = []
    if keep_statuses:  # the same names replaced in every status, so a comparison still works
        m.snapshots = [
            s.model_copy(update={"content": _pseudonymise_content(s.content, replacement, scrub)}) for s in m.snapshots
        ]
    else:
        m.snapshots = []
    family_name = m.meta.family_name
    new_family = (initials(family_name) if mode == "initials" else "") if family_name else ""
    title = message("family_title", lang, name=new_family) if new_family else message("s_the_family", lang)
    caseworker = initials(m.meta.caseworker) if (m.meta.caseworker and mode == "initials") else ""
    m.meta = m.meta.model_copy(update={"title": title, "family_name": new_family, "caseworker": caseworker})
    return m



def _pseudonymise_content(content, replacement: dict[str, str], scrub):
    """A status's content with the same pseudonyms as the working map (people who have
    left are named by their initials)."""
    def new_name(obj) -> str:
        return replacement.get(obj.id) or initials(obj.name)

    return content.model_copy(update={
        "family": [f.model_copy(update={"name": new_name(f), "notes": "", "birth_year": None}) for f in content.family],
        "actors": [a.model_copy(update={"name": new_name(a), "role": scrub(a.role), "organisation": scrub(a.organisation),
                                        "notes": ""}) for a in content.actors],
        "domains": [d.model_copy(update={"label": scrub(d.label)}) for d in content.domains],
        "links": [ln.model_copy(update={"note": ""}) for ln in content.links],
        "annotations": [],
    })
