"""The command line given files that are not what they should be: devices, pipes, endless
streams, lists too large for a map. Each is refused with one clear line and exit code 2,
quickly, and nothing is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skymap.model.template import new_map
from skymap.storage.mapfile import save_map
from tests.helpers import run_cli as run

DEVICES = [d for d in ("/dev/zero", "/dev/urandom") if os.path.exists(d)]


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture
def a_map(tmp_path) -> Path:
    path = tmp_path / "map.json"
    save_map(new_map("standard"), path)
    return path


@pytest.mark.parametrize("device", DEVICES)
def test_import_of_an_endless_device_is_refused_in_one_line(tmp_path, capsys, device):
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "import", device, "-o", out)
    assert code == 2
    assert err.count("\n") == 1 and "not a regular file" in err and device in err
    assert not out.exists()


@pytest.mark.parametrize("device", DEVICES)
def test_import_into_a_map_from_a_device_changes_nothing(capsys, a_map, device):
    before = a_map.read_bytes()
    code, _, err = run(capsys, "import", device, "--into", a_map, "--lang", "da")
    assert code == 2
    assert "ikke en almindelig fil" in err and err.count("\n") == 1
    assert a_map.read_bytes() == before


@pytest.mark.parametrize("command", [("validate",), ("stats",), ("diff", "--from", "x"), ("export", "-o", "OUT.pdf"),
                                     ("status", "--list")])
@pytest.mark.parametrize("device", DEVICES)
def test_every_command_that_reads_a_map_refuses_a_device(tmp_path, capsys, command, device):
    argv = [command[0], device, *[a.replace("OUT", str(tmp_path / "out")) for a in command[1:]]]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "is not a regular file" in err and err.count("\n") == 1
    assert not (tmp_path / "out.pdf").exists()


def test_import_into_a_device_as_the_map_is_refused(tmp_path, capsys):
    csv = tmp_path / "list.csv"
    csv.write_text("name\nA\n", encoding="utf-8")
    code, _, err = run(capsys, "import", csv, "--into", "/dev/zero")
    assert code == 2 and "not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    """Opening a pipe for reading blocks until someone writes; Skymap must not open it."""
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    for argv in (["import", str(fifo), "-o", str(tmp_path / "out.json")], ["validate", str(fifo)]):
        proc = subprocess.run([sys.executable, "-m", "skymap.cli", *argv], capture_output=True, text=True,
                              timeout=60, env={**os.environ, "LANG": "en_GB.UTF-8"})
        assert proc.returncode == 2
        assert "not a regular file" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out.json").exists()


def test_a_list_too_long_for_a_map_is_refused_in_one_line(tmp_path, capsys):
    from skymap.model.merge import MAX_PEOPLE

    csv = tmp_path / "stor.csv"
    csv.write_text("name\n" + "".join(f"Person {i}\n" for i in range(MAX_PEOPLE + 1)), encoding="utf-8")
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "import", csv, "-o", out)
    assert code == 2 and err.count("\n") == 1
    assert f"{MAX_PEOPLE + 1} people" in err and f"at most {MAX_PEOPLE}" in err
    assert not out.exists()
