"""Reading a caseworker's contact list (CSV from Excel) into rows the model can apply.

Detects the encoding (UTF-8 with or without BOM, else Windows-1252) and the separator
(comma, semicolon or tab), reads English or Danish headers, and checks every cell. All
problems are collected with their line and column and raised together as one
`CsvImportError`, so nothing is written when any row is wrong. A birth year a map does not
take is no such problem: it is not kept, said (`ContactList.said`), and the rest is imported,
as in the family member's form.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from skymap.model.birth_year import birth_year, not_kept_text
from skymap.model.consent import parse_consent, parse_consent_date
from skymap.model.cpr import find_cpr
from skymap.model.errors import CsvImportError
from skymap.model.merge import (
    FAMILY,
    MAX_PEOPLE,
    ContactRow,
    Problem,
    name_key,
    parse_flag,
    parse_frequency,
    parse_kind,
    parse_quality,
)
from skymap.model.messages import LocalText, error_message, human_size
from skymap.model.objects import NAME_CONTROLS, TEXT_CONTROLS

from .reading import ReadProblem, read_limited

MAX_CSV_BYTES = 10 * 1024 * 1024
TEXT_LIMITS = {"name": 200, "role": 200, "organisation": 200, "domain": 200, "notes": 20_000}
"""The longest text each column may hold (as in the map's own rules)."""

# Header synonyms, after normalising (lower case, spaces and hyphens as "_").
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "navn", "fulde_navn", "full_name"),
    "kind": ("kind", "type", "slags"),
    "role": ("role", "rolle", "funktion", "titel", "title"),
    "organisation": ("organisation", "organization", "arbejdssted", "institution"),
    "domain": ("domain", "område", "omraade", "omrade", "sky", "cloud"),
    "contact_with": ("contact_with", "kontakt_med", "contacts", "kontakter"),
    "coordinates_with": ("coordinates_with", "samarbejder_med", "coordination", "samarbejde"),
    "coordinator": ("coordinator", "koordinator", "family_coordinator", "familiekoordinator"),
    "core_team": ("core_team", "kerneteam"),
    "frequency": ("frequency", "hyppighed"),
    "quality": ("quality", "kvalitet"),
    "birth_year": ("birth_year", "fødselsår", "foedselsaar", "fodselsar", "year_of_birth"),
    "notes": ("notes", "noter", "note", "bemærkninger", "bemaerkninger"),
    "active": ("active", "aktiv"),
    "consent": ("consent", "samtykke"),
    "consent_date": ("consent_date", "samtykke_dato", "samtykkedato", "consent_given_on"),
    "protected": ("protected", "skærmet", "skaermet", "skarmet"),
}
_LOOKUP = {syn: col for col, syns in COLUMNS.items() for syn in syns}


@dataclass
class ContactList:
    """A read contact list: its rows, which columns it had and its separator."""

    rows: list[ContactRow]
    columns: set[str]
    separator: str
    encoding: str
    headers: dict[str, str] = field(default_factory=dict)  # column -> header as written
    not_kept: list[tuple[int, str, LocalText]] = field(default_factory=list)
    """What was read but is not kept, each (line, the row's name, why): a birth year a map does
    not take (model/birth_year.py). The rest of that row and of the list is imported."""

    def said(self, lang: str) -> list[str]:
        """One line for each value not kept: "Bo Berg, line 5: A birth year must be between
        1900 and 2100: 3000 was not kept." (the form's words for a year typed there)."""
        return [error_message("csv_not_kept", lang, name=name, line=line, said=why)
                for line, name, why in self.not_kept]


def decode(data: bytes, path: object = "") -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not) first, then Windows-1252."""
    if b"\x00" in data:
        raise CsvImportError("csv_encoding", path=path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise CsvImportError("csv_encoding", path=path) from None


def detect_separator(header_line: str) -> str:
    """The separator of a CSV file, judged by its header line (outside quotes)."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def normalise_header(text: str) -> str:
    return "_".join(text.strip().strip("\ufeff").lower().replace("-", " ").replace("_", " ").split())


def split_names(cell: str, separator: str) -> list[str]:
    """Names inside one cell: by "|" alone when the cell has one (what Skymap writes, so a
    name may hold a comma); else by ";" or "," — or by "," in a ";"-separated file."""
    if "|" in cell:
        return [n.strip() for n in cell.split("|") if n.strip()]
    seps = (",", "|") if separator == ";" else (";", ",", "|")
    for sep in seps[1:]:
        cell = cell.replace(sep, seps[0])
    return [n.strip() for n in cell.split(seps[0]) if n.strip()]


_NAME_CONTROL = re.compile(f"[{NAME_CONTROLS}]")
_TEXT_CONTROL = re.compile(f"[{TEXT_CONTROLS}]")
_DETAILS = re.compile(r"^(.*?)\s*\[([^\[\]]*)\]\s*$")


def split_details(entry: str):
    """ "Sofie Nørgaard [stærk/ugentlig]" -> ("Sofie Nørgaard", (quality, frequency, unknown))."""
    match = _DETAILS.match(entry)
    if not match:
        return entry, None
    quality = frequency = None
    unknown = []
    for word in (w.strip() for w in match.group(2).split("/")):
        if not word:
            continue
        q, f = parse_quality(word), parse_frequency(word)
        if q is not None:
            quality = q
        elif f is not None:
            frequency = f
        else:
            unknown.append(word)
    return match.group(1).strip(), (quality, frequency, ", ".join(unknown))


def read_csv_bytes(path: Path, kind: str = "csv") -> bytes:
    """The bytes of a CSV file (a regular file, at most MAX_CSV_BYTES); otherwise a
    CsvImportError with the message `<kind>_too_large`, `_not_regular` or `_unreadable`
    (kind "csv" for a contact list, "rc" for relational-coordination scores)."""
    try:
        return read_limited(path, MAX_CSV_BYTES)
    except ReadProblem as problem:
        if problem.kind == "too_large":
            raise CsvImportError(f"{kind}_too_large", path=path, size=human_size(problem.size),
                                 limit=human_size(MAX_CSV_BYTES)) from None
        if problem.kind == "not_regular":
            raise CsvImportError(f"{kind}_not_regular", path=path) from None
        reason = {"not_found": "not found / findes ikke", "directory": "folder / mappe"}.get(problem.kind,
                                                                                             problem.reason)
        raise CsvImportError(f"{kind}_unreadable", path=path, reason=reason) from None


def read_contact_list(path: str | os.PathLike) -> ContactList:
    """Read and check a contact list file."""
    path = Path(path)
    return parse_contact_list(read_csv_bytes(path, "csv"), path)


def from_text(cell: str) -> str:
    """A cell as written before `csv_export.as_text` kept a spreadsheet from reading it as a
    formula: one leading apostrophe taken away (a name of its own starting with one was
    written with two)."""
    return cell[1:] if cell.startswith("'") else cell


def _consent_cells(row: ContactRow, values: dict[str, str], bad) -> None:
    """The consent, its date and the protected mark of one row; `bad(column, key, ...)`
    for a cell that cannot be read."""
    if "consent" in values:
        understood, row.consent = parse_consent(values["consent"])
        if not understood:
            bad("consent", "csv_bad_consent", value=values["consent"])
        elif row.consent is not None and row.kind == FAMILY:
            bad("consent", "csv_consent_family")
    if "consent_date" in values:
        understood, row.consent_date = parse_consent_date(values["consent_date"])
        if not understood:
            bad("consent_date", "csv_bad_consent_date", value=values["consent_date"])
        elif row.consent_date is not None and row.consent is None and row.kind != FAMILY:
            bad("consent_date", "csv_consent_date_alone")
    if "protected" in values:
        flag = parse_flag(values["protected"])
        if flag is None:
            bad("protected", "csv_bad_protected", value=values["protected"])
        else:
            row.protected = flag


def parse_contact_list(data: bytes, path: object = "") -> ContactList:
    """Parse contact-list bytes; raises CsvImportError listing every problem."""
    text, encoding = decode(data, path)
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), None)
    if first is None:
        raise CsvImportError("csv_empty", path=path)
    sep = detect_separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    problems: list[Problem] = []
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise CsvImportError(
            "csv_problems", problems=[(reader.line_num, "-", "csv_unreadable_line", {"reason": str(exc)})], path=path
        ) from None
    # Line numbers: csv's line_num counts physical lines read so far (quoted newlines too);
    # the record starts after the previous record's end.
    starts = []
    previous_end = 0
    for end, record in records:
        starts.append((previous_end + 1, record))
        previous_end = end
    body = [(n, row) for n, row in starts if any(cell.strip() for cell in row)]
    if not body:
        raise CsvImportError("csv_empty", path=path)
    if len(body) - 1 > MAX_PEOPLE:  # refused before every row is checked
        raise CsvImportError("csv_too_many_people", path=path, people=len(body) - 1, limit=MAX_PEOPLE)
    header_line, header = body[0]
    columns: dict[int, str] = {}
    headers: dict[str, str] = {}
    for i, cell in enumerate(header):
        col = _LOOKUP.get(normalise_header(cell))
        if col and col not in headers:
            columns[i] = col
            headers[col] = cell.strip().strip("\ufeff")
    if "name" not in headers:
        found = ", ".join(c.strip() for c in header if c.strip())[:200] or "-"
        raise CsvImportError("csv_no_name_column", path=path, found=found)

    rows: list[ContactRow] = []
    not_kept: list[tuple[int, str, LocalText]] = []
    seen: dict[str, int] = {}
    for line, cells in body[1:]:
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            problems.append((line, headers["name"], "csv_bad_row", {"found": len(cells), "expected": len(header)}))
            continue
        values = {columns[i]: from_text(cells[i].strip()) for i in columns if i < len(cells)}
        for i, cell in enumerate(cells):
            if find_cpr(cell):  # any column, known or not: a CPR number is never imported
                header_text = header[i].strip() if i < len(header) else str(i + 1)
                problems.append((line, header_text, "csv_cpr", {}))
        row = ContactRow(line=line, name=values.get("name", ""), headers=headers)

        def bad(col: str, key: str, line: int = line, **params: object) -> None:
            problems.append((line, headers[col], key, params))

        for col, limit in TEXT_LIMITS.items():
            if len(values.get(col, "")) > limit:
                bad(col, "csv_too_long", limit=limit)
            elif (_TEXT_CONTROL if col == "notes" else _NAME_CONTROL).search(values.get(col, "")):
                bad(col, "csv_control")
        if not row.name:
            bad("name", "csv_missing_name")
        else:
            folded = name_key(row.name)
            if folded in seen:
                bad("name", "csv_duplicate_name", name=row.name, other=seen[folded])
            else:
                seen[folded] = line
        if values.get("kind"):
            row.kind = parse_kind(values["kind"])
            if row.kind is None:
                bad("kind", "csv_unknown_kind", value=values["kind"])
        row.role = values.get("role", "")
        row.organisation = values.get("organisation", "")
        row.domain = values.get("domain", "")
        row.notes = values.get("notes", "")
        for col in ("coordinator", "core_team", "active"):
            if col in values:
                flag = parse_flag(values[col], default=(col == "active"))
                if flag is None:
                    bad(col, "csv_bad_flag", value=values[col])
                else:
                    setattr(row, col, flag)
        if values.get("frequency"):
            row.frequency = parse_frequency(values["frequency"])
            if row.frequency is None:
                bad("frequency", "csv_unknown_frequency", value=values["frequency"])
        if values.get("quality"):
            row.quality = parse_quality(values["quality"])
            if row.quality is None:
                bad("quality", "csv_unknown_quality", value=values["quality"])
        _consent_cells(row, values, bad)
        if values.get("birth_year"):  # a year a map does not take: said, and the rest imported
            why = not_kept_text(values["birth_year"])
            if why is None:
                row.birth_year = birth_year(values["birth_year"])
            else:
                row.birth_year_not_kept = True
                not_kept.append((line, row.name, why))
        for col in ("contact_with", "coordinates_with"):
            names = []
            for entry in split_names(values.get(col, ""), sep):
                name, details = split_details(entry)
                if _NAME_CONTROL.search(name):
                    bad(col, "csv_control")
                    continue
                names.append(name)
                if details:
                    quality, frequency, unknown = details
                    if unknown:
                        bad(col, "csv_bad_details", value=unknown)
                    row.details[name_key(name)] = (quality, frequency)
            setattr(row, col, names)
        rows.append(row)
    if problems:
        raise CsvImportError("csv_problems", problems=problems, path=path)
    return ContactList(rows=rows, columns=set(headers), separator=sep, encoding=encoding, headers=headers,
                       not_kept=not_kept)
