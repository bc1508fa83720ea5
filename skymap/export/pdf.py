"""The PDF for the core-team meeting: the map page, then the contact list, counts, findings.

Vector throughout (text is real, embedded DejaVu Sans), A4 or A3 landscape, Danish or
English by the map's language, optionally pseudonymised (then no person's name appears
anywhere in the file, its metadata included).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skymap.model.consent import describe_consent
from skymap.model.findings import findings, join_names
from skymap.model.messages import message, pick
from skymap.model.metrics import compute
from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.model.plan import open_counts
from skymap.model.pseudonym import pseudonymise as make_pseudonymous
from skymap.model.title import shown_title
from skymap.model.vocabulary import LinkKind, Quality, label, normalise_language
from skymap.storage.mapfile import write_atomic

from .cells import CELL_LEADING, CELL_PAD, CELL_SIZE, cell, column_widths
from .keep import keep_headings
from .map_page import MUTED, Box, draw_header, draw_legend, draw_map
from .painter import BOLD, REGULAR, PdfPainter, register_fonts
from .pdf_xmp import attach_xmp, xmp_packet
from .plan_page import has_plan, plan_page

# Page streams compressed but not also ASCII85-encoded (reportlab's default): binary streams
# are ordinary PDF, a quarter smaller and quicker to write.
rl_config.useA85 = 0

PAPERS = {"a4": landscape(A4), "a3": landscape(A3)}
SECTIONS = ("map", "contacts", "summary", "plan")
"""The pages, in print order ("plan": the joint plan, printed when the map has one)."""
MARGIN = 36.0
LEGEND_W = 150.0
PROTECTED_BACKGROUND = "#fde4e1"
PROTECTED_TEXT = "#8e1b10"
"""A protected person's row and the warning above the contact list: dark red on pale red
(contrast well above 7:1), always with the words, never colour alone."""


def prepare(skymap: SkyMap, pseudonymise: str | None, lang: str | None,
            keep_statuses: bool = False, people_from: SkyMap | None = None) -> tuple[SkyMap, str]:
    """The map as it will be printed (pseudonymised if asked) and the language to print in.
    `people_from`: the whole file, when `skymap` is one of its statuses (its people are scrubbed too)."""
    lang = normalise_language(lang or skymap.meta.language)
    if pseudonymise:
        skymap = make_pseudonymous(skymap, pseudonymise, lang, keep_statuses=keep_statuses, people_from=people_from)
    return skymap, lang


def _numbered_canvas(lang: str, footer: str, xmp: bytes | None = None):
    class NumberedCanvas(Canvas):
        """Writes "side 2 af 3" on every page once the number of pages is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if xmp is not None:
                attach_xmp(self, xmp)

        def setFont(self, psfontname, size, leading=None):  # noqa: N802 - reportlab's name
            # reportlab's own defaults (a table cell's font, an empty text block) are the
            # standard Helvetica, which is not embedded: every text is set in embedded DejaVu.
            if psfontname not in (REGULAR, BOLD):
                psfontname = BOLD if "bold" in psfontname.lower() else REGULAR
            super().setFont(psfontname, size, leading)

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(REGULAR, 7.5)
                self.setFillColor(colors.HexColor(MUTED))
                self.drawRightString(width - MARGIN, MARGIN / 2, message("pdf_page", lang, page=self._pageNumber,
                                                                          total=total))
                self.drawString(MARGIN, MARGIN / 2, footer)
                super().showPage()
            super().save()

    return NumberedCanvas


def _styles():
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8.5, leading=10.5, textColor=colors.HexColor("#1f2a36"))
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8, leading=9.8, textColor=colors.white),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=18, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=10,
                             spaceAfter=4),
        "warning": ParagraphStyle("warning", parent=base, fontName=BOLD, fontSize=9.5, leading=13,
                                  textColor=colors.HexColor(PROTECTED_TEXT),
                                  backColor=colors.HexColor(PROTECTED_BACKGROUND),
                                  borderColor=colors.HexColor(PROTECTED_TEXT), borderWidth=0.8, borderPadding=5,
                                  spaceBefore=4, spaceAfter=10),
        "note": ParagraphStyle("note", parent=base, textColor=colors.HexColor(MUTED), spaceAfter=6),
        "bullet": ParagraphStyle("bullet", parent=base, fontSize=9.5, leading=13, leftIndent=12, bulletIndent=0,
                                 spaceAfter=3, bulletFontName=REGULAR),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def _lines(text: str, width: float, bold: bool = False) -> str:
    """`text` wrapped at spaces into lines of at most `width` points, as a Table cell of
    plain text takes it ("\n" between lines); see cells.py (whole words, else hyphenated)."""
    return cell(text, width, bold)[0]


def _consent_texts(a, lang: str) -> list[str]:
    """ "givet 03.02.2026", and under it what the consent covers ("omfang: skole og PPR")."""
    texts = [describe_consent(a.consent, a.consent_date, lang)]
    if a.consent_scope:
        texts.append(message("pdf_consent_scope", lang, scope=a.consent_scope))
    return texts


ROW_LINES = 12
"""The most lines one row of the contact list holds (about a quarter of a page): a longer cell, such
as the hundred names a hub coordinates with, goes on in continuation rows, which a page
break may fall between. (One row taller than a page could not be printed at all.)"""


def _row_pieces(cells: list[str], continued_name: str) -> list[list[str]]:
    """A person's row as rows of at most ROW_LINES lines; the first cell of a continuation
    row is the person's name marked as continued."""
    lines = [c.split("\n") if c else [] for c in cells]
    height = max(len(c) for c in lines)
    if height <= ROW_LINES:
        return [cells]
    pieces = []
    for start in range(0, height, ROW_LINES):
        piece = ["\n".join(c[start:start + ROW_LINES]) for c in lines]
        if start:
            piece[0] = continued_name
        pieces.append(piece)
    return pieces


def contact_list(m: SkyMap, lang: str, width: float, st, scope_left_out: bool = False) -> list:
    """The contact list, grouped by cloud, as flowables (tables repeat their header row).
    `scope_left_out`: the map was pseudonymised and had consent scopes, which it dropped; the
    page says so."""
    names = {f.id: f.name for f in m.family} | {a.id: a.name for a in m.actors}
    names[FAMILY_ID] = message("pdf_whole_family", lang)
    headers = [message(k, lang) for k in ("pdf_name", "pdf_role", "pdf_org", "pdf_meets", "pdf_frequency",
                                           "pdf_coordinates", "pdf_consent", "pdf_marks")]
    fractions = (0.14, 0.13, 0.12, 0.17, 0.08, 0.15, 0.09, 0.12)  # marks: "familiekoordinator," whole
    out: list = [_p(message("pdf_contact_list", lang), st["h1"])]
    protected = [p for p in m.people() if p.protected]
    if protected:  # said before anyone reads further, family members too
        names_said = join_names([p.name for p in protected], lang, limit=len(protected))
        banner = message("pdf_protected_banner", lang, names=names_said)
        if names_said.endswith("."):  # initials ("K.H.") end the sentence: one full stop, not two
            banner = banner[:-1]
        out.append(_p(banner, st["warning"]))
    if scope_left_out:
        out.append(_p(message("pdf_scope_left_out", lang), st["note"]))
    groups = [(d.label, [a for a in m.actors if a.domain == d.id]) for d in m.domains]
    groups.append((message("pdf_no_cloud", lang), [a for a in m.actors if a.domain is None]))
    # Each person's ties, found in one pass over the ties (not one pass per person).
    contacts_of: dict[str, list] = {}
    partners_of: dict[str, list[str]] = {}
    for ln in m.links:
        if ln.kind is LinkKind.CONTACT:
            contacts_of.setdefault(ln.source, []).append(ln)
        elif ln.kind is LinkKind.COORDINATION:
            partners_of.setdefault(ln.source, []).append(ln.target)
            if ln.target != ln.source:
                partners_of.setdefault(ln.target, []).append(ln.source)
    texts: dict[str, list[list[str]]] = {}  # each person's cells' texts, before they are wrapped
    for a in m.actors:
        contacts = contacts_of.get(a.id, [])
        coordination = partners_of.get(a.id, [])
        frequencies = sorted({label(ln.frequency, lang) for ln in contacts if ln.frequency})
        marks = []
        if a.coordinator:
            marks.append(message("pdf_coordinator", lang))
        if a.core_team:
            marks.append(message("pdf_core", lang))
        if not a.active:
            marks.append(message("pdf_ended", lang))
        if a.protected:
            marks.insert(0, message("pdf_protected_mark", lang))
        meets = ", ".join(names[ln.target] + (f" ({label(ln.quality, lang)})" if ln.quality is not
                                              Quality.NOT_ASSESSED else "") for ln in contacts)
        texts[a.id] = [[("⚠ " if a.protected else "") + a.name], [a.role], [a.organisation], [meets],
                       [", ".join(frequencies)], [", ".join(names[i] for i in coordination)],
                       _consent_texts(a, lang), [", ".join(marks)]]
    # The same columns for every cloud, each as wide as its longest word (cells.py).
    protected_ids = {a.id for a in m.actors if a.protected}  # (their name and marks in bold)
    widths = column_widths(width, fractions, [[(t, i in (0, 7) and aid in protected_ids)
                                               for aid, cells in texts.items() for t in cells[i]]
                                              for i in range(len(headers))], headers)
    inner = [w - 2 * CELL_PAD for w in widths]
    for title, actors in groups:
        if not actors:
            continue
        rows = [[_lines(h, inner[i], bold=True) for i, h in enumerate(headers)]]
        spans: list[tuple[int, int]] = []  # each person's first and last row
        warned: list[tuple[int, int]] = []  # the rows of protected people
        smaller: list[tuple[int, int, int, float, bool]] = []  # (column, first row, last row, size, bold)
        for a in actors:
            bold = (True, *[False] * 6, True) if a.protected else (False,) * 8
            laid = [[cell(t, inner[i], bold[i]) for t in parts] for i, parts in enumerate(texts[a.id])]
            cells = ["\n".join(text for text, _size in parts if text) for parts in laid]
            first = len(rows)
            continued = _lines(f"{a.name} ({message('pdf_continued', lang)})", inner[0])
            rows += _row_pieces(cells, continued)
            spans.append((first, len(rows) - 1))
            for i, parts in enumerate(laid):
                size = min(size for _text, size in parts)
                if size < CELL_SIZE:  # a word kept whole in a smaller font
                    smaller.append((i, first, len(rows) - 1, size, bold[i]))
            if a.protected:
                warned.append((first, len(rows) - 1))
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#1f2a36")),
            ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE, CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if len(rows) == len(actors) + 1:  # one row a person: the cheap, common case
            style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f6")]),
                      ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c5ccd3"))]
        else:  # a person's continuation rows share their shade, with a line only under the last
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.HexColor("#c5ccd3")))
            for n, (first, last) in enumerate(spans):
                if n % 2:
                    style.append(("BACKGROUND", (0, first), (-1, last), colors.HexColor("#f2f4f6")))
                style.append(("LINEBELOW", (0, last), (-1, last), 0.3, colors.HexColor("#c5ccd3")))
        for first, last in warned:  # a protected person's row stands out (and says why in words)
            style += [("BACKGROUND", (0, first), (-1, last), colors.HexColor(PROTECTED_BACKGROUND)),
                      ("FONT", (0, first), (0, last), BOLD, CELL_SIZE, CELL_LEADING),
                      ("FONT", (-1, first), (-1, last), BOLD, CELL_SIZE, CELL_LEADING),
                      ("TEXTCOLOR", (0, first), (-1, last), colors.HexColor(PROTECTED_TEXT))]
        style += [("FONT", (i, first), (i, last), BOLD if bold else REGULAR, size, size * CELL_LEADING / CELL_SIZE)
                  for i, first, last, size, bold in smaller]
        table.setStyle(TableStyle(style))
        # A cloud's heading never stays behind at the foot of a page: it starts a new page
        # unless there is room for it, the header row and a few people.
        out.append(CondPageBreak(95))
        out.append(_p(f"{title} ({len(actors)})", st["h2"]))
        out.append(table)
    return out


SIDE_BY_SIDE_ROWS = 18
"""The counts and the counts per cloud stand side by side while both are this short."""


def summary(m: SkyMap, lang: str, width: float, st) -> list:
    metrics = compute(m, with_betweenness=False)  # the PDF does not print betweenness
    n = metrics.names
    rows = [
        (message("pdf_count_family", lang), len(metrics.family_ids)),
        (message("pdf_count_pros", lang), len(metrics.professional_ids)),
        (message("pdf_count_private", lang), len(metrics.private_ids)),
        (message("pdf_count_contacts", lang), metrics.contact_links),
        (message("pdf_count_coordination", lang), metrics.coordination_links),
        (message("pdf_count_isolated", lang), len(metrics.isolated)),
        (message("pdf_count_groups", lang), len(metrics.components)),
    ]
    rows += [(message("pdf_count_member", lang, name=n[mid]), len(a)) for mid, a in metrics.per_member.items()]
    per_domain = [(metrics.domain_labels[d], c) for d, c in metrics.per_domain.items()]

    def counts_table(pairs, label_width):
        t = Table([[_p(k, st["cell"]), _p(str(v), st["cell"])] for k, v in pairs],
                  colWidths=[label_width, width * 0.06], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c5ccd3")),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ]))
        return t

    if max(len(rows), len(per_domain)) <= SIDE_BY_SIDE_ROWS:
        side = [[counts_table(rows, width * 0.36), counts_table(per_domain, width * 0.3) if per_domain else ""]]
        table = Table(side, colWidths=[width * 0.48, width * 0.4], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        tables = [table]
    else:  # one below the other: a table inside a table cannot go on over a page break
        tables = [counts_table(rows, width * 0.36)]
        if per_domain:
            tables += [Spacer(1, 10), counts_table(per_domain, width * 0.36)]
    out: list = [_p(message("pdf_findings", lang), st["h1"])]
    found = findings(m, metrics)
    for f in found:
        out.append(Paragraph(escape(f.text(lang)), st["bullet"], bulletText="•"))
    if not found:
        out.append(_p(message("pdf_none", lang), st["base"]))
    out += [Spacer(1, 10), _p(message("pdf_counts", lang), st["h1"]), *tables]
    return out


def write_pdf(
    skymap: SkyMap,
    out: str | os.PathLike | io.BytesIO,
    paper: str = "a4",
    pseudonymise: str | None = None,
    lang: str | None = None,
    sections: Iterable[str] = SECTIONS,
    today: date | None = None,
    changes_since: str | None = None,
    people_from: SkyMap | None = None,
    changes_to: str | None = None,
    plan_date: date | None = None,
) -> None:
    """Write the meeting PDF. A file path is written atomically (old file kept on failure).
    With `changes_since` (a status's label) a page of what changed since then is added.
    `changes_to`: the label of the status `skymap` holds the content of (`skymap export
    --status B --changes-since A`): the changes are from A to B, and B is named where the
    page would say "now". `people_from`: see `prepare`. `plan_date`: the day the joint plan's
    agreements are judged overdue on (default: the later status's date with `changes_to`,
    else `today`) - a status's plan is shown as it stood on its own date."""
    later_index = None
    if changes_since:
        from skymap.model.status import find_status  # noqa: PLC0415

        since_index = skymap.snapshots.index(find_status(skymap, changes_since))  # a clear error first
        if changes_to:
            later_index = skymap.snapshots.index(find_status(skymap, changes_to))
    m, lang = prepare(skymap, pseudonymise, lang, keep_statuses=bool(changes_since), people_from=people_from)
    sections = [s for s in SECTIONS if s in set(sections)] or ["map"]
    if sections != ["plan"] and not has_plan(m):  # no plan, no page for it (unless it is all that was asked)
        sections = [s for s in sections if s != "plan"] or ["map"]
    today = today or date.today()
    if plan_date is None:
        plan_date = skymap.snapshots[later_index].date if later_index is not None else today
    size = PAPERS[paper]
    width, height = size
    st = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=shown_title(m.meta, lang),
        author=m.meta.caseworker,
        subject="Skymap",
        creator="Skymap",
        keywords="",
        lang=pick(("da-DK", "en-GB"), lang),
        # Every page starts with a font set; reportlab's default is an un-embedded Helvetica.
        initialFontName=REGULAR,
    )
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")

    def map_page(canvas, _doc) -> None:
        canvas.saveState()  # the painter leaves the state as its last path set it
        painter = PdfPainter(canvas, height)
        box = Box(MARGIN, MARGIN - 8, width - 2 * MARGIN, height - 2 * MARGIN)
        draw_header(painter, m, box, lang, today, bool(pseudonymise))
        area = Box(MARGIN, MARGIN + 44, width - 2 * MARGIN - LEGEND_W - 12, height - 2 * MARGIN - 44)
        draw_map(painter, m, area, lang)
        draw_legend(painter, Box(width - MARGIN - LEGEND_W + 10, MARGIN + 52, LEGEND_W - 10, 300), lang,
                    plan=bool(open_counts(m)))
        canvas.restoreState()

    templates = []
    story: list = []
    if "map" in sections:
        map_frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="map")
        templates.append(PageTemplate(id="map", frames=[map_frame], onPage=map_page))
    templates.append(PageTemplate(id="text", frames=[frame]))
    doc.addPageTemplates(templates)
    if "map" in sections:
        story += [NextPageTemplate("text"), PageBreak()] if len(sections) > 1 else [Spacer(1, 1)]
    body_width = width - 2 * MARGIN
    if "contacts" in sections:
        scope_left_out = bool(pseudonymise) and any(a.consent_scope for a in skymap.actors)
        story += contact_list(m, lang, body_width, st, scope_left_out)
    if "summary" in sections:
        if "contacts" in sections:
            story.append(PageBreak())
        story += summary(m, lang, body_width, st)
    if "plan" in sections:
        if story and not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        story += plan_page(m, lang, body_width, st, plan_date,
                           m.snapshots[since_index] if changes_since else None)
    if changes_since:
        from .changes import changes_page  # noqa: PLC0415

        if len(sections) > 1 or "map" not in sections:
            story.append(PageBreak())
        elif story and isinstance(story[-1], Spacer):
            story = [NextPageTemplate("text"), PageBreak()]
        # By position: a pseudonymised status's label is no longer the label asked for.
        later = m.snapshots[later_index] if later_index is not None else None
        story += changes_page(m, m.snapshots[since_index], lang, body_width, st, with_plan="plan" not in sections,
                              later=later)
        from .rc_page import rc_page  # noqa: PLC0415

        story += rc_page(m, m.snapshots[since_index], lang, body_width, st, later=later)
    footer = f"Skymap · {message('pdf_confidential', lang).capitalize()}"
    xmp = xmp_packet(doc.title, doc.lang, author=doc.author, subject=doc.subject, creator=doc.creator)
    doc.build(keep_headings(story), canvasmaker=_numbered_canvas(lang, footer, xmp))
    data = buffer.getvalue()
    if isinstance(out, io.BytesIO):
        out.write(data)
        return
    write_atomic(Path(out), data)

