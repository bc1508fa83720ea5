"""Consent (samtykke), its date and the protected mark (skærmet) in contact lists: Danish and
English headers, every written form, a clear line-numbered message for a bad cell, and a map
written as CSV reading back with the same consent and protection."""

from __future__ import annotations

from datetime import date

import pytest

from skymap.cli import main
from skymap.export.csv_export import csv_text
from skymap.model.document import MapDocument
from skymap.model.errors import CsvImportError
from skymap.model.merge import apply_contact_list
from skymap.model.objects import Actor, FamilyMember, SkyMap
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, Consent, FamilyRole
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import load_map

DANISH = """\
navn;type;rolle;samtykke;samtykke_dato;skærmet
Sofie Sørensen;familie;mor;;;
Jens Sørensen;familie;far;;;x
Hanne Lund;fagperson;Klasselærer;ja;03-02-2026;
Karin Holm;fagperson;PPR-psykolog;nej;2026-02-04;nej
Mette Skov;fagperson;Sagsbehandler;trukket tilbage;05.02.2026;
Ole Berg;fagperson;Læge;;;
Inger Sørensen;privat;Onkel;;;1
"""

ENGLISH = """\
name,kind,role,consent,consent_date,protected
Sofie Sørensen,family,mother,,,
Jens Sørensen,family,father,,,yes
Hanne Lund,professional,Teacher,Yes,2026-02-03,
Karin Holm,professional,Psychologist,no,04-02-2026,no
Mette Skov,professional,Caseworker,Withdrawn,2026-02-05,
Ole Berg,professional,GP,,,
Inger Sørensen,private,Uncle,,,X
"""


def imported(text: str, doc: MapDocument | None = None) -> MapDocument:
    contacts = parse_contact_list(("\ufeff" + text).encode("utf-8"), "kontakter.csv")
    doc = doc or MapDocument(new_map("standard", lang="da"))
    apply_contact_list(doc, contacts.rows, contacts.columns)
    return doc


def person(doc: MapDocument, name: str):
    return next(p for p in (*doc.map.family, *doc.map.actors) if p.name == name)


@pytest.mark.parametrize("text", [DANISH, ENGLISH], ids=["danish", "english"])
def test_consent_date_and_protected_are_read_in_danish_and_english(text):
    doc = imported(text)
    assert (person(doc, "Hanne Lund").consent, person(doc, "Hanne Lund").consent_date) == (Consent.GIVEN,
                                                                                          date(2026, 2, 3))
    assert (person(doc, "Karin Holm").consent, person(doc, "Karin Holm").consent_date) == (Consent.REFUSED,
                                                                                          date(2026, 2, 4))
    assert (person(doc, "Mette Skov").consent, person(doc, "Mette Skov").consent_date) == (Consent.WITHDRAWN,
                                                                                          date(2026, 2, 5))
    assert person(doc, "Ole Berg").consent is None and person(doc, "Ole Berg").consent_date is None
    assert person(doc, "Jens Sørensen").protected and person(doc, "Inger Sørensen").protected
    assert not person(doc, "Sofie Sørensen").protected and not person(doc, "Karin Holm").protected


def test_a_second_import_updates_consent_and_protection_of_people_already_there():
    doc = imported(DANISH)
    imported("navn;samtykke;samtykke_dato;skærmet\nOle Berg;ja;01-03-2026;\nJens Sørensen;;;nej\n"
             "Hanne Lund;;;\n", doc)
    assert (person(doc, "Ole Berg").consent, person(doc, "Ole Berg").consent_date) == (Consent.GIVEN, date(2026, 3, 1))
    assert not person(doc, "Jens Sørensen").protected
    assert person(doc, "Hanne Lund").consent is None  # an empty cell in a consent column: nothing recorded
    imported("navn;rolle\nKarin Holm;PPR\n", doc)  # a list without the columns leaves them alone
    assert person(doc, "Karin Holm").consent is Consent.REFUSED


@pytest.mark.parametrize(("row", "column", "en", "da"), [
    ("Hanne;fagperson;måske;;", "samtykke", '"måske" is not a consent (use yes, no or withdrawn, or leave it empty)',
     '"måske" er ikke et samtykke (brug ja, nej eller trukket tilbage, eller lad feltet stå tomt)'),
    ("Hanne;fagperson;ja;31-02-2026;", "samtykke_dato", '"31-02-2026" is not a date (write YYYY-MM-DD or DD-MM-YYYY)',
     '"31-02-2026" er ikke en dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)'),
    ("Hanne;fagperson;ja;i går;", "samtykke_dato", '"i går" is not a date', '"i går" er ikke en dato'),
    ("Hanne;fagperson;;;måske", "skærmet", '"måske" is neither yes nor no (write yes, x or 1 for a protected person)',
     '"måske" er hverken ja eller nej (skriv ja, x eller 1 for en skærmet person)'),
    ("Hanne;fagperson;;03-02-2026;", "samtykke_dato", "a consent date needs a consent in the consent column",
     "en samtykkedato kræver et samtykke i kolonnen for samtykke"),
    ("Hanne;familie;ja;;", "samtykke", "consent is recorded for the people around the family, not for a family member",
     "samtykke registreres for personerne omkring familien, ikke for et familiemedlem"),
])
def test_a_bad_cell_gets_a_line_numbered_message_in_both_languages(row, column, en, da):
    text = "navn;type;samtykke;samtykke_dato;skærmet\nOle;fagperson;ja;;\n" + row + "\n"
    with pytest.raises(CsvImportError) as info:
        parse_contact_list(text.encode(), "liste.csv")
    english, danish = info.value.message("en"), info.value.message("da")
    assert f'line 3, column "{column}": {en}' in english
    assert f'linje 3, kolonne "{column}": {da}' in danish
    assert "Traceback" not in english


def test_a_map_written_as_csv_reads_back_with_the_same_consent_and_protection():
    m = new_map("empty", lang="da")
    people = {
        "family": [FamilyMember(id="m-1", name="Sofie", role=FamilyRole.MOTHER),
                   FamilyMember(id="m-2", name="Jens", role=FamilyRole.FATHER, protected=True, protected_reason="x")],
        "actors": [Actor(id="a-1", name="Hanne", consent=Consent.GIVEN, consent_date=date(2026, 2, 3)),
                   Actor(id="a-2", name="Karin", consent=Consent.REFUSED),
                   Actor(id="a-3", name="Mette", consent=Consent.WITHDRAWN, consent_date=date(2025, 12, 31)),
                   Actor(id="a-4", name="Ole"),
                   Actor(id="a-5", name="Inger", kind=ActorKind.PRIVATE, protected=True)],
    }
    m = SkyMap.model_validate({**m.model_dump(), **people})

    def seen(skymap):
        return sorted((p.name, getattr(p, "consent", None), getattr(p, "consent_date", None), p.protected)
                      for p in (*skymap.family, *skymap.actors))

    for lang in ("da", "en"):
        text = csv_text(m, lang)
        header = text.splitlines()[0]
        assert header.endswith("samtykke;samtykke_dato;skærmet" if lang == "da" else "consent,consent_date,protected")
        contacts = parse_contact_list(("\ufeff" + text).encode(), "x.csv")
        doc = MapDocument(new_map("empty", lang=lang))
        apply_contact_list(doc, contacts.rows, contacts.columns, lang=lang)
        assert seen(doc.map) == seen(m)
    assert "03-02-2026" in csv_text(m, "da") and "2026-02-03" in csv_text(m, "en")
    assert "trukket tilbage" in csv_text(m, "da") and "withdrawn" in csv_text(m, "en")


def test_skymap_import_reads_the_columns_and_says_a_bad_cell_in_danish(tmp_path, capsys):
    good = tmp_path / "liste.csv"
    good.write_text(DANISH, encoding="utf-8")
    out = tmp_path / "kort.json"
    assert main(["import", str(good), "-o", str(out), "--lang", "da"]) == 0
    m = load_map(out)
    assert next(a for a in m.actors if a.name == "Mette Skov").consent is Consent.WITHDRAWN
    assert next(f for f in m.family if f.name == "Jens Sørensen").protected
    bad = tmp_path / "daarlig.csv"
    bad.write_text("navn;samtykke\nOle;måske\n", encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "ny.json"), "--lang", "da"]) != 0
    err = capsys.readouterr().err
    assert 'linje 2, kolonne "samtykke": "måske" er ikke et samtykke' in err
    assert not (tmp_path / "ny.json").exists()
