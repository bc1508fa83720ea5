"""Property-based fuzzing of the map loader and the contact-list importer.

Thousands of random and mutated inputs; the only acceptable outcomes are a valid result or
the typed error (SkymapError for maps, CsvImportError for contact lists). Anything else — a
KeyError, a TypeError, a pydantic ValidationError, a RecursionError — is a traceback a
caseworker would see. Each test prints how many inputs it tried and what came out
(`pytest -s` shows it).
"""

from __future__ import annotations

import copy
import csv
import io
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skymap.model.document import MapDocument
from skymap.model.errors import CsvImportError, SkymapError
from skymap.model.merge import ImportReport, apply_contact_list
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import dumps_map, parse_map
from tests.helpers import EXAMPLE, EXAMPLE_CSV

EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
EXAMPLE_DICT = json.loads(EXAMPLE_TEXT)
CSV_TEXT = EXAMPLE_CSV.read_text(encoding="utf-8")
CSV_ROWS = [line.split(";") for line in CSV_TEXT.splitlines()]

FUZZ = dict(
    deadline=None,
    database=None,  # nothing written into the repository (.hypothesis/)
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def report(name: str, counts: Counter) -> None:
    outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()) if k != "tried")
    print(f"\n[fuzz] {name}: {counts['tried']} inputs tried — {outcomes}")


# ----- the map loader --------------------------------------------------------------------------

def load_outcome(data: bytes | str, counts: Counter) -> None:
    """parse_map gives a SkyMap or a SkymapError with a message in both languages."""
    counts["tried"] += 1
    try:
        skymap = parse_map(data, "fuzz.json")
    except SkymapError as err:
        counts["typed error"] += 1
        assert err.message("da") and err.message("en")
        return
    assert isinstance(skymap, SkyMap)
    # A map the loader accepts can be saved and opened again, unchanged.
    assert parse_map(dumps_map(skymap), "again.json") == skymap
    counts["valid"] += 1


@pytest.mark.slow
def test_random_bytes_give_a_map_or_the_typed_error():
    counts: Counter = Counter()

    @settings(max_examples=2500, **FUZZ)
    @given(st.one_of(
        st.binary(max_size=3000),
        # Bytes that start like a map, so that more than the first byte is read.
        st.binary(max_size=800).map(lambda b: b'{"format": "skymap", "version": 1, ' + b),
        st.binary(max_size=800).map(lambda b: EXAMPLE_TEXT.encode("utf-8")[: len(b) * 7] + b),
    ))
    def run(data):
        load_outcome(data, counts)

    run()
    report("random bytes -> parse_map", counts)
    assert counts["tried"] >= 2500
    assert counts["tried"] == counts["valid"] + counts["typed error"]


@pytest.mark.slow
def test_random_text_and_deep_nesting_give_a_map_or_the_typed_error():
    counts: Counter = Counter()

    @settings(max_examples=400, **FUZZ)
    @given(st.one_of(
        st.text(max_size=500),
        st.integers(min_value=1, max_value=200_000).map(lambda n: "[" * n + "]" * n),
        st.integers(min_value=1, max_value=200_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
        st.integers(min_value=1, max_value=100_000).map(
            lambda n: '{"format": "skymap", "version": 1, "family": ' + "[" * n + "]" * n + "}"),
        st.integers(min_value=4000, max_value=20_000).map(lambda n: '{"format": "skymap", "version": ' + "9" * n + "}"),
    ))
    def run(text):
        load_outcome(text, counts)

    run()
    report("random text / deep nesting -> parse_map", counts)
    assert counts["tried"] >= 400
    assert counts["tried"] == counts["valid"] + counts["typed error"]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**100), max_value=2**100)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([1e308, -1e308, 1e-320, 0.0, -0.0, 2.0**63, 1e6, 1e6 + 1, 99999.0, 100001.0])
    | st.text(max_size=40)
    | st.sampled_from(["", "m-6f2d2af5", "d-school", "family", "#ffffff", "2026-09-14T09:30:00Z", "\ud800",
                       "\u202e", "x" * 300, "strong", "contact", "coordination"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)


def all_paths(node, prefix=()):
    """Every place in a JSON tree, as a tuple of keys / indexes."""
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(all_paths(v, (*prefix, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(all_paths(v, (*prefix, i)))
    return out


EXAMPLE_PATHS = [p for p in all_paths(EXAMPLE_DICT) if p]
COLLECTIONS = [k for k in ("family", "domains", "actors", "links", "annotations") if EXAMPLE_DICT.get(k)]
ALL_IDS = [item["id"] for k in COLLECTIONS for item in EXAMPLE_DICT[k]]


def locate(tree, path):
    """(parent, key) of a path, or None if a mutation before removed it."""
    node = tree
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    if isinstance(node, dict) and path[-1] in node:
        return node, path[-1]
    if isinstance(node, list) and isinstance(path[-1], int) and path[-1] < len(node):
        return node, path[-1]
    return None


@st.composite
def mutated_map(draw) -> tuple[str, bytes]:
    tree = copy.deepcopy(EXAMPLE_DICT)
    done = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        kind = draw(st.sampled_from(["replace", "replace", "delete", "duplicate_id", "reference", "version",
                                     "copy_item", "retype_id"]))
        if kind in ("replace", "delete"):
            found = locate(tree, draw(st.sampled_from(EXAMPLE_PATHS)))
            if found is None:
                continue
            parent, key = found
            if kind == "replace":
                parent[key] = draw(json_values)
            else:
                del parent[key]
        elif kind in ("duplicate_id", "copy_item", "retype_id"):
            name = draw(st.sampled_from(COLLECTIONS))
            items = tree.get(name)
            if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
                continue
            i = draw(st.integers(min_value=0, max_value=len(items) - 1))
            if kind == "copy_item":
                items.append(copy.deepcopy(items[i]))
            elif kind == "duplicate_id":
                items[i]["id"] = draw(st.sampled_from(ALL_IDS))
            else:
                items[i]["id"] = draw(st.sampled_from(["", " ", "a b", "ø", "x" * 65, "../etc", 5, None]))
        elif kind == "reference":
            links = tree.get("links")
            if not isinstance(links, list) or not links or not isinstance(links[0], dict):
                continue
            i = draw(st.integers(min_value=0, max_value=len(links) - 1))
            if isinstance(links[i], dict):
                links[i][draw(st.sampled_from(["source", "target"]))] = draw(
                    st.sampled_from([*ALL_IDS, "family", "nobody", ""]))
        else:
            tree["version"] = draw(st.one_of(st.integers(), st.sampled_from([0, 1, 2, 99, -1, True, "1", 1.0, None])))
        done.append(kind)
    text = json.dumps(tree, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        cut = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:cut]
        done.append("truncate")
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16"])), "surrogatepass")
    return "+".join(done) or "none", data


@pytest.mark.slow
def test_mutated_maps_give_a_map_or_the_typed_error():
    counts: Counter = Counter()
    kinds: Counter = Counter()

    @settings(max_examples=2500, **FUZZ)
    @given(mutated_map())
    def run(case):
        kind, data = case
        kinds.update(kind.split("+"))
        load_outcome(data, counts)

    run()
    report("mutated example maps -> parse_map", counts)
    print(f"[fuzz] mutations applied: {dict(sorted(kinds.items()))}")
    assert counts["tried"] >= 2500
    assert counts["tried"] == counts["valid"] + counts["typed error"]
    # The mutations are not all fatal: the loader really accepts harmless changes.
    assert counts["valid"] > 0 and counts["typed error"] > 0


def test_unmutated_example_is_valid():
    """The fuzzer's starting point is a valid map (otherwise the mutations test nothing)."""
    assert isinstance(parse_map(EXAMPLE_TEXT.encode("utf-8")), SkyMap)


# ----- the contact-list importer ---------------------------------------------------------------

def import_outcome(data: bytes, counts: Counter, base: SkyMap | None = None, remove_missing: bool = False) -> None:
    """parse + apply gives a report or a CsvImportError; when refused, the map is unchanged."""
    counts["tried"] += 1
    doc = MapDocument(base.model_copy(deep=True) if base is not None else new_map())
    before = doc.map.model_dump()
    try:
        rows = parse_contact_list(data, "fuzz.csv")
        result = apply_contact_list(doc, rows.rows, rows.columns, remove_missing=remove_missing)
    except CsvImportError as err:
        counts["typed error"] += 1
        assert err.message("da") and err.message("en")
        assert all(isinstance(line, int) for line, _c, _k, _p in err.problems)
        assert doc.map.model_dump() == before, "a refused import changed the map"
        return
    assert isinstance(result, ImportReport)
    # What was imported is a valid map that can be saved and opened again.
    assert parse_map(dumps_map(doc.map), "imported.json") == doc.map
    counts["valid"] += 1


ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]

# No cell can grow past 200 characters: a stray double quote that swallows the rest of the
# file into one over-long name is the known bug in
# test_reliability.py::test_an_over_long_name_is_a_csv_error_and_changes_nothing, so random
# cells hold no '"' (quoting comes only from csv.writer) and are at most 60 characters.
_NO_QUOTE = st.characters(blacklist_characters='"', blacklist_categories=("Cs",))
cell_text = st.text(_NO_QUOTE, max_size=60) | st.sampled_from(
    ["", "ja", "nej", "x", "familie", "fagperson", "privat", "mor", "ugentlig", "stærk", "belastet", "1986", "1899",
     "familien", "Sofie Nørgaard", "Emil Nørgaard, Sofie Nørgaard", "Hanne Lund", "Mette Skov [stærk/ugentlig]",
     "Ukendt Person", "Skole og dagtilbud", "Ny sky", "a\nb", "010190-1234", " ", "\ufeff", "Hanne Lund [blå]"])


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace" if encoding in ("cp1252", "latin-1") else "surrogatepass")


@pytest.mark.slow
def test_random_contact_lists_give_a_report_or_the_typed_error():
    counts: Counter = Counter()

    @settings(max_examples=1200, **FUZZ)
    @given(st.one_of(
        st.binary(max_size=1000),
        st.tuples(st.text(max_size=200), st.sampled_from(ENCODINGS)).map(lambda t: encode(*t)),
        st.tuples(
            st.lists(st.lists(cell_text, max_size=8), max_size=8),
            st.sampled_from([";", ",", "\t"]),
            st.sampled_from(ENCODINGS),
            st.sampled_from(["navn;type;kontakt_med;samarbejder_med", "name,kind,role,notes", "navn",
                             "Navn\tType\tOmråde\tKontakt med", ""]),
        ).map(lambda t: encode(t[3] + "\n" + "\n".join(t[1].join(r) for r in t[0]), t[2])),
    ))
    def run(data):
        import_outcome(data, counts)

    run()
    report("random contact lists -> parse_contact_list + apply_contact_list", counts)
    assert counts["tried"] >= 1200
    assert counts["tried"] == counts["valid"] + counts["typed error"]


@st.composite
def mutated_contact_list(draw) -> tuple[str, bytes]:
    rows = [list(r) for r in CSV_ROWS]
    done = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        kind = draw(st.sampled_from(["drop_cell", "duplicate_cell", "shuffle_row", "replace_cell", "swap_rows",
                                     "duplicate_row", "drop_row", "replace_header"]))
        r = draw(st.integers(min_value=0, max_value=len(rows) - 1)) if rows else None
        if r is None:
            continue
        row = rows[r]
        c = draw(st.integers(min_value=0, max_value=max(len(row) - 1, 0)))
        if kind == "drop_cell" and row:
            del row[c]
        elif kind == "duplicate_cell" and row:
            row.insert(c, row[c])
        elif kind == "shuffle_row":
            rows[r] = draw(st.permutations(row))
        elif kind == "replace_cell" and row:
            row[c] = draw(cell_text)
        elif kind == "swap_rows":
            s = draw(st.integers(min_value=0, max_value=len(rows) - 1))
            rows[r], rows[s] = rows[s], rows[r]
        elif kind == "duplicate_row":
            rows.insert(r, list(row))
        elif kind == "drop_row":
            del rows[r]
        elif kind == "replace_header" and rows[0]:
            h = draw(st.integers(min_value=0, max_value=len(rows[0]) - 1))
            rows[0][h] = draw(st.sampled_from(["name", "Navn", "NAVN ", "kind", "cpr", "område", "noter", "x", "",
                                               "kontakt-med", "Samarbejder med", "fødselsår"]))
        else:
            continue
        done.append(kind)
    sep = draw(st.sampled_from([";", ";", ",", "\t", "|"]))
    if draw(st.booleans()):
        out = io.StringIO()
        csv.writer(out, delimiter=sep if sep != "|" else ";", lineterminator=draw(st.sampled_from(["\n", "\r\n"]))
                   ).writerows(rows)
        text = out.getvalue()
        done.append("quoted")
    else:
        text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(sep.join(r) for r in rows)
    if sep != ";":
        done.append(f"sep {sep!r}")
    if draw(st.integers(min_value=0, max_value=6)) == 0:
        text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
        done.append("truncate")
    encoding = draw(st.sampled_from(ENCODINGS + ["utf-8"] * 3))
    done.append(encoding)
    return "+".join(done), encode(text, encoding)


@pytest.mark.slow
def test_mutated_contact_lists_give_a_report_or_the_typed_error():
    counts: Counter = Counter()
    kinds: Counter = Counter()
    example = parse_map(EXAMPLE_TEXT.encode("utf-8"))

    @settings(max_examples=1200, **FUZZ)
    @given(mutated_contact_list(), st.sampled_from(["fresh", "fresh", "update", "update-remove"]))
    def run(case, target):
        kind, data = case
        kinds.update(kind.split("+"))
        if target == "fresh":
            import_outcome(data, counts)
        else:
            import_outcome(data, counts, base=example, remove_missing=target == "update-remove")

    run()
    report("mutated example contact lists -> parse_contact_list + apply_contact_list", counts)
    print(f"[fuzz] mutations applied: {dict(sorted(kinds.items()))}")
    assert counts["tried"] >= 1200
    assert counts["tried"] == counts["valid"] + counts["typed error"]
    assert counts["valid"] > 0 and counts["typed error"] > 0
