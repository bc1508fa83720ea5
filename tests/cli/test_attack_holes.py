"""Holes found by attacking the release (issue 20): a named pipe given as a map, a reader
that stops early, pictures readable by others. Each is run as a user runs it: the `skymap`
command in its own process, with a timeout so that a hang fails instead of waiting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skymap.model.template import new_map
from skymap.storage.mapfile import save_map

ENV = {**os.environ, "LANG": "en_GB.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    ENV.pop(_var, None)


def skymap(*argv, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "skymap.cli", *map(str, argv)], capture_output=True, text=True,
                          timeout=timeout, env=ENV, **kwargs)


@pytest.fixture
def fifo(tmp_path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    path = tmp_path / "map.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("argv", [
    ("validate",), ("stats",), ("stats", "--json"), ("export", "-o", "OUT.pdf"), ("export", "-o", "OUT.png"),
    ("export", "-o", "OUT.svg"), ("export", "-o", "OUT.csv"), ("diff", "--from", "x"), ("status", "--list"),
    ("rc",), ("--screenshot", "OUT.png"),
])
def test_a_named_pipe_as_the_map_is_refused_at_once(tmp_path, fifo, argv):
    """Opening a pipe waits for a writer that never comes: Skymap must not open it."""
    out = tmp_path / "out"
    args = [a.replace("OUT", str(out)) for a in argv]
    command = [args[0], fifo, *args[1:]] if not args[0].startswith("--") else [fifo, *args]
    proc = skymap(*command, timeout=60)  # (a hang is a TimeoutExpired)
    assert proc.returncode == 2, proc.stderr
    assert "is not a regular file" in proc.stderr and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.glob("out*"))


def test_export_png_is_readable_by_its_owner_only(tmp_path):
    m = tmp_path / "map.json"
    save_map(new_map("standard", family_name="Hansen", lang="en"), m)
    out = tmp_path / "map.png"
    proc = skymap("export", m, "-o", out, "--width", 400)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_screenshot_is_readable_by_its_owner_only(tmp_path):
    """A screenshot shows the family's names like any export: 0600, whatever the umask."""
    m = tmp_path / "map.json"
    save_map(new_map("standard", family_name="Hansen", lang="en"), m)
    out = tmp_path / "shot.png"
    proc = skymap(m, "--screenshot", out, "--size", "800x600")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`skymap diff --json | head`: the pipe closes before Skymap has written; it exits quietly."""
    m = tmp_path / "map.json"
    save_map(new_map("standard", family_name="Hansen", lang="en"), m)
    assert skymap("status", m, "--add", "Opstart").returncode == 0
    for argv in (("diff", m, "--from", "Opstart", "--json"), ("stats", m, "--json"), ("status", m, "--list")):
        proc = subprocess.Popen([sys.executable, "-m", "skymap.cli", *map(str, argv)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=ENV)
        proc.stdout.close()  # (like `head` that has read its lines: nobody reads any more)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0
        assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_a_map_with_a_flat_outline_and_a_nameless_cloud_exports_and_screenshots(tmp_path):
    """Both passed `validate` and crashed every picture (ZeroDivisionError, max() of nothing)."""
    import json

    from skymap.storage.mapfile import dumps_map

    data = json.loads(dumps_map(new_map("standard", family_name="Hansen", lang="en")))
    data["domains"][0]["outline"] = [[0, 0], [0, 0], [0, 0]]
    data["domains"][1]["label"] = "   "
    m = tmp_path / "map.json"
    m.write_text(json.dumps(data), encoding="utf-8")
    for out in ("m.pdf", "m.svg", "m.png"):
        proc = skymap("export", m, "-o", tmp_path / out, "--width", 400)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    proc = skymap(m, "--screenshot", tmp_path / "shot.png", "--size", "800x600")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert (tmp_path / "shot.png").read_bytes()[:4] == b"\x89PNG"
