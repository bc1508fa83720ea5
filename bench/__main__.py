"""Run Skymap's benchmarks: each figure against a baseline measured in the same run.

    python -m bench                    everything (a few minutes), writes bench/RESULTS.md
    python -m bench --quick            fewer repetitions: a smoke run (RESULTS.md untouched)
    python -m bench --only drag        one benchmark (startup, bundle, open, drag, edits, overview, placement, routes,
                                       export, loadsave, memory; repeat --only or separate with commas)

Prints one table: figure, Skymap's median, the baseline's median, the ratio, the target
and whether it is met; the notes under it say what exactly each side measured. Nothing
here asserts: the figures are for people to read (the issue asks for no timed tests).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

from bench import bundle, drag, edits, export, loadsave, memory, open_map, overview, placement, routes, startup
from bench.common import ROOT, Row, fmt, fmt_met, fmt_ratio, say

BENCHMARKS = {m.NAME: m for m in (startup, bundle, open_map, drag, edits, overview, placement, routes, export,
                                  loadsave, memory)}
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def load_average() -> str:
    try:
        return "/".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def machine() -> list[tuple[str, str]]:
    def first(path: str, key: str) -> str:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip('"')
        except OSError:
            pass
        return "?"

    cpu = first("/proc/cpuinfo", "model name") if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = first("/proc/meminfo", "MemTotal")
    ram = f"{int(mem.split()[0]) / 1024 / 1024:.1f} GB" if mem != "?" else "?"
    os_name = first("/etc/os-release", "PRETTY_NAME=")
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        pyside = f"{PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        pyside = "not installed"
    versions = []
    for name in ("pydantic", "reportlab", "networkx"):
        try:
            versions.append(f"{name} {__import__(name).__version__}")
        except (ImportError, AttributeError):
            pass
    try:
        neato = subprocess.run(["neato", "-V"], capture_output=True, text=True, timeout=10).stderr.strip()
    except (OSError, subprocess.SubprocessError):
        neato = "not available"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        commit += " (with uncommitted changes)" if dirty else ""
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    return [
        ("CPU", cpu),
        ("Cores", str(os.cpu_count())),
        ("RAM", ram),
        ("OS", f"{os_name}; {platform.system()} {platform.release()} {platform.machine()}"),
        ("Python", platform.python_version()),
        ("PySide6", pyside),
        ("Other", ", ".join(versions)),
        ("Graphviz", neato),
        ("Skymap commit", commit or "?"),
        ("Qt platform", "offscreen (QT_QPA_PLATFORM=offscreen) in every child process"),
    ]


HEADERS = ("Figure", "Skymap (median)", "Baseline (median)", "Ratio", "Target", "Met")


def cells(row: Row) -> tuple[str, ...]:
    return (row.figure, fmt(row.skymap, row.unit), fmt(row.baseline, row.unit), fmt_ratio(row.ratio), row.target,
            fmt_met(row.met).replace("*", ""))


def text_table(rows: list[Row]) -> str:
    table = [HEADERS, *(cells(r) for r in rows)]
    widths = [max(len(r[i]) for r in table) for i in range(len(HEADERS))]
    lines = []
    for n, r in enumerate(table):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(rows: list[Row], failures: list[str], started: datetime, seconds: float, quick: bool,
             loads: tuple[str, str]) -> str:
    out = [
        "# Benchmark results",
        "",
        "Written by `python -m bench` (see `bench/__main__.py`); every figure is measured against its",
        "baseline in the same run, on the machine below. Medians over repeated runs; ratio = Skymap / baseline.",
        "What was slow, why, what was done about it and the figures before and after: "
        "[FINDINGS.md](FINDINGS.md).",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} (run took {seconds / 60:.1f} min{', --quick' if quick else ''})",
    ]
    out += [f"- {k}: {v}" for k, v in machine()]
    out.append(f"- Load average (1/5/15 min) at the start: {loads[0]}; at the end: {loads[1]} "
               f"(other work on the machine during the run shows here)")
    out += ["", "| " + " | ".join(HEADERS) + " |", "|" + "|".join(["---"] + ["---:"] * 5) + "|"]
    for r in rows:
        c = list(cells(r))
        c[5] = fmt_met(r.met)
        out.append("| " + " | ".join(x.replace("|", "\\|") for x in c) + " |")
    missed = [r.figure for r in rows if r.met is False]
    out += ["", "Targets missed: " + ("; ".join(missed) if missed else "none") + "."]
    if failures:
        out += ["", "Benchmarks that failed to run:", *[f"- {f}" for f in failures]]
    out += ["", "## What each figure measures", ""]
    for r in rows:
        out.append(f"- **{r.figure}**")
        out += [f"  - {note}" for note in r.notes]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a smoke run")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS)}); repeat or separate with commas")
    parser.add_argument("--write", action="store_true",
                        help="write bench/RESULTS.md even with --quick or --only (a full run always writes it)")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/RESULTS.md")
    args = parser.parse_args(argv)
    names = list(BENCHMARKS)
    if args.only:
        names = [n.strip() for item in args.only for n in item.split(",") if n.strip()]
        unknown = [n for n in names if n not in BENCHMARKS]
        if unknown:
            parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    started, t0, load_before = datetime.now(), time.monotonic(), load_average()
    rows: list[Row] = []
    failures: list[str] = []
    for name in names:
        say(f"[{name}] …")
        t = time.monotonic()
        try:
            rows += BENCHMARKS[name].run(quick=args.quick)
        except Exception as exc:  # noqa: BLE001 - report it and go on with the rest
            traceback.print_exc()
            failures.append(f"{name}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        say(f"[{name}] {time.monotonic() - t:.0f} s")
    seconds = time.monotonic() - t0
    print()
    print(text_table(rows))
    missed = [r.figure for r in rows if r.met is False]
    print()
    print("Targets missed: " + ("; ".join(missed) if missed else "none") + ".")
    for f in failures:
        print(f"FAILED: {f}")
    print(f"({seconds / 60:.1f} min; load average {load_before} at the start, {load_average()} at the end; "
          "what each figure measures is in the notes of bench/RESULTS.md)")
    full = not args.quick and not args.only
    if not args.no_write and (full or args.write):
        RESULTS.write_text(markdown(rows, failures, started, seconds, args.quick,
                                         (load_before, load_average())), encoding="utf-8")
        print(f"Written: {RESULTS.relative_to(ROOT)}")
    else:
        print("bench/RESULTS.md not written (only a full run writes it; --write forces it)")
        print()
        for r in rows:
            print(f"* {r.figure}")
            for note in r.notes:
                print(f"    {note}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
