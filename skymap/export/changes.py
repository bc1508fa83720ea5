"""The "changes since <status>" page: the comparison in sentences and a chart of the key
figures across the statuses."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer

from skymap.model.chart_axis import value_axis
from skymap.model.chart_style import dodge, series_colour, series_style, spread
from skymap.model.messages import message
from skymap.model.objects import SkyMap, Snapshot
from skymap.model.plan import plan_sentences
from skymap.model.quotes import in_quotes
from skymap.model.status import chart_series, content_of, diff, find_status, sentences

from .map_page import long_date  # the same date as page 1's "29. november 2026"
from .painter import BOLD, REGULAR


def chart(m: SkyMap, lang: str, width: float, height: float = 230, now: str | None = None) -> Drawing:
    """The key figures across the statuses and now (`now`: the label of the status `m` is
    the content of, when it is the last point)."""
    labels, named = chart_series(m, lang, now)
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
    # a round top tick above the largest value, as on screen (chart_axis.py)
    plot.valueAxis.valueMax, plot.valueAxis.valueStep = value_axis(max((max(v) for _, v in named), default=1))
    plot.categoryAxis.tickShift = 1  # a tick at each status's name, none between them
    plot.joinedLines = 1
    from reportlab.graphics.shapes import Line  # noqa: PLC0415
    from reportlab.graphics.widgets.markers import makeMarker  # noqa: PLC0415

    # Told apart without colour: each line its own dash pattern and marker (chart_style.py),
    # and its name and last value beside its end instead of a legend of colour swatches.
    def marker(i: int, x: float | None = None, y: float | None = None):
        dash, shape, filled = series_style(i)
        kind = {"cross": "StarSix", "plus": "Cross", "star": "StarFive"}.get(shape, shape.capitalize())
        colour = colors.HexColor(series_colour(i))
        m = makeMarker(("Filled" if filled and kind != "StarSix" else "") + kind, size=6, fillColor=colour if filled
                       else colors.white, strokeColor=colour, strokeWidth=1)
        if x is not None:
            m.x, m.y = x, y
        return m

    def dashes(i: int, w: float):
        dash = series_style(i)[0]
        return [d * w for d in dash] if dash else None

    for i in range(len(named)):
        width_i = 2 if i < 3 else 1.2
        plot.lines[i].strokeColor = colors.HexColor(series_colour(i))
        plot.lines[i].strokeWidth = width_i
        plot.lines[i].strokeDashArray = dashes(i, width_i)
    drawing.add(plot)
    ceiling = plot.valueAxis.valueMax
    # the markers over every line, side by side where lines meet (none hides another's)
    beside = dodge([list(values) for _, values in named])
    for i, (_name, values) in enumerate(named):
        for k, v in enumerate(values):
            x = plot.x + plot.width * (k + 0.5) / max(1, len(labels)) + beside[i][k] * 7
            drawing.add(marker(i, x, plot.y + plot.height * v / ceiling))
    ends = [plot.y + plot.height * v[-1] / ceiling for _, v in named]
    # (the label column's y grows upwards: spread works on the negated heights)
    ys = [-y for y in spread([-e for e in ends], 10, -(plot.y + plot.height), -plot.y)]
    left = plot.x + plot.width + 14
    for i, ((name, values), y) in enumerate(zip(named, ys)):
        colour = colors.HexColor(series_colour(i))
        width_i = 2 if i < 3 else 1.2
        last_x = plot.x + plot.width * (len(labels) - 0.5) / max(1, len(labels))  # the middle of the last band
        drawing.add(Line(last_x + 5, ends[i], left - 2, y, strokeColor=colors.HexColor("#b0b8c1"), strokeWidth=0.4))
        drawing.add(Line(left, y, left + 20, y, strokeColor=colour, strokeWidth=width_i,
                         strokeDashArray=dashes(i, width_i)))
        drawing.add(marker(i, left + 10, y))
        drawing.add(String(left + 26, y - 2.6, f"{name}: {values[-1]}", fontName=REGULAR, fontSize=7.5))
    drawing.add(String(0, height - 12, message("d_figures", lang), fontName=BOLD, fontSize=10))
    return drawing


def changes_page(m: SkyMap, since: str | Snapshot, lang: str, width: float, styles, with_plan: bool = True,
                 later: Snapshot | None = None) -> list:
    """Flowables of the changes page since a status, or a status's label (raises
    SkymapError if there is no status of that label). `with_plan`: also the changes in the
    joint plan (left to the plan page when the PDF has one). `later`: the status `m` is the
    content of, when two statuses are compared (`skymap export --status B --changes-since
    A`): it is named where the page would say "now", and the chart ends at it."""
    snap = since if isinstance(since, Snapshot) else find_status(m, since)
    d = diff(snap.content, content_of(m, None), later.date if later is not None else None)
    since_text = f"{in_quotes(snap.label, lang)} ({long_date(snap.date, lang)})"
    if later is None:
        title = message("d_changes_since", lang, label=since_text)
        states = None
    else:
        title = message("d_changes_between", lang, earlier=since_text,
                        later=f"{in_quotes(later.label, lang)} ({long_date(later.date, lang)})")
        states = (in_quotes(snap.label, lang), in_quotes(later.label, lang))
    out: list = [Paragraph(escape(title), styles["h1"])]
    lines = sentences(d, lang, states, plan=with_plan)
    if (not with_plan and lines == [message("d_nothing", lang)] and d.later is not None
            and plan_sentences(d.plan, d.later, lang)):
        # only the plan changed: not "nothing has changed"; the plan page says what did
        lines = [message("d_nothing_but_plan", lang)]
    for text in lines:
        out.append(Paragraph(escape(text), styles["bullet"], bulletText="•"))
    out.append(Spacer(1, 12))
    if later is None:
        out.append(chart(m, lang, width))
    else:  # the statuses before the later one, then the later one (the map it is the content of)
        order = sorted(m.snapshots, key=lambda s: (s.date, s.taken))
        earlier = order[:next(i for i, s in enumerate(order) if s.id == later.id)]
        out.append(chart(m.model_copy(update={"snapshots": earlier}), lang, width, now=later.label))
    return out
