"""No heading of the meeting PDF stays alone at the foot of a page: a user trial found
"Optælling" (Counts) as the last line of page 4 and its table on page 5. Exported the way a
user does it (`skymap export`), read back with pypdf: on no page is the last text (above
the footer) a heading (bold, 10.5 pt or more: the PDF's h1 and h2)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from bench.maps import big_map
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import save_map
from tests.helpers import EXAMPLE, example, run_cli

HEADING_SIZE = 10.4  # h2 is 10.5 pt bold, h1 14 pt; table headers are 8 pt, the chart's title 10


def texts(page) -> list[tuple[str, bool, float]]:
    """The page's texts in drawing order: (text, bold, size)."""
    out = []

    def visit(text, _cm, tm, font, size):
        if text.strip():
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            out.append((" ".join(text.split()), bold, size * (tm[3] or 1)))

    page.extract_text(visitor_text=visit)
    return out


def lonely_headings(path) -> list[tuple[int, str]]:
    """(page number, heading) of every page whose last text is a heading (the page number
    and the footer, drawn last on every page, aside)."""
    lonely = []
    for number, page in enumerate(PdfReader(str(path)).pages, 1):
        body = [t for t in texts(page) if not t[0].startswith(("Skymap ·", "side ", "page "))]
        if body and body[-1][1] and body[-1][2] >= HEADING_SIZE:
            lonely.append((number, body[-1][0]))
    return lonely


def _export(capsys, tmp_path, skymap, lang, *more) -> list[tuple[int, str]]:
    path, out = tmp_path / "kort.json", tmp_path / "kort.pdf"
    save_map(skymap, path)
    code, _out, err = run_cli(capsys, "export", path, "-o", out, "--lang", lang, *more)
    assert code == 0, err
    assert len(PdfReader(str(out)).pages) > 2
    return lonely_headings(out)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_counts_heading_goes_with_its_table(capsys, tmp_path, lang):
    # 16 people, 16 ties: the findings fill page 4 down to where "Optælling" was left alone
    assert _export(capsys, tmp_path, big_map(16, 16), lang) == []


@pytest.mark.parametrize(("people", "ties"), [(28, 28), (30, 60), (48, 96), (63, 126)])
def test_no_heading_alone_in_bigger_maps(capsys, tmp_path, people, ties):
    assert _export(capsys, tmp_path, big_map(people, ties, seed=people), "da") == []


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_no_heading_alone_with_the_changes_pages(capsys, tmp_path, paper):
    """Every section: contact list, findings, counts, the changes since a status, RC."""
    doc = MapDocument(big_map(48, 96, seed=48))
    add_status(doc, "Opstart", date(2026, 1, 1))
    ids = [a.id for a in doc.map.actors]
    for a, b in zip(ids[::3], ids[1::3]):
        doc.add_link(LinkKind.COORDINATION, a, b)
    for a in ids[:10]:
        doc.update("actors", a, active=False)
    assert _export(capsys, tmp_path, doc.map, "da", "--paper", paper, "--changes-since", "Opstart") == []


def test_the_example_keeps_its_headings_with_their_text(capsys, tmp_path):
    assert EXAMPLE.is_file()
    assert _export(capsys, tmp_path, example(), "da") == []
