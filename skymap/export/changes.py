"""The "changes since <status>" page: the comparison in sentences and a chart of the key
figures across the statuses."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer

from skymap.model.messages import message
from skymap.model.objects import SkyMap, Snapshot
from skymap.model.status import CHART_COLOURS, chart_series, content_of, diff, find_status, sentences

from .map_page import long_date  # the same date as page 1's "29. november 2026"
from .painter import BOLD, REGULAR


def chart(m: SkyMap, lang: str, width: float, height: float = 230) -> Drawing:
    labels, named = chart_series(m, lang)
    drawing = Drawing(width, height)
    plot = HorizontalLineChart()
    plot.x, plot.y = 36, 30
    plot.width, plot.height = width * 0.58, height - 60
    plot.data = [tuple(v) for _, v in named]
    plot.categoryAxis.categoryNames = labels
    plot.categoryAxis.labels.fontName = REGULAR
    plot.categoryAxis.labels.fontSize = 7.5
    plot.valueAxis.labels.fontName = REGULAR
    plot.valueAxis.labels.fontSize = 7.5
    plot.valueAxis.valueMin = 0
    top = max((max(v) for _, v in named), default=1)
    plot.valueAxis.valueMax = max(5, top + 1)
    plot.valueAxis.valueStep = max(1, round((top + 1) / 6))
    plot.joinedLines = 1
    from reportlab.graphics.widgets.markers import makeMarker  # noqa: PLC0415

    shapes = ("FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle", "Circle", "Square", "Diamond",
              "Triangle")
    for i in range(len(named)):
        colour = colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 2 if i < 3 else 1.2
        plot.lines[i].symbol = makeMarker(shapes[i % len(shapes)], size=5, fillColor=colour, strokeColor=colour)
        if i >= 3:
            plot.lines[i].strokeDashArray = (3, 2)
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = plot.x + plot.width + 20, plot.y + plot.height
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.colorNamePairs = [(colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)]), name)
                             for i, (name, _) in enumerate(named)]
    drawing.add(legend)
    drawing.add(String(0, height - 12, message("d_figures", lang), fontName=BOLD, fontSize=10))
    return drawing


def changes_page(m: SkyMap, since: str | Snapshot, lang: str, width: float, styles) -> list:
    """Flowables of the changes page since a status, or a status's label (raises
    SkymapError if there is no status of that label)."""
    snap = since if isinstance(since, Snapshot) else find_status(m, since)
    d = diff(snap.content, content_of(m, None))
    title = message("d_changes_since", lang, label=f"{snap.label} ({long_date(snap.date, lang)})")
    out: list = [Paragraph(escape(title), styles["h1"])]
    for text in sentences(d, lang):
        out.append(Paragraph(escape(text), styles["bullet"], bulletText="•"))
    out.append(Spacer(1, 12))
    out.append(chart(m, lang, width))
    return out
