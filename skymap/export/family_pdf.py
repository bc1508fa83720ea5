"""The family's own copy as a PDF: the map, then a plain-language page in large type.

Made from `family_copy` (model/family_copy.py): no protected person and none of their ties,
no notes, no relational-coordination scores, no statuses, no findings, never pseudonymised;
what was agreed (the family's goals and the open and done agreements) on the plain page.
Danish or English by the map's language. Its title and metadata name no one but the family.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from skymap.model.family_copy import family_copy, family_page, family_title
from skymap.model.messages import message, pick
from skymap.model.objects import SkyMap
from skymap.model.vocabulary import normalise_language
from skymap.storage.mapfile import write_atomic

from .map_page import Box, draw_legend, draw_map, long_date
from .painter import BOLD, REGULAR, PdfPainter, register_fonts
from .pdf import MARGIN, PAPERS, _numbered_canvas
from .pdf_xmp import xmp_packet

BODY_SIZE = 15.0
"""The plain page's type: large enough to read across a kitchen table."""
HEADING_SIZE = 21.0
LEGEND_W = 165.0
INK = "#1f2a36"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("fam_body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35,
                          textColor=colors.HexColor(INK), spaceAfter=5)
    return {
        "title": ParagraphStyle("fam_title", parent=body, fontName=BOLD, fontSize=26, leading=32, spaceAfter=8),
        "intro": ParagraphStyle("fam_intro", parent=body, spaceAfter=10),
        "h": ParagraphStyle("fam_h", parent=body, fontName=BOLD, fontSize=HEADING_SIZE, leading=HEADING_SIZE * 1.3,
                            spaceBefore=12, spaceAfter=6),
        "cloud": ParagraphStyle("fam_cloud", parent=body, fontName=BOLD, spaceBefore=6, spaceAfter=2),
        "item": ParagraphStyle("fam_item", parent=body, leftIndent=18, bulletIndent=2, bulletFontName=REGULAR),
        "done": ParagraphStyle("fam_done", parent=body, spaceBefore=8),
        "call": ParagraphStyle("fam_call", parent=body, fontName=BOLD, fontSize=17, leading=24,
                               backColor=colors.HexColor("#fff6d6"), borderColor=colors.HexColor("#d8b64a"),
                               borderWidth=1, borderPadding=8, spaceBefore=4, spaceAfter=12),
    }


def _plain_page(m: SkyMap, lang: str) -> list:
    page = family_page(m, lang)
    st = _styles()
    out: list = [Paragraph(escape(page.title), st["title"]), Paragraph(escape(page.intro), st["intro"]),
                 Paragraph(escape(page.call_heading), st["h"])]
    out += [Paragraph(escape(line), st["call"]) for line in page.call]
    out += _plan_section(page, st)
    heading = [Paragraph(escape(page.people_heading), st["h"])]
    for cloud, lines in page.groups:  # a cloud's people stay together with its name
        items = [Paragraph(escape(line), st["item"], bulletText="•") for line in lines]
        # (the first cloud also with the heading: it never stands alone at a page's foot)
        out.append(KeepTogether([*heading, *([Paragraph(escape(cloud), st["cloud"])] if cloud else []), *items]))
        heading = []
    out += heading  # (no one around the family: the heading, then the ties)
    out += [CondPageBreak(BODY_SIZE * 6), Paragraph(escape(page.together_heading), st["h"])]
    out += [Paragraph(escape(line), st["item"], bulletText="•") for line in page.together]
    return out


def _plan_section(page, st: dict[str, ParagraphStyle]) -> list:
    """ "Det har vi aftalt": the family's goals, who does what by when, what is done."""
    if not page.plan_heading:
        return []
    out: list = [CondPageBreak(BODY_SIZE * 8), Paragraph(escape(page.plan_heading), st["h"])]
    for heading, lines in ((page.goals_heading, page.goals), (page.todo_heading, page.todo)):
        if lines:
            items = [Paragraph(escape(line), st["item"], bulletText="•") for line in lines]
            out += [KeepTogether([Paragraph(escape(heading), st["cloud"]), items[0]]), *items[1:]]
    if page.done:
        out.append(Paragraph(escape(page.done), st["done"]))
    return [*out, CondPageBreak(BODY_SIZE * 6)]  # the next heading never alone at a page's foot


def write_family_pdf(skymap: SkyMap, out: str | os.PathLike | io.BytesIO, paper: str = "a4",
                     lang: str | None = None, today: date | None = None) -> None:
    """Write the family's own copy. A file path is written atomically (old file kept on failure)."""
    m = family_copy(skymap)
    lang = normalise_language(lang or skymap.meta.language)
    today = today or date.today()
    size = PAPERS[paper]
    width, height = size
    buffer = io.BytesIO()
    title = family_title(skymap, lang)  # in the copy's language (the copy's own title is in the map's)
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=title, author="", subject=message("fam_footer", lang),
                          creator="Skymap", keywords="", lang=pick(("da-DK", "en-GB"), lang),
                          initialFontName=REGULAR)

    def map_page(canvas, _doc) -> None:
        canvas.saveState()
        p = PdfPainter(canvas, height)
        top = MARGIN - 8
        p.text(MARGIN, top + 22, title, 22, bold=True)
        p.text(MARGIN, top + 42, message("fam_made", lang, date=long_date(today, lang)), 12, colour="#54606c")
        p.path([("M", MARGIN, top + 52), ("L", width - MARGIN, top + 52)], stroke="#c5ccd3", width=0.6)
        area = Box(MARGIN, MARGIN + 56, width - 2 * MARGIN - LEGEND_W - 12, height - 2 * MARGIN - 56)
        draw_map(p, m, area, lang, family=True)
        legend_x = width - MARGIN - LEGEND_W + 10
        draw_legend(p, Box(legend_x, MARGIN + 64, LEGEND_W - 10, 300), lang, family=True)
        canvas.restoreState()

    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="map", frames=[Frame(MARGIN, MARGIN, width - 2 * MARGIN,
                                                               height - 2 * MARGIN, id="map")], onPage=map_page),
                          PageTemplate(id="text", frames=[frame])])
    story = [NextPageTemplate("text"), PageBreak(), Spacer(1, 1), *_plain_page(m, lang)]
    xmp = xmp_packet(title, doc.lang, author="", subject=doc.subject, creator="Skymap")
    doc.build(story, canvasmaker=_numbered_canvas(lang, message("fam_footer", lang), xmp))
    data = buffer.getvalue()
    if isinstance(out, io.BytesIO):
        out.write(data)
        return
    write_atomic(Path(out), data)
