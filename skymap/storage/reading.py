"""Reading a file a person named: only a regular file, and never more than a limit.

A map or a contact list is a small file. A name such as /dev/zero, /dev/urandom, a named
pipe or a terminal would otherwise be read until memory or disk runs out (their size on
disk says 0), so only regular files are read, and reading stops one byte past the limit
whatever the file claims its size to be.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class ReadProblem(Exception):
    """Why a file was not read: `kind` is one of not_found, directory, not_regular,
    too_large (with `size`, the bytes seen so far) or unreadable (with `reason`)."""

    def __init__(self, kind: str, size: int = 0, reason: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.size = size
        self.reason = reason


def read_limited(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the regular file `path`, at most `max_bytes` of them, else ReadProblem."""
    path = Path(path)
    try:
        info = os.stat(path)
        _check(info, max_bytes)
        # Not blocking: a pipe swapped in after the check would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReadProblem("not_found") from None
    except PermissionError:
        raise ReadProblem("unreadable", reason="permission denied / adgang nægtet") from None
    except OSError as exc:
        raise ReadProblem("unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        _check(os.fstat(fd), max_bytes)  # the file opened is the one checked
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ReadProblem("unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise ReadProblem("too_large", size=total)
    return b"".join(chunks)


def _check(info: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ReadProblem("directory")
    if not stat.S_ISREG(info.st_mode):
        raise ReadProblem("not_regular")
    if info.st_size > max_bytes:
        raise ReadProblem("too_large", size=info.st_size)
