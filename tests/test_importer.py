import http.server
import shutil
import sqlite3
import threading
import zipfile
from functools import partial
from pathlib import Path

import pytest

import gazetteer
from gazetteer.download import download
from gazetteer.errors import CacheDirError, DumpFormatError, GazetteerError
from gazetteer.importer import import_files
from gazetteer.store import ensure_dir, replacing

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def index_copy(index_path, tmp_path) -> Path:
    target = tmp_path / "gazetteer.sqlite"
    for source in [index_path, *index_path.parent.glob(f"{index_path.name}.*")]:  # with its compiled files
        shutil.copyfile(source, tmp_path / source.name)
    return target


def test_import_country_dump_keeps_feature_codes(index_copy):
    assert all(c.place.country != "SY" for c in gazetteer.Gazetteer(index_copy).lookup("Maardis", min_score=0))
    counts = import_files([FIXTURES / "SY.txt", FIXTURES / "admin1CodesASCII.txt", FIXTURES / "alternateNamesV2.txt"],
                          index_copy, progress=False)
    assert counts == {"SY.txt": 3, "admin1CodesASCII.txt": 1, "alternateNamesV2.txt": 1}
    gaz = gazetteer.Gazetteer(index_copy)
    maardis = gaz.best("Maardis", country="SY")
    assert maardis.place.geonameid == 99000001 and maardis.place.source == "geonames-dump"
    assert maardis.place.admin1_name == "Hamah Governorate"
    assert gaz.best("Maardes").place.geonameid == 99000001
    well = gaz.get(99000002)
    assert (well.feature_class, well.feature_code) == ("H", "WLL")
    assert any(s["name"] == "geonames-dump" for s in gaz.info()["sources"])


def test_import_from_zip(index_copy, tmp_path):
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "SY.txt", "SY.txt")
        z.writestr("readme.txt", "not data")
    assert import_files([archive], index_copy, progress=False) == {"SY.zip": 3}


def test_user_places_csv_and_geojson_rank_like_other_rows(index_copy):
    import_files([FIXTURES / "my_places.csv", FIXTURES / "my_places.geojson"], index_copy, progress=False)
    gaz = gazetteer.Gazetteer(index_copy)
    checkpoint = gaz.best("Juniper CP")
    assert checkpoint.place.name == "Checkpoint Juniper" and checkpoint.place.feature_code == "CHKP"
    assert checkpoint.place.source == "user"
    assert gaz.best("FB Larch").place.feature_code == "INSM"
    assert gaz.best("Kafr Qasimiyah", near=(35.13, 36.76, 30)).place.country == "SY"


@pytest.mark.parametrize("content,message", [
    (b"1\t2\t3\n", "not a GeoNames dump"),
    (b"99000009\tX\tX\t\tnot-a-number\t36\tP\tPPL\tSY\t\t10\t\t\t\t0\t\t1\tAsia/Damascus\t2024-01-01\n", "line 1"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
])
def test_bad_dumps_are_refused_and_the_index_is_untouched(index_copy, tmp_path, content, message):
    before = index_copy.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(DumpFormatError, match=message):
        import_files([FIXTURES / "SY.txt", bad], index_copy, progress=False)
    assert index_copy.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_truncated_zip_is_refused(index_copy, tmp_path):
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.write(FIXTURES / "SY.txt", "SY.txt")
    archive.write_bytes(archive.read_bytes()[:60])
    with pytest.raises(DumpFormatError, match="corrupt or truncated"):
        import_files([archive], index_copy, progress=False)


def test_cache_directory_is_created_and_unwritable_is_a_clear_error(tmp_path, monkeypatch):
    assert ensure_dir(tmp_path / "new" / "cache").is_dir()
    with pytest.raises(CacheDirError, match="cannot create"):
        ensure_dir(Path("/proc/geomap-cache"))  # read-only even for root
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr("os.access", lambda path, mode: False)
    with pytest.raises(CacheDirError, match="read-only"):
        ensure_dir(locked)


def test_online_lookup_is_cached_and_off_by_default(index_path, tmp_path, monkeypatch, capsys):
    import json
    import socket

    from gazetteer.online import cache_file, lookup_online
    from geomap.cli import main

    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path))
    shutil.copyfile(index_path, tmp_path / "gazetteer.sqlite")
    monkeypatch.setattr(socket.socket, "connect", lambda *a: pytest.fail("network used"))
    cache_file().write_text(json.dumps({"zorbaqand": [{"name": "Zorbaqand", "lat": 35.3, "lon": 36.6, "country": "SY",
                                                       "osm_id": 42, "importance": 0.2}]}), encoding="utf-8")
    assert main(["geocode", "Zorbaqand", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["candidates"] == []
    (candidate,) = lookup_online("Zorbaqand")
    assert candidate.place.source == "nominatim (online)" and candidate.place.lat == 35.3
    assert main(["geocode", "Zorbaqand", "--online", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["candidates"][0]["name"] == "Zorbaqand"


def test_download_from_a_local_server(index_path, tmp_path, monkeypatch):
    serve = tmp_path / "serve"
    serve.mkdir()
    with zipfile.ZipFile(serve / "SY.zip", "w") as z:
        z.write(FIXTURES / "SY.txt", "SY.txt")
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copyfile(index_path, cache / "gazetteer.sqlite")
    monkeypatch.setenv("GEOMAP_CACHE", str(cache))
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(serve))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        (path,) = download(["sy"], base_url=base)
        assert path.name == "SY.zip" and path.parent == cache / "downloads"
        assert gazetteer.Gazetteer(cache / "gazetteer.sqlite").best("Maardis").place.geonameid == 99000001
        with pytest.raises(GazetteerError, match="failed"):
            download(["YE"], base_url=base)
    finally:
        server.shutdown()


def test_a_full_disk_while_writing_the_index_is_a_clear_error(tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(CacheDirError, match="disk is full; it needs about [0-9]+ MB free"):
        with replacing(target, start_from_existing=False):
            raise sqlite3.OperationalError("database or disk is full")
    assert list(tmp_path.iterdir()) == []


def test_a_rebuild_keeps_imported_files(index_copy):
    import_files([FIXTURES / "SY.txt"], index_copy, progress=False)
    with sqlite3.connect(index_copy) as db:  # as if geomap had been upgraded since
        db.execute("UPDATE meta SET value='old' WHERE key='data_version'")
    gaz = gazetteer.open(index_copy, progress=False)
    assert gaz.best("Maardis", country="SY").place.geonameid == 99000001
