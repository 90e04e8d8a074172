"""The reference case: the real seed articles in ../shared/seeds (present in CI, never shipped)."""

import json
import os

import pytest
from geopy.distance import geodesic

from geomap.cli import main

from .conftest import SEEDS

SEED = SEEDS / "000_921a48fde55cedb8.txt"
if not SEED.exists() and os.environ.get("CI"):
    raise RuntimeError(f"CI must provide the seed article at {SEED}")
pytestmark = [pytest.mark.seed, pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds not present")]


@pytest.fixture(scope="module")
def outputs(index_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert main(["map", str(SEED), "--out", str(out), "--date", "2024-12-03"]) == 0
    load = lambda name: json.loads((out / name).read_text(encoding="utf-8"))  # noqa: E731
    return {"events": [f for f in load("events.geojson")["features"]], "places": load("places.geojson")["features"],
            "claims": load("claims.json"), "dir": out}


def _events(outputs, sub):
    return [e["properties"] for e in outputs["events"] if e["properties"]["sub_event_type"] == sub]


def test_two_articles(outputs):
    assert len({p["properties"]["article_id"] for p in outputs["places"]}) == 2


@pytest.mark.parametrize("mention,point", [("Halfaya", (35.26014, 36.60581)), ("Taybat al-Imam", (35.26592, 36.71219)),
                                           ("Soran", (35.29193, 36.74848))])
def test_captures_located_at_the_right_towns(outputs, mention, point):
    (event,) = [e for e in _events(outputs, "Non-state actor overtakes territory") if e["mention"] == mention]
    assert geodesic((event["latitude"], event["longitude"]), point).km <= 5
    assert event["event_date"] == "2024-12-03"


def test_maardis_is_not_given_another_towns_identity(outputs):
    # Missing from the embedded data, Maardis is at most placed near the article's towns or estimated
    # from its distance claim: never reported as another town.
    maardis = [p["properties"] for p in outputs["places"] if p["properties"]["mention"] == "Maardis"]
    assert maardis and all(p["geonameid"] is None and (p["approximate"] or p["estimated"] or p["lat"] is None)
                           for p in maardis)
    (event,) = [e for e in _events(outputs, "Non-state actor overtakes territory") if e["mention"] == "Maardis"]
    # Its claim ("about 10 km from Hama") places it better than the article's most-named town (Aleppo).
    assert event["geonameid"] is None and event["estimated"] and event["geo_precision"] == 2
    assert geodesic((event["latitude"], event["longitude"]), (35.13179, 36.75783)).km < 15


def test_government_recapture_of_khanaser(outputs):
    (event,) = _events(outputs, "Government regains territory")[-1:]
    assert event["mention"] == "Khanaser"
    assert geodesic((event["latitude"], event["longitude"]), (35.78159, 37.49919)).km <= 5


def test_talks_in_cairo_and_strike_in_the_southern_gaza_strip(outputs):
    talks = [e["properties"] for e in outputs["events"] if e["properties"]["event_type"] == "Strategic developments"]
    assert any(t["location"] == "Cairo" and t["country"] == "Egypt" for t in talks)
    (strike,) = [e for e in _events(outputs, "Air/drone strike") if "Gaza" in (e["location"] or "")]
    assert strike["geo_precision"] in (2, 3) and strike["location_text"] == "in the southern Gaza Strip"


def test_fatalities_and_sdf_villages(outputs):
    captures = _events(outputs, "Non-state actor overtakes territory")
    assert sum(e["fatalities"] for e in captures) == 50
    assert any(e["actor1"] == "Syrian Democratic Forces" and e["geo_precision"] == 3 for e in captures)


def test_the_hama_claim(outputs):
    (claim,) = outputs["claims"]
    assert claim["text"].startswith("about 10 kilometers (6 miles) from Hama")
    assert geodesic((claim["anchor"]["lat"], claim["anchor"]["lon"]), (35.13, 36.76)).km < 2
    assert claim["stated_km"] == 10 and claim["units_agree"] is True
    names = [s["name"] for s in claim["subjects"]]
    assert {"Halfaya", "Taybat al-Imam", "Soran"} <= set(names)
    assert all(s["computed_km"] for s in claim["subjects"] if not s["estimated"])
    assert claim["verdict"] in ("consistent", "inconsistent") and claim["reason"]


def test_no_place_from_organisations_and_demonyms_as_demonyms(outputs):
    props = [p["properties"] for p in outputs["places"]]
    mentions = {p["mention"] for p in props}
    assert not {"Hamas", "Jihad", "Islamic Jihad", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Dama",
                "Dama Post", "Observatory", "Human"} & mentions
    demonyms = {p["mention"] for p in props if p["kind"] == "demonym"}
    assert {"Syrian", "Russian", "Egyptian"} <= demonyms
    locations = {e["properties"]["mention"] for e in outputs["events"]}
    assert not {"Syrian", "Russian", "Egyptian"} & locations


def test_air_strikes_near_the_captured_towns(outputs):
    strikes = [e for e in _events(outputs, "Air/drone strike") if e["country"] == "Syria"]
    assert strikes and all(e["geo_precision"] == 2 for e in strikes)
    assert any(geodesic((e["latitude"], e["longitude"]), (35.27, 36.70)).km < 20 for e in strikes)
