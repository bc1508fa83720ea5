"""A PNG of the canvas as the app shows it (rendered offscreen, no window)."""

from __future__ import annotations

import struct

import pytest

from skymap.model.errors import SaveError
from skymap.storage.mapfile import load_map
from skymap.ui.render import render_png
from tests.helpers import EXAMPLE

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def example():
    return load_map(EXAMPLE)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width", [640, 1001])
def test_png_has_the_requested_width(example, tmp_path, width):
    out = tmp_path / "kort.png"
    render_png(example, out, width=width)
    w, h = png_size(out.read_bytes())
    assert w == width
    assert 0.4 * width < h < width  # the map is wider than high, and not squashed
    assert [p.name for p in tmp_path.iterdir()] == ["kort.png"]  # no temporary file left


def test_png_shows_the_map_not_an_empty_picture(example, tmp_path):
    from PySide6.QtGui import QColor, QImage  # noqa: PLC0415

    out = tmp_path / "kort.png"
    render_png(example, out, width=400)
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 400
    background = QColor("#fbfbf8").rgb()
    colours = set()
    drawn = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            drawn += pixel != background
    samples = (image.height() // 4 + 1) * (image.width() // 4 + 1)
    assert drawn > samples * 0.2  # the clouds cover a good part of it
    assert len(colours) > 20  # clouds, people, lines and text, not a flat fill


def test_png_overwrites_an_existing_file(example, tmp_path):
    out = tmp_path / "kort.png"
    out.write_bytes(b"old")
    render_png(example, out, width=300)
    assert png_size(out.read_bytes())[0] == 300


def test_png_into_a_missing_folder_raises_save_error(example, tmp_path):
    out = tmp_path / "mangler" / "kort.png"
    with pytest.raises(SaveError):
        render_png(example, out, width=300)
    assert list(tmp_path.iterdir()) == []
