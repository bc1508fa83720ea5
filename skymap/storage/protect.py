"""Password-protected maps: the map's bytes sealed in a small JSON envelope.

A protected map is one file:

    {"format": "skymap-protected", "version": 1, "cipher": "AES-256-GCM",
     "kdf": {"name": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "<base64>"},
     "check": "<base64>", "nonce": "<base64>", "ciphertext": "<base64>", "sha256": "<hex>"}

The key comes from the passphrase by scrypt (cryptography's `Scrypt`), the map is
encrypted with AES-256-GCM (cryptography's `AESGCM`) and the header (format, version,
cipher, kdf, nonce) is authenticated as associated data, so no field of it can be changed
unnoticed. Two more fields tell a wrong passphrase from a damaged file: `check` is the
second half of the 64 bytes scrypt derives (the first half is the key) — a wrong
passphrase gives another check — and `sha256` is a plain checksum of all other fields, so
a file cut short or with a flipped bit is called damaged before a passphrase is asked for.

The passphrase itself is never kept: `Protection` holds the derived key and the salt for
as long as the map is open, so saving (map, backup, recovery file) does not run scrypt
again; every seal uses a new random nonce. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from skymap.model.errors import MapFileError, SkymapError, UnsupportedVersionError

FORMAT = "skymap-protected"
VERSION = 1
CIPHER = "AES-256-GCM"
MIN_LENGTH = 8
"""A new passphrase has at least this many characters."""

SCRYPT_N = 2**15
"""scrypt's cost: n = 2^15, r = 8, p = 1 takes about 0.36 s and 32 MB on the project's
2-core machine (measured 2026-11-30; 2^14: 0.19 s, 2^16: 0.74 s)."""
SCRYPT_R = 8
SCRYPT_P = 1
COST_ENV = "SKYMAP_SCRYPT_N"
"""Tests set this (e.g. 1024) to keep the suite fast; it only ever lowers the cost of new
protections and never changes how an existing file is read (its envelope says its cost)."""

_SALT_BYTES = 16
_NONCE_BYTES = 12
_HEAD = re.compile(rb'\A(\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"skymap-protected"')


class ProtectError(SkymapError):
    """Something about a password-protected map (wrong password, damaged envelope...)."""


class WrongPasswordError(ProtectError):
    key = "wrong_password"


class PasswordNeededError(ProtectError):
    """The map is protected and no passphrase could be had (none given, no terminal, Cancel)."""

    key = "password_needed"


class DamagedEnvelopeError(MapFileError):
    key = "protected_damaged"


@dataclass(frozen=True)
class Scrypt:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def default(cls) -> Scrypt:
        n = SCRYPT_N
        wanted = os.environ.get(COST_ENV, "")
        if wanted.isdecimal() and 2 <= int(wanted) < SCRYPT_N and int(wanted) & (int(wanted) - 1) == 0:
            n = int(wanted)
        return cls(n, SCRYPT_R, SCRYPT_P)

    def valid(self) -> bool:
        return (2 <= self.n <= 2**22 and self.n & (self.n - 1) == 0 and 1 <= self.r <= 32 and 1 <= self.p <= 16
                and 128 * self.n * self.r <= 1 << 30)


def normalise(passphrase: str) -> bytes:
    """The passphrase as bytes: NFC, so "æ" typed as one or two code points is the same."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new(passphrase: str) -> None:
    """Refuse a new passphrase that is too short (ProtectError, one line)."""
    if len(passphrase) < MIN_LENGTH:
        raise ProtectError("password_too_short", length=MIN_LENGTH)


@dataclass(frozen=True)
class Envelope:
    """A parsed, checksum-verified envelope (nothing decrypted yet)."""

    kdf: Scrypt
    salt: bytes
    check: bytes
    nonce: bytes
    ciphertext: bytes

    def header(self) -> bytes:
        """The associated data: the header fields, canonical JSON."""
        return json.dumps({"format": FORMAT, "version": VERSION, "cipher": CIPHER, "kdf": self._kdf(),
                           "nonce": _b64(self.nonce)}, sort_keys=True, separators=(",", ":")).encode("ascii")

    def _kdf(self) -> dict:
        return {"name": "scrypt", "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p, "salt": _b64(self.salt)}

    def to_bytes(self) -> bytes:
        fields = {"format": FORMAT, "version": VERSION, "cipher": CIPHER, "kdf": self._kdf(),
                  "check": _b64(self.check), "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}
        fields["sha256"] = _digest(fields)
        return (json.dumps(fields, indent=1) + "\n").encode("ascii")


@dataclass(frozen=True, repr=False)
class Protection:
    """The key of an open protected map (never the passphrase): seals and opens envelopes."""

    kdf: Scrypt
    salt: bytes
    key: bytes = field(repr=False)
    check: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"Protection(scrypt n={self.kdf.n})"

    @classmethod
    def new(cls, passphrase: str, kdf: Scrypt | None = None) -> Protection:
        """A new protection (a new random salt): runs scrypt once."""
        return cls.derive(passphrase, kdf or Scrypt.default(), secrets.token_bytes(_SALT_BYTES))

    @classmethod
    def derive(cls, passphrase: str, kdf: Scrypt, salt: bytes) -> Protection:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt as _Scrypt  # noqa: PLC0415

        out = _Scrypt(salt=salt, length=64, n=kdf.n, r=kdf.r, p=kdf.p).derive(normalise(passphrase))
        return cls(kdf, salt, out[:32], out[32:48])

    def seal(self, plain: bytes) -> bytes:
        """The envelope's bytes around `plain` (a new random nonce each time)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        env = Envelope(self.kdf, self.salt, self.check, secrets.token_bytes(_NONCE_BYTES), b"")
        ciphertext = AESGCM(self.key).encrypt(env.nonce, plain, env.header())
        return Envelope(self.kdf, self.salt, self.check, env.nonce, ciphertext).to_bytes()

    def fits(self, env: Envelope) -> bool:
        """Whether `env` was sealed with this key (same salt and cost)."""
        return env.salt == self.salt and env.kdf == self.kdf

    def open(self, env: Envelope, path: object = "") -> bytes:
        """The plain bytes; WrongPasswordError when this key is not the envelope's (its check
        differs), DamagedEnvelopeError when the key is right but the content was changed."""
        from cryptography.exceptions import InvalidTag  # noqa: PLC0415
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        try:
            return AESGCM(self.key).decrypt(env.nonce, env.ciphertext, env.header())
        except InvalidTag:
            if hmac.compare_digest(self.check, env.check):
                raise DamagedEnvelopeError(path=path) from None
            raise WrongPasswordError(path=path) from None


def looks_protected(data: bytes) -> bool:
    """Whether these bytes are meant to be an envelope (even a damaged one)."""
    head = data[:1024]
    return bool(_HEAD.match(head)) or (b'"ciphertext"' in head and b'"nonce"' in head)


def read_envelope(data: bytes, path: object = "") -> Envelope:
    """Parse and verify an envelope's structure and checksum (no passphrase needed)."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedEnvelopeError(path=path) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DamagedEnvelopeError(path=path)
    version = raw.get("version")
    if type(version) is int and version > VERSION:
        raise UnsupportedVersionError("protected_newer", path=path, version=version, supported=VERSION)
    try:
        if version != VERSION or raw.get("cipher") != CIPHER or set(raw) != {
                "format", "version", "cipher", "kdf", "check", "nonce", "ciphertext", "sha256"}:
            raise ValueError("fields")
        fields = {k: v for k, v in raw.items() if k != "sha256"}
        if not isinstance(raw["sha256"], str) or not hmac.compare_digest(_digest(fields), raw["sha256"]):
            raise ValueError("checksum")
        kdf = raw["kdf"]
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or set(kdf) != {"name", "n", "r", "p", "salt"}:
            raise ValueError("kdf")
        if not all(type(kdf[k]) is int for k in ("n", "r", "p")):
            raise ValueError("kdf")
        cost = Scrypt(kdf["n"], kdf["r"], kdf["p"])
        env = Envelope(cost, _unb64(kdf["salt"]), _unb64(raw["check"]), _unb64(raw["nonce"]),
                       _unb64(raw["ciphertext"]))
        if (not cost.valid() or len(env.salt) < 8 or len(env.check) != 16 or len(env.nonce) != _NONCE_BYTES
                or len(env.ciphertext) < 16):
            raise ValueError("sizes")
    except (ValueError, TypeError, KeyError):
        raise DamagedEnvelopeError(path=path) from None
    return env


Ask = Callable[[Path, bool], "str | None"]
"""Asks for the passphrase of the map at a path; the flag says the last one was wrong.
Returns None when the person cancels."""


class Unlocker:
    """How to open protected maps: asks for a passphrase (by `ask`) when needed, and keeps
    the key of the map it opened last (`protection`, None for a plain map)."""

    def __init__(self, ask: Ask | None = None, protection: Protection | None = None) -> None:
        self.ask = ask
        self.protection = protection

    @classmethod
    def with_passphrase(cls, passphrase: str) -> Unlocker:
        """Tries this passphrase once; a wrong one is WrongPasswordError."""
        def ask(path: Path, wrong: bool) -> str:
            if wrong:
                raise WrongPasswordError(path=path)
            return passphrase

        return cls(ask)

    def open_bytes(self, data: bytes, path: object = "") -> bytes:
        """The map's bytes: `data` itself for a plain map, else the decrypted envelope."""
        if not looks_protected(data):
            self.protection = None
            return data
        env = read_envelope(data, path)
        if self.protection is not None and self.protection.fits(env):
            return self.protection.open(env, path)
        wrong = False
        while True:
            passphrase = self.ask(Path(str(path)), wrong) if self.ask is not None else None
            if passphrase is None:
                raise PasswordNeededError(path=path)
            protection = Protection.derive(passphrase, env.kdf, env.salt)
            try:
                plain = protection.open(env, path)
            except WrongPasswordError:
                wrong = True
                continue
            self.protection = protection
            return plain


def open_bytes(data: bytes, path: object = "", unlock: Unlocker | None = None) -> bytes:
    """The hook where a map's bytes are read: a plain map's bytes pass through; a protected
    one is opened with `unlock` (without one: PasswordNeededError, or damaged/newer)."""
    if unlock is not None:
        return unlock.open_bytes(data, path)
    if looks_protected(data):
        read_envelope(data, path)  # a damaged or newer envelope says so first
        raise PasswordNeededError(path=path)
    return data


def seal_bytes(data: bytes, protection: Protection | None) -> bytes:
    """The hook where a map's bytes are written: sealed when the map is protected."""
    return data if protection is None else protection.seal(data)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None


def _digest(fields: dict) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()
