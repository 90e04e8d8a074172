import gzip
import json

import geopandas as gpd
import pytest

from geomap import pipeline
from geomap.batch import _frames, _write_parquet, read_partitions, run_batch
from geomap.errors import InputError
from geomap.records import RECORDS_FORMAT

ARTICLES = [
    {"id": f"a{i}", "date": "2024-12-03", "title": f"Report {i}",
     "text": text} for i, text in enumerate([
        "Rebel fighters captured the towns of Halfaya and Soran on Tuesday.",
        "Warplanes struck a market in Idlib province on Monday, killing at least 5 people.",
        "Protesters rallied in Cairo on Friday. The crowd is about 10 km from Giza.",
        "Government forces recaptured the village of Khanaser on Tuesday.",
        "Heavy clashes were reported near Hama overnight.",
    ] * 3)
]


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in ARTICLES:
            handle.write(json.dumps(record) + "\n")
        handle.write("{broken json\n")
    return path


def events_of(out):
    frame = read_partitions(out, "events")
    return sorted(zip(frame["article_id"], frame["sub_event_type"], frame["location"].fillna("")))


def test_batch_writes_partitions_merged_files_and_reports_bad_lines(index_path, feed, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, workers=1, size=4, progress=False, make_map=True)
    assert summary["articles"] == 15 and summary["failed"] == 0
    assert [p["where"].rsplit(":", 1)[1] for p in summary["skipped_input"]] == ["16"]
    assert len(list((out / "events").glob("part-*.parquet"))) == 4
    merged = gpd.read_file(out / "events.geojson")
    assert len(merged) == summary["events"] == len(gpd.read_file(out / "events.gpkg"))
    assert (out / "map.html").stat().st_size > 100_000
    features = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["event_id"] for f in features] == list(read_partitions(out, "events")["event_id"])
    assert {type(f["properties"]["geonameid"]) for f in features} <= {int, type(None)}  # never 170063.0
    assert json.loads((out / "summary.json").read_text())["events"] == summary["events"]


def test_events_are_checked_against_country_outlines(index_path, feed, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, workers=1, size=4, progress=False)
    checked = gpd.read_parquet(out / "events_checked")
    assert len(checked) == summary["events"] == sum(summary["outline_check"].values())
    inside = checked[checked["outline_check"] == "inside"]
    assert {"SY", "EG"} <= set(inside["outline_country"])
    assert (inside["outline_country"] == inside["country_code"]).all()


def test_resume_skips_finished_partitions(index_path, feed, tmp_path):
    out = tmp_path / "out"
    run_batch([str(feed)], out, workers=1, size=4, progress=False)
    first = events_of(out)
    (out / "done" / "part-00002.json").unlink()  # as if the run had stopped during partition 2
    summary = run_batch([str(feed)], out, workers=1, size=4, progress=False)
    assert summary["skipped_partitions"] == 3 and summary["articles"] == 4
    assert events_of(out) == first
    merged = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert len(merged) == len(first)  # finished partitions are in the merge too


def test_resume_refuses_other_inputs(index_path, feed, tmp_path):
    out = tmp_path / "out"
    run_batch([str(feed)], out, workers=1, size=4, progress=False)
    with pytest.raises(InputError, match="other inputs"):
        run_batch([str(feed)], out, workers=1, size=5, progress=False)


def test_resume_refuses_output_of_another_records_format(index_path, feed, tmp_path):
    out = tmp_path / "out"
    run_batch([str(feed)], out, workers=1, size=4, progress=False)
    state = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    del state["records_format"]  # as written before the format was recorded, without 'approximate'
    (out / "batch.json").write_text(json.dumps(state), encoding="utf-8")
    (out / "done" / "part-00002.json").unlink()
    with pytest.raises(InputError, match=f"record format 1, this version writes {RECORDS_FORMAT}"):
        run_batch([str(feed)], out, workers=1, size=4, progress=False)


def test_a_failing_article_is_reported_and_the_others_continue(index_path, feed, tmp_path, monkeypatch):
    real = pipeline.process

    def flaky(article, gaz):
        if article.id == "a3":
            raise ValueError("simulated parser failure")
        return real(article, gaz)

    monkeypatch.setattr(pipeline, "process", flaky)
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, workers=1, size=4, progress=False)
    assert summary["failed"] == 1 and summary["articles"] == 15
    (failure,) = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert failure["article_id"] == "a3" and "simulated parser failure" in failure["reason"]


def test_process_pool_gives_the_same_events(index_path, feed, tmp_path):
    run_batch([str(feed)], tmp_path / "one", workers=1, size=4, progress=False)
    run_batch([str(feed)], tmp_path / "two", workers=2, size=4, progress=False)
    assert events_of(tmp_path / "one") == events_of(tmp_path / "two")
    merged = [json.loads((tmp_path / run / "events.geojson").read_text(encoding="utf-8")) for run in ("one", "two")]
    assert merged[0] == merged[1]  # workers serialise their own GeoJSON lines: same merge


def test_dask_cluster_gives_the_same_events(index_path, feed, tmp_path):
    from dask.distributed import LocalCluster

    run_batch([str(feed)], tmp_path / "local", workers=1, size=4, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        summary = run_batch([str(feed)], tmp_path / "dask", scheduler=cluster.scheduler_address, workers=1, size=4,
                            progress=False)
    assert summary["articles"] == 15
    assert events_of(tmp_path / "dask") == events_of(tmp_path / "local")


def test_a_column_empty_in_one_partition_keeps_its_type_in_the_merge(tmp_path):
    no_place = {"type": "Feature", "geometry": None, "properties": {"geonameid": None, "location": None}}
    placed = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.75, 35.13]},
              "properties": {"geonameid": 170063, "location": "Hama"}}
    _write_parquet(tmp_path / "part-00000.parquet", [no_place])
    _write_parquet(tmp_path / "part-00001.parquet", [placed])
    first, second = _frames(sorted(tmp_path.glob("part-*.parquet")))
    assert dict(first.dtypes) == dict(second.dtypes)
    assert str(second.dtypes["geonameid"]) == "Int64"


def test_a_border_claim_is_placed_where_it_was_measured_from(gaz, article):
    from geomap.batch import _claim_feature
    from geomap.pipeline import finish, process
    from geomap.records import claim_records

    run = finish([process(article("Shelling hit Tyre, about 20 km north of the border with Israel."), gaz)], gaz)
    (record,) = claim_records(run)
    feature = _claim_feature(record)
    lon, lat = feature["geometry"]["coordinates"]
    assert [lat, lon] == record["subjects"][0]["border_point"] and lat < 33.2  # on the border, not Israel's centre
    assert feature["properties"]["anchor_name"] == "the Israel border"  # the border, not the country's name
