"""A map opens with the map first (issue 17): the overview's measures (a search over the whole
network, ~0.25 s at 2,000 people) are worked out right after the map's first paint, and the
overview fills in by itself, with no click or key. Python's cycle collector waits for the first
paint too, and runs again after it."""

from __future__ import annotations

import gc

import pytest

import skymap.ui.overview_panel as overview_panel
from skymap.model.live_measures import LiveMeasures
from skymap.model.metrics import compute
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from skymap.ui.view import MapView
from tests.ui.conftest import EXAMPLE


@pytest.fixture(autouse=True)
def english():
    """The interface in English unless a test installs Danish (plurals need the translator)."""
    from PySide6.QtWidgets import QApplication

    i18n.install(QApplication.instance(), "en")
    yield
    i18n.install(QApplication.instance(), "en")


@pytest.fixture
def events(monkeypatch):
    """What happened, in order: ("paint", view, overview headline as painted, whether the
    cycle collector was on) for each paint of a map view, ("measure",) for each time the
    overview measured a map."""
    seen: list[tuple] = []
    paint, measure = MapView.paintEvent, LiveMeasures.measure

    def painted(view, event):
        paint(view, event)
        window = view.window()
        headline = window.overview.headline.text() if isinstance(window, MainWindow) else None
        seen.append(("paint", view, headline, gc.isenabled()))

    def measured(live, m):
        seen.append(("measure",))
        return measure(live, m)

    monkeypatch.setattr(MapView, "paintEvent", painted)
    monkeypatch.setattr(LiveMeasures, "measure", measured)
    return seen


def _open(qtbot, lang: str) -> MainWindow:
    window = MainWindow(load_map(EXAMPLE), None, lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_map_is_painted_before_the_overview_measures_it_and_the_overview_fills_in_by_itself(
        qtbot, events, lang):
    from PySide6.QtWidgets import QApplication

    i18n.install(QApplication.instance(), lang)
    window = _open(qtbot, lang)
    qtbot.waitUntil(lambda: window.overview.measured, timeout=5000)  # no user action
    qtbot.wait(100)
    kinds = [e[0] for e in events]
    first_paint = next(i for i, e in enumerate(events) if e[0] == "paint" and e[1] is window.view)
    assert "measure" in kinds
    assert kinds.index("measure") > first_paint  # the map first
    assert kinds.count("measure") == 1  # measured once, not once more for the paint
    assert events[first_paint][2] == ""  # a small map: no "measuring" words that only flicker
    # the figures are the map's: the same as measuring it now
    m = compute(window.doc.map, with_betweenness=False)
    pros = {"en": f"{len(m.professional_ids)} professionals", "da": f"{len(m.professional_ids)} fagpersoner"}
    assert window.overview.headline.text() == pros[lang]
    private = {"en": "Private network", "da": "Privat netværk"}[lang]
    assert f"{private}: {len(m.private_ids)}" in window.overview.counts.spoken_rows()
    assert window.overview.findings.count() > 0
    assert gc.isenabled() and not events[first_paint][3]  # the collector waited for the paint, and runs again
    window.undo_stack.setClean()


def test_a_big_map_says_it_is_measuring_until_the_figures_come(qtbot, events, monkeypatch):
    monkeypatch.setattr(overview_panel, "MEASURING_SHOWN_FROM", 10)  # (the example as if it were big)
    window = _open(qtbot, "en")
    qtbot.waitUntil(lambda: window.overview.measured, timeout=5000)
    first_paint = next(e for e in events if e[0] == "paint" and e[1] is window.view)
    assert first_paint[2] == "Measuring the map…"
    assert window.overview.headline.text().endswith("professionals")
    window.undo_stack.setClean()


def test_a_window_never_shown_still_measures_its_map(qtbot, events):
    window = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.overview.measured, timeout=5000)
    assert not any(e[0] == "paint" for e in events if e[1:2] == (window.view,))
    assert window.overview.headline.text().endswith("professionals")
    assert gc.isenabled()
    window.undo_stack.setClean()


def test_a_screenshot_has_the_overviews_figures_in_it(qtbot, tmp_path, monkeypatch):
    """`skymap MAP --screenshot` grabs the window at once: the overview is measured for it."""
    from PySide6.QtWidgets import QApplication

    from skymap.ui import app as app_module

    window = MainWindow(load_map(EXAMPLE), None, "en")
    at_grab = []
    real = app_module._save_private_png

    def saved(pixmap, out):
        at_grab.append(window.overview.headline.text())
        return real(pixmap, out)

    monkeypatch.setattr(app_module, "_save_private_png", saved)
    assert app_module._screenshot(QApplication.instance(), window, tmp_path / "shot.png", "1366x768") == 0
    n = len(compute(load_map(EXAMPLE), with_betweenness=False).professional_ids)
    assert at_grab == [f"{n} professionals"]
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_a_map_that_fails_to_build_leaves_the_collector_on(qtbot, monkeypatch):
    from skymap.ui import document_view

    def broken(*args, **kwargs):
        raise RuntimeError("broken")

    monkeypatch.setattr(document_view, "MapScene", broken)
    with pytest.raises(RuntimeError):
        MainWindow(load_map(EXAMPLE), None, "en")
    assert gc.isenabled()


def test_an_edit_before_the_first_paint_is_measured_with_the_map_after_it(qtbot, events):
    """A professional added while the window opens (before anything is painted) is counted by
    the overview's one measure right after the map's first paint, not by a measure of its own
    before the map is on the screen."""
    window = _open(qtbot, "en")
    n = len(compute(window.doc.map, with_betweenness=False).professional_ids)
    window.scene.select_only(window.doc.map.domains[0].id)
    window.palette_panel.buttons["professional"].click()  # (Add professional to the cloud)
    qtbot.waitUntil(lambda: window.overview.measured, timeout=5000)
    qtbot.wait(100)
    kinds = [e[0] for e in events]
    first_paint = next(i for i, e in enumerate(events) if e[0] == "paint" and e[1] is window.view)
    assert kinds.index("measure") > first_paint and kinds.count("measure") == 1
    assert window.overview.headline.text() == f"{n + 1} professionals"
    window.undo_stack.setClean()
