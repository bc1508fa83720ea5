"""Long contact lists: placement never leaves the map's coordinate range, and a list too
large for a map is refused before anything is placed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skymap.model import merge
from skymap.model.document import MapDocument
from skymap.model.errors import CsvImportError
from skymap.model.layout import PERSON_W, size_for, unassigned_position
from skymap.model.merge import MAX_PEOPLE, apply_contact_list
from skymap.model.objects import COORD_LIMIT, EXTENT_LIMIT, Actor, Domain
from skymap.model.placement import free_point, place_in_domain
from skymap.model.template import new_map
from skymap.storage.csv_import import parse_contact_list


@given(st.integers(min_value=0, max_value=10**9))
def test_a_person_without_a_cloud_always_gets_a_valid_place(index):
    x, y = unassigned_position(index)
    Actor(id="a", name="A", x=x, y=y)  # validates the coordinate


def test_people_without_a_cloud_never_share_a_place():
    places = [unassigned_position(i) for i in range(MAX_PEOPLE)]
    assert len(set(places)) == len(places)
    assert max(abs(y) for _, y in places) < 10_000  # rows wrap beside the first ones


def test_a_cloud_at_its_largest_does_not_grow_past_the_limit():
    full = Domain(id="d", label="Stor", x=0, y=0, width=EXTENT_LIMIT - 50, height=EXTENT_LIMIT - 50)
    occupied = [(x, y) for x in range(-49_900, 49_900, 140) for y in (0.0,)]
    grown, (x, y) = place_in_domain(full, occupied[:5])
    Domain.model_validate(grown.model_dump())
    Actor(id="a", name="A", x=x, y=y)
    assert size_for(10**7, full)[0] <= EXTENT_LIMIT and size_for(10**7, full)[1] <= EXTENT_LIMIT


def test_a_free_point_near_the_edge_stays_on_the_map():
    m = new_map("standard")
    x, y = free_point(m, (COORD_LIMIT, COORD_LIMIT), (PERSON_W, 100.0))
    Actor(id="a", name="A", x=x, y=y)


def _list(n: int, cloud: str = "") -> bytes:
    return ("name;domain\n" + "".join(f"Person {i};{cloud}\n" for i in range(n))).encode()


def test_a_list_longer_than_a_map_holds_is_refused_before_any_row_is_read():
    with pytest.raises(CsvImportError) as info:
        parse_contact_list(_list(MAX_PEOPLE + 1), "stor.csv")
    text = info.value.message("en")
    assert "10001 people" in text and "at most 10000" in text and "\n" not in text
    assert "højst rumme 10000" in info.value.message("da")


def test_a_list_that_would_make_a_map_too_large_leaves_it_untouched(monkeypatch):
    monkeypatch.setattr(merge, "MAX_PEOPLE", 30)
    doc = MapDocument(new_map("standard"))
    apply_contact_list(doc, parse_contact_list(_list(20)).rows, {"name", "domain"})
    before = doc.map.model_dump()
    more = parse_contact_list(("name\n" + "".join(f"Other {i}\n" for i in range(11))).encode())
    with pytest.raises(CsvImportError) as info:
        apply_contact_list(doc, more.rows, {"name"})
    assert "31 people" in info.value.message("en")
    assert doc.map.model_dump() == before
    # With --remove-missing the people no longer listed do not count.
    apply_contact_list(doc, more.rows, {"name"}, remove_missing=True)
    assert len(doc.map.actors) == 11


def test_too_many_ties_are_refused(monkeypatch):
    monkeypatch.setattr(merge, "MAX_TIES", 5)
    text = "name;type;kontakt_med\nMor;familie;\n" + "".join(f"P{i};fagperson;Mor\n" for i in range(6))
    with pytest.raises(CsvImportError) as info:
        apply_contact_list(MapDocument(new_map("standard")), parse_contact_list(text.encode()).rows,
                           {"name", "kind", "contact_with"})
    assert "6 ties" in info.value.message("en")


def test_the_largest_list_without_a_cloud_makes_a_valid_map():
    n = MAX_PEOPLE
    doc = MapDocument(new_map("empty"))
    apply_contact_list(doc, parse_contact_list(_list(n)).rows, {"name", "domain"})
    assert len(doc.map.actors) == n
    type(doc.map).model_validate(doc.map.model_dump())
