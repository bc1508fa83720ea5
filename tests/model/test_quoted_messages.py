"""Error messages quote text from a file safely (issue 20): a key with a line break gives
one line, a terminal's escape sequence is shown, not obeyed, a key of a million characters
gives a short message. One helper (`messages.quote`) used by every SkymapError."""

from __future__ import annotations

import json

import pytest

from skymap.model.errors import CsvImportError, InvalidMapError, SkymapError
from skymap.model.messages import QUOTE_LIMIT, LocalText, quote
from skymap.model.template import new_map
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import dumps_map, parse_map

NASTY = {"line break": "a\nb", "escape": "\u001b[2J\u001b[31mX", "long": "k" * 10**6,
         "right-to-left": "evil\u202egnp.json", "nul": "a\x00b", "c1": "a\x9bb"}


def safe(text: str) -> bool:
    return not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2028\u2029" for c in text)


@pytest.mark.parametrize("text", NASTY.values(), ids=NASTY.keys())
def test_quote_escapes_and_cuts(text):
    q = quote(text)
    assert safe(q) and len(q) <= QUOTE_LIMIT


def test_quote_shows_what_was_there():
    assert quote("a\nb") == "a\\nb" and quote("\x1b[2J") == "\\x1b[2J" and quote("x\u202ey") == "x\\u202ey"
    assert quote("Hanne Lund") == "Hanne Lund" and quote("Søren Ærø") == "Søren Ærø"
    long = quote("A" * 100 + "B" * 10**6 + "Z" * 10)
    assert long.startswith("A" * 100) and long.endswith("Z" * 10) and "…" in long


@pytest.mark.parametrize("key", NASTY.values(), ids=NASTY.keys())
@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_unknown_key_in_a_map_gives_one_short_safe_line(key, lang):
    data = json.loads(dumps_map(new_map("standard", lang="en")))
    data["domains"][0][key] = 1
    with pytest.raises(InvalidMapError) as info:
        parse_map(json.dumps(data), "map.json")
    text = info.value.message(lang)
    assert safe(text) and len(text) < 400, text[:500]
    assert "domains.0." in text


@pytest.mark.parametrize("key", NASTY.values(), ids=NASTY.keys())
def test_a_key_written_twice_gives_one_short_safe_line(key):
    text = '{"format": "skymap", "version": 4, "' + json.dumps(key)[1:-1] + '": 1, "' + json.dumps(key)[1:-1] + '": 2}'
    with pytest.raises(SkymapError) as info:
        parse_map(text, "map.json")
    assert safe(info.value.message("en")) and len(info.value.message("da")) < 400


def test_a_contact_list_value_is_quoted_in_every_line():
    data = ("name,kind\nA,\u001b[2Jbad\nB," + "x" * 10**5 + "\n").encode("utf-8")
    with pytest.raises(CsvImportError) as info:
        parse_contact_list(data, "list.csv")
    lines = info.value.message("en").split("\n")
    assert len(lines) == 3 and all(safe(ln) and len(ln) < 400 for ln in lines)


def test_text_inside_a_local_text_is_quoted_too():
    err = SkymapError("csv_out_refused", path="out.csv", reason=LocalText("csv_out_bar", name="a\nb" * 1000))
    assert safe(err.message("en")) and len(err.message("en")) < 500
