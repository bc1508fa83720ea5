"""The map's title: one the user typed stays; one never typed is the family's.

A new map is titled "Familien Holm" / "The Holm family" when it is made with a family name,
else "Nyt kort" / "New map". Such a title is *untouched*: when the family name is set or
changed later (the inspector, a contact list), the title follows it (`title_for_family`,
applied by MapDocument.update_meta in the same step as the name, so one undo puts both
back). A map saved before that rule, with "Nyt kort" and a family name, is shown titled
after the family wherever its title shows (`shown_title`): the window, the PDF, the print
queue. No format change: what is stored is what the user typed or the default.
"""

from __future__ import annotations

from .messages import message
from .objects import Metadata

LANGUAGES = ("da", "en")


def default_title(family_name: str, lang: str) -> str:
    """The title a map gets without one typed: the family's, or "Nyt kort" / "New map"."""
    name = family_name.strip()
    title = message("family_title", lang, name=name) if name else message("untitled", lang)
    return title[:200]  # (a family name near the limit: the title made of it is cut, not refused)


def is_untouched(title: str, family_name: str) -> bool:
    """True for a title the user did not type: empty, "Nyt kort"/"New map", or the family
    title made of `family_name` (in either language)."""
    title = " ".join(title.split())
    return not title or any(title in (message("untitled", lang), default_title(family_name, lang))
                            for lang in LANGUAGES)


def shown_title(meta: Metadata, lang: str | None = None) -> str:
    """What the map is called wherever its title shows. `lang`: the language of the words
    around it (default: the map's), for the untitled map's "Nyt kort" / "New map"."""
    if not is_untouched(meta.title, meta.family_name):
        return meta.title
    if meta.family_name.strip():
        return default_title(meta.family_name, meta.language)  # the family is named in the map's language
    return message("untitled", lang or meta.language)


def title_for_family(meta: Metadata, family_name: str) -> str | None:
    """The title after the family name becomes `family_name`: the new family's, when the
    title was untouched; None when the user typed it (it stays)."""
    if not is_untouched(meta.title, meta.family_name):
        return None
    return default_title(family_name, meta.language)
