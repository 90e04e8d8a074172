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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from pyproj import Transformer
from shapely import MultiLineString, Point, transform
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
def _borders() -> dict[frozenset[str], tuple[_Arc, ...]]:
    """Arcs shared by two countries, by the pair's ISO alpha-2 codes."""
    topology = json.loads(resources.files("geomap").joinpath("assets", "countries-10m.topojson").read_text("utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    alpha2 = {str(int(info["isonumeric"])): code for code, info in countries().items() if info["isonumeric"]}
    owners: dict[int, set[str]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(str(int(geometry["id"]))) if str(geometry.get("id", "")).isdigit() else None
        rings = geometry["arcs"] if geometry["type"] == "Polygon" else \
            [r for polygon in geometry.get("arcs", []) for r in polygon]
        for ring in rings:
            for index in ring:
                owners.setdefault(index if index >= 0 else ~index, set()).add(code)
    shared: dict[frozenset[str], list[_Arc]] = {}
    for index, codes in owners.items():
        if len(codes) == 2 and None not in codes:
            shared.setdefault(frozenset(codes), []).append(_decode(topology["arcs"][index], sx, sy, tx, ty))
    return {pair: tuple(arcs) for pair, arcs in shared.items()}


def _decode(arc: list[list[int]], sx: float, sy: float, tx: float, ty: float) -> _Arc:
    x = y = 0
    points = []
    for dx, dy in arc:  # quantized and delta-encoded
        x, y = x + dx, y + dy
        points.append((x * sx + tx, y * sy + ty))
    return tuple(points)


def land_border(country: str, other: str | None = None) -> tuple[tuple[str, ...], tuple[_Arc, ...]]:
    """The border ``country`` shares with ``other``, or, when they share none (or ``other`` is
    None), all of ``country``'s land borders; with the countries measured."""
    borders = _borders()
    pair = frozenset((country, other)) if other else None
    if pair in borders:
        return tuple(sorted(pair)), borders[pair]
    arcs = tuple(arc for codes, found in borders.items() if country in codes for arc in found)
    return ((country,), arcs) if arcs else ((), ())


def distance_to_border(lat: float, lon: float, country: str, other: str | None = None) -> BorderDistance | None:
    """Kilometres from (lat, lon) to the land border of ``country`` (shared with ``other`` if they
    are neighbours); None for a country with no land border in the outlines (an island)."""
    neighbours, arcs = land_border(country, other)
    if not arcs:
        return None
    to_local, to_lonlat = _projection(lat, lon)
    lines = transform(MultiLineString([list(arc) for arc in arcs]), to_local)
    _, nearest = nearest_points(Point(0, 0), lines)
    (near_lon, near_lat), = to_lonlat(np.array([[nearest.x, nearest.y]]))
    return BorderDistance(round(Point(0, 0).distance(nearest) / 1000, 2), (round(near_lat, 5), round(near_lon, 5)),
                          neighbours)


def border_band(lat: float, lon: float, country: str, other: str | None, low_km: float, high_km: float) -> dict | None:
    """GeoJSON polygon of the land between ``low_km`` and ``high_km`` from the border, near the
    point: what a claim "N km from the border" allows, drawn on the map."""
    neighbours, arcs = land_border(country, other)
    if not arcs:
        return None
    to_local, to_lonlat = _projection(lat, lon)
    lines = transform(MultiLineString([list(arc) for arc in arcs]), to_local)
    window = Point(0, 0).buffer(1000 * (2 * high_km + 20))  # the stretch of border the claim is about
    band = lines.buffer(1000 * high_km).difference(lines.buffer(1000 * max(0.0, low_km))).intersection(window)
    return None if band.is_empty else mapping(transform(band, to_lonlat))


def _projection(lat: float, lon: float):
    """Array functions (for ``shapely.transform``) to and from metres around (lat, lon)."""
    centre = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", centre, always_xy=True)
    backward = Transformer.from_crs(centre, "EPSG:4326", always_xy=True)
    return (lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1])),
            lambda xy: np.column_stack(backward.transform(xy[:, 0], xy[:, 1])))
