"""The contact list as CSV, in exactly the form `skymap import` reads.

One row per person. A person's ties are listed on their own row (a coordination tie on
the row of its first person); when a person's ties differ in quality or frequency, each
name carries its own in brackets: "Sofie Nørgaard [stærk/ugentlig]". Positions, colours,
the flow of help and relational-coordination scores are not part of a contact list; the
map file keeps them.
"""

from __future__ import annotations

import csv
import io
import os

from skymap.model.merge import FAMILY
from skymap.model.objects import FAMILY_ID, Link, SkyMap
from skymap.model.vocabulary import FamilyRole, LinkKind, label, normalise_language
from skymap.storage.mapfile import write_atomic

COLUMNS = ("name", "kind", "role", "organisation", "domain", "contact_with", "coordinates_with", "coordinator",
           "core_team", "active", "frequency", "quality", "birth_year", "notes")
DANISH = {"name": "navn", "kind": "type", "role": "rolle", "organisation": "organisation", "domain": "område",
          "contact_with": "kontakt_med", "coordinates_with": "samarbejder_med", "coordinator": "koordinator",
          "core_team": "kerneteam", "active": "aktiv", "frequency": "hyppighed", "quality": "kvalitet",
          "birth_year": "fødselsår", "notes": "noter"}


def csv_text(m: SkyMap, lang: str | None = None, separator: str | None = None) -> str:
    """The contact list. Danish headers and ";" (Excel's Danish default) for a Danish map."""
    lang = normalise_language(lang or m.meta.language)
    sep = separator or (";" if lang == "da" else ",")
    inner = ", " if sep == ";" else "; "
    yes, no = ("ja", "nej") if lang == "da" else ("yes", "no")
    family_word = "familien" if lang == "da" else "family"
    names = {f.id: f.name for f in m.family} | {a.id: a.name for a in m.actors} | {FAMILY_ID: family_word}
    domains = {d.id: d.label for d in m.domains}

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow([DANISH[c] if lang == "da" else c for c in COLUMNS])
    for f in m.family:
        role = label(f.role, lang) if f.role is not FamilyRole.OTHER else ""
        writer.writerow(_row(lang, name=f.name, kind=label_kind(FAMILY, lang), role=role,
                             birth_year=str(f.birth_year or ""), notes=f.notes))
    for a in m.actors:
        contacts = [ln for ln in m.links if ln.kind is LinkKind.CONTACT and ln.source == a.id]
        coordination = [ln for ln in m.links if ln.kind is LinkKind.COORDINATION and ln.source == a.id]
        ties = contacts + coordination
        quality = _common([ln.quality for ln in ties])
        frequency = _common([ln.frequency for ln in ties])
        writer.writerow(_row(
            lang,
            name=a.name,
            kind=label(a.kind, lang) if lang == "en" else ("fagperson" if a.kind.value == "professional" else "privat"),
            role=a.role,
            organisation=a.organisation,
            domain=domains.get(a.domain, ""),
            contact_with=inner.join(_entry(names[ln.target], ln, quality, frequency, lang) for ln in contacts),
            coordinates_with=inner.join(_entry(names[ln.target], ln, quality, frequency, lang) for ln in coordination),
            coordinator=yes if a.coordinator else "",
            core_team=yes if a.core_team else "",
            active=yes if a.active else no,
            frequency=label(frequency, lang) if frequency else "",
            quality=label(quality, lang) if quality else "",
            notes=a.notes,
        ))
    return buffer.getvalue()


def label_kind(kind: str, lang: str) -> str:
    return ("familie" if lang == "da" else "family") if kind == FAMILY else kind


def _common(values: list):
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _entry(name: str, link: Link, quality, frequency, lang: str) -> str:
    details = []
    if quality is None:
        details.append(label(link.quality, lang))
    if frequency is None and link.frequency is not None:
        details.append(label(link.frequency, lang))
    return f"{name} [{'/'.join(details)}]" if details else name


def _row(lang: str, **values: str) -> list[str]:
    return [values.get(c, "") for c in COLUMNS]


def write_csv(m: SkyMap, out: str | os.PathLike, lang: str | None = None) -> None:
    """Written with a BOM so that Excel reads the UTF-8 (æ, ø, å) correctly."""
    write_atomic(out, "\ufeff" + csv_text(m, lang))
