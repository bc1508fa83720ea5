"""`skymap export … -o OUT.png --width N` outside the supported range is refused in one line
(exit 2, nothing written) instead of quietly drawn at another width."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from skymap.cli import PNG_WIDTHS
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.mark.parametrize("width", [0, -5, 199, 12001, 100000])
@pytest.mark.parametrize("lang, words", [("da", "vælg en bredde fra 200 til 12000"),
                                         ("en", "choose a width from 200 to 12000")])
def test_a_width_outside_the_range_is_refused(tmp_path, capsys, width, lang, words):
    out = tmp_path / "kort.png"
    code, stdout, err = run(capsys, "export", EXAMPLE, "-o", out, "--width", width, "--lang", lang)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and words in err and str(width) in err
    assert "Traceback" not in err and not out.exists() and list(tmp_path.iterdir()) == []


def test_the_smallest_width_is_drawn_at_that_width(tmp_path, capsys):
    out = tmp_path / "kort.png"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--width", PNG_WIDTHS[0], "--lang", "en")
    assert code == 0, err
    assert QImage(str(out)).width() == PNG_WIDTHS[0]
