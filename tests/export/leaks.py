"""Helpers for the name-leak tests: a map with people's names planted in every text field,
and a search for any of their names in what an export wrote.

The search is independent of the pseudonymiser's own matching: every name, and every part
of a name of two letters or more, is looked for in NFC, NFD and NFKC forms, case-folded, as a
whole word in text and as a bare substring in raw bytes.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
import zlib
from datetime import date
from functools import cache
from typing import Annotated

from pydantic import BaseModel, TypeAdapter, ValidationError
from pypdf import PdfReader

from skymap.model.document import MapDocument
from skymap.model.objects import Actor, FamilyMember, Metadata, SkyMap
from skymap.model.status import add_status
from skymap.model.template import new_map
from skymap.model.vocabulary import FamilyRole, LinkKind

PEOPLE = [
    "Sofie Nørgaard", "Eva Kjær", "José Ramírez", "Åse Øster-Brøndum", "Zoë Lindqvist", "Anne-Mette Ågård",
    "Fiona Steffensen", "Ib Thygesen", "Ingrid Mølgaard", "Noah Güler", "Chloé Dupré", "Karl-Åke Strøm",
]
CASEWORKERS = ["Mette Holmgaard", "Jørn Bækgaard"]
FORMS = ("NFC", "NFD", "NFKC", "upper", "lower", "title", "ligature", "fullwidth")
BEFORE = ("", "hos ", "overtog fra ", "(", "Møde med ", "— ", "Aftalt med ")
AFTER = ("", "s", "'s", "’", "-klinikken", ")", " og", ",", ".", "' klinik")
FIRST_STATUS = "Opstart"


def written(text: str, form: str) -> str:
    """`text` as a user, another program or a paste could have written it."""
    if form in ("NFC", "NFD"):
        return unicodedata.normalize(form, text)
    if form == "NFKC":  # compatibility characters, which NFKC would turn back into the name
        return text.replace("fi", "ﬁ").replace("ff", "ﬀ").replace("I", "Ⅰ")
    if form == "ligature":
        return unicodedata.normalize("NFD", text.replace("ff", "ﬀ").replace("fl", "ﬂ"))
    if form == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    return getattr(text, form)()


def parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s\-]+", name) if sum(c.isalpha() for c in p) >= 2]


@cache
def text_field(model: type[BaseModel], name: str) -> bool:
    """A field that can hold a person's name: each one is planted with names."""
    field = model.model_fields[name]
    adapter = TypeAdapter(Annotated[field.annotation, *field.metadata] if field.metadata else field.annotation)
    try:
        adapter.validate_python("Eva Kjær")
    except ValidationError:
        return False
    return True


OWN_NAME = {(FamilyMember, "name"), (Actor, "name"), (Metadata, "family_name"), (Metadata, "caseworker")}


def plant(obj, texts):
    """A copy of a model (at any depth) with every text field, except a person's own name,
    set to the next text of `texts` (an iterator)."""
    update = {}
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        if isinstance(value, BaseModel):
            update[name] = plant(value, texts)
        elif isinstance(value, list | tuple) and value and isinstance(value[0], BaseModel):
            update[name] = type(value)(plant(v, texts) for v in value)
        elif (type(obj), name) not in OWN_NAME and text_field(type(obj), name):
            update[name] = next(texts)
    return obj.model_copy(update=update)


def build(family: list[str], actors: list[str], left: list[str], caseworker: str, forms: list[str],
          texts, lang: str = "da") -> SkyMap:
    """A map of `family` and `actors`, with `left` (actors) only in its first status; stored
    names in `forms` (NFC or NFD, one per person in order), every text field from `texts`."""
    stored = iter(forms)
    surname = re.split(r"\s+", family[0])[-1]
    doc = MapDocument(new_map(family_name=written(surname, next(stored)), lang=lang))
    doc.update_meta(caseworker=caseworker)
    roles = [FamilyRole.MOTHER, FamilyRole.CHILD, FamilyRole.FATHER]
    members = [doc.add_member(written(n, next(stored)), role=roles[i % 3]) for i, n in enumerate(family)]
    domains = ["d-school", "d-gp", "d-jobcentre"]
    placed = []
    for i, n in enumerate(actors + left):
        a = doc.add_actor(written(n, next(stored)), domain=domains[i % len(domains)], x=100.0 * i, y=300.0)
        placed.append(a)
        doc.add_link(LinkKind.CONTACT, a.id, members[i % len(members)].id)
    for a, b in zip(placed, placed[1:]):
        doc.add_link(LinkKind.COORDINATION, a.id, b.id)
    doc.add_annotation("x", x=0.0, y=-200.0)
    add_status(doc, FIRST_STATUS, date(2026, 1, 5))
    for a in placed[len(actors):]:
        doc.remove("actors", a.id)
    add_status(doc, "Statusmøde 1", date(2026, 4, 5))
    planted = plant(doc.map, texts)
    return SkyMap.model_validate(planted.model_dump())  # still a valid map


# ----- searching ----------------------------------------------------------------------------

def needles(names: list[str]) -> set[str]:
    return {n for name in names for n in (name, *parts(name))}


def _word(needle: str) -> re.Pattern:
    return re.compile(r"(?<![^\W_])" + re.escape(needle) + r"(?![^\W_])")


def leaks_in_text(text: str, names: list[str]) -> set[str]:
    """The names and name parts found as whole words in `text`, in any normal form and case."""
    found = set()
    text = html.unescape(text)
    for form in ("NFC", "NFD", "NFKC"):
        hay = unicodedata.normalize(form, text).casefold()
        hay_flat = " ".join(hay.split())
        for needle in needles(names):
            n = unicodedata.normalize(form, needle).casefold()
            if _word(n).search(hay) or _word(n).search(hay_flat):
                found.add(needle)
    return found


def leaks_in_bytes(data: bytes, names: list[str]) -> set[str]:
    """Names and parts of four letters or more found anywhere in raw bytes, decoded every
    way a file could carry text (shorter strings turn up by chance in binary data)."""
    found = set()
    decoded = [data.decode("utf-8", "ignore"), data.decode("latin-1"), data.decode("utf-16-be", "ignore"),
               data.decode("utf-16-le", "ignore")]
    for text in decoded:
        for form in ("NFC", "NFD"):
            hay = unicodedata.normalize(form, text).casefold()
            for needle in needles(names):
                if len(needle) >= 4 and unicodedata.normalize(form, needle).casefold() in hay:
                    found.add(needle)
    return found


def pdf_streams(data: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n", data):
        start = match.end()
        end = data.find(b"endstream", start)
        try:
            out.append(zlib.decompressobj().decompress(data[start:end]))
        except zlib.error:
            pass
    return out


def pdf_leaks(data: bytes, names: list[str]) -> set[str]:
    """Names in a PDF: its extracted text, its metadata, its raw bytes and every
    decompressed stream (fonts excepted: their binary tables hold chance letters)."""
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    found = leaks_in_text(text, names) | leaks_in_text(meta, names) | leaks_in_bytes(data, names)
    for stream in pdf_streams(data):
        if not stream.startswith((b"\x00\x01\x00\x00", b"true", b"OTTO")):  # TrueType font programs
            found |= leaks_in_bytes(stream, names)
    return found


def png_text_chunks(data: bytes) -> list[bytes]:
    """The data of every tEXt, zTXt and iTXt chunk of a PNG."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    out, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            out.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return out
