"""Danish national ID numbers (CPR) must never be stored in a map.

A CPR number is ten digits, DDMMYY-SSSS; the first six digits are a real date. People
write it in many ways, and text pasted from elsewhere brings more: a hyphen, an en or em
dash or U+2010, a slash, dots or dashes inside the date (01.01.90-1234, 01-01-90-1234),
one or more spaces, an invisible zero-width space between the digits, full-width digits,
the letter O typed for a zero. The text is normalised first (NFKC, every dash to "-",
invisible characters dropped, O next to digits read as 0), then matched; what is reported
and removed is the stretch of the original text that the number came from.

False positives are kept low: the first six digits must be a valid day and month; a date
alone (01.01.1990), a phone number (+45 12 34 56 78, 12345678) and other numbers of more
or fewer digits do not match.
"""

from __future__ import annotations

import re
import unicodedata

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u30fc"), "-")
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_O_AS_ZERO = re.compile(r"(?<=[0-9])[Oo]|[Oo](?=[0-9])")

_CPR = re.compile(
    r"(?<![0-9])"
    r"(\d{2})([-./ ]?)(\d{2})\2(\d{2})"  # the date, with the same separator (or none) twice
    r"(?:[ ]{0,3}[-/.][ ]{0,3}|[ ]{1,3})?"  # between the date and the serial number
    r"(\d{4})(?![0-9])",
    re.ASCII,
)
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def normalise(text: str) -> tuple[str, list[int]]:
    """The text as matched, and for each of its characters the index in `text` it came
    from (with one extra entry: the end)."""
    if text.isascii():  # (the usual case, and the quick one: nothing but O to read)
        normal = re.sub(r"\s", " ", text)
        for _ in range(2):
            normal = _O_AS_ZERO.sub("0", normal)
        return normal, list(range(len(text) + 1))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).translate(_DASHES)
        piece = _INVISIBLE.sub("", piece)
        piece = "".join(" " if c.isspace() else c for c in piece)  # (a no-break space is a space)
        out.append(piece)
        origin.extend([i] * len(piece))
    normal = "".join(out)
    # An O among digits was meant as a zero (twice: "0OO1" has two next to digits only after the first)
    for _ in range(2):
        normal = _O_AS_ZERO.sub("0", normal)
    origin.append(len(text))
    return normal, origin


def _spans(text: str) -> list[tuple[int, int]]:
    """Where in `text` each CPR-like number is (start, end of the original stretch)."""
    if not text:
        return []
    normal, origin = normalise(text)
    found = []
    for m in _CPR.finditer(normal):
        day, month = int(m.group(1)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]:
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            found.append((start, end))
    return found


def find_cpr(text: str) -> list[str]:
    """Every CPR-like number in `text` (a valid day and month; any year), as written there."""
    return [text[a:b] for a, b in _spans(text or "")]


def has_cpr(text: str) -> bool:
    return bool(_spans(text or ""))


def remove_cpr(text: str) -> str:
    """`text` with every CPR-like number taken out (and the space it leaves tidied)."""
    for a, b in reversed(_spans(text)):
        text = text[:a] + text[b:]
    return re.sub(r"[ \t]{2,}", " ", text).strip()


_NOT_TEXT = frozenset({"id", "source", "target", "domain", "format", "version", "color", "created", "modified",
                       "taken", "date", "due", "kind", "role_kind", "quality", "frequency", "direction", "language"})


def cpr_places(data: object, trail: str = "") -> list[str]:
    """Where in a map's data (its JSON dict, `SkyMap.to_json_dict()`) a text holds a
    CPR-like number: "actors.3.notes" and the like. The numbers themselves are not said."""
    places: list[str] = []
    stack = [(data, trail)]
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, f"{at}.{k}" if at else str(k)) for k, v in reversed(node.items()) if k not in _NOT_TEXT)
        elif isinstance(node, list):
            stack.extend((v, f"{at}.{i}") for i, v in reversed(list(enumerate(node))))
        elif isinstance(node, str) and has_cpr(node):
            places.append(at)
    return places
