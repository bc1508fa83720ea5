"""Danish national ID numbers (CPR) must never be stored in a map.

A CPR number is ten digits, DDMMYY-SSSS, with or without the hyphen or a space; the first
six digits are a real date. This finds them so that the app can warn and offer to remove
them, and so that the importer can refuse them.
"""

from __future__ import annotations

import re

_CPR = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?!\d)")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def find_cpr(text: str) -> list[str]:
    """Every CPR-like number in `text` (a valid day and month; any year)."""
    found = []
    for m in _CPR.finditer(text or ""):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]:
            found.append(m.group(0))
    return found


def remove_cpr(text: str) -> str:
    """`text` with every CPR-like number taken out (and the space it leaves tidied)."""
    for number in find_cpr(text):
        text = text.replace(number, "")
    return re.sub(r"[ \t]{2,}", " ", text).strip()
