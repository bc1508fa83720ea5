"""Every text the printed map page draws reads on what it is drawn on (WCAG AA).

A recording painter stands in for the PDF canvas: each text is checked against the
filled shapes drawn before it under the text's middle, composited as on paper.
"""


import pytest

from skymap.export import map_page
from skymap.export.map_page import Box, draw_header, draw_legend, draw_map
from skymap.export.painter import text_width
from skymap.model.contrast import AA_LARGE, AA_NORMAL, blend, contrast_ratio
from skymap.model.objects import Actor, Domain
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


class RecordingPainter:
    def __init__(self) -> None:
        self.fills: list[tuple[tuple[float, float, float, float], str, float]] = []
        self.texts: list[tuple[str, str, str, float, bool]] = []  # text, colour, background, size, bold

    def path(self, segs, stroke=None, fill=None, width=1.0, dash=None, opacity=1.0, cap=1) -> None:
        if fill:
            xs = [v for s in segs for v in s[1::2]]
            ys = [v for s in segs for v in s[2::2]]
            self.fills.append(((min(xs), min(ys), max(xs), max(ys)), fill, opacity))

    def rect(self, x, y, w, h, fill=None, stroke=None, radius=0.0, width=0.8, opacity=1.0) -> None:
        if fill:
            self.fills.append(((x, y, x + w, y + h), fill, opacity))

    def text(self, x, y, text, size, bold=False, colour="#1f2a36", anchor="start") -> None:
        w = text_width(text, size, bold)
        left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
        cx, cy = left + w / 2, y - size * 0.35
        back = "#ffffff"
        for (x0, y0, x1, y1), fill, opacity in self.fills:
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                back = blend(fill, back, opacity)
        self.texts.append((text, colour, back, size, bold))


def check(painter: RecordingPainter) -> None:
    assert painter.texts
    for text, colour, back, size, bold in painter.texts:
        large = size >= 18 or (bold and size >= 14)
        need = AA_LARGE if large else AA_NORMAL
        assert contrast_ratio(colour, back) >= need, (text, colour, back)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_map_page_texts_read(lang):
    m = load_map(EXAMPLE)
    # someone who has left, a coordinator in the core team, and clouds in colours a user picked
    m.actors[0] = m.actors[0].model_copy(update={"active": False})
    m.actors[1] = m.actors[1].model_copy(update={"coordinator": True, "core_team": True})
    dark = [("#202060", 0), ("#d32f2f", 1), ("#777777", 2), ("#000000", 3)]
    for colour, i in dark:
        m.domains[i] = m.domains[i].model_copy(update={"color": colour})
    painter = RecordingPainter()
    draw_header(painter, m, Box(20, 20, 800, 40), lang, __import__("datetime").date(2026, 11, 24), True)
    draw_map(painter, m, Box(20, 70, 640, 480), lang)
    draw_legend(painter, Box(680, 70, 140, 300), lang)
    check(painter)
    labels = {t[0]: t for t in painter.texts}
    for d in m.domains[:4]:  # labels on dark clouds are white
        first_word = next(t for t in labels if t and d.label.startswith(t.split()[0].rstrip("…")))
        assert contrast_ratio(labels[first_word][1], labels[first_word][2]) >= AA_NORMAL


def test_every_cloud_colour_gets_a_readable_label():
    from skymap.model.template import CUSTOM_COLOURS, DOMAIN_COLOURS

    for colour in list(DOMAIN_COLOURS.values()) + list(CUSTOM_COLOURS) + ["#1565c0", "#2e7d32", "#424242"]:
        m = load_map(EXAMPLE)
        m.domains = [Domain(id="d1", label="Skole", color=colour, x=0, y=0, width=400, height=300)]
        m.actors = [Actor(id="a1", name="Lene Holm", role="lærer", domain="d1", x=0, y=20)]
        m.links = []
        painter = RecordingPainter()
        draw_map(painter, m, Box(0, 0, 600, 400), "da")
        check(painter)


def test_contact_list_and_summary_styles_read():
    from skymap.export import pdf

    styles = pdf._styles()
    for name, style in styles.items():
        ink = style.textColor.hexval().replace("0x", "#")
        backs = ["#37474f"] if name == "head" else ["#ffffff", "#f2f4f6"]
        for back in backs:
            assert contrast_ratio(ink, back) >= AA_NORMAL, (name, ink, back)
    assert contrast_ratio(map_page.MUTED, "#ffffff") >= AA_NORMAL  # page footers
    assert contrast_ratio(map_page.CONFIDENTIAL, "#ffffff") >= AA_NORMAL
