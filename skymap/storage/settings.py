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


def private_config_dir() -> Path:
    """Skymap's config folder, created if needed and kept owner-only (0700)."""
    folder = settings_path().parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
    except OSError:
        pass
    return folder


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
        private_config_dir()
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


LANGUAGES = ("system", "da", "en")
"""The interface language a user can choose: follow the system, Danish or English."""
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
"""The text sizes offered, as factors of the normal size."""


def language_choice() -> str:
    """The interface language chosen in the settings: "system" (the default), "da" or "en"."""
    value = load_settings().get("language")
    return value if value in LANGUAGES else "system"


def stored_language() -> str | None:
    """"da" or "en" when the user picked one in the settings; None to follow the system."""
    choice = language_choice()
    return None if choice == "system" else choice


def text_scale() -> float:
    """The chosen text size as a factor (1.0 normal), kept within 0.8–2.0."""
    value = load_settings().get("text_scale", 1.0)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 1.0
    return min(2.0, max(0.8, float(value)))


def set_preference(key: str, value) -> None:
    """Keep one setting (the others stay as they are)."""
    data = load_settings()
    data[key] = value
    save_settings(data)
