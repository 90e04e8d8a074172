"""Stage 5a, render: finished records in, one self-contained Leaflet page out (folium).

The page opens with no network by default: Leaflet, its CSS, geomap's own
script and the Natural Earth country outlines are inlined from
``geomap/assets``.  ``tiles="osm"`` adds online tiles; ``cdn=True`` loads Leaflet
from a CDN instead of inlining it.  All input text reaches the page as JSON
data (with ``<`` escaped) and is put into the DOM with ``textContent`` only.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .records import Run, claim_area, claim_label, claim_records, event_record, measured_from, place_features

LEAFLET_CDN_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js"
LEAFLET_CDN_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css"
TILES = {
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors"),
    "carto": ("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors &copy; CARTO"),
}
TYPE_COLOURS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4",
}
_NOTE_LIMIT = 240  # characters of the sentence kept in a popup around the place (the files keep all of it)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files("geomap").joinpath("assets", name).read_text(encoding="utf-8")


def render_map(run: Run, *, title: str = "geomap", tiles: str | None = None, cdn: bool = False) -> str:
    """The map page of a run as a string."""
    return _page(map_data(run, title, tiles), title, cdn)


def render_records(events: list[dict], *, title: str = "geomap", tiles: str | None = None, cdn: bool = False) -> str:
    """A map of event features alone (``geomap batch --map``): events layers, time slider, legend."""
    articles: dict[str, dict] = {}
    for feature in events:
        p = feature["properties"]
        articles.setdefault(p["article_id"], {"id": p["article_id"], "title": p.get("title") or "", "url": p.get("url") or ""})
    records = [{**f["properties"], "latitude": f["geometry"]["coordinates"][1] if f["geometry"] else None,
                "longitude": f["geometry"]["coordinates"][0] if f["geometry"] else None} for f in events]
    data = _base_data(records, list(articles.values()), title, tiles)
    data.update(places=[], estimated=[], unresolved=[], claims=[])
    return _page(data, title, cdn)


def _page(data: dict, title: str, cdn: bool) -> str:
    fmap = folium.Map(location=[20, 0], zoom_start=2, tiles=None, prefer_canvas=True, control_scale=False)
    fmap._id = "geomap"  # a stable element id keeps the page deterministic
    fmap.default_js = [("leaflet", LEAFLET_CDN_JS)]
    fmap.default_css = [("leaflet_css", LEAFLET_CDN_CSS)]
    root = fmap.get_root()
    root.header.add_child(Element(f"<title>{_escape(title)}</title><style>{asset('geomap.css')}</style>"), name="geomap_style")
    fmap.add_child(_Layers(data))
    html = root.render()
    if not cdn:
        html = html.replace(f'<script src="{LEAFLET_CDN_JS}"></script>', f"<script>{asset('leaflet.js')}</script>")
        html = html.replace(f'<link rel="stylesheet" href="{LEAFLET_CDN_CSS}"/>', f"<style>{asset('leaflet.css')}</style>")
    return html


class _Layers(MacroElement):
    """geomap's layers: rendered after the map object exists, data embedded as escaped JSON."""

    _template = Template("""{% macro script(this, kwargs) %}
{{ this.code }}
var geomapData = {{ this.data }};
geomapInit({{ this._parent.get_name() }}, geomapData);
{% endmacro %}""")

    def __init__(self, data: dict):
        super().__init__()
        self._name = "GeomapLayers"
        self._id = "layers"
        self.code = asset("geomap.js")
        self.data = _json_for_script(data)


def map_data(run: Run, title: str, tiles: str | None) -> dict:
    records = [event_record(e, run) for e in run.events]
    data = _base_data(records, [{"id": a.id, "title": a.title, "url": a.url} for a in run.articles], title, tiles)
    article_index = {a["id"]: i for i, a in enumerate(data["articles"])}
    places, estimated, unresolved = _places(run, article_index)
    data.update(places=places, estimated=estimated, unresolved=unresolved, claims=_claims(run, article_index))
    return data


def _base_data(records: list[dict], articles: list[dict], title: str, tiles: str | None) -> dict:
    article_index = {a["id"]: i for i, a in enumerate(articles)}
    types = sorted({r["event_type"] for r in records}, key=list(TYPE_COLOURS).index)
    type_index = {t: i for i, t in enumerate(types)}
    strings = _Strings()
    events = [_event_row(r, article_index, type_index, strings) for r in records]
    return {
        "title": title,
        "strings": strings.values,
        "tiles": _tiles(tiles),
        "types": [{"name": t, "color": TYPE_COLOURS[t], "count": sum(r["event_type"] == t for r in records)} for t in types],
        "articles": articles,
        "events": events,
        "dates": sorted({r["event_date"] for r in records if r["event_date"]}),
        "outlines": json.loads(asset("countries-110m.geojson")),
    }


class _Strings:
    """A string table: repeated texts (sentences, places, actors) are written once per page."""

    def __init__(self):
        self.values: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, text) -> int:
        text = "" if text is None else str(text)
        if text not in self._index:
            self._index[text] = len(self.values)
            self.values.append(text)
        return self._index[text]


def _event_row(r: dict, article_index: dict[str, int], type_index: dict[str, int], strings: _Strings) -> list:
    note, start, end = _note_window(r)
    lat = round(r["latitude"], 5) if r["latitude"] is not None else None
    lon = round(r["longitude"], 5) if r["longitude"] is not None else None
    return [lat, lon, 0, strings(r["sub_event_type"]), r["event_date"], r["time_precision"],
            strings(r["location"]), r["geo_precision"], strings(r["location_text"]), strings(r["actor1"]),
            strings(r["actor2"]), r["fatalities"], strings(note), start, end, article_index.get(r["article_id"], 0),
            type_index[r["event_type"]]]


def _note_window(r: dict) -> tuple[str, int | None, int | None]:
    """The sentence around the place (the files keep all of it), with the place's offsets in it."""
    note = r["notes"] or ""
    if r.get("mention_start") is None or r.get("sentence_start") is None:
        return note[:_NOTE_LIMIT], None, None
    start, end = int(r["mention_start"] - r["sentence_start"]), int(r["mention_end"] - r["sentence_start"])
    if not 0 <= start < end <= len(note):
        return note[:_NOTE_LIMIT], None, None
    if len(note) <= _NOTE_LIMIT:
        return note, start, end
    left = max(0, start - _NOTE_LIMIT // 2)
    window = note[left:left + _NOTE_LIMIT]
    return "…" + window + "…", start - left + 1, end - left + 1


def _places(run: Run, article_index: dict[str, int]) -> tuple[list, list, list]:
    places, estimated, unresolved, seen = [], [], [], set()
    for feature in place_features(run):
        p = feature["properties"]
        if feature["geometry"] is None:
            if (p["mention"], p["article_id"]) not in seen:
                unresolved.append([p["mention"], article_index[p["article_id"]], p["why"]])
        elif p["estimated"]:
            if (p["mention"], p["article_id"]) not in seen:
                estimated.append([p["lat"], p["lon"], p["mention"], p["uncertainty_km"], p["why"]])
        elif p["approximate"]:  # "Royal Street" at New Orleans: its own marker, titled as written
            if (p["mention"], p["article_id"]) not in seen:
                places.append([p["lat"], p["lon"], f"{p['mention']} (approximately: {p['name']})", p["mention"],
                               p["why"], article_index[p["article_id"]], False])
        elif p["kind"] in ("toponym", "reference") and (p["geonameid"], p["article_id"]) not in seen:
            places.append([p["lat"], p["lon"], p["name"], p["mention"], p["why"], article_index[p["article_id"]],
                           p["feature_code"] == "EST"])
            seen.add((p["geonameid"], p["article_id"]))
        seen.add((p["mention"], p["article_id"]))
    return places, estimated, unresolved


def _claims(run: Run, article_index: dict[str, int]) -> list[dict]:
    claims = []
    for record in claim_records(run):
        area = claim_area(record)
        if area is None:
            continue
        top = max(_vertices(area["coordinates"]), key=lambda xy: xy[1])
        anchor = list(measured_from(record))  # (area drawn: a point measured from)
        claims.append({
            "text": record["text"], "label": claim_label(record), "verdict": record["verdict"],
            "reason": record["reason"], "tolerance_km": record["tolerance_km"],
            "article": article_index[record["article_id"]], "area": area, "labelAt": [top[1], top[0]],
            # Each subject's line starts where its distance was measured from: the anchor (or the midpoint of a
            # halfway), or the border.
            "subjects": [[s["lat"], s["lon"], s["name"], s["computed_km"], s["verdict"], s["reason"],
                          s["border_point"] or anchor] for s in record["subjects"] if s["lat"] is not None],
        })
    return claims


def _vertices(coordinates: list) -> list[list[float]]:
    """Every [lon, lat] of a Polygon's or MultiPolygon's coordinates."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [coordinates]
    return [xy for part in coordinates for xy in _vertices(part)]


def _tiles(name: str | None):
    if not name:
        return None
    return {"url": TILES[name][0], "attribution": TILES[name][1]}


def _json_for_script(data: dict) -> str:
    """JSON safe inside a <script> element: no '</script>', no HTML comment openers."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
