"""Reading and writing map files: clear errors on load, atomic replace on save."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from pydantic import ValidationError

from skymap.model.errors import InvalidMapError, MapFileError, NotJsonError, SaveError
from skymap.model.messages import LocalText, human_size
from skymap.model.migrations import migrate
from skymap.model.objects import CURRENT_VERSION, FORMAT_NAME, SkyMap

from .reading import ReadProblem, read_limited

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


# A key in quotes cannot occur inside a JSON string (its quotes would be escaped), and
# nested objects forbid unknown keys: so these find the file's own "format" and "version".
_CURRENT_FORMAT = re.compile(r'"format"\s*:\s*"' + re.escape(FORMAT_NAME) + '"')
_CURRENT_VERSION = re.compile(r'"version"\s*:\s*' + str(CURRENT_VERSION) + r'(?![0-9.eE])')


def parse_map(data: bytes | str, path: object = "") -> SkyMap:
    """A validated SkyMap from file content, migrating older versions."""
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
    if _CURRENT_FORMAT.search(text) and _CURRENT_VERSION.search(text):
        try:
            # The common case, a valid file of this version: pydantic reads the JSON itself
            # (no dicts built in between). Anything else takes the careful way below, which
            # migrates older versions and says exactly what is wrong. (The file must say
            # its format and version itself: the model would fill in missing ones.)
            fast = SkyMap.model_validate_json(text)
            if {"format", "version"} <= fast.model_fields_set:
                return fast
        except (ValidationError, ValueError, RecursionError):
            pass
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotJsonError("not_json", path=path, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InvalidMapError(path, "nested_too_deep") from None
    except ValueError:  # e.g. an integer literal too long to convert
        raise NotJsonError("not_json", path=path, line="?", column="?") from None
    raw = migrate(raw, path)
    try:
        return SkyMap.model_validate(raw)
    except ValidationError as exc:
        raise _invalid(exc, path) from None
    except RecursionError:
        raise InvalidMapError(path, "nested_too_deep") from None


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


def _problem(error: dict) -> LocalText:
    """A pydantic error as a message in the user's language."""
    key = _PYDANTIC_KEYS.get(error["type"], "pv_other")
    ctx = error.get("ctx") or {}
    if key == "pv_choice":
        return LocalText(key, expected=ctx.get("expected", ""))
    if key == "pv_too_long":
        return LocalText(key, max_length=ctx.get("max_length", ""))
    return LocalText(key)


def load_map(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> SkyMap:
    """Load and validate a map file; every failure is a MapFileError with a clear message."""
    path = Path(path)
    return parse_map(read_bytes(path, max_bytes), path)


def dumps_map(skymap: SkyMap) -> str:
    """The map as file text: indented JSON, UTF-8 characters kept as they are."""
    return json.dumps(skymap.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one.

    A temporary file in the same folder is written, flushed and fsynced, then renamed over
    the target; the folder is fsynced so the rename itself survives a power loss. The file
    is readable by its owner only.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise SaveError("save_failed", path=path, reason=exc.strerror or type(exc).__name__) from None
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


def save_map(skymap: SkyMap, path: str | os.PathLike, backup: bool = True) -> None:
    """Save the map atomically (see `write_atomic`), keeping the previous version as
    `MAP.json.bak` (one generation). If anything fails, the map file is as it was."""
    path = Path(path)
    text = dumps_map(skymap)
    if backup:
        try:
            previous = path.read_bytes()
        except FileNotFoundError:
            previous = None
        except OSError as exc:
            raise SaveError("save_failed", path=path, reason=exc.strerror or type(exc).__name__) from None
        if previous is not None and previous != text.encode("utf-8"):
            bak = backup_path(path)
            try:
                old_backup = bak.read_bytes()
            except OSError:
                old_backup = None
            write_atomic(bak, previous)
            try:
                write_atomic(path, text)
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
            return
    write_atomic(path, text)
