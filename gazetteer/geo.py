"""Fast great-circle distance for ranking (claims use geopy's geodesic)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on the mean Earth sphere.

    >>> round(haversine_km(35.13179, 36.75783, 35.26014, 36.60581), 1)
    19.9
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class SpherePoint(NamedTuple):
    """A point in radians with the cosine of its latitude: computed once, compared many times."""

    lat: float
    lon: float
    cos_lat: float

    @classmethod
    def of(cls, lat: float, lon: float) -> SpherePoint:
        rad = math.radians(lat)
        return cls(rad, math.radians(lon), math.cos(rad))


def nearest(origin: SpherePoint, points: Sequence[SpherePoint]) -> tuple[float, int]:
    """Great-circle distance in km to the nearest of ``points`` and its index (``-1`` when empty).

    >>> hama, soran = SpherePoint.of(35.13179, 36.75783), SpherePoint.of(35.26014, 36.60581)
    >>> distance, index = nearest(hama, [SpherePoint.of(0, 0), soran])
    >>> round(distance, 1), index
    (19.9, 1)
    """
    best, index = 2.0, -1  # haversine's "a" grows with distance: compare it, take one square root
    sin, lat, lon, cos_lat = math.sin, origin.lat, origin.lon, origin.cos_lat
    for i, point in enumerate(points):
        a = sin((point.lat - lat) / 2) ** 2
        if a < best:  # the latitude term alone rules out most points: skip the longitude's sine
            a += cos_lat * point.cos_lat * sin((point.lon - lon) / 2) ** 2
            if a < best:
                best, index = a, i
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(best))), index


def count_within(origin: SpherePoint, points: Sequence[SpherePoint], km: float) -> int:
    """How many of ``points`` lie within ``km`` of ``origin`` (great circle).

    >>> hama = SpherePoint.of(35.13179, 36.75783)
    >>> count_within(hama, [SpherePoint.of(35.26014, 36.60581), SpherePoint.of(0, 0)], 25)
    1
    """
    limit = math.sin(km / (2 * EARTH_RADIUS_KM)) ** 2  # haversine's "a" at that distance
    sin, lat, lon, cos_lat = math.sin, origin.lat, origin.lon, origin.cos_lat
    return sum(1 for p in points if sin((p.lat - lat) / 2) ** 2 + cos_lat * p.cos_lat * sin((p.lon - lon) / 2) ** 2 <= limit)
