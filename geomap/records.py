"""Finished records: the flat, typed dictionaries every output is made from.

Export and rendering read these and never the document model, so what the map
shows and what the files hold cannot drift apart.  Key order is fixed and no
record carries a timestamp or a random id: the same input gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import Place

from .borders import area_band, border_band, measured_pair
from .claims import DIRECTION_DEGREES, area_code, half_sector_deg
from .document import Article, Claim, Event, Mention
from .geometry import midpoint, ring, sector, to_geojson

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# The fields of the place, event and claim records, as a number: raise it whenever a field is added,
# removed or renamed.  A batch never resumes into partitions written with another format.
RECORDS_FORMAT = 3


@dataclass
class Run:
    """Everything one run produced, ready for export and rendering."""

    articles: list[Article]
    events: list[Event]
    countries: dict[str, dict] = field(default_factory=dict)  # code -> name, iso3, isonumeric
    problems: list = field(default_factory=list)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


def _place_fields(mention: Mention) -> dict:
    place = mention.place
    if place is None:
        return {"geonameid": None, "name": None, "lat": None, "lon": None, "country": None, "admin1": None,
                "admin1_name": None, "feature_class": None, "feature_code": None, "population": None,
                "source": None}
    return {"geonameid": _geonameid(mention), "name": place.name, "lat": place.lat,
            "lon": place.lon, "country": place.country, "admin1": place.admin1, "admin1_name": place.admin1_name,
            "feature_class": place.feature_class, "feature_code": place.feature_code, "population": place.population,
            "source": place.source}


def _geonameid(mention: Mention) -> int | None:
    """The GeoNames id of the mention's own place: none for an estimated point, nor for a place
    known only approximately (it lies in or near the town whose point it has, but is not it)."""
    return mention.place.geonameid if mention.located and mention.place.geonameid > 0 else None


def place_features(run: Run) -> list[dict]:
    """One Feature per place mention; unresolved mentions keep a null geometry."""
    features = []
    for article in run.articles:
        for mention in article.mentions:
            properties = {"mention": mention.text, "start": mention.start, "end": mention.end,
                          "article_id": article.id, "kind": mention.kind, "feature_word": mention.feature or None,
                          **_place_fields(mention), "score": mention.score,
                          "estimated": mention.estimated_radius_km is not None,
                          "uncertainty_km": mention.estimated_radius_km, "approximate": mention.approximate,
                          "why": mention.why}
            features.append(_feature(mention.place.point if mention.place else None, properties))
    return features


def event_record(event: Event, run: Run) -> dict:
    place = event.location.place if event.location is not None else None
    unit = place or (event.area.place if event.area is not None else None)  # ... or the unit coded for it
    # A place the gazetteer lacks keeps its own name, coded at a unit or town ("Nasir", coded at Upper Nile)
    coded_at = unit if event.area is not None or event.location is not None and event.location.approximate else None
    name = place.name if place is not None and coded_at is None else (event.location.text if event.location else None)
    country = run.countries.get(unit.country, {}) if unit is not None and unit.country else {}
    article = run.article(event.sources[0]) if event.sources else None
    lat, lon = event.point if event.point else (None, None)
    return {
        "event_id": event.event_id, "article_id": event.sources[0] if event.sources else None,
        "event_date": event.event_date, "time_precision": event.time_precision,
        "disorder_type": event.disorder_type, "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "assoc_actor_1": event.assoc_actor_1, "inter1": event.inter1,
        "actor2": event.actor2, "inter2": event.inter2,
        "interaction": _interaction(event.inter1, event.inter2),
        "civilian_targeting": event.civilian_targeting, "fatalities": event.fatalities,
        "location": name,
        "location_text": event.location_text + (f" (not in the gazetteer: coded at {coded_at.name})" if coded_at else ""),
        "mention": event.location.text if event.location else None,
        "country": country.get("name"), "country_code": unit.country if unit is not None else None,
        "iso": country.get("isonumeric"), "iso3": country.get("iso3"),
        "admin1": _admin1_name(unit),
        "latitude": lat, "longitude": lon, "geo_precision": event.geo_precision,
        "geonameid": _geonameid(event.location) if event.location is not None else None,
        "estimated": bool(event.location is not None and event.location.estimated_radius_km is not None),
        "approximate": bool(event.location is not None and event.location.approximate),
        "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
        "mention_start": event.location.start if event.location else None,
        "mention_end": event.location.end if event.location else None,
        "notes": event.notes, "source": "; ".join(event.sources),
        "title": article.title if article else "", "url": article.url if article else "",
    }


def _admin1_name(place: Place | None) -> str | None:
    """The first-level unit a place lies in, or that it is."""
    if place is None:
        return None
    return place.name if place.kind == "admin1" else place.admin1_name


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    return int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2 else inter1 * 10


def event_features(run: Run) -> list[dict]:
    return [_feature(tuple(e.point) if e.point else None, event_record(e, run)) for e in run.events]


def acled_rows(run: Run) -> list[dict]:
    """Events in ACLED's column names and order (values ACLED's own where geomap can infer them)."""
    rows = []
    for number, event in enumerate(run.events, 1):
        record = event_record(event, run)
        rows.append({
            "event_id_cnty": f"{record['iso3'] or 'XXX'}{number}", "event_date": record["event_date"],
            "year": int(record["event_date"][:4]) if record["event_date"] else None,
            "time_precision": record["time_precision"], "disorder_type": record["disorder_type"],
            "event_type": record["event_type"], "sub_event_type": record["sub_event_type"],
            "actor1": record["actor1"], "assoc_actor_1": record["assoc_actor_1"], "inter1": record["inter1"],
            "actor2": record["actor2"], "assoc_actor_2": "", "inter2": record["inter2"],
            "interaction": record["interaction"], "civilian_targeting": record["civilian_targeting"],
            "iso": record["iso"], "region": "", "country": record["country"], "admin1": record["admin1"],
            "admin2": "", "admin3": "", "location": record["location"], "latitude": record["latitude"],
            "longitude": record["longitude"], "geo_precision": record["geo_precision"], "source": record["source"],
            "source_scale": "", "notes": record["notes"], "fatalities": record["fatalities"], "tags": "",
            "timestamp": None,
        })
    return rows


def claim_record(claim: Claim, article: Article) -> dict:
    anchor = claim.anchor.place if claim.anchor else None
    between = claim.between.place if claim.between else None
    return {
        "text": claim.text, "article_id": article.id, "start": claim.start, "end": claim.end,
        "value": claim.value, "value_high": claim.value_high, "unit": claim.unit, "stated_km": claim.stated_km,
        "stated_km_high": claim.stated_km_high, "qualifier": claim.qualifier, "direction": claim.direction,
        "border": list(claim.border) if claim.border else None, "area": area_code(anchor),
        "alt_value": claim.alt_value, "alt_unit": claim.alt_unit, "units_agree": claim.units_agree,
        "anchor": {"name": claim.anchor.text if claim.anchor else None, "lat": anchor.lat if anchor else None,
                   "lon": anchor.lon if anchor else None,
                   "geonameid": anchor.geonameid if anchor and anchor.geonameid > 0 else None,
                   "gazetteer_name": anchor.name if anchor else None},
        "between": {"name": claim.between.text, "lat": between.lat if between else None,
                    "lon": between.lon if between else None} if claim.between else None,
        "subjects": [{"name": s.mention.text, "country": s.mention.place.country if s.mention.place else None,
                      "lat": s.mention.place.lat if s.mention.place else None,
                      "lon": s.mention.place.lon if s.mention.place else None,
                      "geonameid": s.mention.place.geonameid if s.mention.place and s.mention.place.geonameid > 0 else None,
                      "estimated": s.mention.estimated_radius_km is not None,
                      "computed_km": s.computed_km, "bearing_deg": s.bearing_deg,
                      "border_point": list(s.border_point) if s.border_point else None, "verdict": s.verdict,
                      "reason": s.reason} for s in claim.subjects],
        "subject_kind": claim.subject_kind, "verdict": claim.verdict, "tolerance_km": claim.tolerance_km,
        "reason": claim.reason,
    }


def claim_records(run: Run) -> list[dict]:
    return [claim_record(c, a) for a in run.articles for c in a.claims]


def anchor_name(record: dict) -> str:
    """'Hama'; 'the Turkish border'; 'the SY–TR border' for a border named by both countries; 'the border';
    'Bakhmut and Pokrovsk' for a halfway between them."""
    border = record["border"]
    if record.get("between"):
        return f"{record['anchor']['name']} and {record['between']['name']}"
    if not border:
        return record["anchor"]["name"] or ""
    if len(border) == 2:
        return f"the {'–'.join(sorted(border))} border"
    return f"the {record['anchor']['name']} border" if record["anchor"]["name"] else "the border"


def claim_label(record: dict) -> str:
    """'≈10 km from Hama', 'within 5 km of Rafah', '20–25 km NW of Idlib', '≈3 km from the Turkish border'."""
    anchor = anchor_name(record)
    if record.get("between"):
        return f"halfway between {anchor}"
    if record["value"] is None:
        return f"{record['direction']} of {anchor}"
    sign = {"about": "≈", "nearly": "≈", "up to": "≤", "within": "≤", "less than": "<", "more than": ">"}.get(
        record["qualifier"] or "", "")
    high = f"–{record['value_high']:g}" if record["value_high"] else ""
    relation = f" {record['direction']} of " if record["direction"] else " from "
    return f"{sign}{record['value']:g}{high} {record['unit']}{relation}{anchor}"


def claim_features(run: Run) -> list[dict]:
    """Each claim as a geodesic ring (or sector) around its anchor -- for a border, the band along the
    border near its subject -- plus lines to its subjects from where they were measured."""
    features = []
    for record in claim_records(run):
        area = claim_area(record)
        if area is None:
            continue
        properties = {**_flat_claim(record), "label": claim_label(record), "role": "area"}
        features.append({"type": "Feature", "geometry": area, "properties": properties})
        for subject in record["subjects"]:
            if subject["lat"] is None:
                continue
            lat, lon = subject["border_point"] or measured_from(record)
            line = {"type": "LineString", "coordinates": [[lon, lat], [subject["lon"], subject["lat"]]]}
            features.append({"type": "Feature", "geometry": line, "properties": {
                **_flat_claim(record), "label": f"{subject['name']}: {subject['computed_km']} km (stated {claim_label(record)})",
                "role": "subject", "subject": subject["name"], "computed_km": subject["computed_km"],
                "subject_verdict": subject["verdict"], "subject_reason": subject["reason"]}})
    return features


def claim_area(record: dict) -> dict | None:
    """GeoJSON of where the claim puts its subjects: a ring or sector around the anchor, a band along a border, a
    disc around the midpoint of the two places a 'halfway between' names."""
    middle = measured_from(record)
    if record.get("between"):
        return to_geojson(ring(middle, 0.0, record["tolerance_km"])) if middle is not None else None
    if record["stated_km"] is None:  # a direction alone: a sector reaching past its subjects
        low, high = 0.0, 1.5 * max([s["computed_km"] or 0 for s in record["subjects"]] + [10.0])
    else:
        low = record["stated_km"] - record["tolerance_km"]
        high = (record["stated_km_high"] or record["stated_km"]) + record["tolerance_km"]
    if record["qualifier"] in ("up to", "within", "less than"):
        low = 0.0
    if record["border"]:
        measured = next((s for s in record["subjects"] if s["border_point"]), None)
        if measured is None or record["stated_km"] is None:
            return None
        country, other = measured_pair(tuple(record["border"]), measured["country"], measured["lat"], measured["lon"])
        return border_band(measured["lat"], measured["lon"], country, other, max(0.0, low), high)
    anchor = record["anchor"]
    if record.get("area") and record["stated_km"] is not None:  # "40 km east of the Gaza Strip": around its outline
        measured = next((s for s in record["subjects"] if s["border_point"]), None)
        return area_band(record["area"], (anchor["lat"], anchor["lon"]), measured["lat"], measured["lon"],
                         max(0.0, low), high) if measured else None
    if anchor["lat"] is None:
        return None
    centre = (anchor["lat"], anchor["lon"])
    direction = record["direction"]
    shape = sector(centre, max(0.0, low), high, DIRECTION_DEGREES[direction], half_sector_deg(direction)) \
        if direction else ring(centre, max(0.0, low), high)
    return to_geojson(shape)


def measured_from(record: dict) -> tuple[float, float] | None:
    """Where a claim's subjects are measured from: its anchor, or the midpoint of the two places of a 'halfway'."""
    anchor, between = record["anchor"], record.get("between")
    if anchor["lat"] is None or between is not None and between["lat"] is None:
        return None
    if between is not None:
        return midpoint((anchor["lat"], anchor["lon"]), (between["lat"], between["lon"]))
    return anchor["lat"], anchor["lon"]


def _flat_claim(record: dict) -> dict:
    return {"text": record["text"], "article_id": record["article_id"], "stated_km": record["stated_km"],
            "qualifier": record["qualifier"], "direction": record["direction"], "anchor": record["anchor"]["name"],
            "border": "–".join(record["border"]) if record["border"] else None,
            "verdict": record["verdict"], "tolerance_km": record["tolerance_km"], "reason": record["reason"]}


def _feature(point: tuple[float, float] | None, properties: dict) -> dict:
    geometry = {"type": "Point", "coordinates": [point[1], point[0]]} if point else None
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def feature_collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}
