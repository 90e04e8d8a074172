"""The SQLite index: schema, a writer used by build and import, and row access.

The index lives in one file.  Writers never touch the live file: they work on
a copy (or a fresh file) beside it and swap it in with :func:`os.replace`, so a
failed build or import leaves the previous index as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .errors import CacheDirError
from .keyindex import compile_index
from .model import Place
from .normalize import fold, skeleton

SCHEMA_VERSION = "6"
INDEX_MB = 300  # the SQLite file and its compiled look-up files, with the copy a rewrite works on

SCHEMA = """
CREATE TABLE IF NOT EXISTS places(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '', admin2 TEXT NOT NULL DEFAULT '',
    fclass TEXT NOT NULL DEFAULT '', fcode TEXT NOT NULL DEFAULT '', population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names(key TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL, skel TEXT NOT NULL,
    PRIMARY KEY(key, place_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1(country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(country, code));
CREATE TABLE IF NOT EXISTS nonplaces(key TEXT PRIMARY KEY, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources(name TEXT PRIMARY KEY, rows INTEGER NOT NULL, detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS imports(path TEXT PRIMARY KEY, rows INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seats(country TEXT NOT NULL, admin1 TEXT NOT NULL, place_id INTEGER NOT NULL,
    PRIMARY KEY(country, admin1, place_id)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS places_lat ON places(lat);
"""

# names.kind: how a name relates to its place (the lower, the stronger).
PRIMARY, ALIAS, ALTERNATE = 0, 1, 2

PLACE_COLUMNS = "id, name, lat, lon, country, admin1, fclass, fcode, population, source"


class IndexWriter:
    """Adds places and names to an index file that is not live yet."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        self.counts: dict[str, int] = {}

    def add_place(self, place_id: int, name: str, lat: float, lon: float, *, country: str = "", admin1: str = "",
                  admin2: str = "", fclass: str = "", fcode: str = "", population: int = 0, source: str,
                  alternates: Iterable[str] = ()) -> None:
        self.db.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (place_id, name, lat, lon, country, admin1, admin2, fclass, fcode, population, source))
        self.add_names(place_id, [name], PRIMARY)
        self.add_names(place_id, alternates, ALTERNATE)
        self.counts[source] = self.counts.get(source, 0) + 1

    def add_names(self, place_id: int, names: Iterable[str], kind: int) -> int:
        rows = {}
        for name in names:
            key = fold(name)
            if key and key not in rows:
                rows[key] = (key, place_id, kind, skeleton(name))
        # On a duplicate (key, place) keep the stronger kind.
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?) ON CONFLICT(key, place_id) "
                            "DO UPDATE SET kind=min(kind, excluded.kind)", rows.values())
        return len(rows)

    def set_admin1(self, country: str, code: str, name: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (country, code, name))

    def add_nonplace(self, name: str, kind: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO nonplaces VALUES (?,?)", (fold(name), kind))

    def record_import(self, path: Path, rows: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO imports VALUES (?,?)", (str(path.resolve()), rows))

    def has_place(self, place_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM places WHERE id=?", (place_id,)).fetchone() is not None

    def record_sources(self, details: dict[str, str]) -> None:
        for name, count in self.counts.items():
            old = self.db.execute("SELECT rows FROM sources WHERE name=?", (name,)).fetchone()
            self.db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?)",
                            (name, count + (old[0] if old else 0), details.get(name, "")))
        self.counts.clear()

    def finish(self) -> str:
        """Build indexes, stamp the schema version and a fresh build id, close; return the build id."""
        build_id = uuid.uuid4().hex[:12]
        self.db.executescript(INDEXES)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('build_id', ?)", (build_id,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('data_version', ?)", (data_version(),))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('built', ?)",
                        (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),))
        self.db.commit()
        self.db.execute("ANALYZE")
        self.db.commit()
        self.db.close()
        return build_id


@lru_cache(maxsize=1)
def data_version() -> str:
    """Schema version plus a digest of the curated tables and of the code that writes the index:
    a change to any of them rebuilds the index on next use."""
    digest = hashlib.sha1(SCHEMA_VERSION.encode())
    here = Path(__file__).parent
    for source in sorted(here.glob("data/*.csv")) + [here / "build.py", here / "normalize.py", here / "store.py"]:
        digest.update(source.read_bytes())
    return f"{SCHEMA_VERSION}-{digest.hexdigest()[:12]}"


def ensure_dir(directory: Path) -> Path:
    """Create the cache directory if needed; a clear error if it cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CacheDirError(f"cannot create gazetteer directory {directory}: {exc.strerror}") from None
    if not os.access(directory, os.W_OK):
        raise CacheDirError(f"gazetteer directory {directory} is read-only; set GEOMAP_CACHE to a writable folder")
    return directory


@contextmanager
def replacing(target: Path, *, start_from_existing: bool) -> Iterator[IndexWriter]:
    """Yield a writer on a private copy of ``target``; swap it in only if the block succeeds."""
    ensure_dir(target.parent)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    if start_from_existing and target.exists():
        shutil.copyfile(target, tmp)
    writer = IndexWriter(tmp)
    try:
        yield writer
        build_id = writer.finish()
        compile_index(tmp, target, build_id)
        os.replace(tmp, target)
    except BaseException as exc:
        writer.db.close()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, (OSError, sqlite3.OperationalError)):  # a full disk, most often
            raise CacheDirError(f"cannot write the gazetteer index in {target.parent}: {_reason(exc)}; "
                                f"it needs about {INDEX_MB} MB free (set GEOMAP_CACHE to another folder)") from None
        raise


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def row_to_place(row: tuple, admin1_names: dict[tuple[str, str], str]) -> Place:
    pid, name, lat, lon, country, admin1, fclass, fcode, population, source = row
    return Place(pid, name, lat, lon, country, admin1, admin1_names.get((country, admin1), ""),
                 fclass, fcode, population, source)
