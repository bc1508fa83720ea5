"""The user's settings and recent files, kept as JSON under the user's config folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir

from .mapfile import write_atomic

MAX_RECENT = 8


def settings_path() -> Path:
    return Path(user_config_dir("skymap", appauthor=False)) / "settings.json"


def load_settings() -> dict:
    """The settings, or {} when there are none or they cannot be read (never an error)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(data: dict) -> None:
    """Save the settings; a failure (read-only home, full disk) is ignored: they are a comfort."""
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
    except Exception:  # noqa: BLE001 - settings must never stop the user's work
        pass


def recent_files() -> list[str]:
    files = load_settings().get("recent_files", [])
    return [f for f in files if isinstance(f, str)][:MAX_RECENT]


def add_recent_file(path: str | os.PathLike) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    data = load_settings()
    data["recent_files"] = files[:MAX_RECENT]
    save_settings(data)
    return data["recent_files"]
