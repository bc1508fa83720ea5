"""A contact list exported by Skymap, opened in a spreadsheet and saved again with the other
delimiter and another encoding (what Danish Excel does: ';' and Windows-1252; or ',' and
UTF-8), imports as the same map. The cells' own separator '|' collides with neither."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from skymap.cli import main
from skymap.export.csv_export import cannot_carry, csv_text
from skymap.model.document import MapDocument
from skymap.model.merge import apply_contact_list
from skymap.model.template import new_map
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import load_map, save_map
from tests.export.test_csv_round_trip import carried, maps
from tests.helpers import EXAMPLE

RESAVES = [(";", "cp1252"), (",", "utf-8"), (",", "utf-8-sig"), (";", "utf-8-sig")]


def resave(text: str, delimiter: str, encoding: str) -> bytes:
    """What a spreadsheet does on "Save as CSV": read the cells, write them with its own
    delimiter (quoting only where needed) and encoding, lines ending in CRLF."""
    first = text.lstrip("\ufeff").splitlines()[0]
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";" if first.count(";") > first.count(",")
                           else ","))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("delimiter, encoding", RESAVES)
def test_export_resaved_by_a_spreadsheet_imports_as_the_same_map(tmp_path, capsys, lang, delimiter, encoding):
    exported = tmp_path / "kontakter.csv"
    assert main(["export", str(EXAMPLE), "-o", str(exported), "--lang", lang]) == 0
    resaved = tmp_path / "gemt-igen.csv"
    resaved.write_bytes(resave(exported.read_text(encoding="utf-8-sig"), delimiter, encoding))
    target = tmp_path / "kort.json"
    save_map(new_map("empty", lang=load_map(EXAMPLE).meta.language), target)
    capsys.readouterr()
    code = main(["import", str(resaved), "--into", str(target), "--lang", lang])
    assert code == 0, capsys.readouterr().err
    assert carried(load_map(target)) == carried(load_map(EXAMPLE))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps(), st.sampled_from(["da", "en"]), st.sampled_from(RESAVES))
def test_any_map_survives_a_spreadsheet_resave(m, lang, resaved_as):
    assume(cannot_carry(m) is None)
    delimiter, encoding = resaved_as
    data = resave(csv_text(m, lang), delimiter, encoding)
    contacts = parse_contact_list(data, "gemt-igen.csv")  # the importer decodes the bytes itself
    doc = MapDocument(new_map("empty", lang=m.meta.language))
    apply_contact_list(doc, contacts.rows, contacts.columns, lang=m.meta.language)
    assert carried(doc.map) == carried(m)
