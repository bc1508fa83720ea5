"""A lock left by a Skymap that was just killed, and whose parent has not yet collected it
(a zombie, state 'Z' in /proc/PID/stat), is stale: its process no longer runs, though its
id still exists. Linux only; elsewhere a pid is judged as before."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skymap.storage import locks
from skymap.storage.mapfile import load_map
from skymap.storage.tempfiles import process_alive
from tests.helpers import EXAMPLE, ROOT
from tests.helpers import run_cli as run

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="zombies are read from /proc")

HOLD_LOCK = """
import sys, time
from skymap.storage import locks
assert locks.acquire(sys.argv[1]) is None and locks.is_ours(sys.argv[1])
print("locked", flush=True)
time.sleep(600)
"""


def state(pid: int) -> str:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2]


@pytest.fixture
def killed_window(tmp_path):
    """A Skymap that held the map's lock, killed and not waited for: a zombie child."""
    kort = tmp_path / "kort.json"
    shutil.copy(EXAMPLE, kort)
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(kort)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert process_alive(proc.pid)  # running: its lock is live
        assert not locks.read_lock(kort).stale()
        proc.kill()
        deadline = time.monotonic() + 30
        while state(proc.pid) != "Z" and time.monotonic() < deadline:
            time.sleep(0.02)
        assert state(proc.pid) == "Z"  # killed, not reaped: its id still exists
        yield kort, proc.pid
    finally:
        proc.kill()
        proc.wait()


def test_a_zombie_is_not_alive(killed_window):
    _kort, pid = killed_window
    assert not process_alive(pid)


def test_the_lock_of_a_killed_window_is_stale_and_does_not_stop_a_command(killed_window, capsys):
    kort, _pid = killed_window
    assert locks.read_lock(kort).stale()
    code, _out, err = run(capsys, "status", kort, "--add", "Statusmøde 1", "--lang", "en")
    assert code == 0, err
    assert [s.label for s in load_map(kort).snapshots] == ["Statusmøde 1"]
    assert not locks.lock_path(kort).exists()  # the stale lock was cleared; the command left none
