"""The SVG header keeps the spaces around "·": SVG collapses runs of spaces unless the text
says xml:space="preserve" (SVG 1.1) / white-space:pre (SVG 2)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from skymap.export.svg import svg_text
from skymap.storage.mapfile import load_map

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "familien-norgaard.json"
SVG = "{http://www.w3.org/2000/svg}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def test_header_spaces_around_the_dot_are_preserved():
    root = ET.fromstring(svg_text(load_map(EXAMPLE), today=date(2026, 9, 14), lang="da").encode("utf-8"))
    header = [e for e in root.iter(f"{SVG}text") if "·" in (e.text or "")]
    assert header, "the header line with the family, date and caseworker"
    for e in header:
        assert "   ·   " in e.text
        assert e.get(XML_SPACE) == "preserve"
        assert "white-space:pre" in e.get("style", "")
    # plain single-spaced texts stay without the attribute
    assert any(e.get(XML_SPACE) is None for e in root.iter(f"{SVG}text"))
