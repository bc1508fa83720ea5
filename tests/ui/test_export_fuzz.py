"""A structure-aware fuzzer for the pictures and lists of a map (issue 20): Hypothesis
builds maps that pass validation (positions at the edge of the allowed range, drawn outlines
whose points coincide or lie on a line, clouds without a name, long names, many ties to one
person, any Unicode) and every export is made of each: PDF, SVG, GraphML, CSV, PNG and the
window's screenshot. The only acceptable outcomes are a file, or for CSV the one-line
refusal of a map a contact list cannot carry; a PNG stays within its pixel bounds.
(The outlines of three points at one spot, the nameless clouds and the person a million
units away that crashed or ran away were found this way.)"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skymap.export.csv_export import cannot_carry, write_csv
from skymap.export.graphml import write_graphml
from skymap.export.pdf import write_pdf
from skymap.export.svg import write_svg
from skymap.model.errors import SkymapError
from skymap.model.objects import COORD_LIMIT, EXTENT_LIMIT, FAMILY_ID, MAX_OUTLINE_POINTS
from skymap.model.template import new_map
from skymap.storage.mapfile import dumps_map, parse_map

coords = st.one_of(st.floats(-COORD_LIMIT, COORD_LIMIT, allow_nan=False), st.sampled_from([0.0, COORD_LIMIT,
                                                                                           -COORD_LIMIT]),
                   st.floats(-2000, 2000, allow_nan=False))
extents = st.one_of(st.floats(1e-3, EXTENT_LIMIT, allow_nan=False), st.sampled_from([EXTENT_LIMIT, 8.0, 1e-3]),
                    st.floats(20, 800, allow_nan=False))
fractions = st.floats(-0.5, 0.5, allow_nan=False)
point = st.tuples(fractions, fractions)
outlines = st.one_of(
    st.none(),
    st.builds(lambda p, n: [list(p)] * n, point, st.integers(3, MAX_OUTLINE_POINTS)),  # all on one spot
    st.builds(lambda y, xs: [[x, y] for x in xs], fractions, st.lists(fractions, min_size=3, max_size=8)),  # a line
    st.lists(point.map(list), min_size=3, max_size=MAX_OUTLINE_POINTS),
)
texts = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40)
labels = st.one_of(st.sampled_from(["", " ", "   ", "\u3000", "Skole"]), texts, st.just("Lang " * 40))
names = st.one_of(st.sampled_from(["Anne", "Søren Ærø", "", "x" * 200, "مرحبا", "😀👨‍👩‍👧"]),
                  texts.map(lambda t: t[:200]))


@st.composite
def maps(draw):
    lang = draw(st.sampled_from(["da", "en"]))
    data = new_map("empty", lang=lang, family_name=draw(names)).to_json_dict()
    domains = [{"id": f"d{i}", "label": draw(labels), "x": draw(coords), "y": draw(coords), "width": draw(extents),
                "height": draw(extents), "outline": draw(outlines)} for i in range(draw(st.integers(0, 4)))]
    family = [{"id": f"f{i}", "name": draw(names), "x": draw(coords), "y": draw(coords)}
              for i in range(draw(st.integers(0, 3)))]
    actors = [{"id": f"a{i}", "name": draw(names), "role": draw(names), "x": draw(coords), "y": draw(coords),
               "domain": draw(st.sampled_from([None, *[d["id"] for d in domains]])), "notes": draw(texts)}
              for i in range(draw(st.integers(0, 30)))]
    links = []
    if actors:  # many ties to one person: the first actor coordinates with up to all the others
        for a in actors[1:draw(st.integers(1, len(actors)))]:
            links.append({"id": f"k{len(links)}", "kind": "coordination", "source": a["id"], "target": actors[0]["id"]})
        for a in actors:
            if draw(st.booleans()):
                target = draw(st.sampled_from([FAMILY_ID, *[f["id"] for f in family]]))
                links.append({"id": f"c{len(links)}", "kind": "contact", "source": a["id"], "target": target})
    data.update(domains=domains, family=family, actors=actors, links=links)
    return parse_map(dumps_map(parse_map(__import__("json").dumps(data))))  # (as a file that passes validate)


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(m=maps())
def test_every_export_of_a_valid_map_makes_a_file(qtbot, tmp_path, m):
    from skymap.ui.main_window import MainWindow
    from skymap.ui.render import MAX_PIXELS, MAX_SIDE, render_png

    write_pdf(m, tmp_path / "m.pdf", lang="en")
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    write_svg(m, tmp_path / "m.svg", lang="da")
    write_graphml(m, tmp_path / "m.graphml")
    if cannot_carry(m) is None:
        write_csv(m, tmp_path / "m.csv")
    else:
        try:
            write_csv(m, tmp_path / "m.csv")
            raise AssertionError("a map a contact list cannot carry was written")
        except SkymapError as err:
            assert "\n" not in err.message("da")
    render_png(m, tmp_path / "m.png", width=300, lang="en")
    w, h = png_size(tmp_path / "m.png")
    assert w * h <= MAX_PIXELS and max(w, h) <= MAX_SIDE
    # The window opens on it and a screenshot is taken, as `skymap MAP --screenshot` does.
    window = MainWindow(m, None, "en")
    try:
        window.resize(800, 600)
        window.show()
        window.view.fit()
        assert not window.grab().isNull()
    finally:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
