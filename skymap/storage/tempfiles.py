"""Temporary files of atomic writes: a name that says whose they are, owner-only, cleaned up.

Every file Skymap writes (map, backup, recovery file, lock, settings, PDF, SVG, PNG,
GraphML, CSV) is first written to a temporary file beside its target and then renamed over
it. A process killed in between leaves that temporary file behind: a full or partial copy
of a family's data. So each one is named

    .<target name>.skymap-<host tag>-<pid>-<random>.tmp

(`.norgaard.json.skymap-3fa2c1-4242-9c1d2e3f.tmp`), created with mode 0600, and the next
write of the same target removes the ones left by processes of this computer that are no
longer running. Files of a live process (which may be writing right now) and files of
other computers (whose processes cannot be seen from here) are never touched.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import sys
import time
from pathlib import Path

TAG = "skymap"


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine. On Linux a zombie (killed, not
    yet collected by its parent: its id still exists) does not run."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError, ValueError):
        return False
    except PermissionError:  # it exists, it is someone else's
        return not _zombie(pid)
    except OSError:
        return False
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """True when /proc says the process has ended and only its id is left (state 'Z');
    False elsewhere than on Linux, or when /proc cannot be read."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return False
    # "PID (command) STATE ...": the command may hold spaces and parentheses
    rest = stat[stat.rfind(b")") + 1:].split()
    return bool(rest) and rest[0] == b"Z"


def host_tag() -> str:
    """Six hex digits standing for this computer (the same on every run)."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def _pattern(target_name: str) -> re.Pattern[str]:
    return re.compile(r"\." + re.escape(target_name) + r"\." + TAG + r"-([0-9a-f]{6})-([0-9]+)-[0-9a-f]+\.tmp\Z")


_ANY = re.compile(r"\..+\." + TAG + r"-([0-9a-f]{6})-([0-9]+)-[0-9a-f]+\.tmp\Z")


def create_temp(target: str | os.PathLike) -> tuple[int, Path]:
    """A new temporary file beside `target`, open for writing, mode 0600: (fd, path)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = f".{target.name}.{TAG}-{host_tag()}-{os.getpid()}-{secrets.token_hex(4)}.tmp"
        path = folder / name
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _is_stale(match: re.Match[str]) -> bool:
    tag, pid = match.group(1), int(match.group(2))
    return tag == host_tag() and pid != os.getpid() and not process_alive(pid)


LEGACY_AGE_SECONDS = 24 * 3600
"""Temporary files named the way Skymap 0.1 named them (`.MAP.json.k3x9q2ab.tmp`,
`.out.png.tmp.png`) carry no process id; one older than this cannot be a write in progress."""


def _legacy(target_name: str) -> re.Pattern[str]:
    return re.compile(r"\." + re.escape(target_name) + r"(\.[a-z0-9_]{8}\.tmp|\.tmp\.png)\Z")


def remove_stale(target: str | os.PathLike) -> list[Path]:
    """Remove the temporary files of `target` left by Skymaps of this computer that are
    no longer running (and those of older Skymaps, a day old or more). Returns what was
    removed; errors are ignored (a comfort, not a duty)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    return _remove(folder, _pattern(target.name)) + _remove_legacy(folder, _legacy(target.name))


def _remove_legacy(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(folder) if pattern.match(n)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        try:
            if time.time() - path.lstat().st_mtime >= LEGACY_AGE_SECONDS and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed


def remove_stale_in(folder: str | os.PathLike) -> list[Path]:
    """The same for every target in `folder` (e.g. recovery files of sessions long gone)."""
    return _remove(Path(folder), _ANY)


def _remove(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = pattern.match(name)
        if match is None or not _is_stale(match):
            continue
        path = folder / name
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed
