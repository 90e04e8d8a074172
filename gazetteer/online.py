"""Optional online fallback through geopy's Nominatim, off unless the user passes ``--online``.

Requests are rate-limited to one per second (Nominatim's usage policy) and every
answer is cached on disk, so a name is asked for at most once.
"""

from __future__ import annotations

import json
from pathlib import Path

from .api import cache_dir
from .errors import GazetteerError
from .model import Candidate, Place
from .normalize import fold

_USER_AGENT = "geomap-offline-conflict-mapper"


def cache_file() -> Path:
    return cache_dir() / "online-cache.json"


def lookup_online(name: str, *, limit: int = 5) -> list[Candidate]:
    """Candidates from Nominatim (cached); a clear error when the service cannot be reached."""
    cache = _read_cache()
    key = fold(name)
    if key not in cache:
        cache[key] = _query(name, limit)
        _write_cache(cache)
    return [_candidate(row, name) for row in cache[key][:limit]]


def _query(name: str, limit: int) -> list[dict]:
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    geocode = RateLimiter(Nominatim(user_agent=_USER_AGENT, timeout=10).geocode, min_delay_seconds=1.0,
                          max_retries=1)
    try:
        found = geocode(name, exactly_one=False, limit=limit, addressdetails=True) or []
    except GeopyError as exc:
        raise GazetteerError(f"online geocoder unavailable: {exc}") from None
    return [{"name": loc.raw.get("name") or loc.address.split(",")[0], "lat": loc.latitude, "lon": loc.longitude,
             "country": (loc.raw.get("address", {}).get("country_code") or "").upper(),
             "osm_id": loc.raw.get("osm_id"), "importance": loc.raw.get("importance", 0)} for loc in found]


def _candidate(row: dict, query: str) -> Candidate:
    place = Place(-int(row.get("osm_id") or 0) or -1, row["name"], row["lat"], row["lon"], row["country"], "", "",
                  "", "", 0, "nominatim (online)")
    score = 0.6 + 0.4 * float(row.get("importance") or 0)
    return Candidate(place, score, query, "online", ("Nominatim answer (online, cached)",))


def _read_cache() -> dict:
    try:
        return json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def _write_cache(cache: dict) -> None:
    path = cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
