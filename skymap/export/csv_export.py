"""The contact list as CSV, in exactly the form `skymap import` reads.

One row per person. A person's ties are listed on their own row (a coordination tie on
the row of its first person), separated by "|" inside the cell (a spreadsheet that saves
the file again with another separator leaves them alone); when a person's ties differ in
quality or frequency, each name carries its own in brackets: "Sofie Nørgaard [stærk/ugentlig]".
Positions, colours, the flow of help, relational-coordination scores and a tie's note are
not part of a contact list; the map file keeps them. A contact list tells people apart by
their names only, so a map with two people of the same name, a person without a name and a
few such things cannot be written as one: `cannot_carry` says which, before anything is written.
"""

from __future__ import annotations

import io
import os
from datetime import date

from skymap.model.cpr import find_cpr
from skymap.model.errors import SkymapError
from skymap.model.merge import FAMILY, FAMILY_WORDS, name_key
from skymap.model.messages import LocalText, pick
from skymap.model.objects import FAMILY_ID, Actor, Link, SkyMap
from skymap.model.vocabulary import Consent, FamilyRole, LinkKind, label, normalise_language
from skymap.storage.mapfile import write_atomic

COLUMNS = ("name", "kind", "role", "organisation", "domain", "contact_with", "coordinates_with", "coordinator",
           "core_team", "active", "frequency", "quality", "birth_year", "notes", "consent", "consent_date", "protected")
DANISH = {"name": "navn", "kind": "type", "role": "rolle", "organisation": "organisation", "domain": "område",
          "contact_with": "kontakt_med", "coordinates_with": "samarbejder_med", "coordinator": "koordinator",
          "core_team": "kerneteam", "active": "aktiv", "frequency": "hyppighed", "quality": "kvalitet",
          "birth_year": "fødselsår", "notes": "noter", "consent": "samtykke", "consent_date": "samtykke_dato",
          "protected": "skærmet"}
CONSENT_WORDS = {"da": {Consent.GIVEN: "ja", Consent.REFUSED: "nej", Consent.WITHDRAWN: "trukket tilbage"},
                 "en": {Consent.GIVEN: "yes", Consent.REFUSED: "no", Consent.WITHDRAWN: "withdrawn"}}
"""A consent as the importer reads it back; nothing recorded is an empty cell."""


def csv_text(m: SkyMap, lang: str | None = None, separator: str | None = None) -> str:
    """The contact list. Danish headers and ";" (Excel's Danish default) for a Danish map."""
    lang = normalise_language(lang or m.meta.language)
    sep = separator or pick((";", ","), lang)
    yes, no = pick((("ja", "nej"), ("yes", "no")), lang)
    family_word = pick(("familien", "family"), lang)
    names = {f.id: f.name for f in m.family} | {a.id: a.name for a in m.actors} | {FAMILY_ID: family_word}
    domains: dict[str | None, str] = {d.id: d.label for d in m.domains}

    buffer = io.StringIO()
    writer = _Writer(buffer, sep)
    writer.writerow([pick((DANISH[c], c), lang) for c in COLUMNS])
    for f in m.family:
        role = label(f.role, lang) if f.role is not FamilyRole.OTHER else ""
        writer.writerow(_row(lang, name=f.name, kind=label_kind(FAMILY, lang), role=role,
                             birth_year=str(f.birth_year or ""), notes=f.notes, protected=yes if f.protected else ""))
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
            contact_with=_cell([_entry(names[ln.target], ln, quality, frequency, lang) for ln in contacts]),
            coordinates_with=_cell([_entry(names[ln.target], ln, quality, frequency, lang) for ln in coordination]),
            coordinator=yes if a.coordinator else "",
            core_team=yes if a.core_team else "",
            active=yes if a.active else no,
            frequency=label(frequency, lang) if frequency else "",
            quality=label(quality, lang) if quality else "",
            notes=a.notes,
            consent=CONSENT_WORDS[lang][a.consent] if a.consent else "",
            consent_date=_date(a.consent_date, lang),
            protected=yes if a.protected else "",
        ))
    return buffer.getvalue()


def _date(when: date | None, lang: str) -> str:
    """DD-MM-YYYY in a Danish list, YYYY-MM-DD in an English one (both read back)."""
    if when is None:
        return ""
    return pick((when.strftime("%d-%m-%Y"), when.isoformat()), lang)


def label_kind(kind: str, lang: str) -> str:
    return pick(("familie", "family"), lang) if kind == FAMILY else kind


def _common(values: list):
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


INNER = " | "
"""Between the names inside one cell."""


def _cell(entries: list[str]) -> str:
    """The names of one cell. The importer splits a cell with a "|" at "|" only, otherwise at
    "," and ";" too: so one name holding a comma or semicolon is ended with a "|"."""
    text = INNER.join(entries)
    if len(entries) == 1 and ("," in text or ";" in text):
        text += " |"
    return text


def _entry(name: str, link: Link, quality, frequency, lang: str) -> str:
    details = []
    if quality is None:
        details.append(label(link.quality, lang))
    if frequency is None and link.frequency is not None:
        details.append(label(link.frequency, lang))
    if details or name.rstrip().endswith("]"):  # "[]": the name's own brackets are not details
        return f"{name} [{'/'.join(details)}]"
    return name


def cannot_carry(m: SkyMap) -> LocalText | None:
    """Why the map cannot be written as a contact list that reads back as the same people
    and ties, or None. (Positions, colours and such are left out by design, not refused.)"""
    seen: dict[str, str] = {}
    family_words = {name_key(w) for w in FAMILY_WORDS}
    for person in m.people():
        key = name_key(person.name)
        if not key:
            role = person.role if isinstance(person.role, str) else label(person.role, m.meta.language)
            return LocalText("csv_out_blank_name", role=role.strip() or "-")
        if key in seen:
            if seen[key] == person.name.strip():
                return LocalText("csv_out_duplicate_name", name=seen[key])
            return LocalText("csv_out_same_name", name=seen[key], other=person.name.strip())
        seen[key] = person.name.strip()
        if "|" in person.name:
            return LocalText("csv_out_bar", name=person.name.strip())
    for f in m.family:
        if name_key(f.name) in family_words:
            return LocalText("csv_out_family_word", name=f.name.strip())
    labelled: dict[str | None, str] = {d.id: d.label for d in m.domains if name_key(d.label)}
    for a in m.actors:
        if a.domain is not None and a.domain not in labelled:
            return LocalText("csv_out_blank_cloud", name=a.name.strip())
    # The importer refuses a list with a CPR number anywhere (and rightly: none belongs in a map).
    for person in m.people():
        texts = [person.name, person.notes]
        if isinstance(person, Actor):
            texts += [person.role, person.organisation, labelled.get(person.domain, "")]
        if any(find_cpr(t) for t in texts):
            return LocalText("csv_out_cpr", name=person.name.strip())
    return None


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is read by Excel and LibreOffice as a formula."""
ESCAPE = "'"


def as_text(cell: str) -> str:
    """A cell a spreadsheet reads as text, never as a formula (OWASP's advice for CSV
    injection: a leading apostrophe, and the cell quoted). A cell that starts with an
    apostrophe of its own gets one more, so that the importer, which takes one leading
    apostrophe away, gives back exactly what was written. (The importer trims a cell's ends
    first, so a cell is judged by its first character after any spaces too.)"""
    starts = (*FORMULA_STARTS, ESCAPE)
    return ESCAPE + cell if cell.startswith(starts) or cell.strip().startswith(starts) else cell


class _Writer:
    """csv's minimal quoting, and a cell escaped by `as_text` always quoted."""

    def __init__(self, buffer: io.StringIO, separator: str) -> None:
        self.buffer = buffer
        self.separator = separator
        self.special = (separator, '"', "\r", "\n")

    def writerow(self, cells: list[str]) -> None:
        out = []
        for cell in cells:
            text = as_text(cell)
            if len(text) != len(cell) or any(c in text for c in self.special):
                text = '"' + text.replace('"', '""') + '"'
            out.append(text)
        self.buffer.write(self.separator.join(out) + "\r\n")


def _row(lang: str, **values: str) -> list[str]:
    return [values.get(c, "") for c in COLUMNS]


def write_csv(m: SkyMap, out: str | os.PathLike, lang: str | None = None) -> None:
    """Written with a BOM so that Excel reads the UTF-8 (æ, ø, å) correctly. A map that
    cannot be carried by a contact list (see `cannot_carry`) raises a SkymapError saying
    why, and nothing is written."""
    reason = cannot_carry(m)
    if reason is not None:
        raise SkymapError("csv_out_refused", path=out, reason=reason)
    write_atomic(out, "\ufeff" + csv_text(m, lang))
