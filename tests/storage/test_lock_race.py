"""Two (or more) Skymaps opening the same map at the same moment: exactly one gets the lock.

Real processes race (multiprocessing, released together by a barrier), for a free map and
for a map whose lock was left by a Skymap that crashed (the stale lock is taken over)."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import socket
from pathlib import Path

import pytest

from skymap.storage import locks
from tests.helpers import dead_pid

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and POSIX process ids")

RACERS = 4
ROUNDS = 25


def _racer(maps: list[str], start, done, results) -> None:
    for path in maps:
        start.wait()
        holder = locks.acquire(path)
        results.put((path, os.getpid(), holder is None and locks.is_ours(path)))
        done.wait()  # everyone has tried while the winner still runs (else its lock is stale)


def race(maps: list[Path]) -> dict[str, list[int]]:
    ctx = mp.get_context("fork")
    start, done = ctx.Barrier(RACERS), ctx.Barrier(RACERS)
    results = ctx.Queue()
    procs = [ctx.Process(target=_racer, args=([str(m) for m in maps], start, done, results)) for _ in range(RACERS)]
    for p in procs:
        p.start()
    winners: dict[str, list[int]] = {str(m): [] for m in maps}
    for _ in range(RACERS * len(maps)):
        path, pid, won = results.get(timeout=60)
        if won:
            winners[path].append(pid)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return winners


def test_of_several_skymaps_opening_a_map_at_once_exactly_one_gets_it(tmp_path):
    maps = [tmp_path / f"kort-{i}.json" for i in range(ROUNDS)]
    for m in maps:
        m.write_text("{}", encoding="utf-8")
    winners = race(maps)
    assert {path: len(pids) for path, pids in winners.items()} == {str(m): 1 for m in maps}


def test_a_stale_lock_is_taken_over_by_exactly_one(tmp_path):
    maps = [tmp_path / f"kort-{i}.json" for i in range(ROUNDS)]
    pid = dead_pid()
    for m in maps:
        m.write_text("{}", encoding="utf-8")
        locks.lock_path(m).write_text(json.dumps({"user": "karin", "host": socket.gethostname(), "pid": pid,
                                                  "since": "2025-03-01T08:15:00+00:00"}), encoding="utf-8")
    winners = race(maps)
    assert {path: len(pids) for path, pids in winners.items()} == {str(m): 1 for m in maps}
    assert not any(p.name.endswith(".break") for p in tmp_path.iterdir())


def test_the_lock_is_owner_only_and_complete_from_the_moment_it_exists(tmp_path):
    path = tmp_path / "kort.json"
    real_link = os.link
    seen = []

    def link(src, dst, *a, **k):
        seen.append(json.loads(Path(src).read_text(encoding="utf-8")))
        return real_link(src, dst, *a, **k)

    os.link = link
    try:
        assert locks.acquire(path) is None
    finally:
        os.link = real_link
    assert seen and seen[0]["pid"] == os.getpid()
    assert os.stat(locks.lock_path(path)).st_mode & 0o777 == 0o600
    assert locks.is_ours(path)
    assert [p.name for p in tmp_path.iterdir()] == [locks.lock_path(path).name]
