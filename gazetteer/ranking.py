"""The documented ranking score.

``score = match + population + kind + context``, each term explained in the
candidate's ``why``:

* match (0-1): 1.0 primary name or curated alias, 0.95 alternate name, a
  loose transliteration match scaled by string similarity (x0.85), a fuzzy
  match scaled by similarity (x0.8).  A loose or fuzzy match therefore never
  outranks an exact one on match alone.  An alternate borrowed from a national
  capital, a city of a million or, by a country, a city of 100,000 ("Islamabad"
  for Chattogram, "Tunis" for Tunisia) is worth 0.5: the context of the text
  alone cannot give the name to the borrower.
* population (0-0.95): 0.13 for every factor of ten, capped, for towns and countries; admin
  units get the same of a fifth of their towns' population, less 0.1.  The slope sets how
  much context it takes to prefer a small homonym: the article's country (+0.4) is worth
  about three factors of ten, so a village of 2,000 in the article's country ties with a
  city of 2 million elsewhere and any further evidence decides.
* names (0-0.15): a place known by more than 24 names (GeoNames alternates in many
  languages and scripts) gets 0.05 per doubling -- world cities have 80 to 100 names, a
  village a handful: fame that population alone misses.
* kind: a country +0.35, a continent or a curated landmark +0.95, a region or sea +0.85,
  an airport +0.5 (they carry no population), a first-level unit +0.1, a capital city
  +0.1, a town sharing its province's name +0.15 -- a bare country name is the country,
  a bare "Aleppo" the city rather than the province.
* context: country in the caller's countries +0.4; admin1 named +0.3 (a first-level unit of
  the context country +0.15); within a ``near`` radius up to +0.5; inside a bounding
  box +0.2; close to towns or counties already resolved in the document up to +0.3 (a sea or a
  region, which has no country, within 300 or 1,000 km of any place of the document +0.2 or +0.1), same
  country as one of them +0.15, the national capital of a country the document names +0.5
  (metonymy: "Washington said").

A candidate is accepted when its score reaches :data:`ACCEPT`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from .geo import SpherePoint, haversine_km, nearest
from .model import Candidate, Place
from .normalize import fold

ACCEPT = 0.6
_new_tuple = tuple.__new__
# Match quality of an exact key by how the name relates to the place: primary, curated alias, alternate.
MATCH_QUALITY = {0: 1.0, 1: 1.0, 2: 0.95}
# ... and of an alternate a place borrows from a national capital or a big city whose own name it is (api._borrows).
BORROWED_QUALITY = 0.5
_QUALITY_TEXT = {q: f"{q:+.2f}" for q in (*MATCH_QUALITY.values(), BORROWED_QUALITY)}
_POP_DECADE = 0.13  # per factor of ten in population: calibrated on the dev corpora against the context terms
_POP_CAP = 0.95
_ADMIN_DISCOUNT_DECADES = 0.7  # calibrated on the dev corpora with the seat rule of build._mark_namesake_seats
_AIRPORT_BONUS = 0.5
_NAMES_BASE, _NAMES_DOUBLING, _NAMES_CAP = 24, 0.05, 0.15
_KIND_BONUS = {"country": 0.35, "continent": _POP_CAP, "region": _POP_CAP - 0.1, "admin1": 0.1}
# Admin units carry the summed population of their towns, discounted below (else a province
# would outrank its own capital city for the bare name).
_POPULATION_KINDS = ("place", "country")
# Seas and regions are measured from any place of the text, countries included: they are large.
_REGION_TIERS = ((300, 0.2), (1000, 0.1))


@dataclass(frozen=True)
class Context:
    """What a caller knows about where a name is likely to be."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()  # codes or names of first-level units
    near: tuple[float, float, float] | None = None  # lat, lon, radius_km
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    document: tuple[Place, ...] = field(default=())

    @classmethod
    def make(cls, country=None, admin1=None, near=None, bbox=None, document=()) -> "Context":
        as_set = lambda v: frozenset([v] if isinstance(v, str) else (v or ()))  # noqa: E731
        return cls(frozenset(c.upper() for c in as_set(country)), frozenset(fold(a) for a in as_set(admin1)),
                   tuple(near) if near else None, tuple(bbox) if bbox else None, tuple(document))

    @cached_property
    def document_points(self) -> tuple[SpherePoint, ...]:
        """The document's places in radians, computed once for every candidate to compare with."""
        return tuple(SpherePoint.of(p.lat, p.lon) for p in self.document)

    @cached_property
    def document_ids(self) -> frozenset[int]:
        return frozenset(p.geonameid for p in self.document)

    @cached_property
    def document_countries(self) -> frozenset[str]:
        return frozenset(p.country for p in self.document)

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """Countries the document names as such ("the United States"), not only through their towns."""
        return frozenset(p.country for p in self.document if p.kind == "country")

    def __bool__(self) -> bool:
        return bool(self.countries or self.admin1 or self.near or self.bbox or self.document)


def score(place: Place, match_quality: float, match: str, matched: str, context: Context | None,
          prior: tuple[float, tuple[str, ...]] | None = None) -> Candidate:
    """Score one candidate; ``prior`` is :func:`priors` of the place when the caller has it already."""
    prior_total, prior_why = prior or priors(place)
    total = match_quality + prior_total
    quality = _QUALITY_TEXT.get(match_quality) or f"{match_quality:+.2f}"
    why = (f"{match} match on '{matched}' ({quality})",) + prior_why
    if context:
        for label, value in _context_terms(place, context):
            if value:
                total += value
                why += (f"{label} ({value:+.2f})",)
    return _new_tuple(Candidate, (place, total, matched, match, why))  # Candidate(...) minus its Python __new__


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """Best first: score, then population, then geonameid; one candidate per place."""
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        known = best.get(candidate.place.geonameid)
        if known is None or candidate.score > known.score:
            best[candidate.place.geonameid] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, -c.place.population, c.place.geonameid))


def priors(place: Place, names: int = 0) -> tuple[float, tuple[str, ...]]:
    """The context-free part of the score: names, population and kind, with their reasons;
    ``names`` is how many names the index holds for the place.

    >>> priors(Place(1, "X", 0, 0, "SY", "", "", "A", "PCLI", 0, "test"))
    (0.35, ('is a country (+0.35)',))
    """
    terms = [(label, value) for label, value in _prior_terms(place, names) if value]
    return sum(value for _, value in terms), tuple(f"{label} ({value:+.2f})" for label, value in terms)


def _prior_terms(place: Place, names: int) -> list[tuple[str, float]]:
    kind = place.kind
    terms = []
    if names > _NAMES_BASE:
        terms.append((f"known by {names} names", min(_NAMES_CAP, _NAMES_DOUBLING * math.log2(names / _NAMES_BASE))))
    if kind in _POPULATION_KINDS:
        value = min(_POP_CAP, _POP_DECADE * math.log10(place.population + 1))
        terms.append((f"population {place.population:,}", value))
    elif kind in ("admin1", "admin2") and place.population:
        # An admin unit must hold about five times the people of a same-named town to outrank it
        # (more when the town is its seat: Aleppo, Hama; less than that, and the name is the unit's: Quebec).
        terms.append((f"towns' population {place.population:,}",
                      min(_POP_CAP, _POP_DECADE * (math.log10(place.population + 1) - _ADMIN_DISCOUNT_DECADES)) - 0.1))
    if kind in _KIND_BONUS:
        terms.append((f"is a {kind}", _KIND_BONUS[kind]))
    if place.feature_code == "AIRP":
        # An airport with scheduled flights is better known than a village of its name ("Heathrow").
        terms.append(("an airport", _AIRPORT_BONUS))
    if place.landmark:
        # Curated landmarks are chosen for fame and carry no population ("the White House").
        terms.append(("a landmark named alone", _POP_CAP))
    if place.feature_code == "PPLC":
        terms.append(("national capital", 0.1))
    elif place.feature_code == "PPLA":
        terms.append(("seat of the province of the same name", 0.15))
    return terms


def _context_terms(place: Place, ctx: Context) -> list[tuple[str, float]]:
    terms = []
    if place.country and place.country in ctx.countries:
        terms.append((f"in context country {place.country}", 0.4))
    elif not place.country and ctx.countries and place.kind in ("continent", "region"):
        # An ocean or a continent borders every country: the country context must not favour
        # the Atlantic, Iowa, over the Atlantic in a story from the United States.
        terms.append(("spans countries, the context's among them", 0.4))
    if ctx.admin1 and (fold(place.admin1) in ctx.admin1 or fold(place.admin1_name) in ctx.admin1):
        terms.append((f"in context admin1 {place.admin1_name or place.admin1}", 0.3))
    elif ctx.admin1 and place.kind == "admin1" and place.country in ctx.countries:
        # The context's towns earn +0.3 for lying in a named unit; a sibling unit ("Florida" in a story
        # about New York) must not lose to a village that shares its name for that alone -- but half
        # of it, so that the unit's own seat keeps the name ("Deir ez-Zor" in a story naming Homs province).
        terms.append((f"a first-level unit of {place.country}, like the context's", 0.15))
    if ctx.near:
        lat, lon, radius = ctx.near
        distance = haversine_km(lat, lon, place.lat, place.lon)
        if distance <= radius:
            terms.append((f"{distance:.0f} km from the context point", 0.5 * (1 - distance / radius)))
    if ctx.bbox:
        south, west, north, east = ctx.bbox
        if south <= place.lat <= north and west <= place.lon <= east:
            terms.append(("inside the context box", 0.2))
    if ctx.document:
        terms += _document_terms(place, ctx)
    return terms


def _document_terms(place: Place, ctx: Context) -> list[tuple[str, float]]:
    others, points = ctx.document, ctx.document_points
    countries = ctx.document_countries
    if place.geonameid in ctx.document_ids:  # a place is not its own context
        kept = [i for i, o in enumerate(others) if o.geonameid != place.geonameid]
        others, points = [others[i] for i in kept], [points[i] for i in kept]
        countries = {o.country for o in others}
    if not others:
        return []
    distance, index = nearest(SpherePoint.of(place.lat, place.lon), points)
    nearest_place = others[index]
    terms = []
    for limit, bonus in ((50, 0.3), (200, 0.2), (1000, 0.1)):
        if distance <= limit and nearest_place.kind in ("place", "admin2"):
            terms.append((f"{distance:.0f} km from {nearest_place.name} in the same text", bonus))
            break
    if not place.country and not terms:
        # A sea or a region borders the countries and cities the text names ("the Gulf" beside Qatar).
        for limit, bonus in _REGION_TIERS:
            if distance <= limit:
                terms.append((f"{distance:.0f} km from {nearest_place.name} in the same text", bonus))
                break
    if place.country and place.country in countries:
        terms.append((f"same country as other places in the text ({place.country})", 0.15))
    if place.feature_code == "PPLC" and place.country in ctx.named_countries:
        # Metonymy: "Washington said" in a story that names the United States.
        terms.append((f"capital of a country the text names ({place.country})", 0.5))
    return terms
