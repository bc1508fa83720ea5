"""The map page as SVG: the same header, map and legend as page 1 of the PDF."""

from __future__ import annotations

import os
from datetime import date

from skymap.model.objects import SkyMap
from skymap.model.plan import open_counts
from skymap.model.title import shown_title
from skymap.storage.mapfile import write_atomic

from .map_page import Box, draw_header, draw_legend, draw_map
from .painter import SvgPainter
from .pdf import LEGEND_W, MARGIN, PAPERS, prepare


def svg_text(skymap: SkyMap, paper: str = "a4", pseudonymise: str | None = None, lang: str | None = None,
             today: date | None = None) -> str:
    m, lang = prepare(skymap, pseudonymise, lang)
    width, height = PAPERS[paper]
    p = SvgPainter(width, height)
    box = Box(MARGIN, MARGIN - 8, width - 2 * MARGIN, height - 2 * MARGIN)
    draw_header(p, m, box, lang, today or date.today(), bool(pseudonymise))
    draw_map(p, m, Box(MARGIN, MARGIN + 44, width - 2 * MARGIN - LEGEND_W - 12, height - 2 * MARGIN - 44), lang)
    draw_legend(p, Box(width - MARGIN - LEGEND_W + 10, MARGIN + 52, LEGEND_W - 10, 300), lang,
                plan=bool(open_counts(m)))
    return p.document(shown_title(m.meta, lang))


def write_svg(skymap: SkyMap, out: str | os.PathLike, **options) -> None:
    write_atomic(out, svg_text(skymap, **options))
