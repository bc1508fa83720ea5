"""`skymap stats MAP | head`: a reader that stops early is not an error. Every command that
writes to stdout exits quietly (exit 0, no traceback, no "Exception ignored") when its stdout
is a pipe that nobody reads any more."""

from __future__ import annotations

import subprocess
import sys

import pytest

from skymap.cli import COMMANDS
from skymap.model.template import new_map
from skymap.storage.mapfile import save_map
from tests.cli.test_attack_holes import ENV
from tests.helpers import ROOT


def _invocations(tmp_path) -> list[list[str]]:
    m = tmp_path / "map.json"
    save_map(new_map("standard", family_name="Hansen", lang="en"), m)
    password = tmp_path / "password.txt"
    password.write_text("a long enough password\n", encoding="utf-8")
    csv = ROOT / "resources" / "examples" / "familien-norgaard-kontakter.csv"
    known = {
        "new": [["new", "-o", tmp_path / "new.json"]],
        "import": [["import", csv, "-o", tmp_path / "imported.json"]],
        "stats": [["stats", m], ["stats", m, "--json"]],
        "validate": [["validate", m]],
        "export": [["export", m, "-o", tmp_path / "map.svg"], ["export", m, "-o", tmp_path / "map.csv"]],
        "status": [["status", m, "--add", "Opstart"], ["status", m, "--list"], ["status", m, "--list", "--json"]],
        "diff": [["diff", m, "--from", "Opstart"], ["diff", m, "--from", "Opstart", "--json"]],
        "rc": [["rc", m]],
        "protect": [["protect", tmp_path / "imported.json", "--password-file", password]],
        "plan": [["plan", m, "--goal", "Emil kommer i skole hver dag"], ["plan", m, "--list"]],
    }
    runs = [["--help"], ["--version"]]
    for command in COMMANDS:
        # a command added later is at least checked through its --help
        runs += known.get(command, [[command, "--help"]])
    return [[str(a) for a in argv] for argv in runs]


@pytest.mark.slow
def test_every_command_writing_to_stdout_exits_quietly_into_a_closed_pipe(tmp_path):
    for argv in _invocations(tmp_path):  # in order: status --add before diff, import before protect
        proc = subprocess.Popen([sys.executable, "-m", "skymap.cli", *argv], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=ENV, cwd=tmp_path)
        proc.stdout.close()  # like `head` that has read its lines: nobody reads any more
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, (argv, err.decode())
        assert b"Traceback" not in err and b"BrokenPipe" not in err and b"Exception ignored" not in err, (
            argv, err.decode())
