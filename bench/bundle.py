"""The standalone program's start-up: `dist/skymap/skymap MAP --screenshot OUT.png` (start,
read the example map, build the window, paint the map, write the picture, exit), and a
headless command (`skymap validate MAP`), each against the same command from the venv
(`.venv/bin/skymap`, what `pip install` gives), each a fresh process, taking turns.
Target (issue 19): the bundle starts no slower than the venv.

The bundle is made by packaging/build-linux; without dist/skymap/skymap there is no row
(a line on stderr says so). The first start of each is untimed and reported in the notes:
it reads the program from disk (a cold cache after a build or a reboot).

Each start is timed twice: its wall time (what a user waits), and its CPU time (user +
system, from the kernel's accounting of the finished child: the work the start needs). On
a shared machine the wall time also holds the time the process waited for a core; with a
load of 5 on 2 cores the wall medians of two equal programs differ by ±10 % from run to run,
while their CPU times stay within a few per cent. Which of the two goes first alternates
from round to round, so that neither always runs right after the heavier one.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.common import EXAMPLE, ROOT, Row, child_env, median, run_command, say, spread

NAME = "bundle"
BUNDLE = ROOT / "dist" / "skymap" / ("skymap.exe" if sys.platform == "win32" else "skymap")


def venv_command() -> list[str]:
    script = Path(sys.executable).with_name("skymap")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "skymap.cli"]


def timed(cmd: Sequence[str], env: dict[str, str], what: str) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of a whole command, in seconds. The CPU time
    is the growth of this process's reaped children's usage while the command ran (its
    only child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = run_command(cmd, env, what)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run(quick: bool = False) -> list[Row]:
    if not BUNDLE.is_file():
        say("  bundle: no dist/skymap/skymap (build it with packaging/build-linux); the bundle row is left out")
        return []
    n = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp)
        env.pop("PYTHONPATH", None)  # the venv's installed Skymap, as a user runs it
        map_path = tmp / EXAMPLE.name
        shutil.copy(EXAMPLE, map_path)
        shot = ["--screenshot", str(tmp / "shot.png"), "--size", "1366x768"]
        bundle_cmd = [str(BUNDLE), str(map_path), *shot]
        venv_cmd = [*venv_command(), str(map_path), *shot]
        commands = {
            "bundle": (bundle_cmd, "bundle start-up"),
            "venv": (venv_cmd, "venv start-up"),
            "bundle_cli": ([str(BUNDLE), "validate", str(map_path)], "bundle validate"),
            "venv_cli": ([*venv_command(), "validate", str(map_path)], "venv validate"),
        }
        wall: dict[str, list[float]] = {key: [] for key in commands}
        cpu: dict[str, list[float]] = {key: [] for key in commands}
        first = (run_command(bundle_cmd, env, "bundle start-up"), run_command(venv_cmd, env, "venv start-up"))
        for i in range(n):
            say(f"  bundle start-up {i + 1}/{n}")
            order = ("bundle", "venv", "bundle_cli", "venv_cli") if i % 2 == 0 else \
                ("venv", "bundle", "venv_cli", "bundle_cli")
            for key in order:
                cmd, what = commands[key]
                seconds, processor = timed(cmd, env, what)
                wall[key].append(seconds)
                cpu[key].append(processor)
    bundle, venv, bundle_cli, venv_cli = wall["bundle"], wall["venv"], wall["bundle_cli"], wall["venv_cli"]
    size = sum(f.stat().st_size for f in BUNDLE.parent.rglob("*") if f.is_file() and not f.is_symlink())
    return [
        Row(
            "Bundle start-up: `dist/skymap/skymap MAP --screenshot` → picture written",
            median(bundle), median(venv), "s", "≤ 1.0×", max_ratio=1.0,
            notes=[
                f"Bundle: fresh process of the PyInstaller program ({size / 2**20:.0f} MB folder) in an "
                f"environment with offscreen Qt, until it has painted the example map, written the PNG and "
                f"exited; {spread(bundle)}; its first start (untimed, disk cache as the build left it) "
                f"{first[0]:.2f} s.",
                f"Baseline: the same command from the venv ({' '.join(Path(c).name for c in venv_command())}); "
                f"{spread(venv)}; its first start {first[1]:.2f} s.",
            ],
        ),
        Row(
            "Bundle start-up: `dist/skymap/skymap validate MAP` (no window)",
            median(bundle_cli), median(venv_cli), "s", "≤ 1.0×", max_ratio=1.0,
            notes=[f"Bundle: the whole command, fresh process; {spread(bundle_cli)}.",
                   f"Baseline: the same command from the venv; {spread(venv_cli)}."],
        ),
        Row(
            "Bundle start-up, CPU time (user + system): `--screenshot` as above",
            median(cpu["bundle"]), median(cpu["venv"]), "s", "≤ 1.0×", max_ratio=1.0,
            notes=[f"The same starts as the first row, the kernel's count of the processor time each used "
                   f"(less dependent on other work on the machine than the wall time); bundle "
                   f"{spread(cpu['bundle'])}; venv {spread(cpu['venv'])}."],
        ),
        Row(
            "Bundle start-up, CPU time (user + system): `validate` as above",
            median(cpu["bundle_cli"]), median(cpu["venv_cli"]), "s", "≤ 1.0×", max_ratio=1.0,
            notes=[f"The same starts as the second row; bundle {spread(cpu['bundle_cli'])}; "
                   f"venv {spread(cpu['venv_cli'])}."],
        ),
    ]


if __name__ == "__main__":
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
