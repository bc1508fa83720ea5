"""Drag: a cloud full of people moved with the mouse, in small steps as a mouse would.

Per step: the time from sending the mouse-move event (QTest.mouseMove on the canvas's
viewport) until the canvas has painted the new state (events are processed until the
view's paintEvent has run). Target: median under 8 ms (half a 60 Hz frame).

Three maps, in a 1440x900 main window with the whole map fitted in view (as it opens):
  * big_map(300, 710, crowded=100): a 300-person map whose first cloud holds 100 people
    with ~300 ties (ties with an end in it): the issue's case, dragged;
  * big_map(900, 1760): 100 people in every cloud; the cloud dragged is the one whose
    number of ties is closest to 300 (the same drag on a map three times as big);
  * big_map(300, 1000): the busiest cloud of the 300-person map (people spread evenly).
Baseline: as many plain QGraphicsRectItems as Skymap moves (the cloud and its people),
all selected and movable, dragged by QGraphicsScene's own item moving in a bare
QGraphicsView of the same viewport size (antialiased), with the same steps and clock.
"""

from __future__ import annotations

import json
import sys
import time

from bench.common import Row, child_env, count_map_paints, median, p95, run_worker, say, spread, worker_result

NAME = "drag"
STEPS = 60
STEP = (3, 2)  # pixels per mouse move
CASES = (
    {"label": "cloud of 100 people, ~300 ties (300-person map)", "people": 300, "ties": 710, "crowded": 100,
     "want_ties": 300},
    {"label": "cloud of 100 people, ~300 ties (900-person map)", "people": 900, "ties": 1760, "want_ties": 300},
    {"label": "busiest cloud of the 300-person map", "people": 300, "ties": 1000, "want_ties": None},
)


def run(quick: bool = False) -> list[Row]:
    import tempfile
    from pathlib import Path

    drags = 1 if quick else 3
    rows = []
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        env = child_env(Path(tmp))
        for case in CASES:
            say(f"  drag: {case['label']}")
            r = run_worker("bench.drag", {**case, "drags": drags}, env)
            sky, bare = r["skymap"], r["bare"]
            rows.append(Row(
                f"Drag, {case['label']}: median per step",
                median(sky), median(bare), "s", "< 8 ms", max_value=0.008,
                notes=[
                    f"Map big_map({case['people']}, {case['ties']}"
                    f"{', crowded=' + str(case['crowded']) if case.get('crowded') else ''}); "
                    f"the cloud holds {r['people']} people and "
                    f"{r['cloud_ties']} of the map's {r['all_ties']} ties; viewport {r['viewport']} px at zoom "
                    f"{r['zoom']:.3f}; {drags} drag(s) of {STEPS} steps of {STEP} px; the cloud moved "
                    f"{r['moved']:.0f} map units per drag.",
                    f"Skymap per step: {spread(sky)}; first step of a drag (takes the snapshot of the still "
                    f"ties): median {median(r['first']) * 1000:.0f} ms.",
                    f"Baseline: {r['people'] + 1} selected plain QGraphicsRectItems in a bare QGraphicsScene/"
                    f"QGraphicsView of the same viewport size; per step: {spread(bare)}.",
                ],
            ))
            rows.append(Row(f"Drag, {case['label']}: p95 per step", p95(sky), p95(bare), "s",
                            notes=["The 95th percentile of the same steps."]))
    return rows


# ----- the worker (a separate process with a QApplication) ---------------------------------
def _drive(app, viewport, press_at, painted, drags: int, before_drag=None, after_drag=None):
    """Press at `press_at`, move STEPS times, release; `drags` times. Seconds per step,
    and the seconds of each drag's first step."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    steps, firsts = [], []
    where = press_at
    for _ in range(drags):
        if before_drag:
            before_drag()
        # (a callable: the spot is looked for again before each drag - the view may have
        # been fitted again after the last one, which moves the cloud on screen)
        press_at = where() if callable(where) else where
        QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, press_at)
        app.processEvents()
        for i in range(1, STEPS + 1):
            dt = _step(app, viewport, press_at + QPoint(STEP[0] * i, STEP[1] * i), painted)
            (firsts if i == 1 else steps).append(dt)
        QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, press_at + QPoint(STEP[0] * STEPS, STEP[1] * STEPS))
        app.processEvents()
        if after_drag:
            after_drag()
    return steps + firsts, firsts


def _step(app, viewport, point, painted) -> float:
    """One mouse move to `point` with the button held; seconds until the view has painted."""
    from PySide6.QtTest import QTest

    n = painted[0]
    t0 = time.perf_counter()
    QTest.mouseMove(viewport, point)
    while painted[0] == n:
        app.processEvents()
        if time.perf_counter() - t0 > 10:
            raise RuntimeError("the view did not repaint after a mouse move")
    return time.perf_counter() - t0


def _settle(app, seconds: float = 0.2) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def worker(args: dict) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

    app = QApplication(sys.argv[:1])
    from bench.maps import big_map
    from skymap.ui.main_window import MainWindow

    painted = count_map_paints()

    skymap = big_map(args["people"], args["ties"], crowded=args.get("crowded", 0))
    people = {d.id: {a.id for a in skymap.actors if a.domain == d.id} for d in skymap.domains}
    ties = {d: sum(1 for link in skymap.links if link.source in ids or link.target in ids) for d, ids in people.items()}
    if args["want_ties"]:
        domain = min(ties, key=lambda d: (abs(ties[d] - args["want_ties"]), d))
    else:
        domain = max(ties, key=lambda d: (ties[d], d))

    window = MainWindow(skymap, None, "da")
    window.show()
    _settle(app)
    view, scene = window.view, window.scene
    viewport = view.viewport()
    cloud = scene.items_by_id[domain]
    # A press-and-hold opens the context menu (ui/view.py), which waits for a user: on a
    # loaded machine a drag's first step can take longer than the hold, so no hold here.
    view._hold.setInterval(3_600_000)  # noqa: SLF001

    def press_at():
        """A point on the cloud itself (not on a person or a tie in it), as a user would grab it."""
        rect = cloud.sceneBoundingRect()
        for fy in range(1, 20):
            for fx in range(1, 20):
                spot = QPointF(rect.left() + rect.width() * fx / 20, rect.top() + rect.height() * fy / 20)
                point = view.mapFromScene(spot)
                if viewport.rect().contains(point) and view.itemAt(point) is cloud:
                    return point
        raise RuntimeError("no free spot on the cloud to grab")

    moved = []
    start = cloud.pos()

    def undo() -> None:
        moved.append((cloud.pos() - start).manhattanLength())
        window.undo_stack.undo()  # back where it was, for the next drag
        _settle(app, 0.05)

    sky, first = _drive(app, viewport, press_at, painted, args["drags"], after_drag=undo)
    if not all(m > 1 for m in moved):
        raise RuntimeError("the cloud did not move")
    moved_items = 1 + len(people[domain])
    size = viewport.size()
    zoom = view.zoom()
    window.undo_stack.setClean()
    window.close()
    result = {
        "skymap": sky, "first": first, "people": len(people[domain]), "cloud_ties": ties[domain],
        "all_ties": len(skymap.links), "viewport": f"{size.width()}x{size.height()}", "zoom": zoom,
        "moved": median(moved),
    }
    if args.get("skymap_only"):  # bench/profile.py
        worker_result(result)
        return

    # Baseline: the same number of plain rectangles, all selected, in a bare scene.
    bare_painted = [0]

    class BareView(QGraphicsView):
        def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
            super().paintEvent(event)
            bare_painted[0] += 1

    bare_scene = QGraphicsScene()
    rects = []
    for i in range(moved_items):
        item = QGraphicsRectItem(0, 0, 24, 24)
        item.setPos(40 + (i % 12) * 32, 40 + (i // 12) * 32)
        item.setBrush(QBrush(QColor("#dde7f0")))
        item.setPen(QPen(QColor("#1f2a36"), 1.5))
        item.setFlags(QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemIsSelectable)
        bare_scene.addItem(item)
        rects.append(item)
    bare_view = BareView(bare_scene)
    bare_view.setRenderHints(QPainter.Antialiasing)
    bare_view.setAlignment(Qt.AlignLeft | Qt.AlignTop)
    bare_view.setSceneRect(0, 0, 2000, 2000)
    frame = bare_view.frameWidth() * 2
    bare_view.resize(size.width() + frame, size.height() + frame)
    bare_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    bare_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    bare_view.show()
    _settle(app)
    starts = [r.pos() for r in rects]

    def select_all() -> None:
        for r in rects:
            r.setSelected(True)

    bare_moved = []

    def put_back() -> None:
        bare_moved.append((rects[0].pos() - starts[0]).manhattanLength())
        for r, p in zip(rects, starts):
            r.setPos(p)
        _settle(app, 0.05)

    grab = bare_view.mapFromScene(rects[0].sceneBoundingRect().center())
    bare, _ = _drive(app, bare_view.viewport(), grab, bare_painted, args["drags"], before_drag=select_all,
                     after_drag=put_back)
    if not all(m > 1 for m in bare_moved):
        raise RuntimeError("the baseline's rectangles did not move")
    worker_result({**result, "bare": bare})


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(json.loads(sys.argv[2]))
        sys.stdout.flush()
        import os

        os._exit(0)  # skip Qt's teardown at exit
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
