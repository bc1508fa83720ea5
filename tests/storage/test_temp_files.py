"""Temporary files of every writer: named after the process, owner-only, and the ones a
killed process left behind are removed by the next write of the same target."""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from skymap.model.errors import SaveError
from skymap.storage import locks, mapfile, tempfiles
from skymap.storage.mapfile import backup_path, load_map, save_map, write_atomic
from skymap.storage.recovery import Autosaver, keep_copy, list_recovery, recovery_dir
from tests.disks import tmpfs
from tests.helpers import EXAMPLE, ROOT, dead_pid

TAG = tempfiles.host_tag()

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process ids and SIGKILL")


@pytest.fixture
def live_pid():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


@pytest.fixture
def map_path(tmp_path) -> Path:
    path = tmp_path / "kort" / "MAP.json"
    path.parent.mkdir()
    shutil.copyfile(EXAMPLE, path)
    return path


def temp_beside(target: Path, pid: int, tag: str = TAG, rand: str = "0badc0de") -> Path:
    path = target.with_name(f".{target.name}.skymap-{tag}-{pid}-{rand}.tmp")
    path.write_bytes(b"half a family's data")
    return path


# ----- names and modes ----------------------------------------------------------------------------

def watch_renames(monkeypatch) -> list[tuple[str, str, int]]:
    """Every temporary file as it is renamed or linked into place: (its name, target, mode)."""
    seen: list[tuple[str, str, int]] = []
    real_replace, real_link = os.replace, os.link

    def replace(src, dst, *a, **k):
        seen.append((Path(src).name, Path(dst).name, stat.S_IMODE(os.stat(src).st_mode)))
        return real_replace(src, dst, *a, **k)

    def link(src, dst, *a, **k):
        seen.append((Path(src).name, Path(dst).name, stat.S_IMODE(os.stat(src).st_mode)))
        return real_link(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", link)
    return seen


def test_every_writer_names_its_temporary_file_after_the_process_and_makes_it_owner_only(map_path, monkeypatch,
                                                                                         qapp):
    from skymap.export.csv_export import write_csv
    from skymap.export.graphml import write_graphml
    from skymap.export.pdf import write_pdf
    from skymap.export.svg import write_svg
    from skymap.storage import settings
    from skymap.ui.render import render_png

    m = load_map(map_path)
    out = map_path.parent
    seen = watch_renames(monkeypatch)
    doc = m.model_copy(update={"meta": m.meta.model_copy(update={"title": "Ny titel"})})
    save_map(doc, map_path)  # the map and its .bak
    Autosaver().write(m, map_path)
    keep_copy(m, map_path)
    assert locks.acquire(map_path) is None
    settings.set_preference("language", "da")
    write_pdf(m, out / "out.pdf")
    write_svg(m, out / "out.svg")
    write_graphml(m, out / "out.graphml")
    write_csv(m, out / "out.csv")
    render_png(m, out / "out.png", width=300)
    monkeypatch.undo()
    locks.release(map_path)

    targets = {target for _name, target, _mode in seen}
    assert {"MAP.json", "MAP.json.bak", ".~lock.MAP.json#", "settings.json", "out.pdf", "out.svg", "out.graphml",
            "out.csv", "out.png"} <= targets
    assert sum(1 for t in targets if t.endswith(".json") and (t.startswith("kept-") or t[0].isdigit())) == 2
    for name, target, mode in seen:
        assert re.fullmatch(re.escape(f".{target}.skymap-{TAG}-{os.getpid()}-") + r"[0-9a-f]{8}\.tmp", name), name
        assert mode == 0o600, (target, oct(mode))
    # The PNG used to be written 0644 as .out.png.tmp.png; it is the owner's only now.
    assert stat.S_IMODE((out / "out.png").stat().st_mode) == 0o600
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp") or ".tmp." in p.name]


# ----- stale ones are removed, live ones never ---------------------------------------------------

def test_the_next_save_removes_stale_temporary_files_of_the_map_and_its_backup_only(map_path, live_pid):
    dead = dead_pid()
    stale_map = temp_beside(map_path, dead)
    stale_bak = temp_beside(backup_path(map_path), dead, rand="12345678")
    live = temp_beside(map_path, live_pid, rand="abcdef01")  # a Skymap writing right now
    other_host = temp_beside(map_path, dead, tag="ffffff" if TAG != "ffffff" else "eeeeee")
    other_target = temp_beside(map_path.with_name("ANDET.json"), dead)
    not_ours = map_path.with_name(".MAP.json.k3x9q2ab.tmp")
    not_ours.write_bytes(b"someone else's")

    save_map(load_map(map_path).model_copy(update={"meta": load_map(map_path).meta.model_copy(
        update={"title": "Gemt igen"})}), map_path)

    assert not stale_map.exists() and not stale_bak.exists()
    assert live.exists() and other_host.exists() and other_target.exists() and not_ours.exists()
    assert load_map(map_path).meta.title == "Gemt igen"


def test_stale_recovery_temporaries_are_removed_when_recovery_files_are_listed(map_path):
    folder = recovery_dir()
    folder.mkdir(parents=True)
    stale = temp_beside(folder / "4242-0badc0de.json", dead_pid())
    list_recovery()
    assert not stale.exists()


# ----- kills aimed at the temporary file ----------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from skymap.storage.mapfile import load_map, save_map
    what, path = sys.argv[1], Path(sys.argv[2])
    m = load_map(sys.argv[3])
    m = m.model_copy(update={"meta": m.meta.model_copy(update={"title": "Halvt skrevet"})})
    real_fsync = os.fsync

    def stuck(fd):  # the data is in the temporary file; the power goes before the rename
        print("writing", flush=True)
        time.sleep(60)

    os.fsync = stuck
    if what == "map":
        save_map(m, path)
    elif what == "pdf":
        from skymap.export.pdf import write_pdf
        write_pdf(m, path)
    elif what == "png":
        from skymap.ui.render import render_png
        render_png(m, path, width=300)
    elif what == "recovery":
        from skymap.storage.recovery import Autosaver
        Autosaver().write(m, path)
    """
)


def kill_mid_write(what: str, target: Path, source: Path) -> list[Path]:
    """Run a writer in a child process, SIGKILL it while its temporary file is written;
    return the temporary files it left."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, what, str(target), str(source)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ.copy())
    try:
        line = proc.stdout.readline().strip()
        assert line == "writing", proc.stderr.read() if proc.poll() is not None else line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return [p for p in target.parent.iterdir() if p.name.endswith(".tmp") and f"-{proc.pid}-" in p.name]


@pytest.mark.parametrize("what", ["map", "pdf", "png"])
def test_a_write_killed_mid_way_leaves_an_owner_only_copy_that_the_next_write_removes(map_path, what):
    target = map_path if what == "map" else map_path.with_name(f"out.{what}")
    before = map_path.read_bytes()
    left = kill_mid_write(what, target, map_path)
    assert len(left) == 1, left
    assert stat.S_IMODE(left[0].stat().st_mode) == 0o600
    assert map_path.read_bytes() == before  # the map was never touched half-way

    m = load_map(map_path)
    if what == "map":
        save_map(m.model_copy(update={"meta": m.meta.model_copy(update={"title": "Næste gang"})}), map_path)
        assert load_map(map_path).meta.title == "Næste gang"
    elif what == "pdf":
        from skymap.export.pdf import write_pdf

        write_pdf(m, target)
    else:
        from skymap.ui.render import render_png

        render_png(m, target, width=300)
    assert not left[0].exists()
    assert [p.name for p in map_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_killed_autosave_leaves_nothing_after_the_next_start(map_path):
    left = kill_mid_write("recovery", recovery_dir() / "x.json", map_path)
    assert len(left) == 1
    assert list_recovery() == []  # the half-written recovery file is not offered ...
    assert not left[0].exists()  # ... and it is gone


# ----- what a failed write says -----------------------------------------------------------------

def test_a_failed_write_of_a_new_file_does_not_claim_a_previous_file(tmp_path, monkeypatch):
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mapfile, "create_temp", full)
    with pytest.raises(SaveError) as new:
        write_atomic(tmp_path / "new.pdf", b"%PDF")
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF old")
    with pytest.raises(SaveError) as old:
        write_atomic(existing, b"%PDF")
    for lang in ("en", "da"):
        assert "No space left on device" in new.value.message(lang)
    assert "unchanged" not in new.value.message("en") and "uændret" not in new.value.message("da")
    assert "unchanged" in old.value.message("en") and "uændret" in old.value.message("da")


def test_png_export_to_a_full_disk_names_the_cause(tmp_path, qapp):
    from skymap.ui.render import render_png

    m = load_map(EXAMPLE)
    with tmpfs(tmp_path / "disk", size="16k") as disk:
        with pytest.raises(SaveError) as info:
            render_png(m, disk / "out.png", width=2400)
        assert "No space left on device" in info.value.message("en")
        assert "(PNG)" not in info.value.message("en") and "unchanged" not in info.value.message("en")
        assert list(disk.iterdir()) == []


def test_leftovers_of_older_skymaps_are_removed_once_a_day_old(map_path):
    old_style = [map_path.with_name(".MAP.json.k3x9q2ab.tmp"), map_path.with_name(".MAP.json.bak.a_b0c9d8.tmp"),
                 map_path.with_name(".out.png.tmp.png")]
    recent = map_path.with_name(".MAP.json.zz11yy22.tmp")
    for p in old_style + [recent]:
        p.write_bytes(b"a family's data")
    day_ago = __import__("time").time() - tempfiles.LEGACY_AGE_SECONDS - 60
    for p in old_style:
        os.utime(p, (day_ago, day_ago))
    save_map(load_map(map_path).model_copy(update={"meta": load_map(map_path).meta.model_copy(
        update={"title": "Igen"})}), map_path)
    write_atomic(map_path.with_name("out.png"), b"png")  # the next PNG export
    assert [p.exists() for p in old_style] == [False, False, False]
    assert recent.exists()  # it may be an older Skymap writing right now
