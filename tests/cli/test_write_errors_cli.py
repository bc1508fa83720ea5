"""What `skymap export` says when the output cannot be written: the cause, and "the previous
file is unchanged" only when there was one."""

from __future__ import annotations

import pytest

from tests.disks import tmpfs
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.mark.parametrize("suffix", [".png", ".pdf", ".csv"])
def test_export_into_a_read_only_folder_names_the_cause(tmp_path, capsys, suffix):
    with tmpfs(tmp_path / "ro", read_only=True) as folder:
        code, _, err = run(capsys, "export", EXAMPLE, "-o", folder / f"ud{suffix}", "--lang", "en")
    assert code == 2
    line = err.strip()
    assert len(line.splitlines()) == 1 and "Read-only file system" in line
    assert "(PNG)" not in line and "unchanged" not in line  # there was no previous file


def test_a_png_over_an_existing_file_on_a_full_disk_keeps_it_and_says_so(tmp_path, capsys):
    with tmpfs(tmp_path / "disk", size="64k", files={"ud.png": b"old picture"}) as folder:
        code, _, err = run(capsys, "export", EXAMPLE, "-o", folder / "ud.png", "--width", "3000", "--lang", "da")
        assert (folder / "ud.png").read_bytes() == b"old picture"
        assert [p.name for p in folder.iterdir()] == ["ud.png"]
    assert code == 2
    assert "No space left on device" in err and "uændret" in err and "(PNG)" not in err
