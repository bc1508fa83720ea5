"""Loading relational-coordination scores from CSV: what is read, and what is refused."""

from __future__ import annotations

import pytest

from skymap.model.document import MapDocument
from skymap.model.errors import CsvImportError
from skymap.model.objects import SkyMap
from skymap.model.rc_scores import apply_scores, plan_scores
from skymap.model.vocabulary import ActorKind, LinkKind, RCDimension
from skymap.storage.rc_import import parse_scores, read_scores


def doc() -> MapDocument:
    d = MapDocument(SkyMap())
    d.add_member("Sofie Nørgaard", id="mother")
    d.add_actor("Anne Holm", id="a")
    d.add_actor("Bo Ravn", id="b")
    d.add_actor("Cecilie Ø", id="c")
    d.add_actor("Mormor", id="p", kind=ActorKind.PRIVATE)
    d.add_link(LinkKind.COORDINATION, "a", "b", id="ab")
    return d


DA = ("fra;til;hyppig;rettidig;præcis;problemløsende;fælles_mål;fælles_viden;gensidig_respekt\n"
      "Anne Holm;Bo Ravn;4;3;;2;1;5;4\n"
      "bo ravn;Cecilie Ø;2;2;2;2;2;2;2\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_danish_headers_semicolons_any_encoding(tmp_path, encoding):
    path = tmp_path / "scores.csv"
    path.write_bytes(DA.encode(encoding))
    d = doc()
    plan = plan_scores(d, read_scores(path), path)
    apply_scores(d, plan)
    ab = d.link("ab")
    assert ab.rc.model_dump() == {"frequent": 4, "timely": 3, "accurate": None, "problem_solving": 2,
                                  "shared_goals": 1, "shared_knowledge": 5, "mutual_respect": 4}
    assert ab.rc.mean() == pytest.approx(19 / 6)
    new = d.find_link("b", "c")  # made: both are professionals
    assert new.kind is LinkKind.COORDINATION and new.rc.mean() == 2.0
    assert plan.scored == 2 and len(plan.new_links) == 1


def test_english_headers_commas_and_columns_left_out_keep_their_scores():
    d = doc()
    d.update("links", "ab", rc={"frequent": 1, "mutual_respect": 5})
    rows = parse_scores(b"from,to,frequent,timely\nAnne Holm,Bo Ravn,3,\n")
    assert rows[0].scores == {RCDimension.FREQUENT: 3, RCDimension.TIMELY: None}
    apply_scores(d, plan_scores(d, rows))
    assert d.link("ab").rc.frequent == 3 and d.link("ab").rc.mutual_respect == 5


def refused(d: MapDocument, data: str) -> list[tuple]:
    before = d.map.model_dump()
    with pytest.raises(CsvImportError) as info:
        plan_scores(d, parse_scores(data.encode()), "scores.csv")
    assert d.map.model_dump() == before  # nothing changed
    return [(line, key) for line, _, key, _ in info.value.problems]


def test_refusals_carry_the_line_number():
    d = doc()
    data = ("fra;til;hyppig\n"
            "Anne Holm;Bo Ravn;3\n"
            "Anne Holm;Ukendt Person;3\n"       # line 3: unknown name
            "Anne Holm;Sofie Nørgaard;3\n"      # line 4: a family member
            "Anne Holm;Mormor;3\n"              # line 5: no tie, and not two professionals
            "Bo Ravn;Anne Holm;3\n")            # line 6: the same tie again
    assert refused(d, data) == [(3, "rc_unknown_name"), (4, "rc_family"), (5, "rc_not_professionals"),
                                (6, "rc_twice")]


@pytest.mark.parametrize("cell", ["0", "6", "3.5", "x", "-1"])
def test_a_score_outside_1_to_5_is_refused(cell):
    with pytest.raises(CsvImportError) as info:
        parse_scores(f"fra;til;hyppig\nAnne Holm;Bo Ravn;3\nAnne Holm;Bo Ravn;{cell}\n".encode())
    assert [(p[0], p[2]) for p in info.value.problems] == [(3, "rc_bad_score")]
    assert "linje 3" in info.value.message("da") and "intet er ændret" in info.value.message("da")


def test_missing_columns_and_files_that_are_not_score_lists(tmp_path):
    with pytest.raises(CsvImportError) as info:
        parse_scores(b"name;role\nAnne;x\n")
    assert info.value.key == "rc_no_columns"
    with pytest.raises(CsvImportError) as info:
        read_scores(tmp_path)
    assert info.value.key == "rc_unreadable"
    with pytest.raises(CsvImportError) as info:
        read_scores("/dev/zero")
    assert info.value.key == "rc_not_regular"
    with pytest.raises(CsvImportError) as info:
        parse_scores(b"fra;til;hyppig\n0101901234;Bo Ravn;3\n")
    assert info.value.problems[0][2] == "csv_cpr" and "0101901234" not in info.value.message("en")
