"""Land borders: the lines two countries share, and how far a point lies from them.

"3 km from the Turkish border" states a distance to a line, not to a town.  The lines
come from Natural Earth's 1:10m country outlines (world-atlas TopoJSON, shipped in
``assets``): an arc two countries share is their land border, an arc of one country
alone is coast.  Distances are measured in an azimuthal equidistant projection centred
on the point, which keeps distances from the centre true on the ellipsoid.

>>> border = distance_to_border(36.59, 37.05, "TR", "SY")  # Azaz, Syria
>>> border.neighbours, round(border.km)
(('SY', 'TR'), 3)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from pyproj import Transformer
from shapely import LineString, MultiLineString, MultiPolygon, Point, Polygon, clip_by_rect, make_valid, transform
from shapely.geometry import mapping
from shapely.ops import nearest_points

from gazetteer import countries

# Natural Earth 1:10m places a border within about this much of the true line (1:50m was off by up
# to 4 km beside Azaz; 1:10m agrees with it elsewhere within 1 km).
OUTLINE_KM = 1.0
_Arc = tuple[tuple[float, float], ...]  # (lon, lat) points


@dataclass(frozen=True)
class BorderDistance:
    """From a point to the nearest point of a land border."""

    km: float
    nearest: tuple[float, float]  # (lat, lon) on the border
    neighbours: tuple[str, ...]  # the two countries whose shared border was measured, or one and all its neighbours


@lru_cache(maxsize=1)
def _topology() -> tuple[list[tuple[str | None, list]], list, tuple[float, float, float, float]]:
    """Each country's ISO alpha-2 code (None when it has none) with its polygons as rings of arc
    indices, the quantized arcs, and the transform (sx, sy, tx, ty)."""
    topology = json.loads(resources.files("geomap").joinpath("assets", "countries-10m.topojson").read_text("utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    alpha2 = {str(int(info["isonumeric"])): code for code, info in countries().items() if info["isonumeric"]}
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(str(int(geometry["id"]))) if str(geometry.get("id", "")).isdigit() else None
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry.get("arcs", [])
        shapes.append((code, polygons))
    return shapes, topology["arcs"], (sx, sy, tx, ty)


@lru_cache(maxsize=1)
def _borders() -> dict[frozenset[str], tuple[_Arc, ...]]:
    """Arcs shared by two countries, by the pair's ISO alpha-2 codes."""
    shapes, _, _ = _topology()
    owners: dict[int, set[str | None]] = {}
    for code, polygons in shapes:
        for index in (i for polygon in polygons for ring in polygon for i in ring):
            owners.setdefault(index if index >= 0 else ~index, set()).add(code)
    shared: dict[frozenset[str], list[_Arc]] = {}
    for index, codes in owners.items():
        if len(codes) == 2 and None not in codes:
            shared.setdefault(frozenset(codes), []).append(_arc(index))
    return {pair: tuple(arcs) for pair, arcs in shared.items()}


@lru_cache(maxsize=None)
def _arc(index: int) -> _Arc:
    """An arc as (lon, lat) points; ``~index`` is the arc reversed."""
    if index < 0:
        return tuple(reversed(_arc(~index)))
    _, arcs, (sx, sy, tx, ty) = _topology()
    x = y = 0
    points = []
    for dx, dy in arcs[index]:  # quantized and delta-encoded
        x, y = x + dx, y + dy
        points.append((x * sx + tx, y * sy + ty))
    return tuple(points)


@lru_cache(maxsize=32)
def _outline(country: str):
    """The country's land as a (valid) shapely geometry in lon/lat, coasts included."""
    polygons = []
    for code, rings_of in _topology()[0]:
        if code != country:
            continue
        for rings in rings_of:
            closed = [[p for k, i in enumerate(ring) for p in (_arc(i) if k == 0 else _arc(i)[1:])] for ring in rings]
            polygons.append(Polygon(closed[0], closed[1:]))
    return make_valid(MultiPolygon(polygons)) if polygons else None


def land_border(country: str, other: str | None = None) -> tuple[tuple[str, ...], tuple[_Arc, ...]]:
    """The border ``country`` shares with ``other``, or, when they share none (or ``other`` is
    None), all of ``country``'s land borders; with the countries measured."""
    borders = _borders()
    pair = frozenset((country, other)) if other else None
    if pair in borders:
        return tuple(sorted(pair)), borders[pair]
    arcs = tuple(arc for codes, found in borders.items() if country in codes for arc in found)
    return ((country,), arcs) if arcs else ((), ())


def measured_pair(named: tuple[str, ...], subject_country: str, lat: float, lon: float) -> tuple[str, str | None]:
    """Which border a claim means: between the two countries it names ("the Syrian-Turkish border"),
    else between the one it names and the subject's ("Azaz, 4 km from the Turkish border") -- unless the
    named country's border with a third lies nearer the subject (Majdal Shams, a Golan town the
    gazetteer files under Syria, "5 km from the Lebanese border": the line Natural Earth draws between
    Lebanon and Israel there)."""
    other = named[1] if len(named) > 1 else subject_country
    if other == named[0]:
        return named[0], None
    if len(named) == 1:
        paired, nearest = distance_to_border(lat, lon, named[0], other), nearest_border(lat, lon, named[0])
        if nearest is not None and len(nearest.neighbours) == 2 and \
                (paired is None or nearest.km + OUTLINE_KM < paired.km):
            other = next(code for code in nearest.neighbours if code != named[0])
    return named[0], other


def nearest_neighbour(lat: float, lon: float, country: str, candidates: set[str]) -> str | None:
    """Of the ``candidates`` that share a land border with ``country``, the one whose border passes nearest
    (lat, lon); None where none does.

    >>> nearest_neighbour(53.25, 34.37, "RU", {"UA", "FR"})  # Bryansk: the Ukrainian border, not the nearer Belarusian
    'UA'
    """
    shared = [(found.km, other) for other in sorted(candidates) if frozenset((country, other)) in _borders()
              and (found := distance_to_border(lat, lon, country, other)) is not None]
    return min(shared)[1] if shared else None


def nearest_border(lat: float, lon: float, country: str) -> BorderDistance | None:
    """The distance to the border ``country`` shares with the neighbour whose border passes nearest
    (lat, lon): what "the border" means for a town ("Kiryat Shmona, 3 km south of the border": the
    IL-LB border); all its land borders where it shares none in the outlines."""
    shared = [distance_to_border(lat, lon, country, other)
              for codes in _borders() if country in codes and len(codes) == 2 for other in codes - {country}]
    found = [d for d in shared if d is not None]
    return min(found, key=lambda d: d.km) if found else distance_to_border(lat, lon, country)


def distance_to_border(lat: float, lon: float, country: str, other: str | None = None) -> BorderDistance | None:
    """Kilometres from (lat, lon) to the land border of ``country`` (shared with ``other`` if they
    are neighbours); None for a country with no land border in the outlines (an island)."""
    neighbours, lines, to_lonlat = _local_border(lat, lon, country, other)
    if lines is None:
        return None
    _, nearest = nearest_points(Point(0, 0), lines)
    (near_lon, near_lat), = to_lonlat(np.array([[nearest.x, nearest.y]]))
    return BorderDistance(round(Point(0, 0).distance(nearest) / 1000, 2),
                          (round(float(near_lat), 5), round(float(near_lon), 5)), neighbours)


def border_ahead(lat: float, lon: float, country: str, other: str | None, bearing_deg: float,
                 reach_km: float) -> float | None:
    """Kilometres from (lat, lon) along ``bearing_deg`` to where that line first meets the land border of ``country``
    (shared with ``other``), within ``reach_km``; None where it meets none.  "50 km south of the Turkish border" tells
    of the border to the north, however it bends nearer elsewhere (the azimuthal projection keeps the bearing).

    >>> round(border_ahead(36.2, 37.16, "TR", "SY", 0.0, 100.0))  # due north of Aleppo (44 km at the nearest)
    49
    """
    _, lines, _ = _local_border(lat, lon, country, other)
    if lines is None:
        return None
    angle = math.radians(bearing_deg)
    ray = LineString([(0, 0), (1000 * reach_km * math.sin(angle), 1000 * reach_km * math.cos(angle))])
    met = ray.intersection(lines)
    return None if met.is_empty else round(Point(0, 0).distance(met) / 1000, 2)


def distance_to_area(lat: float, lon: float, country: str, near: tuple[float, float]) -> BorderDistance | None:
    """Kilometres from (lat, lon) to the edge of the part of ``country``'s outline at ``near`` (lat, lon) -- 0 inside
    it: "Beersheba, about 40 km east of the Gaza Strip" measures to the Strip, not to the West Bank; None for a
    country with no outline.

    >>> round(distance_to_area(31.252, 34.791, "PS", (31.42, 34.36)).km)  # Beersheba
    39
    """
    part = _part_near(country, *near)
    if part is None:
        return None
    to_local, to_lonlat = _projection(lat, lon)
    local = transform(part, to_local)
    if local.contains(Point(0, 0)):
        return BorderDistance(0.0, (lat, lon), (country,))
    _, nearest = nearest_points(Point(0, 0), local.exterior)
    (near_lon, near_lat), = to_lonlat(np.array([[nearest.x, nearest.y]]))
    return BorderDistance(round(Point(0, 0).distance(nearest) / 1000, 2), (round(float(near_lat), 5),
                                                                           round(float(near_lon), 5)), (country,))


def area_band(country: str, near: tuple[float, float], lat: float, lon: float, low_km: float,
              high_km: float) -> dict | None:
    """GeoJSON polygon of the land between ``low_km`` and ``high_km`` from the part of ``country``'s outline at
    ``near``, drawn in metres around (lat, lon), the subject measured: what "40 km east of the Gaza Strip" allows."""
    part = _part_near(country, *near)
    if part is None:
        return None
    to_local, to_lonlat = _projection(lat, lon)
    local = transform(part, to_local)
    band = local.buffer(1000 * high_km).difference(local.buffer(1000 * max(0.0, low_km)) if low_km > 0 else local)
    return None if band.is_empty else mapping(transform(band, to_lonlat))


def has_outline(country: str) -> bool:
    return _outline(country) is not None


@lru_cache(maxsize=32)
def _part_near(country: str, lat: float, lon: float) -> Polygon | None:
    """The polygon of the country's outline holding (lat, lon), else the nearest one (the Gaza Strip of Palestine's
    two)."""
    outline = _outline(country)
    if outline is None:
        return None
    point = Point(lon, lat)
    parts = [p for g in getattr(outline, "geoms", [outline]) for p in getattr(g, "geoms", [g])
             if isinstance(p, Polygon)]
    return min(parts, key=point.distance, default=None)  # (make_valid may give a collection of multipolygons)


def border_band(lat: float, lon: float, country: str, other: str | None, low_km: float, high_km: float) -> dict | None:
    """GeoJSON polygon of the land between ``low_km`` and ``high_km`` from the border, near the
    point and on its side (inside ``other``, the point's country, when given): what a claim
    "N km from the border" allows, drawn on the map."""
    _, lines, to_lonlat = _local_border(lat, lon, country, other)
    if lines is None:
        return None
    reach = 1000 * (2 * high_km + 20)  # the stretch of border the claim is about
    band = lines.buffer(1000 * high_km).difference(lines.buffer(1000 * max(0.0, low_km))).intersection(
        Point(0, 0).buffer(reach))
    side = _outline(other) if other else None
    if side is not None:
        degrees = reach / 1000 / 50  # a generous box in degrees around the point (50 km per degree at most)
        # ... widened by a few kilometres: a coastal town's point may lie just off the generalised coast.
        nearby = clip_by_rect(side, lon - degrees, lat - degrees, lon + degrees, lat + degrees).buffer(0.03)
        band = band.intersection(transform(nearby, _projection(lat, lon)[0])) if not nearby.is_empty else band
    return None if band.is_empty else mapping(transform(band, to_lonlat))


def _local_border(lat: float, lon: float, country: str, other: str | None):
    """The countries measured, the border's lines in metres around (lat, lon) (None without a land
    border) and the function back to lon/lat."""
    neighbours, arcs = land_border(country, other)
    to_local, to_lonlat = _projection(lat, lon)
    lines = transform(MultiLineString([list(arc) for arc in arcs]), to_local) if arcs else None
    return neighbours, lines, to_lonlat


@lru_cache(maxsize=64)
def _projection(lat: float, lon: float):
    """Array functions (for ``shapely.transform``) to and from metres around (lat, lon)."""
    centre = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", centre, always_xy=True)
    backward = Transformer.from_crs(centre, "EPSG:4326", always_xy=True)
    return (lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1])),
            lambda xy: np.column_stack(backward.transform(xy[:, 0], xy[:, 1])))
