"""`skymap MAP --screenshot OUT.png --screenshot-view family`: the family view, headless."""

import subprocess
import sys

import pytest

from tests.helpers import EXAMPLE


def shoot(out, *extra):
    result = subprocess.run(
        [sys.executable, "-m", "skymap.cli", str(EXAMPLE), "--screenshot", str(out), "--size", "1200x800", *extra],
        capture_output=True, text=True, timeout=120,
    )
    return result, out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_family_view_screenshot(tmp_path, lang):
    from PySide6.QtGui import QImage

    out = tmp_path / "family.png"
    result, _ = shoot(out, "--screenshot-view", "family", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)  # the size asked for, not the screen's
    normal, normal_out = shoot(tmp_path / "normal.png", "--lang", lang)
    assert normal.returncode == 0
    assert QImage(str(normal_out)) != image  # panels hidden, larger tools and map


def test_help_lists_the_view_and_refuses_others():
    from skymap.cli import build_app_parser

    assert "--screenshot-view" in build_app_parser().format_help()
    bad = subprocess.run([sys.executable, "-m", "skymap.cli", str(EXAMPLE), "--screenshot", "x.png",
                          "--screenshot-view", "tiny"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
