"""File-format versions and migrations, applied to the raw dict before validation.

A migration takes a file of version N as a plain dict and returns it as version N + 1.
Loading applies them one step at a time up to `CURRENT_VERSION`; a file of a newer version
is refused with `UnsupportedVersionError`, never guessed at. To change the format: bump
`CURRENT_VERSION` in `objects.py`, register `MIGRATIONS[N] = step` here, describe it in
docs/FORMAT.md and regenerate the JSON Schema.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import NotSkymapError, UnsupportedVersionError
from .objects import CURRENT_VERSION, FORMAT_NAME

Migration = Callable[[dict], dict]


def _v1_to_v2(raw: dict) -> dict:
    """Version 2 adds `outline` to a domain (a cloud drawn by hand). A version-1 cloud has
    the standard shape, so every domain, in the map and in its statuses, gets `null`.
    Works on copies: the caller's dict is left as it was."""

    def with_outlines(container: object) -> object:
        if not isinstance(container, dict) or not isinstance(container.get("domains"), list):
            return container
        domains = [{"outline": None, **d} if isinstance(d, dict) else d for d in container["domains"]]
        return {**container, "domains": domains}

    raw = with_outlines(raw)
    if isinstance(raw.get("snapshots"), list):
        raw["snapshots"] = [
            {**s, "content": with_outlines(s.get("content"))} if isinstance(s, dict) and "content" in s else s
            for s in raw["snapshots"]
        ]
    return raw


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}
"""MIGRATIONS[n] turns a version-n dict into a version-(n + 1) dict."""


def file_version(raw: object, path: object = "") -> int:
    """The version of a raw map dict, checking that it is a Skymap file at all."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise NotSkymapError("not_skymap", path=path)
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UnsupportedVersionError("bad_version", path=path, version=repr(version)[:40])
    return version


def migrate(raw: dict, path: object = "", current: int | None = None) -> dict:
    """Bring a raw map dict up to the current version, step by step."""
    target = CURRENT_VERSION if current is None else current
    version = file_version(raw, path)
    if version > target:
        raise UnsupportedVersionError("newer_version", path=path, version=version, supported=target)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise UnsupportedVersionError("no_migration", path=path, version=version)
        raw = step(dict(raw))
        version += 1
        raw["version"] = version
    return raw
