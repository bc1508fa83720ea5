"""Never lose a map: one backup generation, failed saves that change nothing, owner-only
files, autosave and recovery files, locks between two Skymaps, and no CPR numbers."""

from __future__ import annotations

import errno
import functools
import getpass
import json
import os
import socket
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from skymap.model.cpr import find_cpr, remove_cpr
from skymap.model.document import MapDocument
from skymap.model.errors import CsvImportError, SaveError
from skymap.model.merge import apply_contact_list
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.storage import mapfile
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.locks import LockInfo, acquire, lock_path, read_lock, release
from skymap.storage.mapfile import backup_path, dumps_map, load_map, save_map
from skymap.storage.recovery import RECOVERY_FORMAT, Autosaver, list_recovery, process_alive, recovery_dir
from tests.helpers import EXAMPLE_CSV

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX permissions")


# ----- helpers -------------------------------------------------------------------------------

@functools.cache
def version(n: int) -> SkyMap:
    """A distinct map per n (the same object each time): the title and a family member say
    which version it is."""
    doc = MapDocument(new_map("standard", family_name=f"Version {n}", lang="da"))
    doc.update_meta(title=f"Version {n}")
    doc.add_member(f"Medlem {n}")
    return doc.map


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def dead_pid() -> int:
    """The id of a process that has finished (and was reaped), so it is not running."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid if not process_alive(done.pid) else 2**22 + 12345


@pytest.fixture
def live_foreign_pid():
    """A running process that is not this one: a Skymap someone else has open."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        yield proc.pid
    finally:
        proc.kill()
        proc.wait()


def write_lock(map_path: Path, pid: int, host: str | None = None, user: str = "karin",
               since: str = "2025-03-01T08:15:00+00:00") -> Path:
    path = lock_path(map_path)
    path.write_text(json.dumps({"user": user, "host": host or socket.gethostname(), "pid": pid, "since": since}),
                    encoding="utf-8")
    return path


def recovery_record(skymap: SkyMap, pid: int, original: str | None = None, saved: str | None = None,
                    host: str | None = None) -> dict:
    return {
        "format": RECOVERY_FORMAT,
        "version": 1,
        "saved": saved or datetime.now(UTC).isoformat(timespec="seconds"),
        "pid": pid,
        "host": host or socket.gethostname(),
        "original": original,
        "title": skymap.meta.title,
        "map": skymap.to_json_dict(),
    }


@pytest.fixture
def saved_twice(tmp_path):
    """MAP.json holding version 2 and MAP.json.bak holding version 1."""
    path = tmp_path / "MAP.json"
    save_map(version(1), path)
    save_map(version(2), path)
    return path


# ----- one backup generation -------------------------------------------------------------------

def test_first_save_makes_no_backup(tmp_path):
    path = tmp_path / "MAP.json"
    save_map(version(1), path)
    assert path.read_text(encoding="utf-8") == dumps_map(version(1))
    assert not backup_path(path).exists()
    assert backup_path(path) == tmp_path / "MAP.json.bak"


def test_three_saves_keep_exactly_one_backup_generation(tmp_path):
    path = tmp_path / "MAP.json"
    v1, v2, v3 = version(1), version(2), version(3)
    save_map(v1, path)
    save_map(v2, path)
    save_map(v3, path)
    assert load_map(path) == v3
    assert load_map(backup_path(path)) == v2
    assert backup_path(path).read_text(encoding="utf-8") == dumps_map(v2)
    # One generation: no .bak of the backup, no numbered backups, no temp files.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["MAP.json", "MAP.json.bak"]


def test_saving_identical_content_keeps_the_older_backup(saved_twice):
    path = saved_twice
    save_map(version(2), path)  # nothing changed since the last save
    assert load_map(path) == version(2)
    assert load_map(backup_path(path)) == version(1), "the backup was overwritten with a copy of the file itself"


def test_save_without_backup_leaves_old_backup_alone(saved_twice):
    path = saved_twice
    save_map(version(3), path, backup=False)
    assert load_map(path) == version(3)
    assert load_map(backup_path(path)) == version(1)


# ----- a failed save changes nothing ----------------------------------------------------------

def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_disk_full_raises_save_error_and_changes_nothing(saved_twice, monkeypatch, failing):
    path = saved_twice
    before = folder_snapshot(path.parent)
    monkeypatch.setattr(os, failing, _enospc)
    with pytest.raises(SaveError) as info:
        save_map(version(3), path)
    monkeypatch.undo()
    err = info.value
    assert str(path) in err.message("da") and str(path) in err.message("en")
    assert err.message("da") != err.message("en")
    assert "No space left on device" in err.message("en")
    assert "gemmes" in err.message("da")
    # Same files, same bytes: the map, its backup, and no temp file left behind.
    assert folder_snapshot(path.parent) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["MAP.json", "MAP.json.bak"]
    assert load_map(path) == version(2)


def test_disk_full_on_the_map_itself_keeps_the_old_backup(saved_twice, monkeypatch):
    path = saved_twice
    before = folder_snapshot(path.parent)
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == path:
            _enospc()
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError):
        save_map(version(3), path)
    monkeypatch.undo()
    assert load_map(path) == version(2)
    assert sorted(p.name for p in path.parent.iterdir()) == ["MAP.json", "MAP.json.bak"]
    assert folder_snapshot(path.parent) == before


def test_disk_full_on_the_map_itself_leaves_the_map_and_no_temp_files(saved_twice, monkeypatch):
    """The map file itself (what the user opens) is intact even when only its write fails."""
    path = saved_twice
    map_before = path.read_bytes()
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == path:
            _enospc()
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError) as info:
        save_map(version(3), path)
    monkeypatch.undo()
    assert str(path) in info.value.message("en")
    assert path.read_bytes() == map_before
    assert sorted(p.name for p in path.parent.iterdir()) == ["MAP.json", "MAP.json.bak"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_raises_save_error_and_changes_nothing(saved_twice):
    path = saved_twice
    before = folder_snapshot(path.parent)
    path.parent.chmod(0o500)
    try:
        with pytest.raises(SaveError) as info:
            save_map(version(3), path)
    finally:
        path.parent.chmod(0o700)
    assert str(path.parent) in info.value.message("en") and str(path.parent) in info.value.message("da")
    assert folder_snapshot(path.parent) == before


def test_read_only_folder_simulated_raises_save_error_and_changes_nothing(saved_twice, monkeypatch):
    """The same as above in a form that also runs as root: creating the temp file is refused."""
    path = saved_twice
    before = folder_snapshot(path.parent)

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(mapfile, "create_temp", refuse)
    with pytest.raises(SaveError) as info:
        save_map(version(3), path)
    monkeypatch.undo()
    assert str(path) in info.value.message("en") and str(path) in info.value.message("da")
    assert "Permission denied" in info.value.message("en")
    assert folder_snapshot(path.parent) == before
    assert load_map(path) == version(2)


def test_lost_folder_raises_save_error(tmp_path):
    """A network drive that went away: the folder is gone."""
    path = tmp_path / "gone" / "MAP.json"
    with pytest.raises(SaveError) as info:
        save_map(version(1), path)
    assert str(path) in info.value.message("en") and str(path) in info.value.message("da")
    assert not path.parent.exists()


# ----- owner-only files ----------------------------------------------------------------------

def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_map_and_backup_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "MAP.json"
        save_map(version(1), path)
        assert mode(path) == 0o600
        save_map(version(2), path)
        assert mode(path) == 0o600
        assert mode(backup_path(path)) == 0o600
    finally:
        os.umask(old)


@posix_only
def test_a_world_readable_map_becomes_owner_only_when_saved(tmp_path):
    path = tmp_path / "MAP.json"
    path.write_text(dumps_map(version(1)), encoding="utf-8")
    path.chmod(0o644)
    save_map(version(2), path)
    assert mode(path) == 0o600
    assert mode(backup_path(path)) == 0o600


@posix_only
def test_recovery_file_and_lock_are_owner_only(tmp_path):
    saver = Autosaver()
    saver.write(version(1), tmp_path / "MAP.json")
    assert mode(saver.path) == 0o600
    assert mode(saver.folder) == 0o700
    path = tmp_path / "MAP.json"
    save_map(version(1), path)
    assert acquire(path) is None
    assert mode(lock_path(path)) == 0o600


# ----- autosave and recovery -------------------------------------------------------------------

def test_autosave_goes_under_the_data_folder_never_over_the_users_file(tmp_path):
    path = tmp_path / "MAP.json"
    save_map(version(1), path)
    before = folder_snapshot(tmp_path)
    saver = Autosaver()
    saver.write(version(2), path)
    assert folder_snapshot(tmp_path) == before
    assert saver.path.exists()
    assert Path(os.environ["XDG_DATA_HOME"]) in saver.path.parents
    assert saver.path.parent == recovery_dir()


def test_autosave_is_listed_with_title_original_and_time_and_loads_equal(tmp_path):
    path = tmp_path / "MAP.json"
    work = version(7)
    saver = Autosaver()
    start = datetime.now(UTC).replace(microsecond=0)
    saver.write(work, path)
    found = list_recovery(orphaned_only=False)
    assert len(found) == 1
    item = found[0]
    assert item.path == saver.path
    assert item.title == "Version 7"
    assert item.original == str(path.resolve())
    assert item.saved.tzinfo is not None
    assert start - timedelta(seconds=1) <= item.saved <= datetime.now(UTC) + timedelta(seconds=1)
    assert item.load() == work


def test_autosave_of_a_never_saved_map_has_no_original():
    saver = Autosaver()
    saver.write(version(1), None)
    (item,) = list_recovery(orphaned_only=False)
    assert item.original is None
    assert item.load() == version(1)


def test_the_running_skymaps_own_file_is_not_offered_but_a_dead_ones_is(tmp_path):
    mine = Autosaver()
    mine.write(version(1), tmp_path / "mine.json")
    assert list_recovery() == [], "the file of a Skymap that is still running was offered as orphaned"

    pid = dead_pid()
    orphan = recovery_dir() / f"{pid}-deadbeef.json"
    orphan.write_text(json.dumps(recovery_record(version(2), pid, str(tmp_path / "crashed.json"))), encoding="utf-8")
    found = list_recovery()
    assert [f.path for f in found] == [orphan]
    assert found[0].title == "Version 2"
    assert found[0].original == str(tmp_path / "crashed.json")
    assert found[0].load() == version(2)
    assert {f.path for f in list_recovery(orphaned_only=False)} == {orphan, mine.path}


def test_recovery_files_are_offered_newest_first():
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pid = dead_pid()
    for n, when in ((1, "2025-01-01T10:00:00+00:00"), (2, "2025-03-01T10:00:00+00:00"),
                    (3, "2025-02-01T10:00:00+00:00")):
        (folder / f"{pid}-{n}.json").write_text(json.dumps(recovery_record(version(n), pid, saved=when)),
                                                encoding="utf-8")
    assert [f.title for f in list_recovery()] == ["Version 2", "Version 3", "Version 1"]


def test_list_recovery_skips_junk_without_raising():
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pid = dead_pid()
    good = folder / f"{pid}-good.json"
    good.write_text(json.dumps(recovery_record(version(1), pid)), encoding="utf-8")
    (folder / "not-json.json").write_text("{ this is not json", encoding="utf-8")
    (folder / "binary.json").write_bytes(b"\x00\xff\xfe junk \x89PNG")
    (folder / "list.json").write_text("[1, 2, 3]", encoding="utf-8")
    (folder / "wrong-format.json").write_text(json.dumps(dict(recovery_record(version(1), pid), format="other")))
    invalid = recovery_record(version(1), pid)
    invalid["map"]["family"] = "not a list"
    (folder / "invalid-map.json").write_text(json.dumps(invalid), encoding="utf-8")
    (folder / "no-map.json").write_text(json.dumps({k: v for k, v in recovery_record(version(1), pid).items()
                                                    if k != "map"}), encoding="utf-8")
    (folder / "bad-time.json").write_text(json.dumps(recovery_record(version(1), pid, saved="yesterday")))
    (folder / "bad-pid.json").write_text(json.dumps(dict(recovery_record(version(1), pid), pid="abc")))
    (folder / "folder.json").mkdir()
    (folder / "empty.json").write_text("", encoding="utf-8")
    for orphaned_only in (True, False):
        found = list_recovery(orphaned_only=orphaned_only)
        assert [f.path for f in found] == [good]


def test_list_recovery_survives_a_time_without_time_zone():
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pid = dead_pid()
    (folder / "aware.json").write_text(json.dumps(recovery_record(version(1), pid)), encoding="utf-8")
    (folder / "naive.json").write_text(json.dumps(recovery_record(version(2), pid, saved="2025-01-01T10:00:00")))
    found = list_recovery()
    assert {f.title for f in found} <= {"Version 1", "Version 2"}
    assert "Version 1" in {f.title for f in found}


def test_list_recovery_survives_an_absurd_pid():
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pid = dead_pid()
    (folder / "good.json").write_text(json.dumps(recovery_record(version(1), pid)), encoding="utf-8")
    (folder / "huge.json").write_text(json.dumps(recovery_record(version(2), 2**70)), encoding="utf-8")
    found = list_recovery()
    assert "Version 1" in {f.title for f in found}


def test_recovery_of_another_computer_counts_as_orphaned():
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    other = folder / "other-host.json"
    other.write_text(json.dumps(recovery_record(version(1), os.getpid(), host="another-pc")), encoding="utf-8")
    assert [f.path for f in list_recovery()] == [other]


def test_autosaver_remove_deletes_the_file_and_discard_too(tmp_path):
    saver = Autosaver()
    saver.write(version(1), tmp_path / "MAP.json")
    assert saver.path.exists()
    saver.remove()
    assert not saver.path.exists()
    saver.remove()  # twice is fine
    assert list_recovery(orphaned_only=False) == []

    saver.write(version(2), None)
    (item,) = list_recovery(orphaned_only=False)
    item.discard()
    assert not saver.path.exists()


def test_autosave_overwrites_its_own_file_with_the_latest_state(tmp_path):
    saver = Autosaver()
    saver.write(version(1), tmp_path / "MAP.json")
    saver.write(version(2), tmp_path / "MAP.json")
    (item,) = list_recovery(orphaned_only=False)
    assert item.load() == version(2)
    assert [p.name for p in saver.folder.iterdir()] == [saver.path.name]


# ----- locks -----------------------------------------------------------------------------------

@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "MAP.json"
    save_map(version(1), path)
    return path


def test_acquire_on_a_free_map_takes_the_lock_naming_us(map_file):
    before = datetime.now(UTC).replace(microsecond=0)
    assert acquire(map_file) is None
    assert lock_path(map_file) == map_file.with_name(".~lock.MAP.json#")
    info = read_lock(map_file)
    assert info.user == getpass.getuser()
    assert info.host == socket.gethostname()
    assert info.pid == os.getpid()
    assert info.is_mine()
    assert before - timedelta(seconds=1) <= info.since <= datetime.now(UTC) + timedelta(seconds=1)
    assert acquire(map_file) is None  # taking our own lock again is fine


def test_a_lock_held_by_another_running_skymap_is_reported(map_file, live_foreign_pid):
    lock = write_lock(map_file, live_foreign_pid, user="karin")
    before = lock.read_bytes()
    holder = acquire(map_file)
    assert isinstance(holder, LockInfo)
    assert holder.user == "karin"
    assert holder.host == socket.gethostname()
    assert holder.pid == live_foreign_pid
    assert holder.since == datetime(2025, 3, 1, 8, 15, tzinfo=UTC)
    assert not holder.is_mine() and not holder.stale()
    assert lock.read_bytes() == before, "the other Skymap's lock was overwritten"


def test_a_lock_from_another_computer_is_held_even_if_the_pid_is_unknown_here(map_file):
    write_lock(map_file, dead_pid(), host="kontor-pc-17", user="lars")
    holder = acquire(map_file)
    assert holder is not None
    assert (holder.user, holder.host) == ("lars", "kontor-pc-17")


def test_a_stale_lock_is_cleared_and_taken(map_file):
    write_lock(map_file, dead_pid(), user="karin")
    assert read_lock(map_file).stale()
    assert acquire(map_file) is None
    info = read_lock(map_file)
    assert info.is_mine()
    assert info.user == getpass.getuser()


def test_release_removes_only_our_own_lock(map_file, live_foreign_pid):
    assert acquire(map_file) is None
    release(map_file)
    assert not lock_path(map_file).exists()
    release(map_file)  # nothing to release: no error

    lock = write_lock(map_file, live_foreign_pid)
    before = lock.read_bytes()
    release(map_file)
    assert lock.read_bytes() == before


@pytest.mark.parametrize("content", [b"{ half a lock", b"\x00\xff\xfe\x01", b"", b'{"user": "x", "pid": "abc"}',
                                     b'{"since": "not a time"}'])
def test_a_corrupt_lock_still_counts_as_held(map_file, content):
    lock = lock_path(map_file)
    lock.write_bytes(content)
    info = read_lock(map_file)
    assert isinstance(info, LockInfo)
    assert acquire(map_file) is not None, "a damaged lock was taken over"
    assert lock.read_bytes() == content
    release(map_file)
    assert lock.exists()


@pytest.mark.parametrize("content", ["[]", "5", '"x"'])
def test_a_lock_that_is_json_but_not_an_object_still_counts_as_held(map_file, content):
    lock_path(map_file).write_text(content, encoding="utf-8")
    assert isinstance(read_lock(map_file), LockInfo)
    assert acquire(map_file) is not None


@pytest.mark.parametrize("pid", [2**70, 1e30])
def test_a_lock_with_an_absurd_pid_does_not_crash_acquire(map_file, pid):
    lock_path(map_file).write_text(json.dumps({"user": "x", "host": socket.gethostname(), "pid": pid}))
    acquire(map_file)  # held or cleared: either is an answer, an exception is not


# ----- CPR numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, numbers", [
    ("010190-1234", ["010190-1234"]),
    ("0101901234", ["0101901234"]),
    ("010190 1234", ["010190 1234"]),
    ("CPR: 311299-4321, ring 12345678", ["311299-4321"]),
    ("Født 290200-1234 og 150675 9876", ["290200-1234", "150675 9876"]),
])
def test_find_cpr_finds_cpr_numbers(text, numbers):
    assert find_cpr(text) == numbers


@pytest.mark.parametrize("text", [
    "320190-1234",      # day 32
    "011390-1234",      # month 13
    "000190-1234",      # day 0
    "310490-1234",      # 31 April
    "12345678",         # a phone number
    "+45 12 34 56 78",  # a phone number written out
    "01019012345",      # 11 digits
    "1010190-1234",     # 7 digits before the hyphen
    "010190-12345",     # 5 after
    "Mødet 01.01.1990 kl. 12:34",
    "",
])
def test_find_cpr_ignores_what_is_not_a_cpr_number(text):
    assert find_cpr(text) == []


@pytest.mark.parametrize("text, cleaned", [
    ("CPR 010190-1234", "CPR"),
    ("Emil 0101901234 går i 3.a", "Emil går i 3.a"),
    ("Født 010190 1234, mor", "Født , mor"),
    ("Ring 12345678", "Ring 12345678"),
])
def test_remove_cpr_takes_the_numbers_out(text, cleaned):
    out = remove_cpr(text)
    assert find_cpr(out) == []
    assert out == cleaned


def csv_lines() -> list[str]:
    return EXAMPLE_CSV.read_text(encoding="utf-8").splitlines()


def import_into_fresh_map(data: bytes):
    doc = MapDocument(new_map())
    before = doc.map.model_dump()
    with pytest.raises(CsvImportError) as info:
        rows = parse_contact_list(data, "kontakter.csv")
        apply_contact_list(doc, rows.rows, rows.columns)
    assert doc.map.model_dump() == before, "the map changed although the import was refused"
    return info.value


def test_example_contact_list_imports_cleanly():
    """The base for the CPR tests below: without a CPR number the list is accepted."""
    doc = MapDocument(new_map())
    rows = parse_contact_list(EXAMPLE_CSV.read_bytes())
    report = apply_contact_list(doc, rows.rows, rows.columns)
    assert len(report.added) == 27


def test_importer_refuses_a_cpr_number_in_a_known_column():
    lines = csv_lines()
    lines[2] = lines[2].replace("Thomas Nørgaard;familie;far;;;;;;;;;1983;",
                                "Thomas Nørgaard;familie;far;;;;;;;;;1983;CPR 150683-1234 ")
    assert "150683-1234" in lines[2]
    err = import_into_fresh_map("\n".join(lines).encode("utf-8"))
    cpr = [p for p in err.problems if p[2] == "csv_cpr"]
    assert [(p[0], p[1]) for p in cpr] == [(3, "noter")]
    assert 'line 3, column "noter"' in err.message("en") and "national ID" in err.message("en")
    assert 'linje 3, kolonne "noter"' in err.message("da") and "CPR-nummer" in err.message("da")
    assert "150683-1234" not in err.message("en")


def test_importer_refuses_an_unknown_cpr_column():
    lines = csv_lines()
    lines[0] += ";cpr"
    lines[1] += ";010186-1234"
    lines[2] += ";"
    lines[3] += ";0101831234"
    err = import_into_fresh_map("\n".join(lines).encode("utf-8"))
    cpr = sorted((p[0], p[1]) for p in err.problems if p[2] == "csv_cpr")
    assert cpr == [(2, "cpr"), (4, "cpr")]


def test_importer_refuses_a_cpr_number_in_the_name_column():
    data = b"navn;type\nSofie 010186 1234;familie\nEmil;familie\n"
    err = import_into_fresh_map(data)
    assert [(p[0], p[1], p[2]) for p in err.problems] == [(2, "navn", "csv_cpr")]


@pytest.mark.parametrize("data", [
    ("navn;type\nAnna;familie\n" + "B" * 201 + ";familie\n").encode("utf-8"),
    # A stray double quote (as Excel users type them) swallows the rest of the file into one name.
    ("navn;type\nAnna;familie\n\"Bo;familie\n" + "".join(f"Person {i};familie\n" for i in range(30))).encode("utf-8"),
], ids=["201-character name", "stray quote"])
def test_an_over_long_name_is_a_csv_error_and_changes_nothing(data):
    err = import_into_fresh_map(data)
    assert any(p[0] == 3 for p in err.problems)
