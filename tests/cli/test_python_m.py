"""`python -m skymap` is the `skymap` command: a user without the script on PATH can run it."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import EXAMPLE, ROOT


def test_python_m_skymap_runs_the_command_line():
    version = subprocess.run([sys.executable, "-m", "skymap", "--version"], cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.split()[0] == "skymap", version.stdout
    checked = subprocess.run([sys.executable, "-m", "skymap", "validate", str(EXAMPLE)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
