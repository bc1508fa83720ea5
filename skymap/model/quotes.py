"""How a name of a cloud or a status is quoted in a sentence: »Egen læge« in Danish,
“GP” in English — one way per language, everywhere (the overview's and the PDF's findings,
the changes page and the window's list of changes, `skymap diff`, `skymap status`).

A user trial found three styles in one session ("Opstart", “Opstart”, »Opstart«) and
findings that quoted »Egen læge« in one sentence and not in the next (names were quoted
only where one held the joining word "og"); a name is now always quoted. The window's own
sentences quote the same way through their translations (“%1” in English, »%1« in Danish).
"""

from __future__ import annotations

from .vocabulary import normalise_language

QUOTES = {"da": ("»", "«"), "en": ("“", "”")}


def in_quotes(text: str, lang: str | None) -> str:
    """`text` in the quotation marks of `lang`: »text« (Danish) or “text” (English)."""
    left, right = QUOTES[normalise_language(lang)]
    return f"{left}{text}{right}"


def quoted_later(text: str):
    """`text` quoted in whatever language the sentence is said in later (a Finding's
    parameter: findings.Finding.text calls it with the language)."""
    return lambda lang: in_quotes(text, lang)
