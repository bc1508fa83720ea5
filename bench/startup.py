"""Start-up: `skymap EXAMPLE.json` to the first painted main window, against a bare
PySide6 QMainWindow with one label; each a fresh process (see bench/drivers.py).
Target: at most 1.5x the bare window."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import EXAMPLE, Row, child_env, first_paint, median, remove_lock, say, spread

NAME = "startup"


def run(quick: bool = False) -> list[Row]:
    n = 5 if quick else 20
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp)
        map_path = tmp / EXAMPLE.name
        shutil.copy(EXAMPLE, map_path)
        sky_cmd = [sys.executable, "-m", "bench.drivers", "skymap", str(map_path)]
        bare_cmd = [sys.executable, "-m", "bench.drivers", "bare"]
        sky, bare = [], []
        # One untimed start of each warms the disk cache; then they take turns, so a
        # slow patch of the machine hurts both alike.
        for i in range(n + 1):
            say(f"  start-up {i}/{n}")
            s = first_paint(sky_cmd, env, "skymap start-up")
            remove_lock(map_path)
            b = first_paint(bare_cmd, env, "bare window start-up")
            if i:
                sky.append(s["seconds"])
                bare.append(b["seconds"])
        items = s["items"]
    return [
        Row(
            "Start-up: `skymap` example map → first paint",
            median(sky), median(bare), "s", "≤ 1.5×", max_ratio=1.5,
            notes=[
                f"Skymap: fresh process `skymap.cli.main([MAP])` (what the `skymap` command runs) until the "
                f"map canvas ({items} scene items) has painted; {spread(sky)}.",
                f"Baseline: fresh process, bare PySide6 QMainWindow with one QLabel until it has painted; "
                f"{spread(bare)}.",
            ],
        )
    ]


if __name__ == "__main__":
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
