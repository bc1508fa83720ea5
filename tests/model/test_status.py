"""Statuses over time and what changed: hand-built cases with the answer worked out."""

from datetime import date

import pytest

from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.objects import FAMILY_ID
from skymap.model.status import add_status, content_of, counts, diff, find_status, sentences, series
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind, Quality
from skymap.storage.mapfile import load_map, save_map


@pytest.fixture
def doc():
    d = MapDocument(new_map(family_name="Test", lang="en"))
    d.add_member("Mother", id="m-mor", role="mother")
    d.add_actor("Teacher", id="a-t", domain="d-school", x=0.0, y=-440.0)
    d.add_actor("Psychiatrist", id="a-p", domain="d-hospital_psychiatry", x=0.0, y=440.0)
    d.add_actor("Police", id="a-c", domain="d-police_ssp", x=-600.0, y=0.0)
    d.add_link(LinkKind.CONTACT, "a-t", "m-mor", id="l-1", quality=Quality.WEAK)
    d.add_link(LinkKind.CONTACT, "a-p", FAMILY_ID, id="l-2")
    return d


def test_add_find_and_remove_statuses(doc):
    first = add_status(doc, "Opstart", date(2026, 9, 1))
    assert find_status(doc.map, " opstart ") is first
    with pytest.raises(SkymapError) as err:
        add_status(doc, "OPSTART")
    assert "already" in err.value.message("en") and "allerede" in err.value.message("da")
    with pytest.raises(SkymapError):
        find_status(doc.map, "Statusmøde 9")
    doc.remove("snapshots", first.id)
    assert doc.map.snapshots == []


def test_a_status_is_a_copy_that_later_edits_do_not_touch(doc):
    add_status(doc, "Opstart", date(2026, 9, 1))
    doc.update("actors", "a-t", name="Class teacher")
    doc.remove("actors", "a-c")
    kept = content_of(doc.map, "Opstart")
    assert {a.name for a in kept.actors} == {"Teacher", "Psychiatrist", "Police"}
    assert content_of(doc.map, None).actors[0].name == "Class teacher"


def test_statuses_survive_save_and_load(doc, tmp_path):
    add_status(doc, "Opstart", date(2026, 9, 1))
    add_status(doc, "Statusmøde 1", date(2026, 11, 24))
    save_map(doc.map, tmp_path / "k.json")
    again = load_map(tmp_path / "k.json")
    assert [s.label for s in again.snapshots] == ["Opstart", "Statusmøde 1"]
    assert again.snapshots[0].content == doc.map.snapshots[0].content


def test_diff_added_removed_renamed_moved_tie_and_coordinator(doc):
    add_status(doc, "Opstart", date(2026, 9, 1))
    doc.remove("actors", "a-c")  # police left
    doc.add_actor("Counsellor", id="a-n", domain="d-school", x=100.0, y=-440.0)  # came
    doc.update("actors", "a-t", name="Class teacher")  # renamed: same id, not a leave and a join
    doc.update("actors", "a-p", domain="d-gp")  # moved to another cloud
    doc.update("links", "l-1", quality=Quality.STRONG)  # the tie got stronger
    doc.update("actors", "a-n", coordinator=True)  # a coordinator was chosen
    doc.add_link(LinkKind.COORDINATION, "a-n", "a-p", id="l-3")  # school and GP now coordinate
    d = diff(content_of(doc.map, "Opstart"), content_of(doc.map, None))
    data = d.as_dict()
    assert data["added"] == ["Counsellor"]
    assert data["removed"] == ["Police"]
    assert data["renamed"] == [{"from": "Teacher", "to": "Class teacher"}]
    assert data["moved"] == [{"name": "Psychiatrist", "from": "Hospital and psychiatry", "to": "GP"}]
    assert data["changed_ties"] == [{"a": "Class teacher", "b": "Mother", "kind": "contact", "from": "weak",
                                     "to": "strong"}]
    assert data["coordinators"] == {"from": [], "to": ["Counsellor"]}
    assert data["counts"]["professionals"] == [3, 3]
    assert data["counts"]["coordination_links"] == [0, 1]
    text = "\n".join(sentences(d, "en"))
    assert "1 left: Police." in text and "1 came: Counsellor." in text
    assert "Teacher is now called Class teacher." in text
    assert "A family coordinator was chosen: Counsellor." in text
    assert "from weak to strong" in text
    assert "“GP” and “School and day care” now coordinate." in text  # quoted: one holds "and"
    assert "Der er valgt en familiekoordinator" in "\n".join(sentences(d, "da"))
    # the clouds of a move quoted as in every sentence (a trial: "… flyttet fra Hospital og
    # psykiatri til Sundhed og omsorg" beside »Skole og dagtilbud« in the findings)
    assert "Psychiatrist moved from “Hospital and psychiatry” to “GP”." in text


def test_no_change_says_so(doc):
    add_status(doc, "A", date(2026, 1, 1))
    assert sentences(diff(content_of(doc.map, "A"), content_of(doc.map, None)), "en") == ["Nothing has changed."]


def test_chart_data_follows_the_statuses_in_date_order(doc):
    add_status(doc, "Later", date(2026, 11, 1))
    doc.add_link(LinkKind.COORDINATION, "a-t", "a-p")
    add_status(doc, "Earlier", date(2026, 1, 1))  # added second, dated first
    doc.remove("actors", "a-c")
    labels, values = series(doc.map, "en")
    assert labels == ["Earlier", "Later", "now"]
    assert values["professionals"] == [3, 3, 2]
    assert values["coordination_links"] == [1, 0, 1]
    assert values["isolated"] == [1, 3, 0]
    assert values["contacts:Mother"] == [2, 2, 2]
    assert counts(content_of(doc.map, None))["professionals"] == 2


def test_ten_statuses_of_forty_people_stay_a_reasonable_size(tmp_path):
    d = MapDocument(new_map())
    for i in range(40):
        d.add_actor(f"Person {i}", domain="d-school", role="Rolle", organisation="Org")
    for i in range(10):
        add_status(d, f"Status {i}", date(2026, 1, 1 + i))
    save_map(d.map, tmp_path / "k.json")
    size = (tmp_path / "k.json").stat().st_size
    assert size < 2_500_000, size
    assert len(load_map(tmp_path / "k.json").snapshots) == 10


def test_a_person_marked_no_longer_active_has_ended_and_can_resume(doc):
    """Unticking "Active" is what a caseworker records when a professional stops: the diff
    names who ended (with role and cloud), in both languages, and who is active again."""
    doc.update("actors", "a-t", role="School psychologist")
    add_status(doc, "Opstart", date(2026, 9, 1))
    doc.update("actors", "a-t", active=False)
    d = diff(content_of(doc.map, "Opstart"), content_of(doc.map, None))
    assert d.ended == ["a-t"] and d.resumed == [] and d.removed == []
    data = d.as_dict()
    assert data["ended"] == ["Teacher"] and data["resumed"] == []
    assert data["counts"]["professionals"] == [3, 2]
    en = sentences(d, "en")
    assert "Teacher (School psychologist, School and day care) has ended." in en
    da_map = MapDocument(new_map(family_name="Test", lang="da"))
    da_map.add_actor("Karen Holm", id="a-k", role="PPR-psykolog", domain="d-school")
    add_status(da_map, "Opstart", date(2026, 9, 1))
    da_map.update("actors", "a-k", active=False)
    da = sentences(diff(content_of(da_map.map, "Opstart"), content_of(da_map.map, None)), "da")
    assert "Karen Holm (PPR-psykolog, Skole og dagtilbud) er ophørt." in da

    add_status(doc, "Statusmøde 1", date(2026, 11, 1))
    doc.update("actors", "a-t", active=True)
    back = diff(content_of(doc.map, "Statusmøde 1"), content_of(doc.map, None))
    assert back.ended == [] and back.resumed == ["a-t"]
    assert back.as_dict()["resumed"] == ["Teacher"]
    assert "Teacher (School psychologist, School and day care) is active again." in sentences(back, "en")
    assert "er aktiv igen." in "\n".join(sentences(back, "da"))
    # from the start to now: active then and active now is no change at all
    same = diff(content_of(doc.map, "Opstart"), content_of(doc.map, None))
    assert same.ended == same.resumed == []


def test_an_ended_person_without_role_or_cloud_is_named_plainly(doc):
    doc.add_actor("Neighbour", id="a-x")
    add_status(doc, "A", date(2026, 1, 1))
    doc.update("actors", "a-x", active=False)
    d = diff(content_of(doc.map, "A"), content_of(doc.map, None))
    assert "Neighbour has ended." in sentences(d, "en")
    assert sentences(d, "en")[0] != "Nothing has changed."
