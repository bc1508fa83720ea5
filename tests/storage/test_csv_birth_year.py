"""A contact list's birth year that a map does not take (3000, 1800, a mistyped 198) is said
in the words the family member's form uses for it ("A birth year must be between 1900 and
2100: 3000 was not kept.", model/birth_year.py), with the row's name and line, and only that
year is left out: the rest of the row and of the list is imported (it refused the whole list,
in words of its own: '"3000" is not a birth year'). A member already on the map keeps her year."""

from __future__ import annotations

import pytest

from skymap.model.birth_year import not_kept
from skymap.model.document import MapDocument
from skymap.model.merge import apply_contact_list
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE, EXAMPLE_CSV

LINE = {"da": "Et fødselsår skal være mellem 1900 og 2100: {} blev ikke gemt.",
        "en": "A birth year must be between 1900 and 2100: {} was not kept."}

LIST = """\
navn;type;rolle;fødselsår;noter
Bo Berg;familie;barn;3000;Går i 2. klasse
Anne Berg;familie;mor;1980;
Kaj Berg;familie;far;1800;
Lis Lund;fagperson;Lærer;;
Ida Berg;familie;barn;198;
"""


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_year_a_map_does_not_take_is_said_in_the_forms_words_and_the_rest_is_read(lang):
    contacts = parse_contact_list(LIST.encode("utf-8"), "kontakter.csv")
    rows = {r.name: r for r in contacts.rows}
    assert list(rows) == ["Bo Berg", "Anne Berg", "Kaj Berg", "Lis Lund", "Ida Berg"]  # every row read
    assert [rows[n].birth_year for n in rows] == [None, 1980, None, None, None]
    assert rows["Bo Berg"].notes == "Går i 2. klasse" and rows["Bo Berg"].role == "barn"
    line = {"da": "linje", "en": "line"}[lang]
    assert contacts.said(lang) == [f"Bo Berg, {line} 2: " + LINE[lang].format("3000"),
                                   f"Kaj Berg, {line} 4: " + LINE[lang].format("1800"),
                                   f"Ida Berg, {line} 6: " + LINE[lang].format("198")]
    assert not_kept("3000", lang) == LINE[lang].format("3000")  # the form's line (ui/year_hint.py)


def test_a_member_on_the_map_keeps_her_year_and_everything_else_in_the_list_comes_in():
    text = EXAMPLE_CSV.read_text(encoding="utf-8")
    assert "Emil Nørgaard;familie;barn;;;;;;;;;2011;" in text
    wrong = text.replace("Emil Nørgaard;familie;barn;;;;;;;;;2011;", "Emil Nørgaard;familie;barn;;;;;;;;;3000;")
    wrong = wrong.replace("Hanne Lund;fagperson;Klasselærer (Emil)", "Hanne Lund;fagperson;Klasselærer og AKT")
    right = wrong.replace(";3000;", ";2011;")
    docs = []
    for listed in (wrong, right):
        doc = MapDocument(load_map(EXAMPLE))
        apply_contact_list(doc, (contacts := parse_contact_list(listed.encode("utf-8"))).rows, contacts.columns)
        docs.append(doc)
    emil = next(m for m in docs[0].map.family if m.name == "Emil Nørgaard")
    assert emil.birth_year == 2011  # kept, as the form keeps it
    assert docs[0].map.model_dump(exclude={"meta"}) == docs[1].map.model_dump(exclude={"meta"})  # nothing else lost
    assert next(a for a in docs[0].map.actors if a.name == "Hanne Lund").role == "Klasselærer og AKT"
