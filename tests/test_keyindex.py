"""The compiled look-up files: same answers as ranking, rebuilt when missing, never stale."""

from __future__ import annotations

import shutil

import pytest

import gazetteer
from gazetteer import keyindex
from gazetteer.importer import import_files
from gazetteer.ranking import rank

from .test_importer import FIXTURES


@pytest.fixture
def sqlite_only(index_path, tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(index_path, target)
    return target


def compiled(index):
    return sorted(p.suffix for p in index.parent.glob(f"{index.name}.*"))


@pytest.mark.parametrize("name", ["Springfield", "Tripoli", "San Jose", "Hama", "Georgia", "Paris"])
def test_context_free_order_is_the_ranking_order(gaz, name):
    found = gaz.lookup(name, limit=50, min_score=0)
    assert len(found) > 1
    assert found == rank(found)


def test_context_reorders_what_the_plain_order_gives(gaz):
    assert gaz.best("Tripoli").place.country == "LY"
    assert gaz.best("Tripoli", country="LB").place.country == "LB"


def test_missing_compiled_files_are_rebuilt_at_open(sqlite_only):
    assert compiled(sqlite_only) == []
    gaz = gazetteer.Gazetteer(sqlite_only)
    assert compiled(sqlite_only) == [".keys", ".rows"]
    assert gaz.best("Khanaser").place.country == "SY"


def test_an_import_replaces_the_compiled_files(sqlite_only):
    gazetteer.Gazetteer(sqlite_only).close()
    before = set(sqlite_only.parent.glob("gazetteer.sqlite.*"))
    orphan = sqlite_only.with_name(".gazetteer.sqlite.x-y.keys.999999999.tmp")  # from a killed compile
    orphan.write_bytes(b"partial")
    import_files([FIXTURES / "SY.txt"], sqlite_only, progress=False)
    after = set(sqlite_only.parent.glob("gazetteer.sqlite.*"))
    assert len(after) == 2 and not before & after
    assert gazetteer.Gazetteer(sqlite_only).best("Maardis").place.geonameid == 99000001
    assert not list(sqlite_only.parent.glob(".*.tmp"))


def test_a_damaged_rows_file_is_a_clear_error(sqlite_only):
    gazetteer.Gazetteer(sqlite_only).close()
    rows = next(sqlite_only.parent.glob("gazetteer.sqlite.*.rows"))
    rows.write_bytes(b"\0" * 10)
    with pytest.raises(gazetteer.GazetteerError, match="not a geomap rows file"):
        gazetteer.Gazetteer(sqlite_only)


def test_unwritable_folder_without_compiled_files_is_a_clear_error(sqlite_only, monkeypatch):
    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(keyindex, "compile_index", refuse)
    with pytest.raises(gazetteer.GazetteerError, match="GEOMAP_CACHE"):
        gazetteer.Gazetteer(sqlite_only)
