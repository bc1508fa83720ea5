"""The "Joint plan" page of the meeting PDF: the family's goals, then the agreements by
owner with their dates and status, and (with a status to compare with) what changed in
the plan since then."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from skymap.model.messages import message
from skymap.model.objects import SkyMap, Snapshot
from skymap.model.plan import by_owner, is_overdue, owner_name, plan_diff, plan_sentences, status_label
from skymap.model.quotes import in_quotes
from skymap.model.vocabulary import AgreementStatus

from .map_page import long_date
from .painter import BOLD, REGULAR

OVERDUE_INK = "#b3261e"
DONE_INK = "#2e7d32"
MUTED_INK = "#5f6b76"


def has_plan(m: SkyMap) -> bool:
    return bool(m.goals or m.agreements)


def plan_page(m: SkyMap, lang: str, width: float, styles, today: date, since: Snapshot | None = None) -> list:
    """Flowables of the joint plan (an empty plan says so)."""
    out: list = [Paragraph(escape(message("plan_pdf_title", lang)), styles["h1"]),
                 Paragraph(escape(message("plan_pdf_goals", lang)), styles["h2"])]
    for n, goal in enumerate(m.goals, 1):
        out.append(Paragraph(escape(goal), styles["bullet"], bulletText=f"{n}."))
    if not m.goals:
        out.append(Paragraph(escape(message("plan_pdf_no_goals", lang)), styles["base"]))
    out.append(Paragraph(escape(message("plan_pdf_agreements", lang)), styles["h2"]))
    if m.agreements:
        out.append(_agreements_table(m, lang, width, styles, today))
    else:
        out.append(Paragraph(escape(message("plan_pdf_no_agreements", lang)), styles["base"]))
    if since is not None:
        changes = plan_sentences(plan_diff(since.content, m, today), m, lang)
        out += [CondPageBreak(80), Paragraph(escape(message("plan_pdf_since", lang, label=in_quotes(since.label, lang),
                                                            date=long_date(since.date, lang))), styles["h2"])]
        for text in changes or [message("plan_pdf_unchanged", lang)]:
            out.append(Paragraph(escape(text), styles["bullet"], bulletText="•"))
    out.append(Spacer(1, 6))
    return out


def _agreements_table(m: SkyMap, lang: str, width: float, styles, today: date) -> Table:
    cell, head = styles["cell"], styles["head"]
    headers = [message(k, lang) for k in ("plan_pdf_who", "plan_pdf_what", "plan_pdf_due", "plan_pdf_status",
                                           "plan_pdf_note")]
    rows = [[Paragraph(escape(h), head) for h in headers]]
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8, 9.8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c5ccd3")),
    ]
    for n, (owner, agreements) in enumerate(by_owner(m)):
        first = len(rows)
        for i, ag in enumerate(agreements):
            ink = OVERDUE_INK if is_overdue(ag, today) else DONE_INK if ag.status is AgreementStatus.DONE \
                else MUTED_INK if ag.status is AgreementStatus.DROPPED else "#1f2a36"
            status = escape(status_label(ag, today, lang))
            what = escape(ag.text)
            if ag.status is AgreementStatus.DROPPED:
                what = f'<font color="{MUTED_INK}"><strike>{what}</strike></font>'
            rows.append([
                Paragraph(f'<font name="{BOLD}">{escape(owner_name(m, owner, lang))}</font>', cell) if i == 0 else "",
                Paragraph(what, cell),
                Paragraph(escape(long_date(ag.due, lang)) if ag.due else "", cell),
                Paragraph(f'<font color="{ink}" name="{BOLD if ink == OVERDUE_INK else REGULAR}">{status}</font>',
                          cell),
                Paragraph(escape(ag.note), cell),
            ])
        if n % 2:
            style.append(("BACKGROUND", (0, first), (-1, len(rows) - 1), colors.HexColor("#f2f4f6")))
    fractions = (0.17, 0.36, 0.12, 0.13, 0.22)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
