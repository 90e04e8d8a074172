"""Geodesic shapes for claims, built with geopy and shapely (never planar degrees)."""

from __future__ import annotations

from geographiclib.geodesic import Geodesic
from geopy.distance import geodesic
from shapely.geometry import Polygon, mapping

_STEPS = 72


def _arc(centre: tuple[float, float], radius_km: float, start_deg: float, end_deg: float) -> list[tuple[float, float]]:
    """(lon, lat) points on a geodesic circle of ``radius_km`` from start to end bearing."""
    span = (end_deg - start_deg) % 360 or 360
    steps = max(4, int(_STEPS * span / 360))
    points = []
    for i in range(steps + 1):
        bearing = start_deg + span * i / steps
        p = geodesic(kilometers=radius_km).destination(centre, bearing)
        points.append((round(p.longitude, 6), round(p.latitude, 6)))
    return points


def ring(centre: tuple[float, float], inner_km: float, outer_km: float) -> Polygon:
    """The band between two geodesic circles around ``centre`` (lat, lon).

    >>> band = ring((35.13, 36.76), 5, 15)
    >>> band.is_valid and len(band.interiors) == 1
    True
    """
    outer = _arc(centre, outer_km, 0, 360)
    if inner_km <= 0:
        return Polygon(outer)
    return Polygon(outer, [list(reversed(_arc(centre, inner_km, 0, 360)))])


def sector(centre: tuple[float, float], inner_km: float, outer_km: float, bearing_deg: float, half_width_deg: float) -> Polygon:
    """The part of a ring within ``half_width_deg`` of ``bearing_deg``."""
    start, end = bearing_deg - half_width_deg, bearing_deg + half_width_deg
    outer = _arc(centre, outer_km, start, end)
    inner = list(reversed(_arc(centre, inner_km, start, end))) if inner_km > 0 else [(centre[1], centre[0])]
    return Polygon(outer + inner)


def midpoint(first: tuple[float, float], second: tuple[float, float]) -> tuple[float, float]:
    """The point halfway along the geodesic (WGS84) between two (lat, lon) points.

    >>> midpoint((35.0, 36.0), (35.0, 38.0))
    (35.0041, 37.0)
    """
    line = Geodesic.WGS84.InverseLine(*first, *second)
    point = line.Position(line.s13 / 2)
    return round(point["lat2"], 4), round(point["lon2"], 4)


def to_geojson(shape) -> dict:
    return mapping(shape)
