"""`skymap protect` and every command on a password-protected map: --password-file, the
terminal (never echoed; no terminal → one clear line), wrong passwords, damaged files,
and exports that are not in the clear without --allow-clear."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skymap.cli import main
from skymap.storage.mapfile import backup_path, load_map
from skymap.storage.protect import Unlocker, looks_protected
from tests.helpers import EXAMPLE, ROOT

PASS = "kaffe og kage 2026"


def names(skymap) -> list[str]:
    return [n for n in [m.name for m in skymap.family] + [a.name for a in skymap.actors] if len(n) >= 4]


@pytest.fixture
def files(tmp_path):
    path = tmp_path / "case-17.json"
    shutil.copy(EXAMPLE, path)
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\nsecond line is ignored\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    return path, pw, wrong


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_protect_change_and_remove(files, tmp_path, capsys):
    path, pw, wrong = files
    original = load_map(path)
    assert run("protect", path, "--password-file", pw, "--lang", "en") == 0
    assert "now protected" in capsys.readouterr().out
    data = path.read_bytes()
    assert looks_protected(data) and not any(n.encode() in data for n in names(original))
    assert not any(n.encode() in backup_path(path).read_bytes() for n in names(original))
    assert load_map(path, unlock=Unlocker.with_passphrase(PASS)) == original
    # protecting twice is refused; changing needs the old and the new password
    assert run("protect", path, "--password-file", pw, "--lang", "en") == 2
    assert "already protected" in capsys.readouterr().err
    new = tmp_path / "new.txt"
    new.write_text("ny adgangskode 2027\n", encoding="utf-8")
    assert run("protect", path, "--password-file", wrong, "--new-password-file", new, "--lang", "da") == 2
    assert capsys.readouterr().err.strip() == f"skymap: Forkert adgangskode til {path}."
    assert run("protect", path, "--password-file", pw, "--new-password-file", new) == 0
    capsys.readouterr()
    assert load_map(path, unlock=Unlocker.with_passphrase("ny adgangskode 2027")) == original
    assert run("protect", path, "--remove", "--password-file", new, "--lang", "en") == 0
    assert "no longer protected" in capsys.readouterr().out
    assert load_map(path) == original
    assert run("protect", path, "--remove", "--password-file", new, "--lang", "en") == 2
    assert "not protected" in capsys.readouterr().err


def test_a_short_new_password_is_refused(files, tmp_path, capsys):
    path, _, _ = files
    short = tmp_path / "short.txt"
    short.write_text("kort\n")
    assert run("protect", path, "--password-file", short, "--lang", "en") == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert not looks_protected(path.read_bytes())


def test_every_command_reads_and_writes_a_protected_map(files, tmp_path, capsys):
    path, pw, wrong = files
    assert run("protect", path, "--password-file", pw) == 0
    before = load_map(path, unlock=Unlocker.with_passphrase(PASS))
    assert run("validate", path, "--password-file", pw) == 0
    capsys.readouterr()
    assert run("stats", path, "--password-file", pw, "--json") == 0
    assert json.loads(capsys.readouterr().out)["professionals"] > 0
    assert run("status", path, "--add", "Statusmøde 1", "--password-file", pw) == 0
    assert run("status", path, "--list", "--password-file", pw) == 0
    assert run("diff", path, "--from", "Statusmøde 1", "--password-file", pw) == 0
    assert run("rc", path, "--password-file", pw) == 0
    contacts = tmp_path / "list.csv"
    contacts.write_text("name;kind;role;domain\nBirthe Kragh;professional;Sundhedsplejerske;Sundhed og omsorg\n",
                        encoding="utf-8")
    assert run("import", contacts, "--into", path, "--password-file", pw) == 0
    after = load_map(path, unlock=Unlocker.with_passphrase(PASS))
    assert looks_protected(path.read_bytes()) and b"Birthe" not in path.read_bytes()
    assert len(after.actors) == len(before.actors) + 1 and len(after.snapshots) == 1
    for f in tmp_path.iterdir():  # nothing in the folder holds a name of the map
        if f.name not in ("list.csv", "pw.txt", "wrong.txt"):
            data = f.read_bytes()
            assert not [n for n in names(after) if n.encode() in data], f
    capsys.readouterr()
    for command in (["validate"], ["stats"], ["diff", "--from", "Statusmøde 1"], ["status", "--list"]):
        assert run(command[0], path, *command[1:], "--password-file", wrong, "--lang", "en") == 2
        assert capsys.readouterr().err == f"skymap: Wrong password for {path}.\n"


def test_exports_need_allow_clear_and_a_pdf_can_have_its_own_password(files, tmp_path, capsys):
    from pypdf import PdfReader

    path, pw, _ = files
    assert run("protect", path, "--password-file", pw) == 0
    for suffix in (".csv", ".svg", ".graphml", ".pdf"):
        out = tmp_path / f"out{suffix}"
        assert run("export", path, "-o", out, "--password-file", pw, "--lang", "en") == 2
        assert "--allow-clear" in capsys.readouterr().err and not out.exists()
        assert run("export", path, "-o", out, "--password-file", pw, "--allow-clear") == 0
        assert out.stat().st_mode & 0o777 == 0o600
    pdf = tmp_path / "locked.pdf"
    assert run("export", path, "-o", pdf, "--password-file", pw, "--pdf-password-file", pw) == 0
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0 and reader.decrypt(PASS) != 0
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    assert "Nørgaard" in "".join(page.extract_text() for page in reader.pages)
    assert b"N\xc3\xb8rgaard" not in pdf.read_bytes() and b"Contact" not in pdf.read_bytes()
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    assert run("export", path, "-o", tmp_path / "x.csv", "--password-file", pw, "--pdf-password-file", pw) == 2


def test_damaged_and_missing_password(files, capsys):
    path, pw, _ = files
    assert run("protect", path, "--password-file", pw) == 0
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert run("validate", path, "--password-file", pw, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and err.count("\n") == 1
    path.write_bytes(data)
    capsys.readouterr()


def test_without_a_file_or_a_terminal_one_clear_line(files):
    path, pw, _ = files
    assert run("protect", path, "--password-file", pw) == 0
    proc = subprocess.run([sys.executable, "-m", "skymap.cli", "validate", str(path), "--lang", "en"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ}, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr == f"skymap: {path} is protected with a password and there is no terminal to ask on: " \
                          f"use --password-file FILE.\n"


def test_the_terminal_asks_without_echo(files, monkeypatch, capsys):
    path, pw, _ = files
    assert run("protect", path, "--password-file", pw) == 0
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: (asked.append(prompt), PASS)[1])
    assert run("validate", path, "--lang", "da") == 0
    assert asked == [f"Adgangskode til {path}: "]


def test_the_window_starts_on_a_protected_map_with_a_password_file(files, tmp_path):
    """`skymap MAP --password-file F --screenshot` (a real process): a picture is a copy in
    the clear, so it needs --allow-clear; a wrong password is one line."""
    path, pw, wrong = files
    assert run("protect", path, "--password-file", pw) == 0
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def start(*extra):
        return subprocess.run([sys.executable, "-m", "skymap.cli", str(path), "--screenshot", str(out), "--size",
                               "800x600", "--lang", "en", *map(str, extra)], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)

    proc = start("--password-file", wrong)
    assert proc.returncode == 2 and proc.stderr == f"skymap: Wrong password for {path}.\n"
    proc = start("--password-file", pw)
    assert proc.returncode == 2 and "--allow-clear" in proc.stderr and not out.exists()
    proc = start("--password-file", pw, "--allow-clear")
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000
