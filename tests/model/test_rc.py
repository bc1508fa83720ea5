"""Relational coordination of a map, checked against scores worked out by hand."""

from __future__ import annotations

import pytest

from skymap.model.document import MapDocument
from skymap.model.findings import findings
from skymap.model.objects import RCScores, SkyMap
from skymap.model.rc import rc_diff, rc_findings, summarise, summary_lines, tie_moves
from skymap.model.vocabulary import LinkKind, Quality, RCDimension


def rc(**scores):
    return RCScores(**scores)


def build() -> MapDocument:
    """School: Anne, Bo (and Finn, ended); Children and family: Cecilie, Dorte; Health: Eva.

    A–C  2,2,3,2,1,3,3   = 16/7 = 2.2857
    B–D  4,1,-,-,1,-,-   =  6/3 = 2.0
    C–E  4 in all seven  =  4.0
    A–B  3,4,-,-,-,-,-   =  7/2 = 3.5
    A–E  not scored; F–C scored 1 but Finn has ended; a contact tie to the mother.
    """
    doc = MapDocument(SkyMap())
    school = doc.add_domain("Skole og dagtilbud", id="school")
    children = doc.add_domain("Børn og familie", id="children")
    health = doc.add_domain("Sundhed og omsorg", id="health")
    mother = doc.add_member("Mor", id="mother")
    a = doc.add_actor("Anne", id="a", domain=school.id)
    b = doc.add_actor("Bo", id="b", domain=school.id)
    c = doc.add_actor("Cecilie", id="c", domain=children.id)
    d = doc.add_actor("Dorte", id="d", domain=children.id)
    e = doc.add_actor("Eva", id="e", domain=health.id)
    f = doc.add_actor("Finn", id="f", domain=school.id, active=False)
    co = LinkKind.COORDINATION
    doc.add_link(co, a.id, c.id, rc=rc(frequent=2, timely=2, accurate=3, problem_solving=2, shared_goals=1,
                                       shared_knowledge=3, mutual_respect=3))
    doc.add_link(co, b.id, d.id, rc=rc(frequent=4, timely=1, shared_goals=1))
    doc.add_link(co, c.id, e.id, rc=rc(**{dim.value: 4 for dim in RCDimension}))
    doc.add_link(co, a.id, b.id, rc=rc(frequent=3, timely=4))
    doc.add_link(co, a.id, e.id)
    doc.add_link(co, f.id, c.id, rc=rc(**{dim.value: 1 for dim in RCDimension}))
    doc.add_link(LinkKind.CONTACT, a.id, mother.id)
    return doc


def test_network_mean_and_dimensions_by_hand():
    s = summarise(build().map)
    assert len(s.ties) == 4
    assert s.mean == pytest.approx(165 / 56)  # (16/7 + 2 + 4 + 3.5) / 4
    expected = {"frequent": 13 / 4, "timely": 11 / 4, "accurate": 3.5, "problem_solving": 3.0,
                "shared_goals": 2.0, "shared_knowledge": 3.5, "mutual_respect": 3.5}
    assert {d.value: v for d, v in s.by_dimension.items()} == pytest.approx(expected)
    assert s.as_dict() == {"ties_scored": 4, "mean": 2.95, "by_dimension": expected}


def test_weakest_ties_and_cloud_matrix():
    s = summarise(build().map)
    assert [(s.names[t.a], s.names[t.b]) for t in s.weakest(3)] == [("Bo", "Dorte"), ("Anne", "Cecilie"), ("Anne", "Bo")]
    assert s.pairs == pytest.approx({("school", "school"): 3.5, ("school", "children"): 30 / 14,
                                     ("children", "health"): 4.0})


def test_bands_follow_the_maps_settings():
    doc = build()
    s = summarise(doc.map)
    assert [s.band(v) for v in s.pairs.values()] == [Quality.MODERATE, Quality.WEAK, Quality.STRONG]
    doc.update_settings(rc_weak_below=2.0, rc_strong_from=3.5)
    s = summarise(doc.map)
    assert [s.band(v) for v in s.pairs.values()] == [Quality.STRONG, Quality.MODERATE, Quality.STRONG]
    assert rc_findings(doc.map) == []


def test_weak_cloud_pair_finding_in_danish_and_english():
    found = rc_findings(build().map)
    assert [f.text("da") for f in found] == [
        "Samarbejdet mellem »Skole og dagtilbud« og »Børn og familie« er svagt (2,1): "
        "fælles mål og rettidig kommunikation lavest."
    ]
    assert found[0].text("en") == ("Coordination between “Skole og dagtilbud” and “Børn og familie” is weak (2.1): "
                                   "shared goals and timely communication lowest.")
    assert set(found[0].ids) == {"a", "b", "c", "d"}


def test_weak_core_team_pair_comes_first_and_is_among_the_maps_findings():
    doc = build()
    doc.update("actors", "a", core_team=True)
    doc.update("actors", "c", core_team=True)
    texts = [f.text("en") for f in rc_findings(doc.map)]
    assert texts[0] == ("Coordination between Anne and Cecilie in the core team is weak (2.3): "
                        "shared goals and frequent communication lowest.")
    assert texts[0] in [f.text("en") for f in findings(doc.map)]


def test_nothing_scored():
    doc = MapDocument(SkyMap())
    s = summarise(doc.map)
    assert s.as_dict() == {"ties_scored": 0, "mean": None, "by_dimension": {d.value: None for d in RCDimension}}
    assert summary_lines(doc.map, "da") == [
        "Ingen samarbejdsforbindelser har fået en score for relationel koordinering endnu."]


def test_summary_lines_say_mean_dimensions_and_pairs():
    lines = summary_lines(build().map, "da")
    assert lines[0] == "Relationel koordinering: netværkets gennemsnit er 2,9 (svag) over 4 scorede forbindelser."
    assert "  fælles mål: 2,0" in lines
    assert "  Bo – Dorte: 2,0 (svag)" in lines
    assert "  Skole og dagtilbud – Børn og familie: 2,1 (svag)" in lines


def test_diff_before_and_after():
    before = build()
    after = build()
    link = after.find_link("b", "d")
    after.update("links", link.id, rc=rc(frequent=4, timely=4, shared_goals=4))  # 2.0 -> 4.0
    d = rc_diff(before.map, after.map)
    assert d["mean"] == [2.95, round((16 / 7 + 4 + 4 + 3.5) / 4, 2)]
    assert d["by_dimension"]["timely"] == [2.75, 3.5]
    assert d["by_dimension"]["accurate"] == [3.5, 3.5]
    moves = tie_moves(before.map, after.map)
    assert [(m.a, m.b, m.before, m.after) for m in moves] == [("Bo", "Dorte", 2.0, 4.0)]
