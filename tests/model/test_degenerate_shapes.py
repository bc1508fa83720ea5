"""Valid maps that crashed every picture of them (issue 20): a drawn outline whose points
coincide or lie on one line, a cloud too small to have an inside, a cloud without a name.
The model treats a shape that encloses nothing as the standard cloud; the geometry never
divides by a length of zero; the print draws a nameless cloud with its count alone."""

from __future__ import annotations

import json

import pytest

from skymap.export.pdf import write_pdf
from skymap.export.svg import svg_text
from skymap.model.geometry import cloud_path, cloud_polygon, label_spot, usable_outline
from skymap.model.objects import Domain
from skymap.model.template import new_map
from skymap.storage.mapfile import dumps_map, parse_map

FLAT = [
    [[0, 0], [0, 0], [0, 0]],
    [[0.1, 0.1]] * 12,
    [[-0.5, 0.0], [0.0, 0.0], [0.5, 0.0]],  # on one line
    [[0.0, 0.0], [1e-9, 0.0], [0.0, 1e-9]],
]


def a_map_with(**cloud) -> str:
    data = json.loads(dumps_map(new_map("standard", family_name="Hansen", lang="en")))
    data["domains"][0].update(cloud)
    return json.dumps(data)


@pytest.mark.parametrize("outline", FLAT)
def test_an_outline_that_encloses_nothing_is_read_as_the_standard_shape(outline):
    m = parse_map(a_map_with(outline=outline))
    assert m.domains[0].outline is None
    assert Domain(id="d", label="x", outline=[tuple(p) for p in outline]).outline is None


def test_a_drawn_shape_is_kept():
    square = ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5))
    assert parse_map(a_map_with(outline=[list(p) for p in square])).domains[0].outline == square
    assert usable_outline(square) == square


@pytest.mark.parametrize("outline", FLAT)
def test_geometry_of_a_flat_outline_is_the_standard_cloud(outline):
    """(The geometry is asked directly too: an undo or a paste could hand it one.)"""
    flat = tuple(tuple(p) for p in outline)
    assert cloud_path(0, 0, 340, 230, outline=flat) == cloud_path(0, 0, 340, 230)
    assert cloud_polygon(340, 230, flat) == cloud_polygon(340, 230, None)
    assert label_spot(340, 230, flat, 80, 20) == label_spot(340, 230, None, 80, 20)


@pytest.mark.parametrize("size", [0.001, 1.0, 8.0, 8.04])
def test_a_tiny_cloud_has_a_path(size):
    path = cloud_path(0, 0, size, size)
    assert path[0][0] == "M" and path[-1] == ("Z",)
    assert all(abs(v) < 100 for seg in path for v in seg[1:])


@pytest.mark.parametrize("label", ["", "   ", "\u3000"])
@pytest.mark.parametrize("outline", [None, [[-0.5, -0.5], [0.5, -0.5], [0.0, 0.5]]])
def test_a_cloud_without_a_name_prints(tmp_path, label, outline):
    m = parse_map(a_map_with(label=label, outline=outline))
    out = tmp_path / "map.pdf"
    write_pdf(m, out, lang="en")
    assert out.read_bytes().startswith(b"%PDF")
    assert "<svg" in svg_text(m, lang="en")


@pytest.mark.parametrize("outline", FLAT[:1])
def test_a_map_with_a_flat_outline_prints(tmp_path, outline):
    m = parse_map(a_map_with(outline=outline))
    # (also built bypassing validation, as a fuzzer or an old code path might)
    raw = m.model_copy(update={"domains": [m.domains[0].model_copy(update={"outline": tuple(map(tuple, outline))}),
                                           *m.domains[1:]]})
    for each in (m, raw):
        write_pdf(each, tmp_path / "map.pdf", lang="en")
        assert "<svg" in svg_text(each, lang="en")


def test_a_drawn_cloud_a_speck_wide_prints():
    """The export fuzz: a drawn cloud on a huge map, printed with bumps scaled down with the
    page, rounds its bump length to 0 (ZeroDivisionError in the geometry: the PDF failed)."""
    outline = ((0.0, 0.0), (0.0, 0.5), (0.5, 0.0))  # (as the fuzz drew it: a cloud 1 x 701 on a
    path = cloud_path(0.0, 0.0, 1.0, 701.0, bump=0.001, outline=outline)  # map 400,000 wide)
    assert path and path[0][0] == "M"
