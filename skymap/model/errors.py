"""Typed errors that carry a message a caseworker understands, in Danish and English.

Every error Skymap shows a person is a `SkymapError`: it knows its message key and
parameters, so the command line and the interface can each say it in the user's language
(`err.message("da")`). `str(err)` is the English message, for logs and tests.
"""

from __future__ import annotations

from .messages import LocalText, error_message


class SkymapError(Exception):
    """Base of every error Skymap reports to a person."""

    key = "invalid_map"

    def __init__(self, key: str | None = None, /, **params: object) -> None:
        if key is not None:
            self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """What went wrong, in one line: text from the file is quoted (see `quote`)."""
        return error_message(self.key, lang, **self.params)


class MapFileError(SkymapError):
    """A map file could not be read: missing, a folder, unreadable or too large."""


class NotJsonError(MapFileError):
    """The file is not JSON (damaged, cut short, binary)."""


class NotSkymapError(MapFileError):
    """The file is JSON but not a Skymap map."""


class UnsupportedVersionError(MapFileError):
    """The file's version is invalid or newer than this program reads."""


class InvalidMapError(MapFileError):
    """The map's content breaks the rules: wrong types, duplicate ids, dangling references."""

    def __init__(self, path: object = "", detail_key: str = "invalid_field", /, **params: object):
        self.detail_key = detail_key
        self.detail_params = params
        super().__init__("invalid_map", path=path)

    def message(self, lang: str = "en") -> str:
        detail = LocalText(self.detail_key, **self.detail_params)
        return error_message("invalid_map", lang, path=self.params.get("path", ""), detail=detail)


class SaveError(SkymapError):
    """Saving failed; the previous file is unchanged."""


class FileChangedError(SaveError):
    """The file was changed by another program since it was read or saved here; it was
    not replaced (the user chooses: overwrite, save a copy or reload)."""


class MapLockedError(SkymapError):
    """The map is open in a Skymap window; a command will not write it without --force."""


class EditError(SkymapError):
    """An edit would break the map's references (used by the mutation API)."""


class CsvImportError(SkymapError):
    """A contact list could not be imported. `problems` lists (line, column, key, params)."""

    def __init__(self, key: str, /, problems: list[tuple[int, str, str, dict]] | None = None, **params):
        self.problems = problems or []
        super().__init__(key, **params)

    def message(self, lang: str = "en") -> str:
        head = error_message(self.key, lang, count=len(self.problems), **self.params)
        lines = [head]
        for line, column, key, params in self.problems:
            problem = LocalText(key, **params)
            lines.append("  " + error_message("csv_problem", lang, line=line, column=column, problem=problem))
        return "\n".join(lines)
