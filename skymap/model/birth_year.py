"""The birth years a map takes, and the one line said about a year it does not take (3000,
1800, a mistyped 198): the same rule in the same words wherever a year is typed or read - the
family member's form and the inspector (ui/year_hint.py) and a contact list's row
(storage/csv_import.py), in Danish and English. The year is not kept; nothing else is lost."""

from __future__ import annotations

from .messages import LocalText, error_message

FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR = 1900, 2100
"""The birth years a map takes (model/objects.py BirthYear, the file's rule, is built on them)."""


def birth_year(text: str) -> int | None:
    """The year `text` gives, if it is one a map takes; else None (no year, or one that is
    not kept: `not_kept` says so)."""
    text = text.strip()
    return int(text) if text.isdecimal() and FIRST_BIRTH_YEAR <= int(text) <= LAST_BIRTH_YEAR else None


def not_kept_text(text: str) -> LocalText | None:
    """Why the birth year typed or read as `text` is not kept, to be said in any language;
    None when it is a year a map takes or empty (no year)."""
    text = text.strip()
    if not text or birth_year(text) is not None:
        return None
    return LocalText("birth_year_not_kept", first=FIRST_BIRTH_YEAR, last=LAST_BIRTH_YEAR, value=text)


def not_kept(text: str, lang: str) -> str | None:
    """`not_kept_text` said in `lang`: "A birth year must be between 1900 and 2100: 3000 was
    not kept." (the year as typed, with any control character written as an escape)."""
    said = not_kept_text(text)
    return None if said is None else error_message(said.key, lang, **said.params)
