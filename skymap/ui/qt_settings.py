"""Qt's own settings (the file dialogs' history of folders) kept in Skymap's private folder.

Qt's file dialog remembers the folders it showed in `~/.config/QtProject.conf`, created
readable by everyone, and the folders of a caseworker's maps can name a family. Pointing
Qt's user settings into Skymap's own config folder (mode 0700) keeps them private.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from skymap.storage.settings import private_config_dir


def keep_qt_settings_private() -> None:
    """Send every QSettings of the user scope (Qt's, and any Skymap may use) to
    `<Skymap's config folder>/qt`, owner-only. Call before the first file dialog."""
    folder = private_config_dir() / "qt"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        for entry in folder.iterdir():  # written by Qt with the default mode
            os.chmod(entry, 0o600 if entry.is_file() else 0o700)
    except OSError:
        pass
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
