"""The fitted map never refits in an endless loop (issue 21: the window froze after
"Compare with now" then "Show", and after "Figures over time" then "Show"): a fit that made a
scroll bar appear shrank the viewport, which refitted, which hid the bar again ...

Each scenario runs in a child process with a timeout, so a loop fails the test instead of
hanging the run; the child counts the fits and tells whether a fitted map shows scroll bars."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE

CHILD = textwrap.dedent(r'''
    import json, shutil, sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from skymap.ui import i18n
    i18n.install(app, "da")
    from skymap.storage.mapfile import load_map
    from skymap.ui import main_window as mw
    from skymap.ui import view as V

    fits = [0]
    original = V.MapView.fit
    def counting_fit(self):
        fits[0] += 1
        original(self)
    V.MapView.fit = counting_fit

    def settle():
        for _ in range(30):
            app.processEvents()

    def bars(view):
        return view.horizontalScrollBar().isVisible() or view.verticalScrollBar().isVisible()

    path = Path(sys.argv[2]) / "familien.json"
    shutil.copy(sys.argv[1], path)
    path.chmod(0o600)
    w, h = map(int, sys.argv[3].split("x"))
    from skymap.ui import modal
    modal.ask_status = lambda *a: ("Opstart", date(2026, 9, 1))
    win = mw.MainWindow(load_map(path), path, "da")
    win.resize(w, h)
    win.show()
    settle()
    out = {"start_bars": bars(win.view), "start_fitted": win.view.auto_fit}
    tl = win.statuses_panel
    win.statuses_dock.raise_()
    tl.save_button.click()
    settle()

    def pick():
        tl.list.clearSelection()
        tl.list.item(0).setSelected(True)

    steps = {}
    pick(); tl.compare_button.click(); settle()            # "Sammenlign med nu": the bottom panel opens
    pick(); fits[0] = 0; tl.view_button.click(); settle()  # then "Vis" on the earlier status
    steps["compare_then_show"] = fits[0]
    out["status_bars"] = bars(win.status_view.view)
    tl.now_button.click(); settle()
    tl.figures_button.click(); settle()                    # "Nøgletal over tid"
    pick(); fits[0] = 0; tl.view_button.click(); settle()  # then "Vis"
    steps["figures_then_show"] = fits[0]
    # The map itself at sizes where a scroll bar used to come and go (600x795 looped).
    view = win.status_view.view
    view.fit()
    fits[0] = 0
    for size in ((600, 795), (601, 795), (600, 780), (900, 500), (1200, 640)):
        view.setFixedSize(*size)
        settle()
    steps["resizes"] = fits[0]
    out["steps"] = steps
    print("RESULT " + json.dumps(out))
    sys.stdout.flush()
    import os; os._exit(0)
''')


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_showing_a_status_after_a_comparison_or_the_figures_does_not_freeze(size, tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    try:
        run = subprocess.run([sys.executable, str(script), str(EXAMPLE), str(tmp_path), size],
                             capture_output=True, text=True, timeout=90, env=env, cwd=root)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the window stopped responding at {size} (endless refit)")
    line = next((ln for ln in run.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line is not None, run.stderr[-2000:]
    out = json.loads(line[len("RESULT "):])
    steps = out["steps"]
    assert steps["compare_then_show"] <= 6, steps
    assert steps["figures_then_show"] <= 6, steps
    assert steps["resizes"] <= 10, steps  # one fit per size change, not one per bar toggled
    # fitted, the map shows no scroll bars (the working map had a horizontal one at start)
    assert out["start_fitted"] and not out["start_bars"]
    assert not out["status_bars"]
