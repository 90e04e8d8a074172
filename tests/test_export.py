import errno
import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geomap.errors import OutputError
from geomap.export import FORMATS, atomic_path, dumps, export_events, report, write_outputs
from geomap.pipeline import finish, process
from geomap.records import (ACLED_COLUMNS, RECORDS_FORMAT, acled_rows, claim_features, claim_records, event_features,
                            place_features)

TEXT = ("Rebels captured the towns of Halfaya and Soran on Tuesday, killing 9 soldiers. "
        "The fighters are now about 10 km (6 miles) from Hama. Protests were held in Zorbaqand city.")


@pytest.fixture
def run(gaz, article):
    a = process(article(TEXT, title="Rebels advance <script>alert(1)</script>", date="2024-12-03"), gaz)
    return finish([a], gaz)


def test_event_features_are_rfc7946(run):
    features = event_features(run)
    assert features and all(f["type"] == "Feature" for f in features)
    located = [f for f in features if f["geometry"]]
    lon, lat = located[0]["geometry"]["coordinates"]
    assert 36 < lon < 37 and 35 < lat < 36  # [lon, lat] order
    required = {"event_id", "article_id", "event_date", "event_type", "sub_event_type", "location", "country",
                "admin1", "geo_precision", "geonameid", "notes", "source"}
    assert required <= set(features[0]["properties"])
    assert "crs" not in json.loads(dumps({"type": "FeatureCollection", "features": features}))


def test_place_features_keep_unresolved_mentions(run, gaz, article):
    props = [f["properties"] for f in place_features(run)]
    assert {"mention", "start", "end", "article_id", "why", "geonameid", "lat", "lon", "approximate"} <= set(props[0])
    (zorbaqand,) = [p for p in props if p["mention"] == "Zorbaqand"]  # placed at the article's town
    assert zorbaqand["approximate"] and zorbaqand["country"] == "SY" and zorbaqand["why"].startswith("local-focus")
    alone = finish([process(article("Protests were held in Zorbaqand city, Syria."), gaz)], gaz)
    features = [f for f in place_features(alone) if f["properties"]["mention"] == "Zorbaqand"]
    assert features[0]["geometry"] is None and features[0]["properties"]["geonameid"] is None


def test_an_event_at_a_place_the_gazetteer_lacks_carries_its_name_and_its_units(gaz, article):
    a = process(article("Militiamen overran a garrison in Nasir, in South Sudan's Upper Nile state, on Monday.",
                        date="2025-03-05"), gaz)
    (props,) = [f["properties"] for f in event_features(finish([a], gaz))]
    assert (props["location"], props["country"], props["admin1"], props["geo_precision"], props["geonameid"]) == \
        ("Nasir", "South Sudan", "Upper Nile", 3, None)
    assert props["location_text"].endswith("(not in the gazetteer: coded at Upper Nile)")


# The fields of format 3 (3 added the claims' border).  A change here must raise RECORDS_FORMAT: batch
# output of the old format is then refused for resuming instead of failing at the merge.
FORMAT_3 = {
    "place": "admin1 admin1_name approximate article_id country end estimated feature_class feature_code "
             "feature_word geonameid kind lat lon mention name population score source start uncertainty_km why",
    "event": "actor1 actor2 admin1 approximate article_id assoc_actor_1 civilian_targeting country country_code "
             "disorder_type estimated event_date event_id event_type fatalities geo_precision geonameid inter1 "
             "inter2 interaction iso iso3 latitude location location_text longitude mention mention_end "
             "mention_start notes sentence_end sentence_start source sub_event_type time_precision title url",
    "claim": "anchor article_id border direction label qualifier reason role stated_km text tolerance_km verdict",
}


def test_record_fields_match_the_records_format(run):
    fields = {kind: set(features(run)[0]["properties"]) for kind, features in
              (("place", place_features), ("event", event_features), ("claim", claim_features))}
    assert RECORDS_FORMAT == 3 and fields == {kind: set(names.split()) for kind, names in FORMAT_3.items()}


def test_claim_records_have_the_foundation_shape(run):
    (claim,) = claim_records(run)
    assert {"text", "article_id", "value", "unit", "stated_km", "qualifier", "direction", "anchor", "subjects",
            "verdict", "tolerance_km", "reason"} <= set(claim)
    assert set(claim["anchor"]) >= {"name", "lat", "lon", "geonameid"}
    assert {"name", "lat", "lon", "geonameid", "computed_km", "bearing_deg"} <= set(claim["subjects"][0])


def test_outputs_are_written_atomically_and_deterministically(run, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    write_outputs(run, tmp_path, title="t")
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    write_outputs(run, tmp_path, title="t")
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert first == second
    assert sorted(first) == sorted(["mine.txt", "map.html", "events.geojson", "places.geojson", "claims.json",
                                    "claims.geojson", "report.md"])
    assert not list(tmp_path.glob(".*.tmp*"))


def test_temporaries_of_a_killed_run_are_removed(run, tmp_path):
    (tmp_path / ".events.geojson.ab12cd.tmp.geojson").write_text("half", encoding="utf-8")
    write_outputs(run, tmp_path, title="t")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "events.geojson"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("crash mid-write")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_full_disk_is_an_output_error_and_the_old_files_stay(run, tmp_path, monkeypatch):
    write_outputs(run, tmp_path, title="t")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OutputError, match="cannot write .*events.geojson: No space left on device"):
        write_outputs(run, tmp_path, title="t")
    with pytest.raises(OutputError, match="No space left"), atomic_path(tmp_path / "events.gpkg") as tmp:
        disk_full(tmp)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_report_escapes_input_text(run):
    text = report(run, "Rebels advance <script>alert(1)</script>")
    assert "<script>" not in text and "&lt;script&gt;" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_round_trip(run, tmp_path, fmt):
    target = tmp_path / f"events.{fmt}"
    export_events(run, target, fmt)
    expected = [f["properties"] for f in event_features(run)]
    if fmt in ("geojson", "gpkg", "parquet"):
        frame = gpd.read_parquet(target) if fmt == "parquet" else gpd.read_file(target)
        assert len(frame) == len(expected)
        assert list(frame["event_type"]) == [e["event_type"] for e in expected]
        assert list(frame["fatalities"]) == [e["fatalities"] for e in expected]
        located = frame[~frame.geometry.is_empty & frame.geometry.notna()]
        assert all(abs(p.y - e["latitude"]) < 1e-9 for p, e in zip(located.geometry, [e for e in expected if e["latitude"] is not None]))
        if fmt != "geojson":
            assert frame.crs.to_epsg() == 4326
    else:
        frame = pd.read_csv(target)
        assert len(frame) == len(expected)
        if fmt == "acled":
            assert list(frame.columns) == ACLED_COLUMNS
            assert list(frame["sub_event_type"]) == [r["sub_event_type"] for r in acled_rows(run)]
