"""Password-protected maps without Qt: the envelope, wrong passwords, damage, and no clear
copy of the map on disk (map, backup, temporary files, recovery files)."""

from __future__ import annotations

import json
import os

import pytest

from skymap.model.errors import MapFileError, UnsupportedVersionError
from skymap.storage import protect
from skymap.storage.mapfile import backup_path, load_map, load_map_stamped, save_map
from skymap.storage.protect import (
    DamagedEnvelopeError,
    PasswordNeededError,
    Protection,
    Unlocker,
    WrongPasswordError,
)
from skymap.storage.recovery import Autosaver, keep_copy, list_recovery
from tests.helpers import EXAMPLE

PASS = "kaffe og kage 2026"


def names_of(skymap) -> list[str]:
    """Every name and label in the map: none may be found in a file of a protected session."""
    found = [m.name for m in skymap.family] + [a.name for a in skymap.actors] + [skymap.meta.family_name]
    return [n for n in found if n and len(n) >= 4]


def clear_text_in(data: bytes, names: list[str]) -> list[str]:
    return [n for n in names if n.encode("utf-8") in data or n.encode("utf-16-le") in data]


@pytest.fixture
def protected(tmp_path):
    skymap = load_map(EXAMPLE)
    path = tmp_path / "case-17.json"
    protection = Protection.new(PASS)
    save_map(skymap, path, protection=protection)
    return skymap, path, protection


def test_a_protected_map_is_an_envelope_and_opens_with_its_password(protected):
    skymap, path, _ = protected
    env = json.loads(path.read_text())
    assert list(env) == ["format", "version", "cipher", "kdf", "check", "nonce", "ciphertext", "sha256"]
    assert (env["format"], env["version"], env["cipher"], env["kdf"]["name"]) == ("skymap-protected", 1,
                                                                                  "AES-256-GCM", "scrypt")
    assert clear_text_in(path.read_bytes(), names_of(skymap)) == []
    unlock = Unlocker.with_passphrase(PASS)
    assert load_map(path, unlock=unlock) == skymap
    assert unlock.protection is not None
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_the_default_cost_is_the_real_one(monkeypatch):
    monkeypatch.delenv(protect.COST_ENV, raising=False)
    assert protect.Scrypt.default() == protect.Scrypt(2**15, 8, 1)
    monkeypatch.setenv(protect.COST_ENV, str(2**20))  # never raised by the environment
    assert protect.Scrypt.default().n == 2**15


def test_wrong_missing_and_retried_passwords(protected):
    _, path, _ = protected
    with pytest.raises(WrongPasswordError) as err:
        load_map(path, unlock=Unlocker.with_passphrase("not the password"))
    assert err.value.message("da") == f"Forkert adgangskode til {path}."
    assert err.value.message("en") == f"Wrong password for {path}."
    with pytest.raises(PasswordNeededError):
        load_map(path)  # no way to ask: a clear error, not "not a map"
    answers = iter(["first guess", PASS])
    asked = []
    unlock = Unlocker(lambda p, wrong: (asked.append(wrong), next(answers))[1])
    load_map(path, unlock=unlock)
    assert asked == [False, True]
    with pytest.raises(PasswordNeededError):
        load_map(path, unlock=Unlocker(lambda p, wrong: None))  # Cancel


def test_a_passphrase_with_danish_letters_typed_either_way_opens(tmp_path):
    path = tmp_path / "m.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new("blåbærgrød\u00e6"))
    assert load_map(path, unlock=Unlocker.with_passphrase("bla\u030abærgrød\u00e6")).meta.title


def test_truncated_and_bit_flipped_envelopes_say_damaged(protected):
    _, path, _ = protected
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 3, 120):
        path.write_bytes(data[:cut])
        with pytest.raises(DamagedEnvelopeError):
            load_map(path, unlock=Unlocker.with_passphrase(PASS))
    # every byte of the ciphertext, nonce, salt, check and checksum, one bit at a time (a sample)
    for i in range(60, len(data) - 2, max(1, len(data) // 150)):
        flipped = bytearray(data)
        flipped[i] ^= 0x04
        path.write_bytes(bytes(flipped))
        try:
            load_map(path, unlock=Unlocker.with_passphrase(PASS))
        except DamagedEnvelopeError as err:
            assert "damaged" in err.message("en") and "beskadiget" in err.message("da")
        except WrongPasswordError:
            pytest.fail(f"a flipped bit at {i} was called a wrong password")
        else:  # only a flip in the indentation (JSON whitespace) may leave it whole
            assert data[i:i + 1] in (b" ", b"\n"), i


def test_a_changed_header_with_a_fixed_checksum_is_damaged_not_opened(protected):
    _, path, _ = protected
    env = json.loads(path.read_text())
    env["kdf"]["p"] = 2  # an attacker (or a bug) changes the header and recomputes the checksum
    fields = {k: v for k, v in env.items() if k != "sha256"}
    env["sha256"] = protect._digest(fields)
    path.write_text(json.dumps(env))
    with pytest.raises((DamagedEnvelopeError, WrongPasswordError)):
        load_map(path, unlock=Unlocker.with_passphrase(PASS))
    env["kdf"]["p"] = 1
    env["nonce"] = protect._b64(bytes(12))
    env["sha256"] = protect._digest({k: v for k, v in env.items() if k != "sha256"})
    path.write_text(json.dumps(env))
    with pytest.raises(DamagedEnvelopeError):  # the key is right (check matches): damaged
        load_map(path, unlock=Unlocker.with_passphrase(PASS))


def test_a_newer_envelope_asks_to_update(protected):
    _, path, _ = protected
    env = json.loads(path.read_text())
    env["version"] = 2
    path.write_text(json.dumps(env))
    with pytest.raises(UnsupportedVersionError) as err:
        load_map(path, unlock=Unlocker.with_passphrase(PASS))
    assert "newer Skymap" in err.value.message("en") and "nyere udgave" in err.value.message("da")
    assert isinstance(err.value, MapFileError)


def test_backup_of_a_map_being_protected_is_sealed_too(tmp_path):
    skymap = load_map(EXAMPLE)
    path = tmp_path / "case.json"
    save_map(skymap, path)
    save_map(skymap.model_copy(update={"links": skymap.links[1:]}), path)  # a plain backup exists now
    assert clear_text_in(backup_path(path).read_bytes(), names_of(skymap))
    protection = Protection.new(PASS)
    save_map(skymap, path, protection=protection)
    for f in (path, backup_path(path)):
        assert clear_text_in(f.read_bytes(), names_of(skymap)) == [], f
    assert load_map(backup_path(path), unlock=Unlocker(protection=protection)).links == skymap.links[1:]


def test_saving_again_uses_the_kept_key_and_a_new_nonce(protected):
    skymap, path, protection = protected
    first = json.loads(path.read_text())
    stamp = load_map_stamped(path, unlock=Unlocker(protection=protection))[1]
    save_map(skymap, path, expect=stamp, protection=protection)
    second = json.loads(path.read_text())
    assert first["kdf"] == second["kdf"] and first["nonce"] != second["nonce"]
    assert "kaffe" not in repr(protection)


def test_recovery_files_of_a_protected_map_are_sealed_and_ask_for_the_password(tmp_path, protected):
    skymap, path, protection = protected
    folder = tmp_path / "recovery"
    saver = Autosaver(folder)
    saver.write(skymap, path, protection)
    kept = keep_copy(skymap, path, folder, protection)
    for f in (saver.path, kept):
        data = f.read_bytes()
        assert clear_text_in(data, names_of(skymap) + [skymap.meta.title]) == [], f
    found = list_recovery(folder, orphaned_only=False)
    assert {f.path for f in found} == {saver.path, kept} and all(f.protected and f.title == "" for f in found)
    with pytest.raises(PasswordNeededError):
        found[0].load()
    with pytest.raises(WrongPasswordError):
        found[0].load(Unlocker.with_passphrase("wrong one!"))
    unlock = Unlocker.with_passphrase(PASS)
    assert found[0].load(unlock) == skymap and unlock.protection is not None


def test_short_passphrases_are_refused():
    with pytest.raises(protect.ProtectError) as err:
        protect.check_new("kort")
    assert "mindst 8 tegn" in err.value.message("da")
    protect.check_new("otte tgn")
