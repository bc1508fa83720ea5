"""The "Relational coordination" page of a PDF with changes since a status: the seven
dimensions and the network mean then and now side by side, the ties that improved or fell
most, and the mean per pair of clouds now.

The chart reads in greyscale: "then" is an outlined white bar, "now" a dark filled one, and
every bar carries its value — no colour carries meaning alone.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from skymap.model.messages import message
from skymap.model.objects import SkyMap, Snapshot
from skymap.model.quotes import in_quotes
from skymap.model.rc import DIMENSIONS, number, summarise, tie_moves
from skymap.model.vocabulary import Quality, label

from .map_page import long_date
from .painter import REGULAR

THEN_FILL = colors.white
NOW_FILL = colors.HexColor("#3a4654")
INK = colors.HexColor("#1f2a36")
BAND_FILL = {Quality.WEAK: colors.HexColor("#d9d9d9"), Quality.MODERATE: colors.HexColor("#f0f0f0"),
             Quality.STRONG: colors.white}
"""Cloud-pair cells: grey for weak, pale for moderate — the value and band are written too."""
MOVES = 3


def _short(name: str, most: int = 28) -> str:
    """A status's label as the legend has room for it."""
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


def _num(value: float | None, lang: str) -> str:
    return "–" if value is None else number(value, lang)


def dimension_chart(before, after, lang: str, width: float, height: float = 200,
                    states: tuple[str, str] | None = None) -> Drawing:
    """Horizontal bars, network mean first, then the seven dimensions: then and now (or the
    two statuses named in `states`)."""
    names = [message("rc_network_mean", lang)] + [label(d, lang) for d in DIMENSIONS]
    then = [before.mean or 0] + [before.by_dimension[d] or 0 for d in DIMENSIONS]
    now = [after.mean or 0] + [after.by_dimension[d] or 0 for d in DIMENSIONS]
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 14
    chart.width, chart.height = width - 190 - 150, height - 24
    # reportlab draws the first category at the bottom: reversed, the mean is on top
    # and the first series at the bottom of its group: "now" first puts "then" above it
    chart.data = [tuple(reversed(now)), tuple(reversed(then))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#c5ccd3")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i, fill in enumerate((NOW_FILL, THEN_FILL)):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = INK
        chart.bars[i].strokeWidth = 0.8
    chart.barLabelFormat = lambda v: "" if not v else number(v, lang)
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 40, chart.y + chart.height
    legend.fontName = REGULAR
    legend.fontSize = 8.5
    legend.alignment = "right"
    legend.strokeColor = INK
    legend.strokeWidth = 0.8
    then_name, now_name = states or (message("rc_then", lang), message("rc_now", lang))
    legend.colorNamePairs = [(THEN_FILL, _short(then_name)), (NOW_FILL, _short(now_name))]
    drawing.add(legend)
    return drawing


def _moves_table(rows: list, lang: str, width: float, st) -> Table:
    data = [[Paragraph(escape(f"{mv.a} – {mv.b}"), st["cell"]),
             Paragraph(escape(f"{_num(mv.before, lang)} → {_num(mv.after, lang)}"), st["cell"])] for mv in rows]
    t = Table(data, colWidths=[width * 0.3, width * 0.12], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c5ccd3"))]))
    return t


def _matrix(summary, lang: str, width: float, st) -> Table | None:
    """Mean per pair of clouds, the clouds that have scored ties only."""
    used = [d for d in summary.domain_labels if any(d in pair for pair in summary.pairs)]
    if not used or len(used) > 9:
        return None
    cell = st["cell"]
    head = [""] + [Paragraph(escape(summary.domain_labels[d]), cell) for d in used]
    rows = [head]
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8a96a3")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, da in enumerate(used, start=1):
        row = [Paragraph(escape(summary.domain_labels[da]), cell)]
        for c, db in enumerate(used, start=1):
            value = summary.pairs.get((da, db), summary.pairs.get((db, da)))
            if value is None:
                row.append("")
                continue
            band = summary.band(value)
            row.append(Paragraph(escape(f"{number(value, lang)} ({label(band, lang)})"), cell))
            style.append(("BACKGROUND", (c, r), (c, r), BAND_FILL[band]))
        rows.append(row)
    first = min(150.0, width * 0.2)
    rest = min(90.0, (width - first) / len(used))
    t = Table(rows, colWidths=[first] + [rest] * len(used), hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return t


def rc_page(m: SkyMap, since: Snapshot, lang: str, width: float, st, later: Snapshot | None = None) -> list:
    """Flowables of the page (beginning with a page break), or [] when no tie was scored
    then or now. `later`: the status `m` is the content of, when two statuses are compared
    (it is named where the page would say "now")."""
    before = summarise(since.content, m.settings)
    after = summarise(m, m.settings)
    if not before.ties and not after.ties:
        return []
    since_text = f"{in_quotes(since.label, lang)} ({long_date(since.date, lang)})"
    if later is None:
        out: list = [PageBreak(), Paragraph(escape(message("rc_since", lang, label=since_text)), st["h1"])]
        out.append(Paragraph(escape(message("rc_page_mean", lang, before=_num(before.mean, lang),
                                            after=_num(after.mean, lang))), st["base"]))
        out.append(Paragraph(escape(message("rc_scored_ties", lang, before=len(before.ties),
                                            after=len(after.ties))), st["base"]))
    else:
        later_text = f"{in_quotes(later.label, lang)} ({long_date(later.date, lang)})"
        named = {"earlier": in_quotes(since.label, lang), "later": in_quotes(later.label, lang)}
        out = [PageBreak(), Paragraph(escape(message("rc_between", lang, earlier=since_text, later=later_text)),
                                      st["h1"])]
        out.append(Paragraph(escape(message("rc_page_mean_between", lang, before=_num(before.mean, lang),
                                            after=_num(after.mean, lang), **named)), st["base"]))
        out.append(Paragraph(escape(message("rc_scored_ties_between", lang, before=len(before.ties),
                                            after=len(after.ties), **named)), st["base"]))
    out.append(Spacer(1, 8))
    out.append(dimension_chart(before, after, lang, width,
                               states=(since.label, later.label) if later is not None else None))
    moves = tie_moves(since.content, m)
    up = [mv for mv in moves if mv.change > 0][:MOVES]
    down = [mv for mv in moves if mv.change < 0][:MOVES]
    sides = []
    for key, rows in (("rc_improved", up), ("rc_fell", down)):
        if rows:
            sides.append([Paragraph(escape(message(key, lang)), st["h2"]), _moves_table(rows, lang, width, st)])
    if sides:
        out.append(Table([list(sides)], colWidths=[width * 0.46] * len(sides), hAlign="LEFT",
                         style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    matrix = _matrix(after, lang, width, st)
    if matrix is not None:
        out.append(CondPageBreak(120))
        state = later.label if later is not None else message("rc_now", lang)
        out.append(KeepTogether([Paragraph(escape(f"{message('rc_matrix', lang)} ({state})"),
                                           st["h2"]), matrix]))
    return out
