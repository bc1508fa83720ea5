"""The command line's side of password-protected maps: where a passphrase comes from
(`--password-file F`, else the terminal without echo), `skymap protect`, and exports of a
protected map (a plain one needs --allow-clear; a PDF can carry a password of its own)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from skymap.model.errors import SkymapError
from skymap.model.messages import message
from skymap.storage.protect import PasswordNeededError, Protection, Unlocker, WrongPasswordError, check_new


def add_password_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help="the password of a protected map is the first line of FILE (otherwise it is asked for "
                        "on the terminal, never shown)")


def read_password_file(path: Path) -> str:
    """The first line of a password file (without its line ending)."""
    from skymap.storage.reading import ReadProblem, read_limited  # noqa: PLC0415

    try:
        data = read_limited(path, 64 * 1024)
    except ReadProblem as problem:
        reason = problem.reason or problem.kind.replace("_", " ")
        raise SkymapError("password_file_unreadable", path=path, reason=reason) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SkymapError("password_file_unreadable", path=path, reason="not UTF-8 text") from None
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise SkymapError("password_file_empty", path=path)
    return line


def _terminal(lang: str, prompt: str, path: object) -> str:
    if not sys.stdin.isatty():
        raise PasswordNeededError("password_no_terminal", path=path)
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PasswordNeededError("password_no_terminal", path=path) from None


def unlocker(args, lang: str) -> Unlocker:
    """How this command opens a protected map: the password file, else the terminal. One
    try: a wrong password is exit 2 with one line."""
    file = getattr(args, "password_file", None)
    if file is not None:
        passphrase = read_password_file(file)
        return Unlocker.with_passphrase(passphrase)

    def ask(path: Path, wrong: bool) -> str:
        if wrong:
            raise WrongPasswordError(path=path)
        return _terminal(lang, message("password_prompt", lang, path=path), path)

    return Unlocker(ask)


def load(args, path: Path, lang: str):
    """(map, its Protection or None) for a command that reads a map."""
    from skymap.storage.mapfile import load_map  # noqa: PLC0415

    unlock = unlocker(args, lang)
    skymap = load_map(path, unlock=unlock)
    return skymap, unlock.protection


def _new_passphrase(file: Path | None, lang: str, path: object) -> str:
    if file is not None:
        passphrase = read_password_file(file)
    else:
        passphrase = _terminal(lang, message("password_prompt_new", lang), path)
        check_new(passphrase)
        if _terminal(lang, message("password_prompt_again", lang), path) != passphrase:
            raise SkymapError("password_mismatch")
    check_new(passphrase)
    return passphrase


def protect_command(args, lang: str, write_map) -> int:
    """`skymap protect MAP`: protect a plain map, change the password (--new-password-file)
    or remove it (--remove). The map is written atomically, its backup sealed as well."""
    from skymap.storage.mapfile import load_map  # noqa: PLC0415

    unlock = unlocker(args, lang)
    if args.remove:
        skymap = load_map(args.map, unlock=unlock)
        if unlock.protection is None:
            raise SkymapError("not_protected", path=args.map)
        write_map(skymap, args.map, args.force, None)
        print(message("protected_removed", lang, path=args.map))
        return 0
    # Protecting a plain map: --password-file is the new password (no old one to give).
    from skymap.storage.mapfile import read_bytes  # noqa: PLC0415
    from skymap.storage.protect import looks_protected  # noqa: PLC0415

    if not looks_protected(read_bytes(args.map)):
        if args.new_password_file is not None and args.password_file is not None:
            raise SkymapError("not_protected", path=args.map)
        skymap = load_map(args.map)
        passphrase = _new_passphrase(args.new_password_file or args.password_file, lang, args.map)
        write_map(skymap, args.map, args.force, Protection.new(passphrase))
        print(message("protected_done", lang, path=args.map))
        return 0
    if args.new_password_file is None:
        raise SkymapError("already_protected", path=args.map)
    skymap = load_map(args.map, unlock=unlock)
    passphrase = _new_passphrase(args.new_password_file, lang, args.map)
    write_map(skymap, args.map, args.force, Protection.new(passphrase))
    print(message("protected_changed", lang, path=args.map))
    return 0


def add_protect_parser(sub) -> None:
    p = sub.add_parser(
        "protect",
        help="protect a map with a password, change it, or remove it",
        description="Encrypt a map with a password (AES-256-GCM, key by scrypt). There is no way to open the map "
        "without the password: a forgotten password cannot be recovered. The first line of FILE is the "
        "password; without a file it is asked for on the terminal.",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    add_password_option(p)
    p.add_argument("--new-password-file", type=Path, metavar="FILE",
                   help="change the password of a protected map to the first line of FILE")
    p.add_argument("--remove", action="store_true", help="remove the password: the map is stored unencrypted")
    p.add_argument("--force", action="store_true", help="write the map even if it is open in a Skymap window")
    p.add_argument("--lang", choices=("da", "en"), help="language of messages (default: the system's)")


def add_export_options(p: argparse.ArgumentParser) -> None:
    add_password_option(p)
    p.add_argument("--allow-clear", action="store_true",
                   help="allow an unencrypted export of a password-protected map")
    p.add_argument("--pdf-password-file", type=Path, metavar="FILE",
                   help="protect the PDF with the first line of FILE as its password (AES-256)")


def check_export(args, protection: Protection | None, suffix: str) -> str | None:
    """The PDF's own password, or None. A protected map is not exported in the clear
    without --allow-clear."""
    pdf_password = None
    if args.pdf_password_file is not None:
        if suffix != ".pdf":
            raise SkymapError("pdf_password_pdf_only")
        pdf_password = read_password_file(args.pdf_password_file)
    if protection is not None and pdf_password is None and not args.allow_clear:
        raise SkymapError("clear_export_refused", path=args.map)
    return pdf_password


def write_protected_pdf(write_pdf, skymap, out: Path, password: str, **options) -> None:
    from skymap.export.pdf_password import write_protected_pdf as write  # noqa: PLC0415

    write(write_pdf, skymap, out, password, **options)
