"""Memory: peak resident memory of a fresh `skymap MAP` process once its window has
painted, with the 2,000-person map (and with the example map, for scale), against a bare
PySide6 QMainWindow with one label. Reported, no target in the issue. Peak RSS is the
child's VmHWM (see bench/drivers.py for why not ru_maxrss)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.common import EXAMPLE, Row, child_env, first_paint, median, remove_lock, say

NAME = "memory"


def run(quick: bool = False) -> list[Row]:
    from bench.maps import big_map
    from skymap.storage.mapfile import save_map

    n = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp)
        big = tmp / "big-2000.json"
        save_map(big_map(2000, 6000), big, backup=False)
        example = tmp / EXAMPLE.name
        shutil.copy(EXAMPLE, example)

        def peak(cmd: list[str], map_path: Path | None) -> list[float]:
            out = []
            for _ in range(n + 1):  # the first, untimed, compiles the bytecode
                out.append(first_paint(cmd, env, "memory driver")["rss_mb"])
                if map_path is not None:
                    remove_lock(map_path)
            return out[1:]

        driver = [sys.executable, "-m", "bench.drivers"]
        say("  memory: bare window")
        bare = peak([*driver, "bare"], None)
        say("  memory: example map")
        small = peak([*driver, "skymap", str(example)], example)
        say("  memory: 2,000-person map")
        large = peak([*driver, "skymap", str(big)], big)
    base_note = f"Baseline: bare QMainWindow with one QLabel, peak RSS after its first paint: {median(bare):.0f} MB."
    return [
        Row("Memory: `skymap` with the 2,000-person map, peak RSS", median(large), median(bare), "MB",
            notes=[f"Skymap: fresh `skymap MAP` process (2,000 people, 6,000 ties), peak RSS (VmHWM) after the first "
                   f"paint; runs: {', '.join(f'{x:.0f}' for x in large)} MB.", base_note]),
        Row("Memory: `skymap` with the example map, peak RSS", median(small), median(bare), "MB",
            notes=[f"Skymap: the same with the example map; runs: {', '.join(f'{x:.0f}' for x in small)} MB."]),
    ]


if __name__ == "__main__":
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
