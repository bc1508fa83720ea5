"""CPR numbers are found however they are written (issue 20): other dashes, separators
inside the date, several spaces, invisible characters, full-width digits, the letter O for
a zero; and ordinary numbers (phone numbers, dates, case numbers) are not taken for one."""

from __future__ import annotations

import pytest

from skymap.model.cpr import cpr_places, find_cpr, remove_cpr
from skymap.model.template import new_map

WRITTEN = [
    "010190-1234", "0101901234", "010190 1234",
    "010190\u20131234",  # en dash
    "010190\u20141234",  # em dash
    "010190\u20101234",  # U+2010 hyphen
    "010190\u22121234",  # minus sign
    "01.01.90-1234", "01-01-90-1234", "01 01 90 1234", "010190/1234",
    "010190  1234",  # two spaces
    "010190 - 1234",
    "0101\u200b901234", "010190\u200b1234", "010190\u200b-\u200b1234",  # zero-width spaces
    "010190\u00ad-1234", "010190\u00a01234", "010190\u2060-1234",  # soft hyphen, no-break space, word joiner
    "O1O19O-1234", "01O190-1234", "010190-12O4",  # letter O for zero
    "\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14",  # full-width
    "290200-1234",
]


@pytest.mark.parametrize("number", WRITTEN)
def test_every_way_of_writing_it_is_found_and_removed(number):
    text = f"Hanne Lund {number} ring"
    assert find_cpr(text) == [number]
    assert remove_cpr(text) == "Hanne Lund ring"


ORDINARY = [
    "+45 12 34 56 78", "12345678", "tlf. 70 10 10 10", "+4512345678",
    "01.01.1990", "1. januar 1990", "2026-09-14", "14-09-2026", "12.05.2024 kl. 10:00",
    "Sagsnr. 2024-123456", "J.nr. 27.00.00-A00-1-24",
    "310290-1234",  # 31 February
    "010190-12345", "1010190-1234",  # a digit too many
    "Room 1O1", "Cool book 2024", "0101-90",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_are_not_taken_for_one(text):
    assert find_cpr(text) == []
    assert remove_cpr(text) == text


def test_where_a_map_holds_one_is_said_without_the_number():
    m = new_map("standard", family_name="Hansen", lang="en")
    data = m.to_json_dict()
    data["meta"]["caseworker"] = "Eva 010190\u20131234"
    data["domains"][2]["label"] = "Skole 01.01.90-1234"
    places = cpr_places(data)
    assert places == ["meta.caseworker", "domains.2.label"]
    assert cpr_places(m.to_json_dict()) == []  # (dates, ids and colours are not texts)
