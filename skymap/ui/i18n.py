"""Loading the interface's translations (Qt .qm files built from resources/translations)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []
_held: list[bytes] = []
"""The catalogues' bytes, kept as long as their translators are installed: a translator
loaded from data reads them, not a copy."""

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Captions of Qt's own file dialog that Qt's Danish catalogue (qtbase_da.qm, which ships
with PySide6) lacks: Qt 6 gave them a shortcut letter, the catalogue still has only the
old "Look in:" and "Files of type:". They are translated in our catalogue instead, in Qt's
context, so the dialog finds them there."""


def install(app: QCoreApplication, lang: str) -> bool:
    """Use `lang` ("da" or "en") for the interface; returns False if its file is missing.

    Qt's own strings (the buttons of standard dialogs) come from Qt's translations where
    Qt ships them.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _held.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
            QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom,
        )
    )
    ok = True
    ours = QTranslator(app)
    # English is the source language; its file only carries plural forms ("1 professional").
    if _load_held(ours, TRANSLATIONS / f"skymap_{'da' if lang == 'da' else 'en'}.qm"):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    # A native file dialog speaks the system's language, not the interface's: where the two
    # differ, Qt's own dialogs are used, in the interface's language (qtbase below).
    from skymap.model.messages import system_language  # noqa: PLC0415

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, lang != system_language())
    if lang != "da":
        return ok
    qt = QTranslator(app)
    if any(_load_held(qt, Path(folder) / "qtbase_da.qm") for folder in qt_translation_folders()):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def _load_held(translator: QTranslator, path: Path) -> bool:
    """Load a catalogue from its bytes read now, held in memory. Loaded by file name, Qt
    maps the file and reads it lazily: a .qm rewritten while the program runs (an upgrade)
    turned the window half English and then crashed it."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not translator.load(data, str(path.parent)):
        return False
    _held.append(data)  # (the translator reads these bytes for as long as it lives)
    return True


def qt_translation_folders() -> list[str]:
    """Where Qt's own translations (qtbase_da.qm: the buttons and labels of Qt's dialogs) may
    be: where Qt says, and inside the PySide6 package (a bundled program may not say)."""
    import PySide6  # noqa: PLC0415

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]


def resolve(choice: str | None) -> str:
    """The language ("da" or "en") of a settings choice: "da", "en", or "system"/None for the
    system's language."""
    if choice in ("da", "en"):
        return choice
    from skymap.model.messages import system_language  # noqa: PLC0415

    return system_language()
