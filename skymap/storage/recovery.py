"""Autosave and recovery: unsaved work kept under the user's data folder, never over the
user's own file, and offered back after a crash.

Each running Skymap writes one recovery file per open map (`<session>.json` in the
recovery folder), holding the map, the path of the file it came from and when it was
written. A normal close deletes it. The recovery file of a password-protected map holds
its title and content only sealed with the map's key (`sealed`), so restoring it asks for
the map's passphrase. A recovery file whose writer is no longer running is
"orphaned": that is what the next start offers to restore.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import ValidationError

from skymap.model.errors import SkymapError
from skymap.model.objects import SkyMap
from skymap.model.title import shown_title

from .mapfile import MAX_BYTES, write_atomic
from .protect import Protection, Unlocker, read_envelope
from .tempfiles import process_alive, remove_stale_in

RECOVERY_FORMAT = "skymap-recovery"


def recovery_dir() -> Path:
    return Path(user_data_dir("skymap", appauthor=False)) / "recovery"


@dataclass
class RecoveryFile:
    path: Path
    saved: datetime
    title: str
    original: str | None
    pid: int
    host: str
    protected: bool = False

    def orphaned(self) -> bool:
        """True when the Skymap that wrote it has gone (crashed, killed, power lost)."""
        return self.host != socket.gethostname() or not process_alive(self.pid)

    def load(self, unlock: Unlocker | None = None) -> SkyMap:
        """The map kept here; a protected one is opened with `unlock` (it asks for the
        passphrase, and keeps the key for saving the restored map)."""
        data = json.loads(self.path.read_text(encoding="utf-8"))
        if data.get("sealed") is not None:
            from .protect import open_bytes  # noqa: PLC0415

            sealed = data["sealed"].encode("ascii")
            data = json.loads(open_bytes(sealed, self.original or self.path, unlock or Unlocker()))
        return SkyMap.model_validate(data["map"])

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


class Autosaver:
    """Writes one map's unsaved state to its recovery file (the UI decides when)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{os.getpid()}-{secrets.token_hex(4)}.json"

    def write(self, skymap: SkyMap, original: str | os.PathLike | None, protection: Protection | None = None) -> None:
        """Write the recovery file (atomically, owner-only). Errors are raised as SaveError.
        With `protection`, the title and the map are sealed with the map's key."""
        _private_folder(self.folder)
        record = {
            "format": RECOVERY_FORMAT,
            "version": 1,
            "saved": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "original": str(Path(original).resolve()) if original else None,
            "title": shown_title(skymap.meta),
            "map": skymap.to_json_dict(),
        }
        if protection is not None:
            inner = json.dumps({"title": record.pop("title"), "map": record.pop("map")}, ensure_ascii=False)
            record.update(title="", map=None, sealed=protection.seal(inner.encode("utf-8")).decode("ascii"))
        write_atomic(self.path, json.dumps(record, ensure_ascii=False))

    def remove(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        pass


def keep_copy(skymap: SkyMap, original: str | os.PathLike | None, folder: Path | None = None,
              protection: Protection | None = None) -> Path:
    """Keep the window's unsaved map as a recovery file of its own before it is replaced
    (e.g. by reloading a file another program changed). It stays until the user restores
    or discards it: the next start of Skymap offers it. Returns where it is."""
    saver = Autosaver(folder)
    saver.path = saver.folder / f"kept-{os.getpid()}-{secrets.token_hex(4)}.json"
    saver.write(skymap, original, protection)
    return saver.path


def list_recovery(folder: Path | None = None, orphaned_only: bool = True) -> list[RecoveryFile]:
    """The recovery files found, newest first; unreadable ones are skipped (never an error)."""
    folder = folder or recovery_dir()
    found: list[RecoveryFile] = []
    if not folder.is_dir():
        return found
    remove_stale_in(folder)  # half-written recovery files of sessions that were killed
    for path in folder.glob("*.json"):
        try:
            if path.stat().st_size > MAX_BYTES:
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
                continue
            saved = datetime.fromisoformat(data["saved"])
            if saved.tzinfo is None:  # written without a zone: Skymap writes UTC
                saved = saved.replace(tzinfo=UTC)
            item = RecoveryFile(
                path=path,
                saved=saved,
                title=str(data.get("title") or ""),
                original=data.get("original"),
                pid=int(data.get("pid", -1)),
                host=str(data.get("host", "")),
                protected=data.get("sealed") is not None,
            )
            if item.protected:
                read_envelope(str(data["sealed"]).encode("ascii"), path)  # whole, if not yet opened
            else:
                SkyMap.model_validate(data["map"])  # only offer what can be restored
        except (OSError, ValueError, KeyError, TypeError, ValidationError, SkymapError):
            continue
        if orphaned_only and not item.orphaned():
            continue
        found.append(item)
    return sorted(found, key=lambda r: r.saved, reverse=True)
