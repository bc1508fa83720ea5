"""The meeting PDF's key figures chart (the changes page): its value axis reaches above the
largest value with a round top tick (a user trial saw 34 drawn above the top tick 30, and the
example map's 19 professionals above 18), and the axis of the statuses has a tick at each
status's name and none between them (the trial saw ticks without names)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Line, String, UserNode, mmult, transformPoint
from reportlab.pdfbase.pdfmetrics import stringWidth

from skymap.export.changes import chart
from skymap.export.painter import register_fonts
from skymap.export.pdf import write_pdf
from skymap.model.chart_axis import value_axis
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def _with_status() -> MapDocument:
    doc = MapDocument(load_map(EXAMPLE))  # 19 professionals, the largest figure
    add_status(doc, "Opstart", date(2026, 9, 14))
    return doc


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_pdf_charts_top_tick_is_round_and_above_the_largest_figure(lang):
    buffer = io.BytesIO()
    write_pdf(_with_status().map, buffer, today=date(2026, 11, 29), changes_since="Opstart", lang=lang)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    page = next(p for p in pages if "Ændringer siden" in p or "Changes since" in p)
    ticks = [int(line) for line in page.splitlines() if line.strip().isdigit()]
    assert ticks == [0, 5, 10, 15, 20], page  # (was 0, 3, ..., 18 under a 19)
    assert ("Fagpersoner: 19" if lang == "da" else "Professionals: 19") in page


def _drawn(drawing) -> list[tuple[object, tuple]]:
    """Every shape the chart draws, with the transform it is drawn in."""
    out = []

    def walk(node, m):
        for c in getattr(node, "contents", []):
            if isinstance(c, UserNode):
                c = c.provideNode()
            if isinstance(c, Group):
                walk(c, mmult(m, c.transform))
            else:
                out.append((c, m))

    walk(drawing, (1, 0, 0, 1, 0, 0))
    return out


@pytest.mark.parametrize("statuses", [1, 3])
def test_the_statuses_axis_has_a_tick_at_each_name_and_none_between(statuses):
    register_fonts()
    doc = _with_status()
    for i in range(1, statuses):
        add_status(doc, f"Statusmøde {i}", date(2026, 10, i))
    shapes = _drawn(chart(doc.map, "da", 700))
    names = [(s, m) for s, m in shapes if isinstance(s, String) and s.text in ("Opstart", "nu", "Statusmøde 1",
                                                                               "Statusmøde 2")]
    assert len(names) == statuses + 1
    centres = sorted(transformPoint(m, (s.x + stringWidth(s.text, s.fontName, s.fontSize) / 2, s.y))[0]
                     for s, m in names)
    ticks = sorted(transformPoint(m, (s.x1, s.y1))[0] for s, m in shapes
                   if isinstance(s, Line) and s.x1 == s.x2 and 0 < abs(s.y1 - s.y2) < 8)
    assert ticks == pytest.approx(centres, abs=1.0)  # (was a tick between and beside the names too)


def test_round_value_axes():
    assert value_axis(34) == (40, 10)  # the trial's 34 coordination ties
    assert value_axis(19) == (20, 5)
    assert value_axis(30) == (40, 10)  # the top value never on the chart's edge
    assert value_axis(0) == (2, 1)
    for peak in range(400):
        top, step = value_axis(peak)
        assert top > peak and top % step == 0 and top // step <= 7
        assert str(step).rstrip("0") in ("1", "2", "25", "5")
