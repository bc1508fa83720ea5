"""What many tests share: where the repository's files are, the example map, and small
builders. No Qt here, so model, storage, export and CLI tests can use it without a
QApplication."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
EXAMPLE = EXAMPLES / "familien-norgaard.json"
EXAMPLE_CSV = EXAMPLES / "familien-norgaard-kontakter.csv"
DATA = ROOT / "tests" / "data"
BAD_MAPS = DATA / "bad_maps"

# A child process of `skymap` that speaks English whatever the machine's locale, headless.
ENGLISH_ENV = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
ENGLISH_ENV |= {"LANG": "en_GB.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def example():
    """A fresh copy of the example map (the Nørgaard family), loaded as a user opens it."""
    from skymap.storage.mapfile import load_map  # noqa: PLC0415 - keep importing this module cheap

    return load_map(EXAMPLE)


def by_name(doc, name: str):
    """The one person (professional, private or family member) called ``name`` in a
    MapDocument or a SkyMap."""
    skymap = getattr(doc, "map", doc)
    found = [p for p in (*skymap.actors, *skymap.family) if p.name == name]
    assert len(found) == 1, (name, found)
    return found[0]


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """`skymap ARGV` in-process: the exit code, stdout and stderr. argparse's refusals leave
    through SystemExit, as in a shell."""
    from skymap.cli import main  # noqa: PLC0415

    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def run_skymap(*argv, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """`skymap ARGV` as a child process (English, headless), text output captured."""
    return subprocess.run([sys.executable, "-m", "skymap.cli", *map(str, argv)], capture_output=True, text=True,
                          timeout=timeout, env=ENGLISH_ENV, **kwargs)


def dead_pid() -> int:
    """The id of a process that has ended (for stale locks and recovery files)."""
    from skymap.storage.tempfiles import process_alive  # noqa: PLC0415

    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid if not process_alive(done.pid) else 2**22 + 12345
