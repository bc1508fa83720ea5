"""Knowing when a map is open in another Skymap: a small lock file beside the map.

The lock says who has the map open, on which computer and since when. A lock left by a
Skymap that crashed on this computer is recognised (its process is gone) and cleared; a
lock from another computer is reported, and the user chooses read-only or a copy. The
lock is taken atomically (see `acquire`): of two Skymaps opening a map at the same moment,
exactly one gets it writable. Commands that write a map respect it (`writing`).
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skymap.model.errors import MapLockedError

from .tempfiles import create_temp, process_alive
from .tempfiles import remove_stale as remove_stale_temporaries


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
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        data = b""
    return _parse(path, data)


def _parse(path: Path, data: bytes) -> LockInfo:
    try:
        record = json.loads(data.decode("utf-8"))
        if not isinstance(record, dict):
            raise ValueError("not a lock")
        since = datetime.fromisoformat(record["since"]) if record.get("since") else None
        return LockInfo(str(record.get("user", "?")), str(record.get("host", "?")), int(record.get("pid", -1)), since)
    except (ValueError, KeyError, TypeError, OverflowError):
        owner = "?"
        try:
            import pwd  # noqa: PLC0415 - POSIX only

            owner = pwd.getpwuid(path.stat().st_uid).pw_name
        except (ImportError, KeyError, OSError):
            pass
        try:
            since = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            since = None
        return LockInfo(owner, "?", -1, since)


def _record() -> bytes:
    return json.dumps({
        "user": _user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }).encode("utf-8")


def _create(path: Path, data: bytes) -> bool:
    """Create the lock file with `data` if no lock exists: True if created, False if one
    exists. Atomic and exclusive: the complete lock is written to a temporary file (0600)
    and hard-linked to the lock's name, which fails if that name exists; where a file
    system has no hard links, an exclusive create (O_CREAT | O_EXCL) does the same.
    Other errors (a read-only folder) are raised as OSError."""
    remove_stale_temporaries(path)
    fd, tmp = create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
        try:
            lock_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return False
        with os.fdopen(lock_fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return True
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


BREAKER_STALE_SECONDS = 10.0
"""A stale lock is cleared by whoever holds `.~lock.MAP#.break`, which takes milliseconds;
one older than this was left by a process that died at that moment."""


def _break_stale(path: Path, seen: bytes) -> None:
    """Remove the lock file if it still holds exactly `seen` (a stale lock). Only the
    holder of the breaker file checks and removes, so two Skymaps clearing the same stale
    lock at once can never remove the fresh lock one of them has just taken."""
    breaker = path.with_name(path.name + ".break")
    try:
        fd = os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            if time.time() - breaker.stat().st_mtime > BREAKER_STALE_SECONDS:
                breaker.unlink()
        except OSError:
            pass
        time.sleep(0.005)  # someone else is clearing it: look again
        return
    except OSError:
        return
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        try:
            if path.read_bytes() == seen:
                path.unlink()
        except OSError:
            pass
    finally:
        try:
            breaker.unlink()
        except OSError:
            pass


def acquire(map_path: str | os.PathLike) -> LockInfo | None:
    """Take the lock of a map. Returns None when it is ours now (or when no lock can be
    made there, e.g. a read-only folder: `is_ours` tells), or the other holder's LockInfo
    when someone else (still running) has it. Stale locks are cleared. Two Skymaps taking
    the same lock at the same moment: exactly one gets it."""
    path = lock_path(map_path)
    for _ in range(200):
        try:
            if _create(path, _record()):
                return None
        except OSError:
            return None  # no lock can be made here; the map can still be opened
        try:
            seen = path.read_bytes()
        except FileNotFoundError:
            continue  # released or cleared in the meantime: try again
        except OSError:
            seen = b""
        holder = _parse(path, seen)
        if holder.is_mine():
            return None
        if not holder.stale():
            return holder
        _break_stale(path, seen)
    return read_lock(map_path) or LockInfo("?", "?", -1, None)


def is_ours(map_path: str | os.PathLike) -> bool:
    """Whether this process holds the lock of the map."""
    holder = read_lock(map_path)
    return holder is not None and holder.is_mine()


def describe_since(holder: LockInfo) -> str:
    """When the holder opened the map, in local time ("2025-03-01 09:15"), or "?"."""
    return holder.since.astimezone().strftime("%Y-%m-%d %H:%M") if holder.since else "?"


@contextmanager
def writing(map_path: str | os.PathLike, force: bool = False) -> Iterator[None]:
    """For a command that writes a map file: refuses with MapLockedError (who and since
    when) when a Skymap window has the map open, unless `force`. While the command writes,
    it holds the lock itself, so a window opening the map at that moment opens it read-only."""
    holder = acquire(map_path)
    if holder is not None and not force:
        raise MapLockedError("map_locked", path=map_path, user=holder.user, host=holder.host,
                             since=describe_since(holder))
    taken = holder is None and is_ours(map_path)
    try:
        yield
    finally:
        if taken:
            release(map_path)


def release(map_path: str | os.PathLike) -> None:
    holder = read_lock(map_path)
    if holder is not None and holder.is_mine():
        try:
            lock_path(map_path).unlink()
        except OSError:
            pass
