"""The strip above the map while an earlier status or a comparison is shown: it says, on
the map itself, that what is seen is read-only, and offers the way back to now (issue 21:
"clearly marked" was only in the side panel and the status bar)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

KEY = "status"


def long_date(day: date, lang: str | None) -> str:
    """1. september 2026 / 1 September 2026."""
    if lang is None:
        lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"
    qday = QDate(day.year, day.month, day.day)
    if lang == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark).toString(qday, "d. MMMM yyyy")
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(qday, "d MMMM yyyy")


def showing(window, label: str, day: date) -> None:
    """An earlier status is on screen."""
    text = QCoreApplication.translate(
        "StatusBanner", "You are looking at the status \u201c%1\u201d (%2) \u2014 the map cannot be changed here.")
    _show(window, text.replace("%1", label).replace("%2", long_date(day, window.lang)))


def comparing(window, earlier: str, later: str | None) -> None:
    """A comparison is on screen (`later` None: with now)."""
    if later is None:
        text = QCoreApplication.translate(
            "StatusBanner",
            "You are comparing the status \u201c%1\u201d with now \u2014 the map cannot be changed here.")
    else:
        text = QCoreApplication.translate(
            "StatusBanner",
            "You are comparing the statuses \u201c%1\u201d and \u201c%2\u201d \u2014 the map cannot be changed here.")
    _show(window, text.replace("%1", earlier).replace("%2", later or ""))


def _show(window, text: str) -> None:
    back = QCoreApplication.translate("StatusBanner", "Back to now")
    window.file_guard.bar.show_notice(KEY, text, [(back, window.back_to_now)])


def hide(window) -> None:
    window.file_guard.bar.drop(KEY)


def text(window) -> str:
    return window.file_guard.bar.text(KEY)
