"""Real small and read-only disks for tests (a tmpfs mounted under tmp_path).

Mounting needs root (or CAP_SYS_ADMIN); where that is not possible the test is skipped,
and a simulated form of the same test runs instead.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "1m", files: dict[str, bytes] | None = None, read_only: bool = False):
    """A fresh tmpfs at `folder` holding `files`, optionally remounted read-only."""
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        for name, data in (files or {}).items():
            (folder / name).write_bytes(data)
            (folder / name).chmod(0o600)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
