"""Merge more places into the index: GeoNames dumps and a user's own lists.

Accepted files (plain or inside a .zip):

* GeoNames main dumps in the 19-column format: ``SY.txt``, ``allCountries.txt``,
  ``cities500.txt`` -- every feature class is kept with its code;
* ``admin1CodesASCII.txt`` -- admin1 names;
* ``alternateNamesV2.txt`` -- more spellings for places already in the index;
* a user's places as CSV (``name, lat, lon`` and optional ``alternates``, ``country``,
  ``kind``, ``admin1``, ``population``) or GeoJSON Point features with those properties.

Files are streamed line by line (memory stays bounded for the 1.5 GB
``allCountries``), and the work happens on a copy of the index that replaces it only
when every file was read: a corrupt, truncated or unknown file leaves the index as it was.
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .build import add_curated
from .errors import DumpFormatError
from .store import ALTERNATE, IndexWriter, replacing

GEONAMES_COLUMNS = 19
_SKIP_ALTERNATE_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "fr_1793", "tcid"})
_USER_KINDS = {
    "village": ("P", "PPL"), "town": ("P", "PPL"), "city": ("P", "PPL"), "settlement": ("P", "PPL"),
    "camp": ("P", "PPL"), "neighbourhood": ("P", "PPLX"), "neighborhood": ("P", "PPLX"), "base": ("S", "INSM"),
    "checkpoint": ("S", "CHKP"), "airport": ("S", "AIRP"), "crossing": ("S", "BCP"), "region": ("L", "RGN"),
}


def import_files(paths: list[Path], target: Path, progress: bool = True) -> dict[str, int]:
    """Import every file into the index at ``target``; returns rows imported per file."""
    for path in paths:
        if not Path(path).is_file():
            raise DumpFormatError(f"no such file: {path}")
    counts: dict[str, int] = {}
    with replacing(target, start_from_existing=True) as writer:
        for path in paths:
            counts[Path(path).name] = _import_one(writer, Path(path), progress)
            writer.record_import(Path(path), counts[Path(path).name])
        add_curated(writer)
        writer.record_sources({})
    return counts


def _import_one(writer: IndexWriter, path: Path, progress: bool) -> int:
    name = path.name.lower()
    if name.endswith(".zip"):
        return _import_zip(writer, path, progress)
    if name.endswith((".geojson", ".json")):
        return _import_user_geojson(writer, path)
    if name.endswith(".csv"):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return _import_user_csv(writer, handle, path.name)
    with open(path, "rb") as raw, _progress(path.name, path.stat().st_size, progress) as advance:
        return _import_text(writer, _lines(raw, advance), path.name)


def _import_zip(writer: IndexWriter, path: Path, progress: bool) -> int:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".txt") and
                       not m.filename.startswith(("readme", "iso-languagecodes"))]
            if not members:
                raise DumpFormatError(f"{path.name}: no GeoNames .txt file inside the zip")
            total = 0
            for member in members:
                with archive.open(member) as raw, _progress(member.filename, member.file_size, progress) as advance:
                    total += _import_text(writer, _lines(raw, advance), f"{path.name}:{member.filename}")
            return total
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise DumpFormatError(f"{path.name}: corrupt or truncated zip ({exc})") from None


def _lines(raw, advance) -> Iterator[str]:
    for line in raw:
        advance(len(line))
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            raise DumpFormatError("not UTF-8 text: not a GeoNames dump") from None


def _import_text(writer: IndexWriter, lines: Iterator[str], where: str) -> int:
    first = next(lines, None)
    if first is None:
        raise DumpFormatError(f"{where}: empty file")
    fields = first.rstrip("\n").split("\t")
    if len(fields) == GEONAMES_COLUMNS:
        handler = _geonames_row
    elif len(fields) == 4 and "." in fields[0]:
        handler = _admin1_row
    elif len(fields) >= 8 and fields[0].isdigit() and fields[1].isdigit():
        handler = _alternate_row
    else:
        raise DumpFormatError(f"{where}: line 1 has {len(fields)} tab-separated fields; not a GeoNames dump "
                              f"(19 columns), admin1CodesASCII.txt or alternateNamesV2.txt")
    count = 0
    for number, line in enumerate(_chain(first, lines), 1):
        if not line.strip():
            continue
        row = line.rstrip("\n").split("\t")
        try:
            count += handler(writer, row)
        except (ValueError, IndexError):
            raise DumpFormatError(f"{where}: line {number} is malformed or truncated") from None
    return count


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _geonames_row(writer: IndexWriter, row: list[str]) -> int:
    if len(row) != GEONAMES_COLUMNS:
        raise ValueError("column count")
    lat, lon = float(row[4]), float(row[5])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinates")
    alternates = [a for a in row[3].split(",") if a and not (a.isupper() and len(a) <= 4)]
    writer.add_place(int(row[0]), row[1], lat, lon, country=row[8], admin1=row[10], admin2=row[11],
                     fclass=row[6], fcode=row[7], population=int(row[14] or 0), source="geonames-dump",
                     alternates=[row[2], *alternates])
    return 1


def _admin1_row(writer: IndexWriter, row: list[str]) -> int:
    country, _, code = row[0].partition(".")
    writer.set_admin1(country, code, row[1])
    return 1


def _alternate_row(writer: IndexWriter, row: list[str]) -> int:
    geonameid, lang, name = int(row[1]), row[2], row[3]
    if lang in _SKIP_ALTERNATE_LANGS or not name or not writer.has_place(geonameid):
        return 0
    writer.add_names(geonameid, [name], ALTERNATE)
    return 1


# -- a user's own places ----------------------------------------------------------------------

def _import_user_csv(writer: IndexWriter, handle, where: str) -> int:
    reader = csv.DictReader(handle)
    if not reader.fieldnames or not {"name", "lat", "lon"} <= {f.strip().lower() for f in reader.fieldnames}:
        raise DumpFormatError(f"{where}: a places CSV needs the columns name, lat, lon")
    count = 0
    for number, row in enumerate(reader, 2):
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        count += _user_place(writer, row, f"{where}: line {number}")
    return count


def _import_user_geojson(writer: IndexWriter, path: Path) -> int:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DumpFormatError(f"{path.name}: not valid GeoJSON ({exc})") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise DumpFormatError(f"{path.name}: expected a GeoJSON FeatureCollection")
    count = 0
    for number, feature in enumerate(features, 1):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "Point":
            raise DumpFormatError(f"{path.name}: feature {number} is not a Point")
        lon, lat = geometry["coordinates"][:2]
        properties = dict(feature.get("properties") or {})
        alternates = properties.get("alternates") or ""
        if isinstance(alternates, list):
            alternates = "|".join(alternates)
        row = {**{k: str(v) for k, v in properties.items() if v is not None}, "lat": str(lat), "lon": str(lon),
               "alternates": alternates}
        count += _user_place(writer, row, f"{path.name}: feature {number}")
    return count


def _user_place(writer: IndexWriter, row: dict[str, str], where: str) -> int:
    try:
        name, lat, lon = row["name"], float(row["lat"]), float(row["lon"])
    except (KeyError, ValueError):
        raise DumpFormatError(f"{where}: needs a name and numeric lat, lon") from None
    if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DumpFormatError(f"{where}: empty name or coordinates out of range")
    fclass, fcode = _USER_KINDS.get(row.get("kind", "").lower(), ("S", "USER"))
    alternates = [a.strip() for a in row.get("alternates", "").replace(";", "|").split("|") if a.strip()]
    writer.add_place(user_place_id(name, lat, lon), name, lat, lon, country=row.get("country", "").upper(),
                     admin1=row.get("admin1", ""), fclass=fclass, fcode=fcode,
                     population=int(float(row.get("population") or 0)), source="user", alternates=alternates)
    return 1


def user_place_id(name: str, lat: float, lon: float) -> int:
    """A stable negative id for a user's place (re-importing the same row updates it)."""
    return -2_000_000_000 - zlib.crc32(f"{name}|{lat:.5f}|{lon:.5f}".encode("utf-8")) % 1_000_000_000


@contextmanager
def _progress(label: str, total: int, enabled: bool):
    if not enabled:
        yield lambda n: None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=f"importing {label}", unit="B", unit_scale=True, file=sys.stderr, leave=False) as bar:
        yield bar.update

