"""A meeting PDF protected with a password (AES-256, pypdf): made in memory, encrypted,
then written atomically, so no clear copy of it ever reaches the disk."""

from __future__ import annotations

import io
from pathlib import Path

from skymap.storage.mapfile import write_atomic


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256: it opens only with the password."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_protected_pdf(write_pdf, skymap, out: str | Path, password: str, **options) -> None:
    """`write_pdf(skymap, buffer, **options)` in memory, encrypted, written to `out` (0600)."""
    buffer = io.BytesIO()
    write_pdf(skymap, buffer, **options)
    write_atomic(Path(out), encrypt_pdf(buffer.getvalue(), password))
