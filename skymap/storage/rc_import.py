"""Reading relational-coordination scores from a CSV file (a survey tool's or Excel's export).

Columns: from/fra, to/til and the seven dimensions with English or Danish headers; an
empty cell is "not scored". Read as the contact list is: a bounded read of a regular file,
UTF-8 (with or without BOM) or Windows-1252, separated by commas, semicolons or tabs.
A score outside 1-5 is refused with its line; `model.rc_scores` checks the names.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from skymap.model.cpr import find_cpr
from skymap.model.errors import CsvImportError
from skymap.model.rc_scores import ScoreRow
from skymap.model.vocabulary import RCDimension

from .csv_import import decode, detect_separator, normalise_header, read_csv_bytes

COLUMNS: dict[str, tuple[str, ...]] = {
    "from": ("from", "fra"),
    "to": ("to", "til"),
    RCDimension.FREQUENT.value: ("frequent", "hyppig", "frequent_communication", "hyppig_kommunikation"),
    RCDimension.TIMELY.value: ("timely", "rettidig", "timely_communication", "rettidig_kommunikation"),
    RCDimension.ACCURATE.value: ("accurate", "præcis", "praecis", "accurate_communication", "præcis_kommunikation"),
    RCDimension.PROBLEM_SOLVING.value: ("problem_solving", "problemløsende", "problemloesende",
                                        "problem_solving_communication", "problemløsende_kommunikation"),
    RCDimension.SHARED_GOALS.value: ("shared_goals", "fælles_mål", "faelles_maal"),
    RCDimension.SHARED_KNOWLEDGE.value: ("shared_knowledge", "fælles_viden", "faelles_viden"),
    RCDimension.MUTUAL_RESPECT.value: ("mutual_respect", "gensidig_respekt"),
}
_LOOKUP = {syn: col for col, syns in COLUMNS.items() for syn in syns}
MAX_ROWS = 20_000


def read_scores(path: str | os.PathLike) -> list[ScoreRow]:
    """Read and check a score file; CsvImportError (with every line's problem) if it is wrong."""
    path = Path(path)
    data = read_csv_bytes(path, "rc")
    return parse_scores(data, path)


def parse_scores(data: bytes, path: object = "") -> list[ScoreRow]:
    try:
        text, _ = decode(data, path)
    except CsvImportError:
        raise CsvImportError("rc_encoding", path=path) from None
    first = next((ln for ln in text.splitlines() if ln.strip()), None)
    if first is None:
        raise CsvImportError("rc_empty", path=path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(first))
    try:
        records = []
        previous_end = 0
        for row in reader:
            records.append((previous_end + 1, row))
            previous_end = reader.line_num
            if len(records) > MAX_ROWS + 1:
                raise CsvImportError("rc_too_many_rows", path=path, limit=MAX_ROWS)
    except csv.Error as exc:
        raise CsvImportError("rc_problems", path=path,
                             problems=[(reader.line_num, "-", "csv_unreadable_line", {"reason": str(exc)})]) from None
    body = [(n, row) for n, row in records if any(cell.strip() for cell in row)]
    if not body:
        raise CsvImportError("rc_empty", path=path)
    _, header = body[0]
    columns: dict[int, str] = {}
    headers: dict[str, str] = {}
    for i, cell in enumerate(header):
        col = _LOOKUP.get(normalise_header(cell))
        if col and col not in headers:
            columns[i] = col
            headers[col] = cell.strip().strip("\ufeff")
    dims = [d for d in RCDimension if d.value in headers]
    if "from" not in headers or "to" not in headers or not dims:
        found = ", ".join(c.strip() for c in header if c.strip())[:200] or "-"
        raise CsvImportError("rc_no_columns", path=path, found=found)
    problems: list[tuple[int, str, str, dict]] = []
    rows: list[ScoreRow] = []
    for line, cells in body[1:]:
        values = {columns[i]: cells[i].strip() for i in columns if i < len(cells)}
        if any(find_cpr(cell) for cell in cells):  # never echoed back, never put on a map
            problems.append((line, "-", "csv_cpr", {}))
            continue
        scores: dict[RCDimension, int | None] = {}
        for d in dims:
            cell = values.get(d.value, "")
            if not cell:
                scores[d] = None
            elif cell.isdecimal() and 1 <= int(cell) <= 5:
                scores[d] = int(cell)
            else:
                problems.append((line, headers[d.value], "rc_bad_score", {"value": cell[:40]}))
        rows.append(ScoreRow(line, values.get("from", ""), values.get("to", ""), scores,
                             {"from": headers["from"], "to": headers["to"]}))
    if problems:
        raise CsvImportError("rc_problems", problems=problems, path=path)
    return rows
