"""The joint plan in the model: goals and agreements changed through MapDocument (announced,
checked, undone exactly), kept by statuses, compared by diff and counted over time."""

from __future__ import annotations

from datetime import date

import pytest

from skymap.model.document import MapDocument
from skymap.model.errors import EditError, InvalidMapError
from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.model.plan import by_owner, find_owner, open_counts, plan_counts, status_label
from skymap.model.status import add_status, chart_series, diff, sentences
from skymap.model.vocabulary import AgreementStatus, LinkKind


def family_doc() -> MapDocument:
    doc = MapDocument()
    doc.add_member("Emil Holm", id="m-emil")
    doc.add_actor("Karen Berg", id="a-karen", role="PPR-psykolog")
    doc.add_actor("Ole Dam", id="a-ole")
    doc.add_link(LinkKind.CONTACT, "a-karen", "m-emil")
    return doc


def recorder(doc: MapDocument) -> list:
    seen: list = []
    doc.subscribe(seen.append)
    return seen


def test_goal_operations_change_the_list_and_announce_it_once():
    doc = family_doc()
    seen = recorder(doc)
    doc.add_goal("Emil går i skole hver dag")
    doc.add_goal("Anne får et job")
    doc.add_goal("Familien spiser sammen", index=0)
    assert doc.map.goals == ["Familien spiser sammen", "Emil går i skole hver dag", "Anne får et job"]
    assert doc.edit_goal(2, "Anne  får   arbejde ") == "Anne får et job"
    doc.move_goal(2, 0)
    assert doc.map.goals == ["Anne får arbejde", "Familien spiser sammen", "Emil går i skole hver dag"]
    assert doc.remove_goal(1) == "Familien spiser sammen"
    assert [c.collection for c in seen] == ["goals"] * 6
    assert seen[-1].old == ["Anne får arbejde", "Familien spiser sammen", "Emil går i skole hver dag"]
    seen.clear()
    doc.edit_goal(0, "Anne får arbejde")  # the same text: nothing changed, nothing said
    doc.move_goal(0, 0)
    assert seen == []


def test_bad_goals_are_refused_and_leave_the_list_as_it_was():
    doc = family_doc()
    doc.add_goal("Ro i hjemmet")
    for bad in (lambda: doc.add_goal("   "), lambda: doc.add_goal("x" * 201), lambda: doc.edit_goal(3, "y"),
                lambda: doc.remove_goal(-1)):
        with pytest.raises(EditError):
            bad()
    assert doc.map.goals == ["Ro i hjemmet"]
    with pytest.raises(EditError) as err:
        doc.remove_goal(4)
    assert "intet mål nummer 5" in err.value.message("da")


def test_agreements_are_added_updated_and_removed_through_the_document():
    doc = family_doc()
    seen = recorder(doc)
    ag = doc.add_agreement("Ring til PPR", owner="a-karen", due=date(2026, 12, 1))
    assert doc.get("agreements", ag.id) == ag and ag.id.startswith("g-")
    assert doc.update("agreements", ag.id, status=AgreementStatus.DONE) == {"status": AgreementStatus.OPEN}
    assert doc.update("agreements", ag.id, status=AgreementStatus.DONE) == {}
    doc.remove("agreements", ag.id)
    assert [(c.action, c.collection) for c in seen] == [
        ("added", "agreements"), ("updated", "agreements"), ("removed", "agreements")]
    assert doc.map.agreements == []


def test_an_agreement_is_owned_by_a_person_on_the_map_the_family_or_no_one():
    doc = family_doc()
    doc.add_agreement("Familiemøde", owner=FAMILY_ID)
    doc.add_agreement("Find en fritidsaktivitet")
    doc.add_agreement("Hent Emil", owner="m-emil")
    with pytest.raises(EditError) as err:
        doc.add_agreement("Ring", owner="a-findes-ikke")
    assert err.value.key == "dangling_owner"
    ag = doc.map.agreements[0]
    with pytest.raises(EditError):
        doc.update("agreements", ag.id, owner="a-findes-ikke")
    assert doc.map.agreements[0].owner == FAMILY_ID


def test_a_file_with_an_agreement_owned_by_no_one_known_does_not_load(tmp_path):
    from skymap.storage.mapfile import load_map

    raw = SkyMap().to_json_dict() | {"agreements": [{"id": "g-1", "text": "Ring", "owner": "a-gone"}]}
    path = tmp_path / "bad.json"
    import json

    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InvalidMapError) as err:
        load_map(path)
    assert "a-gone" in err.value.message("en") and "agreement" in err.value.message("en")
    assert "aftalen" in err.value.message("da")


def test_removing_a_person_keeps_their_agreements_without_owner_and_restore_gives_them_back():
    doc = family_doc()
    ag1 = doc.add_agreement("Ring til PPR", owner="a-karen")
    ag2 = doc.add_agreement("Møde med skolen", owner="a-karen", due=date(2027, 1, 5))
    other = doc.add_agreement("Hent Emil", owner="m-emil")
    removal = doc.remove("actors", "a-karen")
    assert doc.actor("a-karen") is None
    assert [(a.id, a.owner) for a in doc.map.agreements] == [(ag1.id, None), (ag2.id, None), (other.id, "m-emil")]
    doc.restore(removal)
    assert doc.map.agreements == [ag1, ag2, other]
    assert doc.actor("a-karen") is not None and len(doc.links_of("a-karen")) == 1


def test_plan_queries_group_count_and_find_owners():
    doc = family_doc()
    doc.add_agreement("B", owner="a-karen", due=date(2027, 1, 5))
    doc.add_agreement("A", owner="a-karen", due=date(2026, 1, 5))
    doc.add_agreement("C", owner="a-karen")
    doc.add_agreement("D", owner=FAMILY_ID, status=AgreementStatus.DONE)
    doc.add_agreement("E", status=AgreementStatus.DROPPED)
    groups = by_owner(doc.map)
    assert [(owner, [a.text for a in ags]) for owner, ags in groups] == [
        (FAMILY_ID, ["D"]), ("a-karen", ["A", "B", "C"]), (None, ["E"])]
    assert plan_counts(doc.map, date(2026, 6, 1)) == {"open": 3, "done": 1, "dropped": 1, "overdue": 1}
    assert open_counts(doc.map) == {"a-karen": 3}
    assert find_owner(doc.map, " karen  BERG") == "a-karen" and find_owner(doc.map, "Familien") == FAMILY_ID
    assert find_owner(doc.map, "Nobody") is None
    overdue = doc.map.agreements[1]
    assert status_label(overdue, date(2026, 6, 1), "da") == "frist overskredet"
    assert status_label(overdue, date(2025, 6, 1), "en") == "open"


def test_a_status_keeps_the_plan_as_it_was():
    doc = family_doc()
    doc.add_goal("Emil i skole")
    ag = doc.add_agreement("Ring til PPR", owner="a-karen")
    snap = add_status(doc, "Opstart", date(2026, 1, 10))
    doc.update("agreements", ag.id, status=AgreementStatus.DONE)
    doc.add_goal("Ro i hjemmet")
    assert snap.content.goals == ["Emil i skole"]
    assert snap.content.agreements[0].status is AgreementStatus.OPEN


def plan_over_time() -> MapDocument:
    doc = family_doc()
    call = doc.add_agreement("Ring til PPR", owner="a-karen", due=date(2026, 2, 1))
    meet = doc.add_agreement("Skolemøde", owner="a-ole")
    late = doc.add_agreement("Søg fritidsjob", owner="m-emil", due=date(2026, 3, 1))
    add_status(doc, "Opstart", date(2026, 1, 10))
    doc.update("agreements", call.id, status=AgreementStatus.DONE)
    doc.update("agreements", meet.id, status=AgreementStatus.DROPPED)
    doc.add_agreement("Familiemøde", owner=FAMILY_ID)
    doc.add_goal("Emil i skole")
    assert late.status is AgreementStatus.OPEN
    return doc


def test_diff_says_which_agreements_were_added_done_dropped_and_overdue():
    doc = plan_over_time()
    d = diff(doc.map.snapshots[0].content, doc.map.content(), date(2026, 4, 1))
    assert d.as_dict()["agreements"] == {"added": ["Familiemøde"], "done": ["Ring til PPR"],
                                         "dropped": ["Skolemøde"], "overdue": ["Søg fritidsjob"]}
    en = sentences(d, "en")
    assert "Agreement done: Ring til PPR (Karen Berg)." in en
    assert "Agreement dropped: Skolemøde (Ole Dam)." in en
    assert "New agreement: Familiemøde (The family)." in en
    assert "Overdue (due 1 Mar 2026): Søg fritidsjob (Emil Holm)." in en
    assert "New goal: Emil i skole." in en
    da = sentences(d, "da")
    assert "Aftale udført: Ring til PPR (Karen Berg)." in da
    assert "Frist overskredet (01.03.2026): Søg fritidsjob (Emil Holm)." in da
    # before its due date the open agreement is not overdue
    early = diff(doc.map.snapshots[0].content, doc.map.content(), date(2026, 2, 15))
    assert early.as_dict()["agreements"]["overdue"] == []


def test_the_chart_adds_open_and_done_agreements_only_for_a_map_with_a_plan():
    doc = plan_over_time()
    labels, named = chart_series(doc.map, "en")
    lines = dict(named)
    assert lines["Open agreements"] == [3, 2] and lines["Agreements done"] == [0, 1]
    plain = family_doc()
    add_status(plain, "Opstart", date(2026, 1, 10))
    assert not any("agreement" in name.lower() for name, _ in chart_series(plain.map, "en")[1])
