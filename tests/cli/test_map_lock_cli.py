"""Commands that write a map respect the lock of a Skymap window that has it open: they
refuse with one line saying who and since when (exit 2), unless --force."""

from __future__ import annotations

import json
import os
import shutil
import socket
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

HOLD_LOCK = """
import sys, time
from skymap.storage import locks
assert locks.acquire(sys.argv[1]) is None and locks.is_ours(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def kort(tmp_path) -> Path:
    path = tmp_path / "kort.json"
    shutil.copy(EXAMPLE, path)
    return path


@pytest.fixture
def contacts(tmp_path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text("navn;rolle\n" + "".join(f"Ny Person {i};Mentor\n" for i in range(40)), encoding="utf-8")
    return path


@pytest.fixture
def held(kort):
    """Another running Skymap holds the map's lock (taken through the lock API)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(kort)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def writing_commands(kort: Path, contacts: Path) -> list[list]:
    return [["import", contacts, "--into", kort], ["status", kort, "--add", "Statusmøde 1"],
            ["status", kort, "--remove", "Opstart"]]


def test_every_writing_command_refuses_a_map_open_in_a_window(kort, contacts, held, capsys):
    # (a status to remove, written before the window "opened" it)
    from skymap.model.document import MapDocument
    from skymap.model.status import add_status
    from skymap.storage.mapfile import save_map

    doc = MapDocument(load_map(kort))
    add_status(doc, "Opstart")
    save_map(doc.map, kort)
    before = kort.read_bytes()
    lock_before = locks.lock_path(kort).read_bytes()
    since = locks.describe_since(locks.read_lock(kort))
    for args in writing_commands(kort, contacts):
        for lang, words in (("en", "is open in Skymap by"), ("da", "er åben i Skymap hos")):
            code, out, err = run(capsys, *args, "--lang", lang)
            assert code == 2, (args, out, err)
            lines = err.strip().splitlines()
            assert len(lines) == 1 and words in lines[0] and "--force" in lines[0], err
            assert locks.read_lock(kort).user in lines[0] and socket.gethostname() in lines[0] and since in lines[0]
            assert "Traceback" not in err
    assert kort.read_bytes() == before
    assert locks.lock_path(kort).read_bytes() == lock_before  # the window's lock is untouched


def test_force_writes_and_leaves_the_windows_lock(kort, contacts, held, capsys):
    lock_before = locks.lock_path(kort).read_bytes()
    code, _, err = run(capsys, "import", contacts, "--into", kort, "--force")
    assert code == 0, err
    assert sum(a.name.startswith("Ny Person") for a in load_map(kort).actors) == 40
    assert run(capsys, "status", kort, "--add", "Efter import", "--force")[0] == 0
    assert [s.label for s in load_map(kort).snapshots] == ["Efter import"]
    assert locks.lock_path(kort).read_bytes() == lock_before


def test_a_stale_lock_does_not_stop_a_command_and_no_lock_is_left(kort, contacts, capsys):
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    assert not process_alive(done.pid)
    locks.lock_path(kort).write_text(json.dumps({"user": "karin", "host": socket.gethostname(), "pid": done.pid,
                                                 "since": "2025-03-01T08:15:00+00:00"}), encoding="utf-8")
    code, _, err = run(capsys, "import", contacts, "--into", kort)
    assert code == 0, err
    assert not locks.lock_path(kort).exists()


def test_a_command_holds_the_lock_while_it_writes(kort, contacts, capsys, monkeypatch):
    from skymap import cli

    seen = []
    real = cli.save_map
    monkeypatch.setattr(cli, "save_map", lambda m, p, **k: seen.append(locks.is_ours(p)) or real(m, p, **k))
    assert run(capsys, "status", kort, "--add", "Opstart")[0] == 0
    assert seen == [True]
    assert not locks.lock_path(kort).exists()


@pytest.mark.skipif(os.name != "posix", reason="the window runs in a subprocess")
def test_a_real_window_holding_the_map_stops_an_import(kort, contacts):
    """`skymap MAP.json` (the window), then `skymap import ... --into MAP.json` in a shell."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen([sys.executable, "-m", "skymap.cli", str(kort), "--lang", "en"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            holder = locks.read_lock(kort)
            if holder is not None and holder.pid == window.pid:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the window did not take the lock")
        before = kort.read_bytes()
        done = subprocess.run([sys.executable, "-m", "skymap.cli", "import", str(contacts), "--into", str(kort),
                               "--lang", "da"], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 2
        assert "er åben i Skymap" in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert kort.read_bytes() == before
    finally:
        window.kill()
        window.wait()
