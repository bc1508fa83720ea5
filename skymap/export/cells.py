"""The contact list's cells: whole words, never "Virksomhedskonsulen/t".

Danish roles and organisations are long compound words ("Virksomhedskonsulent",
"Beskæftigelsesforvaltningen"), and a column sized by a fixed share of the page broke them
mid-word with no hyphen (a user trial). So, in this order:

1. every column is at least as wide as the longest word it holds (column_widths), the room
   taken from columns with room to spare (the names a person meets break at spaces);
2. a word still wider than its column is set in a smaller font for that cell, down to
   SMALLEST (cell);
3. only a word too long even then is hyphenated: broken with a "-" between syllables
   (hyphenate), after a hyphen it already has where there is one.

Plain text with "\\n" between lines, as a reportlab Table cell takes it (much cheaper than a
Paragraph per cell, which is what makes a long contact list slow).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .painter import text_width, wrap_words

CELL_SIZE, CELL_LEADING, CELL_PAD = 8, 9.8, 6  # (CELL_PAD: reportlab's default cell padding)
SMALLEST = 6.5
"""The smallest font a cell's text is set in to keep its words whole (points)."""
WIDEST_SHARE = 0.2
"""No column grows beyond this share of the table's width for one long word (one longer is set
smaller, and hyphenated)."""
KEPT_SHARE = 0.6
"""A column keeps at least this part of its usual width when others take room for long words."""
VOWELS = frozenset("aeiouyæøåéèüöäAEIOUYÆØÅÉÈÜÖÄ")


@lru_cache(maxsize=20000)
def _word_width(word: str, bold: bool) -> float:
    """A word's width at 1 point (widths grow with the size); words repeat, names above all."""
    return text_width(word, 1.0, bold)


def longest_word(text: str, size: float = CELL_SIZE, bold: bool = False) -> float:
    """The width of the widest word of `text` at `size` points."""
    return max((_word_width(w, bold) for w in text.split()), default=0.0) * size


def column_widths(width: float, fractions: Sequence[float], columns: Sequence[Iterable[tuple[str, bool]]],
                  headings: Sequence[str] = ()) -> list[float]:
    """The columns' widths (summing to `width`): the shares `fractions`, but each column at
    least as wide as the longest word among its texts `columns[i]` ((text, bold) pairs) and
    its bold heading `headings[i]`, as far as the other columns' room to spare allows."""
    widths = [width * f for f in fractions]
    need = []
    for i, texts in enumerate(columns):
        longest = max((longest_word(t, bold=b) for t, b in texts), default=0.0)
        if i < len(headings):
            longest = max(longest, longest_word(headings[i], bold=True))
        need.append(min(longest + 2 * CELL_PAD + 0.5, width * WIDEST_SHARE))
    short = {i: need[i] - w for i, w in enumerate(widths) if need[i] > w}
    # a column gives up at most KEPT_SHARE of its own share: the names a person meets stay readable
    floor = [max(n, w * KEPT_SHARE) for n, w in zip(need, widths, strict=True)]
    spare = {i: w - floor[i] for i, w in enumerate(widths) if w > floor[i]}
    if not short or not spare:
        return widths
    deficit, room = sum(short.values()), sum(spare.values())
    moved = min(deficit, room)
    for i, lack in short.items():
        widths[i] += moved * lack / deficit
    for i, extra in spare.items():
        widths[i] -= moved * extra / room  # (never below that column's own longest word)
    return widths


def hyphenate(word: str, size: float, width: float, bold: bool = False) -> list[str]:
    """`word` in pieces of at most `width` points, each but the last ending in a hyphen:
    after a hyphen the word has, else after a compound's joining s, else between syllables
    (before a consonant followed by a vowel), at least two letters on each side where it can."""
    pieces: list[str] = []
    while len(word) > 1 and text_width(word, size, bold) > width:
        cut = _break_point(word, size, width, bold)
        head = word[:cut]
        pieces.append(head if head.endswith("-") else head + "-")
        word = word[cut:]
    pieces.append(word)
    return pieces


def _break_point(word: str, size: float, width: float, bold: bool) -> int:
    """Where to break `word`: the last good place whose first part (with its hyphen) fits."""
    fits = [c for c in range(1, len(word)) if text_width(word[:c] + ("" if word[c - 1] == "-" else "-"),
                                                         size, bold) <= width]
    if not fits:
        return 1
    last = fits[-1]
    for c in reversed(fits):  # a hyphen the word already has
        if word[c - 1] == "-" and c >= 2:
            return c
    for c in reversed(fits):  # a compound's joining s ("ungdoms-psykiater"), not far back
        if c >= max(3, last // 2) and _joint(word, c):
            return c
    for c in reversed(fits):  # between syllables
        if 2 <= c <= len(word) - 2 and _syllable_break(word, c):
            return c
    return last


def _joint(word: str, c: int) -> bool:
    """Whether `word` may break after a compound's joining s ("virksomheds-", "ungdoms-")."""
    rest = word[c:]
    return (word[c - 1] == "s" and c >= 3 and rest[:1].isalpha() and rest[0] not in VOWELS
            and any(ch in VOWELS for ch in word[:c - 1]) and any(ch in VOWELS for ch in rest))


def _syllable_break(word: str, c: int) -> bool:
    """Whether `word` may break before its letter `c`: a consonant followed by a vowel, with a
    vowel before it ("konsu-lent", and of several consonants the last goes on:
    "virksomheds-konsulent", "ung-doms")."""
    before, after, rest = word[c - 1], word[c], word[c + 1:]
    return (before.isalpha() and after.isalpha() and after not in VOWELS and bool(rest) and rest[0] in VOWELS
            and any(ch in VOWELS for ch in word[:c]))


def cell(text: str, width: float, bold: bool = False) -> tuple[str, float]:
    """`text` as a cell `width` points wide (inside its padding) and the font size to set it in:
    broken at spaces; smaller than CELL_SIZE only when a word would not fit otherwise, and
    hyphenated only where even SMALLEST does not fit it."""
    if not text:
        return "", CELL_SIZE
    if text_width(text, CELL_SIZE, bold) <= width:
        return text, CELL_SIZE
    size = float(CELL_SIZE)
    longest = longest_word(text, size, bold)
    if longest > width:
        size = max(SMALLEST, int(CELL_SIZE * width / longest * 4) / 4)  # (quarter points)
    lines: list[str] = []
    for line in wrap_words(text, size, width, bold):
        if text_width(line, size, bold) <= width:
            lines.append(line)
        else:  # one word, longer than the line
            lines += hyphenate(line, size, width, bold)
    return "\n".join(lines), size
