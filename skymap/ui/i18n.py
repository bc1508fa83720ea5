"""Loading the interface's translations (Qt .qm files built from resources/translations)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> bool:
    """Use `lang` ("da" or "en") for the interface; returns False if its file is missing.

    Qt's own strings (the buttons of standard dialogs) come from Qt's translations where
    Qt ships them.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Danish if lang == "da" else QLocale.English, QLocale.Denmark
                               if lang == "da" else QLocale.UnitedKingdom))
    ok = True
    ours = QTranslator(app)
    # English is the source language; its file only carries plural forms ("1 professional").
    if ours.load(str(TRANSLATIONS / f"skymap_{'da' if lang == 'da' else 'en'}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    if lang != "da":
        return ok
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    qt = QTranslator(app)
    if qt.load("qtbase_da", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def resolve(choice: str | None) -> str:
    """The language ("da" or "en") of a settings choice: "da", "en", or "system"/None for the
    system's language."""
    if choice in ("da", "en"):
        return choice
    from skymap.model.messages import system_language  # noqa: PLC0415

    return system_language()
