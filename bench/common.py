"""What every benchmark shares: statistics, fresh processes, results rows, formatting.

Times are taken with `time.perf_counter` inside a process and `time.monotonic` across
processes (on Linux both read CLOCK_MONOTONIC, which is the same clock in every process,
so a child can report the moment of its first paint and the parent subtract the moment
just before it started the child).
"""

from __future__ import annotations

import atexit
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "familien-norgaard.json"
CHILD_TIMEOUT = 300  # seconds; a child that takes longer has hung


# ----- statistics -----------------------------------------------------------------------
def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def p95(xs: Sequence[float]) -> float:
    """95th percentile, nearest rank (with fewer than 20 samples this is the maximum)."""
    s = sorted(xs)
    return s[max(0, math.ceil(0.95 * len(s)) - 1)]


def repeat(fn: Callable[[], object], n: int, warmup: int = 1) -> list[float]:
    """Seconds per call of `fn`, `n` times after `warmup` untimed calls; garbage is
    collected before each call so one call's garbage is not paid by the next."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def alternate(fa: Callable[[], object], fb: Callable[[], object], n: int, warmup: int = 1
              ) -> tuple[list[float], list[float]]:
    """Like `repeat` for two functions taking turns (a, b, a, b, ...), so that a busy
    moment of the machine hurts both alike. Returns (seconds of a, seconds of b)."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(warmup):
        fa()
        fb()
    for _ in range(n):
        a += repeat(fa, 1, warmup=0)
        b += repeat(fb, 1, warmup=0)
    return a, b


# ----- processes ------------------------------------------------------------------------
_pycache: Path | None = None


def pycache() -> Path:
    """A folder for compiled bytecode, for the whole run. An installed program has its
    .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE=1 (as here) would compile
    every module at every start. Children write their bytecode here instead (never into
    the source tree), so the untimed warm-up start compiles and the timed ones do not,
    for Skymap and the baselines alike."""
    global _pycache
    if _pycache is None:
        _pycache = Path(tempfile.mkdtemp(prefix="skymap-bench-pycache-"))
        atexit.register(shutil.rmtree, _pycache, True)
    return _pycache


def child_env(home: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, bytecode cached (see `pycache`), and
    settings, recent files and recovery files in a throw-away folder (so a benchmark
    neither reads nor pollutes the user's own, and no recovery dialog appears). The font
    cache is left alone."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache())
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        path = home / var.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    pythonpath = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + pythonpath if pythonpath else "")
    return env


class ChildFailed(RuntimeError):
    pass


def _check(proc: subprocess.CompletedProcess, what: str) -> None:
    if proc.returncode != 0:
        tail = (proc.stderr or "").strip().splitlines()[-15:]
        raise ChildFailed(f"{what} exited with {proc.returncode}:\n" + "\n".join(tail))


def run_command(cmd: Sequence[str], env: dict[str, str], what: str = "") -> float:
    """Wall time of a whole command (seconds), from just before it starts until it has exited."""
    t0 = time.monotonic()
    proc = subprocess.run(list(cmd), env=env, cwd=ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    elapsed = time.monotonic() - t0
    _check(proc, what or " ".join(map(str, cmd)))
    return elapsed


def first_paint(cmd: Sequence[str], env: dict[str, str], what: str = "") -> dict:
    """Start a driver (see bench/drivers.py) as a fresh process; it prints
    `PAINTED <monotonic> <peak RSS kB> <items>` once its window has painted. Returns the
    time from just before the start to that moment, and the child's peak memory."""
    t0 = time.monotonic()
    proc = subprocess.run(list(cmd), env=env, cwd=ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    _check(proc, what or " ".join(map(str, cmd)))
    for line in proc.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, when, rss, items = line.split()
            return {"seconds": float(when) - t0, "rss_mb": int(rss) / 1024, "items": int(items)}
    raise ChildFailed(f"{what}: no PAINTED line in its output:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def run_worker(module: str, args: dict, env: dict[str, str]) -> dict:
    """Run `python -m MODULE --worker JSON` (a benchmark that needs its own QApplication)
    and return the JSON it prints on its last `RESULT ` line."""
    cmd = [sys.executable, "-m", module, "--worker", json.dumps(args)]
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT * 2)
    _check(proc, f"{module} worker")
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise ChildFailed(f"{module} worker printed no RESULT line:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def worker_result(data: dict) -> None:
    print("RESULT " + json.dumps(data), flush=True)


def remove_lock(map_path: Path) -> None:
    """A driver ends with os._exit right after its first paint, so the lock file Skymap
    put beside the map stays; remove it so the next start finds the map free."""
    lock = map_path.with_name(f".~lock.{map_path.name}#")
    try:
        lock.unlink()
    except FileNotFoundError:
        pass


def which(name: str) -> str | None:
    return shutil.which(name)


# ----- results --------------------------------------------------------------------------
@dataclass
class Row:
    """One figure: Skymap's median against the baseline's, with its target."""

    figure: str
    skymap: float
    baseline: float | None
    unit: str  # "s" (shown as s or ms) or "MB"
    target: str = "—"  # as shown, e.g. "≤ 1.5×" or "median < 8 ms"
    max_ratio: float | None = None  # met when skymap / baseline <= this
    max_value: float | None = None  # met when skymap < this (in `unit`)
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.skymap / self.baseline

    @property
    def met(self) -> bool | None:
        if self.max_ratio is not None and self.ratio is not None:
            return self.ratio <= self.max_ratio
        if self.max_value is not None:
            return self.skymap < self.max_value
        return None


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        if value >= 1:
            return f"{value:.2f} s"
        if value >= 0.01:
            return f"{value * 1000:.0f} ms"
        return f"{value * 1000:.2f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


def fmt_ratio(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    return f"{ratio:.1f}×" if ratio < 100 else f"{ratio:.0f}×"


def fmt_met(met: bool | None) -> str:
    return {True: "yes", False: "**NO**", None: "—"}[met]


def spread(xs: Sequence[float], unit: str = "s") -> str:
    """'median X, p95 Y, n=N' for the notes."""
    return f"median {fmt(median(xs), unit)}, p95 {fmt(p95(xs), unit)}, n={len(xs)}"


def say(text: str) -> None:
    """Progress on stderr, so stdout holds only the table."""
    print(text, file=sys.stderr, flush=True)


def count_map_paints() -> list[int]:
    """Count the map canvas's paints (MapView.paintEvent) from now on; the returned list's
    only element goes up by one after each paint. Call after the QApplication exists."""
    from skymap.ui.view import MapView  # noqa: PLC0415 - the workers start Qt first

    painted = [0]
    original = MapView.paintEvent

    def paint_event(view, event) -> None:
        original(view, event)
        painted[0] += 1

    MapView.paintEvent = paint_event
    return painted
