"""What is said when a family member's role, typed as a word, is not kept as typed.

A family member's role is one of a closed set (vocabulary.FamilyRole: mor, far, barn, datter,
søn, anden omsorgsperson, andet familiemedlem), so that it reads in Danish and in English on
the screen, the print and the family's copy. A word a caseworker uses for one of them
("bedstemor", "stedfar": another carer) is taken as that role; a word that names none
("storebror") leaves the role as it was. Either way the caseworker is told in one line,
instead of reading something else under the name later (a tester's "datter" became "barn"
without a word, before daughter and son were roles of their own)."""

from __future__ import annotations

from .merge import parse_family_role
from .messages import pick
from .quotes import in_quotes
from .vocabulary import FamilyRole, label


def _norm(text: str) -> str:
    return " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())


def role_words(lang: str) -> str:
    """The roles a family member can have, in `lang`, as a list to read ("mor, far, ...")."""
    return ", ".join(label(r, lang) for r in FamilyRole)


def role_not_kept(text: str, old: FamilyRole, lang: str) -> str | None:
    """The line to say for `text` typed as the role of a family member whose role was `old`,
    or None when the word is kept as typed (a role's own name in Danish or English) or
    nothing was typed."""
    typed = " ".join(text.split())
    if not typed:
        return None
    found = parse_family_role(typed)
    if found is not None:
        if _norm(typed) in {_norm(found.value), *(_norm(label(found, lg)) for lg in ("da", "en"))}:
            return None
        return pick((f"{in_quotes(typed, 'da')} er gemt som rollen {in_quotes(label(found, 'da'), 'da')} "
                     f"(roller: {role_words('da')}).",
                     f"{in_quotes(typed, 'en')} is saved as the role {in_quotes(label(found, 'en'), 'en')} "
                     f"(roles: {role_words('en')})."), lang)
    return pick((f"{in_quotes(typed, 'da')} er ikke en rolle i familien: rollen er stadig "
                 f"{in_quotes(label(old, 'da'), 'da')} (roller: {role_words('da')}).",
                 f"{in_quotes(typed, 'en')} is not a family role: the role is still "
                 f"{in_quotes(label(old, 'en'), 'en')} (roles: {role_words('en')})."), lang)
