"""Knowing when a map is open in another Skymap: a small lock file beside the map.

The lock says who has the map open, on which computer and since when. A lock left by a
Skymap that crashed on this computer is recognised (its process is gone) and cleared; a
lock from another computer is reported, and the user chooses read-only or a copy.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .mapfile import write_atomic
from .recovery import process_alive


def lock_path(map_path: str | os.PathLike) -> Path:
    p = Path(map_path)
    return p.with_name(f".~lock.{p.name}#")


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime | None

    def is_mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def stale(self) -> bool:
        """Left by a Skymap on this computer that is no longer running."""
        return self.host == socket.gethostname() and not process_alive(self.pid)


def read_lock(map_path: str | os.PathLike) -> LockInfo | None:
    """Who holds the lock of a map, or None. An unreadable lock still counts as held."""
    path = lock_path(map_path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a lock")
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        return LockInfo(str(data.get("user", "?")), str(data.get("host", "?")), int(data.get("pid", -1)), since)
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        owner = "?"
        try:
            import pwd  # noqa: PLC0415 - POSIX only

            owner = pwd.getpwuid(path.stat().st_uid).pw_name
        except (ImportError, KeyError, OSError):
            pass
        try:
            since = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        except OSError:
            since = None
        return LockInfo(owner, "?", -1, since)


def acquire(map_path: str | os.PathLike) -> LockInfo | None:
    """Take the lock of a map. Returns None when it is ours now, or the other holder's
    LockInfo when someone else (still running) has it. Stale locks are cleared."""
    holder = read_lock(map_path)
    if holder is not None and not holder.is_mine() and not holder.stale():
        return holder
    record = {
        "user": _user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    try:
        write_atomic(lock_path(map_path), json.dumps(record))
    except Exception:  # noqa: BLE001 - a read-only folder: the map can still be opened
        pass
    return None


def release(map_path: str | os.PathLike) -> None:
    holder = read_lock(map_path)
    if holder is not None and holder.is_mine():
        try:
            lock_path(map_path).unlink()
        except OSError:
            pass
