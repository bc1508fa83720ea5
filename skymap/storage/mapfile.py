"""Reading and writing map files: clear errors on load, atomic replace on save."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from skymap.model.errors import FileChangedError, InvalidMapError, MapFileError, NotJsonError, SaveError
from skymap.model.messages import LocalText, human_size
from skymap.model.migrations import migrate
from skymap.model.objects import NAME_CONTROLS, SkyMap

from .protect import Protection, Unlocker, looks_protected, open_bytes, seal_bytes
from .reading import ReadProblem, read_limited
from .tempfiles import create_temp
from .tempfiles import remove_stale as remove_stale_temporaries

MAX_BYTES = 64 * 1024 * 1024
"""A map of a real family is a few hundred kB; 64 MB leaves room for stress tests and
statuses while refusing files that are clearly not maps."""


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or a MapFileError that says why not. Only a regular file is read,
    and never more than `max_bytes` (a device such as /dev/zero claims a size of 0)."""
    path = Path(path)
    try:
        return read_limited(path, max_bytes)
    except ReadProblem as problem:
        if problem.kind == "not_found":
            raise MapFileError("file_not_found", path=path) from None
        if problem.kind == "directory":
            raise MapFileError("file_is_directory", path=path) from None
        if problem.kind == "not_regular":
            raise MapFileError("file_not_regular", path=path) from None
        if problem.kind == "too_large":
            raise MapFileError("file_too_large", path=path, size=human_size(problem.size),
                               limit=human_size(max_bytes)) from None
        raise MapFileError("file_unreadable", path=path, reason=problem.reason) from None


def parse_map(data: bytes | str, path: object = "") -> SkyMap:
    """A validated SkyMap from file content, migrating older versions. A key written twice
    in one object is refused (JSON would silently keep the last one), and every value must
    have its own type (no "12" for 12, no 1 for true)."""
    if isinstance(data, bytes):
        if b"\x00" in data[:4096]:
            raise NotJsonError("not_text", path=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise NotJsonError("not_text", path=path) from None
    else:
        text = data
    if not text.strip():
        raise NotJsonError("empty_file", path=path)
    duplicates: list[_Duplicate] = []
    try:
        raw = json.loads(text, object_pairs_hook=_pairs_hook(duplicates))
    except json.JSONDecodeError as exc:
        raise NotJsonError("not_json", path=path, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InvalidMapError(path, "nested_too_deep") from None
    except ValueError:  # e.g. an integer literal too long to convert
        raise NotJsonError("not_json", path=path, line="?", column="?") from None
    if duplicates:
        where = _where_duplicate(raw)
        raise InvalidMapError(path, "duplicate_key" if where else "duplicate_key_root", name=duplicates[0].key,
                              where=where)
    raw = migrate(raw, path)
    try:
        return SkyMap.model_validate(raw)
    except ValidationError as exc:
        raise _invalid(exc, path) from None
    except RecursionError:
        raise InvalidMapError(path, "nested_too_deep") from None


class _Duplicate(dict):
    """An object that had a key twice: stands in the parsed tree so its place can be named."""

    def __init__(self, key: str, pairs: list) -> None:
        super().__init__(pairs)
        self.key = key


def _pairs_hook(found: list):
    def hook(pairs: list) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set = set()
            for key, _ in pairs:  # the first key said twice
                if key in seen:
                    break
                seen.add(key)
            obj = _Duplicate(key, pairs)
            found.append(obj)
        return obj

    return hook


def _where_duplicate(tree: object, trail: tuple = ()) -> str:
    """Where the first object with a twice-written key is, as "actors.3" ("" at the top)."""
    stack = [(tree, trail)]
    while stack:
        node, at = stack.pop()
        if isinstance(node, _Duplicate):
            return ".".join(str(p) for p in at)
        if isinstance(node, dict):
            stack.extend((v, (*at, k)) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, (*at, i)) for i, v in reversed(list(enumerate(node))))
    return ""


def _invalid(exc: ValidationError, path: object) -> InvalidMapError:
    first = exc.errors(include_url=False)[0]
    if first["type"] == "skymap_reference":
        ctx = first["ctx"]
        return InvalidMapError(path, ctx["key"], **ctx["params"])
    where = ".".join(str(p) for p in first["loc"]) or "(root)"
    return InvalidMapError(path, "invalid_field", where=where, problem=_problem(first))


_PYDANTIC_KEYS = {
    "string_type": "pv_string_type",
    "int_type": "pv_int",
    "int_parsing": "pv_int",
    "int_from_float": "pv_int",
    "float_type": "pv_float",
    "float_parsing": "pv_float",
    "finite_number": "pv_float",
    "bool_type": "pv_bool",
    "bool_parsing": "pv_bool",
    "missing": "pv_missing",
    "extra_forbidden": "pv_extra",
    "literal_error": "pv_choice",
    "enum": "pv_choice",
    "string_too_long": "pv_too_long",
    "string_too_short": "pv_too_short",
    "greater_than": "pv_range",
    "greater_than_equal": "pv_range",
    "less_than": "pv_range",
    "less_than_equal": "pv_range",
    "string_pattern_mismatch": "pv_pattern",
    "control_character": "pv_control",
    "list_type": "pv_list",
    "model_type": "pv_object",
    "model_attributes_type": "pv_object",
    "dict_type": "pv_object",
    "date_parsing": "pv_date",
    "date_type": "pv_date",
    "date_from_datetime_parsing": "pv_date",
    "datetime_parsing": "pv_date",
    "datetime_type": "pv_date",
    "datetime_from_date_parsing": "pv_date",
}


_CONTROL = re.compile(f"[{NAME_CONTROLS}]")


def _problem(error: ErrorDetails) -> LocalText:
    """A pydantic error as a message in the user's language."""
    key = _PYDANTIC_KEYS.get(error["type"], "pv_other")
    if key == "pv_pattern" and isinstance(error.get("input"), str) and _CONTROL.search(error["input"]):
        key = "pv_control"
    ctx = error.get("ctx") or {}
    if key == "pv_choice":
        return LocalText(key, expected=ctx.get("expected", ""))
    if key == "pv_too_long":
        return LocalText(key, max_length=ctx.get("max_length", ""))
    return LocalText(key)


def load_map(path: str | os.PathLike, max_bytes: int = MAX_BYTES, unlock: Unlocker | None = None) -> SkyMap:
    """Load and validate a map file; every failure is a MapFileError with a clear message.
    A password-protected map is opened with `unlock` (see `protect`), which keeps its key."""
    path = Path(path)
    return parse_map(open_bytes(read_bytes(path, max_bytes), path, unlock), path)


def dumps_map(skymap: SkyMap) -> str:
    """The map as file text: indented JSON, UTF-8 characters kept as they are."""
    return json.dumps(skymap.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: str | os.PathLike, data: str | bytes) -> os.stat_result:
    """Write `data` to `path` so that a crash leaves either the old file or the new one.

    A temporary file in the same folder (named after the target and this process, mode
    0600, see `tempfiles`) is written, flushed and fsynced, then renamed over the target;
    the folder is fsynced so the rename itself survives a power loss. Temporary files of
    the same target left by a Skymap that was killed are removed first. The file is
    readable by its owner only. Returns the written file's stat (its size, time and inode).
    """
    path = Path(path)
    tmp_name = None
    existed = os.path.lexists(path)
    try:
        remove_stale_temporaries(path)
        fd, tmp_name = create_temp(path)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
            written = os.fstat(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent if str(path.parent) else Path("."))
        return written
    except OSError as exc:
        # Only say that the previous file is unchanged when there was one.
        key = "save_failed" if existed else "save_failed_new"
        raise SaveError(key, path=path, reason=exc.strerror or type(exc).__name__) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_path(path: str | os.PathLike) -> Path:
    """Where the previous version of a map is kept: `MAP.json.bak` beside it."""
    p = Path(path)
    return p.with_name(p.name + ".bak")


# ----- fingerprints: has the file changed since it was read or written here? -----------------

@dataclass(frozen=True)
class FileStamp:
    """What a map file was when this program last read or wrote it: size, modification time,
    inode and a SHA-256 of its bytes. Size, time and inode tell cheaply that it may have
    changed; the hash decides (a file rewritten with the same bytes has not changed)."""

    size: int
    mtime_ns: int
    inode: int
    sha256: str

    @classmethod
    def of(cls, info: os.stat_result, data: bytes) -> FileStamp:
        return cls(info.st_size, info.st_mtime_ns, info.st_ino, hashlib.sha256(data).hexdigest())

    def same_stat(self, info: os.stat_result) -> bool:
        return (self.size, self.mtime_ns, self.inode) == (info.st_size, info.st_mtime_ns, info.st_ino)


def load_map_stamped(path: str | os.PathLike, max_bytes: int = MAX_BYTES,
                     unlock: Unlocker | None = None) -> tuple[SkyMap, FileStamp]:
    """`load_map`, and the stamp of the bytes it read (to notice a change made by another
    program later). The file is looked at before it is read: if it changes in between, the
    stamp's time differs from the file's and the hash is compared, so no change is missed."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError:
        info = None
    data = read_bytes(path, max_bytes)
    skymap = parse_map(open_bytes(data, path, unlock), path)  # (the stamp is of the bytes on disk)
    if info is None:  # (read_bytes raises for a missing file; this is a race with a rename)
        info = os.stat(path)
    return skymap, FileStamp.of(info, data)


def changed_on_disk(path: str | os.PathLike, stamp: FileStamp | None) -> FileStamp | None:
    """The file's new stamp when its content differs from `stamp`, else None. A file that
    is gone or cannot be read counts as unchanged: saving loses nothing of it."""
    if stamp is None:
        return None
    path = Path(path)
    try:
        info = os.stat(path)
        if stamp.same_stat(info):
            return None
        data = read_bytes(path)
    except (OSError, MapFileError):
        return None
    now = FileStamp.of(info, data)
    return None if now.sha256 == stamp.sha256 else now


def save_map(skymap: SkyMap, path: str | os.PathLike, backup: bool = True,
             expect: FileStamp | None = None, protection: Protection | None = None) -> FileStamp:
    """Save the map atomically (see `write_atomic`), keeping the previous version as
    `MAP.json.bak` (one generation). If anything fails, the map file is as it was.

    With `expect` (the stamp of what was read or last written here), a file whose bytes
    differ from it is not replaced: FileChangedError, so that the user is asked first.
    With `protection` the map is sealed before anything is written (see `protect`): the
    temporary file, the map and its backup hold no clear text; a backup of a plain previous
    version is sealed with the same key. Returns the stamp of the file written."""
    path = Path(path)
    text = dumps_map(skymap)
    raw = seal_bytes(text.encode("utf-8"), protection)
    previous = None
    if backup or expect is not None:
        try:
            previous = path.read_bytes()
        except FileNotFoundError:
            previous = None
        except OSError as exc:
            raise SaveError("save_failed", path=path, reason=exc.strerror or type(exc).__name__) from None
    if expect is not None and previous is not None and hashlib.sha256(previous).hexdigest() != expect.sha256:
        raise FileChangedError("file_changed", path=path)
    if backup and previous is not None and protection is not None and not looks_protected(previous):
        previous = protection.seal(previous)  # (the plain version before protecting: no clear copy)
    if backup and previous is not None and previous != raw:
        bak = backup_path(path)
        try:
            old_backup = bak.read_bytes()
        except OSError:
            old_backup = None
        try:
            write_atomic(bak, previous)
        except SaveError as err:  # said of the map, which is unchanged (not of its backup)
            raise SaveError("save_failed", path=path, reason=err.params.get("reason", "?")) from None
        try:
            info = write_atomic(path, raw)
        except SaveError:
            # The map is as it was; put the backup back as it was too.
            try:
                if old_backup is None:
                    bak.unlink()
                else:
                    write_atomic(bak, old_backup)
            except (OSError, SaveError):
                pass
            raise
        return FileStamp.of(info, raw)
    return FileStamp.of(write_atomic(path, raw), raw)
