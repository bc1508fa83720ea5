"""Where the time goes: a sampling profile (py-spy) of one benchmark's Skymap side, summed
up as the share of samples per function (inclusive, then self).

    pip install py-spy
    python -m bench.profile startup|open|drag|export|load [--native] [--top 30]

Only the timed part is counted: the steps of a drag, the start-up up to the first paint,
write_pdf, load_map, opening the 2,000-person map. --native adds Qt's C++ frames (slow
to sample, so the rate is lowered). Run it before and after a change to show the cause
went away; `python -m bench` then shows the effect on the figure.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import EXAMPLE, ROOT, child_env, remove_lock

FRAME = re.compile(r"(.*) \((.*?):\d+\)$")


def _record(cmd: list[str], out: Path, env: dict, native: bool) -> None:
    spy = shutil.which("py-spy")
    if spy is None:
        sys.exit("py-spy is not installed: pip install py-spy")
    rate = "40" if native else "400"
    args = [spy, "record", "--rate", rate, "--format", "raw", "--output", str(out), *(["--native"] if native else []),
            "--", *cmd]
    subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, check=False)


def summarise(raw_files: list[Path], must: str, top: int) -> str:
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    total = 0
    for raw in raw_files:
        if not raw.exists():
            continue
        for line in raw.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if must not in stack:
                continue
            n = int(count)
            frames = stack.split(";")
            frames = frames[max(i for i, f in enumerate(frames) if must in f):]  # from the timed function down
            names = []
            for f in frames:
                m = FRAME.match(f)
                names.append(f"{m.group(2)}:{m.group(1)}" if m else f)
            total += n
            for name in set(names):
                inclusive[name] += n
            own[names[-1]] += n
    if not total:
        return "no samples (is py-spy allowed to trace processes here?)"
    lines = [f"{total} samples in the timed part", "", "inclusive:"]
    lines += [f"  {100 * v / total:5.1f}%  {k}" for k, v in inclusive.most_common(top)]
    lines += ["", "self:"]
    lines += [f"  {100 * v / total:5.1f}%  {k}" for k, v in own.most_common(top // 2)]
    return "\n".join(lines)


# ----- what runs under the profiler (python -m bench.profile --run NAME) ------------------
def _profiled_export(skymap) -> None:
    import io

    from skymap.export.pdf import write_pdf

    for _ in range(5):
        write_pdf(skymap, io.BytesIO())


def _profiled_load(path: Path) -> None:
    from skymap.storage.mapfile import load_map

    for _ in range(8):
        load_map(path)


def _run(name: str, tmp: Path) -> None:
    from bench.maps import big_map

    if name == "export":
        from skymap.export.pdf import write_pdf

        skymap = big_map(300, 1000)
        write_pdf(skymap, __import__("io").BytesIO())  # warm-up: fonts, imports
        _profiled_export(skymap)
    elif name == "load":
        from skymap.storage.mapfile import save_map

        path = tmp / "big-10000.json"
        save_map(big_map(10000, 20000), path, backup=False)
        _profiled_load(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("startup", "open", "drag", "export", "load"))
    parser.add_argument("--native", action="store_true", help="include C++ frames (Qt); slower sampling")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        _run(args.what, Path(args.tmp))
        return 0
    with tempfile.TemporaryDirectory(prefix="skymap-profile-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp)
        raws: list[Path] = []
        if args.what == "startup":
            example = tmp / EXAMPLE.name
            shutil.copy(EXAMPLE, example)
            cmd = [sys.executable, "-m", "bench.drivers", "skymap", str(example)]
            subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=False)  # compiles the bytecode
            remove_lock(example)
            for i in range(6):
                raws.append(tmp / f"startup-{i}.raw")
                _record(cmd, raws[-1], env, args.native)
                remove_lock(example)
            must = "skymap (bench/drivers.py"
        elif args.what == "drag":
            from bench.drag import CASES

            raws.append(tmp / "drag.raw")
            case = json.dumps({**CASES[0], "drags": 2, "skymap_only": True})
            _record([sys.executable, "-m", "bench.drag", "--worker", case], raws[-1], env, args.native)
            must = "_step (bench/drag.py"
        elif args.what == "open":
            from bench.maps import big_map
            from skymap.storage.mapfile import save_map

            path = tmp / "big-2000.json"
            save_map(big_map(2000, 6000), path, backup=False)
            maps = {"maps": [{"label": "2000", "path": str(path), "reps": 2, "kb": 0}]}
            raws.append(tmp / "open.raw")
            _record([sys.executable, "-m", "bench.open_map", "--worker", json.dumps(maps)], raws[-1], env, args.native)
            must = "<listcomp> (bench/open_map.py"  # the timed openings, not the warm-up
        else:
            raws.append(tmp / f"{args.what}.raw")
            _record([sys.executable, "-m", "bench.profile", args.what, "--run", "--tmp", str(tmp)], raws[-1], env,
                    args.native)
            must = f"_profiled_{args.what} (bench/profile.py"
        print(f"Profile of {args.what} (py-spy{', native' if args.native else ''}):")
        print(summarise(raws, must, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
