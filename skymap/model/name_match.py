"""Finding people's names inside free text, whatever Unicode form or case they are written in.

A name is compared word by word after folding: Unicode compatibility decomposition (NFKD,
so NFC, NFD and NFKC spellings are one), case folding, and without accents ("José",
"JOSE\u0301" and "jose" are the same word, and so are "Åse" and "Ase"; "ß" is "ss"; "ø" and "æ" stay
letters of their own, but a name with them is also found spelt without them: "Kjaer",
"Norgaard"; "Ågård" also as "Aagaard").
A word is a run of letters and digits, so a name is only found as a whole word: "Bo" is found
in "Bo's" and "Bo-Erik" but not in "bord". A word that is a name followed by a genitive "s"
("Emils", "Eva's") counts as the name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = ("'", "’")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", c).casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """`text` as it is compared: compatibility-decomposed, case-folded, without accents."""
    return "".join(_fold_char(c) for c in text)


def words(text: str) -> list[str]:
    """The folded words of `text`."""
    return _WORD.findall(fold(text))


_DANISH_IN_ASCII = (str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}),
                    str.maketrans({"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"}))


def _spellings(name: str) -> set[str]:
    """A name as it is also written without Danish letters: "Kjær" as "Kjaer" and "Kjar",
    "Nørgaard" as "Noergaard" and "Norgaard" (typed on another keyboard, or in an id)."""
    composed = unicodedata.normalize("NFC", name)
    return {name, *(composed.translate(table) for table in _DANISH_IN_ASCII)}


def name_words(name: str) -> list[str]:
    """The folded words of a name that identify a person: those of two letters or more."""
    return [w for w in words(name) if sum(ch.isalpha() for ch in w) >= 2]


@dataclass(frozen=True)
class Match:
    """A name found in a text: `text[start:end]` (NFC text), and whose full name it is
    (`owner`, or None when only a part of a name, or a name several people share)."""

    start: int
    end: int
    owner: str | None


class NameMatcher:
    """Finds the names of a set of people in texts.

    `people` maps a key (a person's id) to every name the person has gone by; `others` are
    more names to find that belong to nobody in particular (the caseworker, the family name).
    """

    def __init__(self, people: dict[str, Iterable[str]], others: Iterable[str] = ()) -> None:
        owners: dict[tuple[str, ...], set[str | None]] = {}
        part_owners: dict[str, set[str | None]] = {}
        for key, names in [*people.items(), *((None, [o]) for o in others)]:
            for name in names:
                for spelling in _spellings(name):
                    all_words = tuple(words(spelling))
                    if all_words:
                        owners.setdefault(all_words, set()).add(key)
                    for part in name_words(spelling):
                        part_owners.setdefault(part, set()).add(key)
        self.parts: set[str] = set(part_owners)
        # A whole name tells whose it is, unless several people share it (a one-word name
        # also when it is part of someone else's name: "Inger" and "Inger Nørgaard").
        self.full: dict[tuple[str, ...], str | None] = {}
        for seq, keys in owners.items():
            if len(seq) == 1 and seq[0] not in self.parts:
                continue  # a one-letter name is no name to look for
            shared = keys | (part_owners.get(seq[0], set()) if len(seq) == 1 else set())
            self.full[seq] = next(iter(keys)) if len(shared) == 1 else None
        self.longest = max((len(seq) for seq in self.full), default=1)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def _is_part(self, word: str) -> bool:
        return word in self.parts or (len(word) > 2 and word.endswith("s") and word[:-1] in self.parts)

    def find(self, text: str) -> list[Match]:
        """Every name in `text` (which should be NFC), left to right, longest first."""
        if not self.parts or not text:
            return []
        folded_chars: list[str] = []
        owner_of: list[int] = []  # the index in `text` of each folded character
        for i, c in enumerate(text):
            f = _fold_char(c)
            folded_chars.append(f)
            owner_of.extend([i] * len(f))
        folded = "".join(folded_chars)
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        out: list[Match] = []
        i = 0
        while i < len(tokens):
            found = self._match_at(tokens, i)
            if found is None:
                i += 1
                continue
            count, owner = found
            last = i + count - 1
            end_folded = tokens[last][1]
            # "Eva's": the apostrophe and its "s" go with the name.
            if last + 1 < len(tokens) and tokens[last + 1][2] == "s" and \
                    folded[end_folded:tokens[last + 1][0]] in _APOSTROPHES:
                end_folded = tokens[last + 1][1]
                count += 1
            elif folded[end_folded:end_folded + 1] in _APOSTROPHES:
                end_folded += 1
            start = owner_of[tokens[i][0]]
            end = owner_of[end_folded - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # a mark that NFC could not compose belongs to the letter before it
            out.append(Match(start, end, owner))
            i += count
        return out

    def _match_at(self, tokens, i: int) -> tuple[int, str | None] | None:
        for count in range(min(self.longest, len(tokens) - i), 0, -1):
            seq = tuple(t[2] for t in tokens[i:i + count])
            if seq in self.full:
                return count, self.full[seq]
            genitive = (*seq[:-1], seq[-1][:-1]) if len(seq[-1]) > 2 and seq[-1].endswith("s") else None
            if genitive and genitive in self.full:
                return count, self.full[genitive]
        return (1, None) if self._is_part(tokens[i][2]) else None

    def replace(self, text: str, replacement: Callable[[str, str | None], str]) -> str:
        """`text` in NFC with every name replaced by `replacement(matched text, owner)`."""
        text = unicodedata.normalize("NFC", text or "")
        pieces: list[str] = []
        at = 0
        for m in self.find(text):
            pieces += [text[at:m.start], replacement(text[m.start:m.end], m.owner)]
            at = m.end
        pieces.append(text[at:])
        return unicodedata.normalize("NFC", "".join(pieces))

    def mentions(self, text: str) -> bool:
        return bool(self.find(unicodedata.normalize("NFC", text or "")))
