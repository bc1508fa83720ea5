"""File-format versions and migrations, applied to the raw dict before validation.

A migration takes a file of version N as a plain dict and returns it as version N + 1.
Loading applies them one step at a time up to `CURRENT_VERSION`; a file of a newer version
is refused with `UnsupportedVersionError`, never guessed at. To change the format: bump
`CURRENT_VERSION` in `objects.py`, register `MIGRATIONS[N] = step` here, describe it in
docs/FORMAT.md and regenerate the JSON Schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from .errors import NotSkymapError, UnsupportedVersionError
from .objects import CURRENT_VERSION, FORMAT_NAME, NAME_CONTROLS, TEXT_CONTROLS

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

    raw = cast(dict, with_outlines(raw))
    if isinstance(raw.get("snapshots"), list):
        raw["snapshots"] = [
            {**s, "content": with_outlines(s.get("content"))} if isinstance(s, dict) and "content" in s else s
            for s in raw["snapshots"]
        ]
    return raw


_NAME_FIELDS = {
    "family": ("name",),
    "domains": ("label",),
    "actors": ("name", "role", "organisation"),
}
_TEXT_FIELDS = {"family": ("notes",), "actors": ("notes",), "links": ("note",), "annotations": ("text",)}
_NAME_CONTROL = re.compile(f"[{NAME_CONTROLS}]")
_TEXT_CONTROL = re.compile(f"[{TEXT_CONTROLS}]")


def _v2_to_v3(raw: dict) -> dict:
    """Version 3 refuses control characters (NUL, tab, line break ...) in names and labels,
    and all but tab and line breaks in notes. A tab pasted into a name by an earlier
    Skymap becomes a space, so such a map still opens. Works on copies."""

    def clean(text: object, pattern: re.Pattern, strip: bool) -> object:
        if not isinstance(text, str) or not pattern.search(text):
            return text
        cleaned = pattern.sub(" ", text)
        return cleaned.strip() if strip else cleaned

    def clean_content(container: object) -> object:
        if not isinstance(container, dict):
            return container
        out = dict(container)
        for key in set(_NAME_FIELDS) | set(_TEXT_FIELDS):
            if not isinstance(out.get(key), list):
                continue
            items = []
            for obj in out[key]:
                if isinstance(obj, dict):
                    obj = dict(obj)
                    for f in _NAME_FIELDS.get(key, ()):
                        if f in obj:
                            obj[f] = clean(obj[f], _NAME_CONTROL, True)
                    for f in _TEXT_FIELDS.get(key, ()):
                        if f in obj:
                            obj[f] = clean(obj[f], _TEXT_CONTROL, False)
                items.append(obj)
            out[key] = items
        return out

    raw = cast(dict, clean_content(raw))
    if isinstance(raw.get("meta"), dict):
        raw["meta"] = {k: clean(v, _NAME_CONTROL, True) if k in ("title", "family_name", "caseworker") else v
                       for k, v in raw["meta"].items()}
    if isinstance(raw.get("snapshots"), list):
        raw["snapshots"] = [
            {**s, "label": clean(s.get("label"), _NAME_CONTROL, True), "content": clean_content(s.get("content"))}
            if isinstance(s, dict) and "content" in s and "label" in s else s
            for s in raw["snapshots"]
        ]
    return raw


def _v3_to_v4(raw: dict) -> dict:
    """Version 4 adds the quality `not_assessed`, the default of a new tie (it was
    `moderate`). A tie stored without a quality meant moderate, and keeps meaning it: it gets
    `"quality": "moderate"`, in the map and in its statuses. Works on copies."""

    def with_quality(container: object) -> object:
        if not isinstance(container, dict) or not isinstance(container.get("links"), list):
            return container
        links = [{"quality": "moderate", **ln} if isinstance(ln, dict) else ln for ln in container["links"]]
        return {**container, "links": links}

    raw = cast(dict, with_quality(raw))
    if isinstance(raw.get("snapshots"), list):
        raw["snapshots"] = [
            {**s, "content": with_quality(s.get("content"))} if isinstance(s, dict) and "content" in s else s
            for s in raw["snapshots"]
        ]
    return raw


def _v4_to_v5(raw: dict) -> dict:
    """Version 5 adds consent (`consent`, `consent_date`, `consent_scope`) and protection
    (`protected`, `protected_reason`) to people, and the joint plan (`goals`, `agreements`)
    to the map and its statuses. All are optional with empty defaults: a version-4 map
    records no consent, protects no one and has no plan, so only the version changes."""
    return raw


def _v5_to_v6(raw: dict) -> dict:
    """Version 6 adds the family roles `daughter` and `son` (before, "datter" and "søn" typed
    by a caseworker were saved as `child`). A version-5 map has no such role and keeps
    its `child`ren as they are (which of them is a daughter cannot be known), so only the
    version changes."""
    return raw


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}
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
