"""The SVG header keeps the spaces around "·": SVG collapses runs of spaces unless the text
says xml:space="preserve" (SVG 1.1) / white-space:pre (SVG 2)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from skymap.export.svg import svg_text
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE

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


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="rsvg-convert (librsvg2-bin) not installed")
def test_rsvg_draws_the_header_with_its_spaces(tmp_path):
    """librsvg draws the header as wide as the PDF does: with the attributes taken out, the
    same line closes up and ends well to the left."""
    from PySide6.QtGui import QImage

    svg = svg_text(load_map(EXAMPLE), today=date(2026, 9, 14), lang="da")
    root = ET.fromstring(svg.encode("utf-8"))
    header = next(e for e in root.iter(f"{SVG}text") if "·" in (e.text or ""))
    baseline = float(header.get("y"))
    collapsed = svg.replace(' xml:space="preserve" style="white-space:pre"', "")

    def right_end(text: str, name: str) -> int:
        (tmp_path / f"{name}.svg").write_text(text, encoding="utf-8")
        png = tmp_path / f"{name}.png"
        subprocess.run(["rsvg-convert", "-z", "2", str(tmp_path / f"{name}.svg"), "-o", str(png)], check=True)
        image = QImage(str(png))
        scale = image.width() / float(root.get("viewBox").split()[2])  # pixels per map-page point
        rows = range(int((baseline - 7) * scale), int((baseline + 1) * scale))
        ends = [x for y in rows for x in range(image.width() // 2) if image.pixelColor(x, y).lightness() < 200]
        return max(ends)

    kept, closed_up = right_end(svg, "kept"), right_end(collapsed, "collapsed")
    assert kept > closed_up + 20, (kept, closed_up)
