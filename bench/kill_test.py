"""Kill tests: real Skymap processes that save are killed at random moments; after every
kill the map file must load and hold either the old or the new content.

    python -m bench.kill_test [--kills 100] [--seed 1]

Two kinds of process are killed:
  * `skymap import CONTACTS.csv --into MAP.json` (the real command line), alternating two
    contact lists, so every run rewrites the map;
  * a process that saves a large map (2,000 people) in a loop with Skymap's save code, so
    that kills land in the middle of writing.
Prints a summary table; exits 1 if any kill left a map that does not load or is neither
the old nor the new content.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "familien-norgaard.json"
CONTACTS = ROOT / "resources" / "examples" / "familien-norgaard-kontakter.csv"

SAVER = r"""
import sys
from skymap.storage.mapfile import load_map, save_map
a, b, target = load_map(sys.argv[1]), load_map(sys.argv[2]), sys.argv[3]
print("ready", flush=True)
while True:
    save_map(a, target)
    save_map(b, target)
"""


def _names(path: Path) -> frozenset:
    """Who is on a map and in which role: what an import changes here."""
    from skymap.storage.mapfile import load_map

    m = load_map(path)
    return frozenset((a.name, a.role) for a in m.actors) | frozenset((f.name, f.role.value) for f in m.family)


def kill_imports(work: Path, kills: int, rnd: random.Random) -> dict:
    """Kill `skymap import --into` at random moments."""
    from skymap.storage.mapfile import load_map

    target = work / "kort.json"
    shutil.copy(EXAMPLE, target)
    # A second list: the same people with other roles, so every run rewrites the map.
    lines = CONTACTS.read_text(encoding="utf-8").splitlines()
    other = work / "other.csv"
    changed = [lines[0]] + [";".join(c + " (ny)" if i == 2 and c else c for i, c in enumerate(ln.split(";")))
                            for ln in lines[1:]]
    other.write_text("\n".join(changed) + "\n", encoding="utf-8")
    lists = [CONTACTS, other]
    expected = {_names(EXAMPLE)}
    for csv in lists:  # what each list leaves on the map (with --remove-missing)
        probe = work / "probe.json"
        shutil.copy(EXAMPLE, probe)
        subprocess.run([sys.executable, "-m", "skymap.cli", "import", str(csv), "--into", str(probe),
                        "--remove-missing"], check=True, capture_output=True)
        expected.add(_names(probe))
    result = {"kills": 0, "loads": 0, "old": 0, "new": 0, "bad": 0}
    for i in range(kills):
        before = target.read_bytes()
        csv = lists[i % 2]
        proc = subprocess.Popen([sys.executable, "-m", "skymap.cli", "import", str(csv), "--into", str(target),
                                 "--remove-missing"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.05, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        result["kills"] += 1
        _strays(result, work, ".kort.json*.tmp")
        try:
            load_map(target)
            result["loads"] += 1
        except Exception:  # noqa: BLE001 - this is what the test is for
            result["bad"] += 1
            continue
        after = target.read_bytes()
        if after == before:
            result["old"] += 1
        elif _names(target) in expected:
            result["new"] += 1
        else:
            result["bad"] += 1
    return result


def kill_saves(work: Path, kills: int, rnd: random.Random) -> dict:
    """Kill a process that saves a big map in a loop, mid-write."""
    sys.path.insert(0, str(ROOT))
    from bench.maps import big_map
    from skymap.storage.mapfile import dumps_map, load_map, save_map

    a_path, b_path, target = work / "a.json", work / "b.json", work / "big.json"
    a = big_map(2000, 6000, seed=1)
    b = big_map(2000, 6000, seed=2)
    save_map(a, a_path, backup=False)
    save_map(b, b_path, backup=False)
    shutil.copy(a_path, target)
    contents = {dumps_map(a).encode(), dumps_map(b).encode()}
    result = {"kills": 0, "loads": 0, "old_or_new": 0, "bad": 0, "backup_loads": 0}
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(a_path), str(b_path), str(target)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
        proc.stdout.readline()  # "ready": from here on it only saves
        time.sleep(rnd.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        result["kills"] += 1
        _strays(result, work, ".big.json*.tmp")
        try:
            load_map(target)
            result["loads"] += 1
        except Exception:  # noqa: BLE001
            result["bad"] += 1
            continue
        if target.read_bytes() in contents:
            result["old_or_new"] += 1
        else:
            result["bad"] += 1
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            try:
                load_map(backup)
                result["backup_loads"] += 1
            except Exception:  # noqa: BLE001
                result["bad"] += 1
    return result


PROTECTED_SAVER = r"""
import sys
from skymap.storage.mapfile import load_map, save_map
from skymap.storage.protect import Protection
a, b, target = load_map(sys.argv[1]), load_map(sys.argv[2]), sys.argv[3]
key = Protection.new(sys.argv[4])
print("ready", flush=True)
while True:
    save_map(a, target, protection=key)
    save_map(b, target, protection=key)
"""


def kill_protected_saves(work: Path, kills: int, rnd: random.Random, people: int = 500) -> dict:
    """Kill a process that saves a password-protected map in a loop, mid-write. After each
    kill the map and its backup must open with the password and hold the old or the new
    map, and no file in the folder (temporary files included) may hold a name in the clear."""
    sys.path.insert(0, str(ROOT))
    from bench.maps import big_map
    from skymap.storage.mapfile import dumps_map, load_map, save_map
    from skymap.storage.protect import Protection, Unlocker

    passphrase = "kill test passphrase"
    a_path, b_path, target = work / "pa.json", work / "pb.json", work / "protected.json"
    a = big_map(people, people * 3, seed=3)
    b = big_map(people, people * 3, seed=4)
    save_map(a, a_path, backup=False)
    save_map(b, b_path, backup=False)
    save_map(a, target, backup=False, protection=Protection.new(passphrase))
    contents = {dumps_map(a), dumps_map(b)}
    names = {p.name for p in a.actors + b.actors if len(p.name) >= 6}
    result = {"kills": 0, "loads": 0, "old_or_new": 0, "bad": 0, "backup_loads": 0, "clear": 0}
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", PROTECTED_SAVER, str(a_path), str(b_path), str(target),
                                 passphrase], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
        proc.stdout.readline()
        time.sleep(rnd.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        result["kills"] += 1
        _strays(result, work, ".protected.json*.tmp")
        for f in work.iterdir():
            if f.name.startswith(("protected.json", ".protected.json")):
                data = f.read_bytes()
                if any(n.encode("utf-8") in data for n in names):
                    result["clear"] += 1
        try:
            if dumps_map(load_map(target, unlock=Unlocker.with_passphrase(passphrase))) in contents:
                result["old_or_new"] += 1
            else:
                result["bad"] += 1
            result["loads"] += 1
        except Exception:  # noqa: BLE001
            result["bad"] += 1
            continue
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            try:
                load_map(backup, unlock=Unlocker.with_passphrase(passphrase))
                result["backup_loads"] += 1
            except Exception:  # noqa: BLE001
                result["bad"] += 1
    return result


def _strays(result: dict, folder: Path, pattern: str) -> None:
    """Temporary files beside the map right after a kill: a kill mid-write leaves one, and the
    next write of the same target removes it, so they never pile up (they used to)."""
    found = len(list(folder.glob(pattern)))
    result["left"] = result.get("left", 0) + found
    result["most"] = max(result.get("most", 0), found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills of each kind (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rnd = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="skymap-kill-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        imports = kill_imports(work, args.kills, rnd)
        saves = kill_saves(work, args.kills, rnd)
        protected = kill_protected_saves(work, args.kills, rnd)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'process killed':<40} {'kills':>6} {'file loads':>11} {'old or new':>11} {'bad':>5}")
    print(f"{'skymap import --into (CLI)':<40} {imports['kills']:>6} {imports['loads']:>11} "
          f"{imports['old'] + imports['new']:>11} {imports['bad']:>5}")
    print(f"{'save loop, 2,000-person map':<40} {saves['kills']:>6} {saves['loads']:>11} "
          f"{saves['old_or_new']:>11} {saves['bad']:>5}")
    print(f"(import kills that left the old content: {imports['old']}, the new: {imports['new']}; "
          f"backups that loaded after save kills: {saves['backup_loads']})")
    print(f"temporary files found beside the map after a kill: import {imports.get('left', 0)} in all, "
          f"at most {imports.get('most', 0)} at once; save loop {saves.get('left', 0)} in all, at most "
          f"{saves.get('most', 0)} at once (the next write removes them)")
    print(f"{'save loop, protected 500-person map':<40} {protected['kills']:>6} {protected['loads']:>11} "
          f"{protected['old_or_new']:>11} {protected['bad']:>5}")
    print(f"(protected: backups that opened with the password: {protected['backup_loads']}; files holding a name "
          f"in the clear: {protected['clear']}; temporary files left: {protected.get('left', 0)})")
    return 1 if imports["bad"] or saves["bad"] or protected["bad"] or protected["clear"] else 0


if __name__ == "__main__":
    sys.exit(main())
