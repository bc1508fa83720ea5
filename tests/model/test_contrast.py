"""WCAG contrast arithmetic, and the colours the model hands out (cloud colours, chart)."""

import itertools

import pytest

from skymap.model.contrast import (
    AA_LARGE,
    AA_NORMAL,
    BLACK,
    CVD_KINDS,
    INK,
    WHITE,
    blend,
    contrast_ratio,
    difference,
    relative_luminance,
    simulate,
    text_colour_on,
)
from skymap.model.template import CUSTOM_COLOURS, DOMAIN_COLOURS


def test_known_ratios():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1.0)
    assert relative_luminance("#fff") == pytest.approx(1.0)
    # WebAIM's checker: #777777 on white is 4.48:1 (just fails AA), #767676 4.54:1 (passes)
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#1565c0", "#ffffff") == contrast_ratio("#ffffff", "#1565c0")


def test_blend():
    assert blend(BLACK, WHITE, 0.5) == "#808080"
    assert blend("#ff0000", "#0000ff", 1.0) == "#ff0000"
    assert blend("#ff0000", "#0000ff", 0.0) == "#0000ff"


@pytest.mark.parametrize("background", ["#ffffff", "#777777", "#767676", "#808080", "#ff0000", "#00ff00",
                                        "#0000ff", "#202060", "#000000", "#f7e6b5", "#5e35b1", "#ffff00"])
def test_text_colour_on_any_background_reads(background):
    ink = text_colour_on(background)
    assert contrast_ratio(ink, background) >= AA_NORMAL
    if contrast_ratio(INK, background) >= AA_NORMAL:
        assert ink == INK  # Skymap's own ink where it reads


def test_text_on_every_user_colour_reads():
    """Whatever colour a user picks for a cloud, its label gets readable text (a coarse
    walk through the RGB cube)."""
    steps = range(0, 256, 17)
    for r, g, b in itertools.product(steps, steps, steps):
        colour = "#%02x%02x%02x" % (r, g, b)
        assert contrast_ratio(text_colour_on(colour), colour) >= AA_NORMAL, colour


@pytest.mark.parametrize("colour", list(DOMAIN_COLOURS.values()) + list(CUSTOM_COLOURS))
def test_standard_cloud_colours_carry_ink(colour):
    assert contrast_ratio(INK, colour) >= AA_NORMAL
    assert text_colour_on(colour) == INK


def test_simulation_keeps_greys_and_merges_red_and_green():
    for kind in CVD_KINDS:
        assert difference(simulate("#808080", kind), "#808080") < 2
        assert simulate(WHITE, kind) == WHITE
    # the classic confusion: red and green look far more alike to a deuteranope
    red, green = "#c62828", "#558b2f"
    assert difference(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < difference(red, green) / 4


def chart_colours():
    try:  # the chart colours may live in the model (start-up speed) or beside the chart
        from skymap.model.status import CHART_COLOURS  # type: ignore[attr-defined]
    except ImportError:
        from skymap.export.changes import CHART_COLOURS
    return CHART_COLOURS


def test_chart_colours_stay_apart_for_colour_blind_eyes():
    colours = chart_colours()
    assert len(set(colours)) == len(colours) >= 8
    for a, b in itertools.combinations(colours, 2):
        assert difference(a, b) >= 10, (a, b)
        for kind in CVD_KINDS:
            assert difference(simulate(a, kind), simulate(b, kind)) >= 10, (kind, a, b)


def test_chart_lines_stand_out_on_white():
    for colour in chart_colours():
        assert contrast_ratio(colour, WHITE) >= AA_LARGE, colour  # graphics: 3:1 (WCAG 1.4.11)
