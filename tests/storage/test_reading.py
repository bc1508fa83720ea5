"""Reading files a person named: only regular files, never past the limit."""

from __future__ import annotations

import os

import pytest

from skymap.model.errors import CsvImportError, MapFileError
from skymap.storage.csv_import import read_contact_list
from skymap.storage.mapfile import load_map
from skymap.storage.reading import ReadProblem, read_limited


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_not_read_at_all():
    with pytest.raises(ReadProblem) as info:
        read_limited("/dev/zero", 1024)
    assert info.value.kind == "not_regular"
    with pytest.raises(MapFileError, match="not a regular file"):
        load_map("/dev/zero")
    with pytest.raises(CsvImportError, match="not a regular file"):
        read_contact_list("/dev/urandom")


def test_exactly_the_limit_is_read_one_byte_more_is_refused(tmp_path):
    f = tmp_path / "f"
    f.write_bytes(b"x" * 100)
    assert read_limited(f, 100) == b"x" * 100
    with pytest.raises(ReadProblem) as info:
        read_limited(f, 99)
    assert info.value.kind == "too_large" and info.value.size == 100


def test_a_contact_list_over_its_limit_is_refused_with_sizes(tmp_path, monkeypatch):
    import skymap.storage.csv_import as csv_import

    monkeypatch.setattr(csv_import, "MAX_CSV_BYTES", 2000)
    f = tmp_path / "big.csv"
    f.write_bytes(b"name\n" + b"A\n" * 3000)
    with pytest.raises(CsvImportError) as info:
        read_contact_list(f)
    assert info.value.key == "csv_too_large"
    assert "6.0 kB" in info.value.message("en") and "2.0 kB" in info.value.message("en")


def test_missing_and_folder(tmp_path):
    with pytest.raises(ReadProblem) as info:
        read_limited(tmp_path / "nope", 10)
    assert info.value.kind == "not_found"
    with pytest.raises(ReadProblem) as info:
        read_limited(tmp_path, 10)
    assert info.value.kind == "directory"
    with pytest.raises(CsvImportError, match="folder"):
        read_contact_list(tmp_path)
