"""Tiny programs started as fresh processes by the start-up and memory benchmarks.

    python -m bench.drivers skymap MAP.json   the real `skymap MAP.json` (skymap.cli.main)
    python -m bench.drivers bare              a bare PySide6 QMainWindow with one QLabel

Each prints one line, `PAINTED <time.monotonic()> <peak RSS in kB> <items>`, as soon as
its main window has painted for the first time, and exits at once (os._exit: tearing
down is not part of start-up). "Painted" means: the widget that shows the content (the
map canvas; the label) has run its paintEvent, and the event loop has come round once
more, so the whole window's first frame is done.

Only the hook differs from the real programs: Skymap's driver patches MapView.paintEvent
(when the app starts its window) to notice the first paint, the bare driver subclasses
QLabel for the same. Both run
through `python -m bench.drivers`, so interpreter start-up is the same for both.
"""

from __future__ import annotations

import os
import sys
import time


def peak_rss_kb() -> int:
    """Peak resident memory of this process in kB: VmHWM, the high-water mark of this
    program's own address space. Not getrusage's ru_maxrss: Linux carries ru_maxrss over
    exec, so a child started by a big parent would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource  # noqa: PLC0415

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report(items: int) -> None:
    now = time.monotonic()
    print(f"PAINTED {now:.6f} {peak_rss_kb()} {items}", flush=True)
    os._exit(0)


def skymap(argv: list[str]) -> int:
    # The hook goes in only when the app starts its window (skymap.ui.app.run), so every
    # module is imported in the same order as by the real command. The order matters:
    # once PySide6 is imported it inspects the source of every module imported after it.
    import skymap.ui.app as app  # noqa: PLC0415 - Qt-free until run() is called

    real_run = app.run

    def run(args, lang, *rest):
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        from skymap.ui.view import MapView  # noqa: PLC0415 - run() imports it next anyway

        original = MapView.paintEvent
        state = {"done": False}

        def paint_event(view, event) -> None:
            original(view, event)
            if not state["done"]:
                state["done"] = True
                items = len(view.scene().items())
                QTimer.singleShot(0, lambda: _report(items))

        MapView.paintEvent = paint_event
        return real_run(args, lang, *rest)

    app.run = run
    from skymap.cli import main  # noqa: PLC0415

    return main(argv)


def bare(_argv: list[str]) -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: PLC0415

    class Label(QLabel):
        done = False

        def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
            super().paintEvent(event)
            if not Label.done:
                Label.done = True
                QTimer.singleShot(0, lambda: _report(1))

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(Label("Skymap"))
    window.show()
    return app.exec()


if __name__ == "__main__":
    kind, rest = sys.argv[1], sys.argv[2:]
    sys.exit({"skymap": skymap, "bare": bare}[kind](rest))
