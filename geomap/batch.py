"""``geomap batch``: many articles, on all local cores or on a Dask cluster, resumable.

Articles are read as a stream and cut into partitions of a fixed size, in input order.
Each partition is processed by a worker that opens the gazetteer once and keeps it;
the parent writes the partition's events, places and claims as GeoParquet and then a
small ``done`` marker.  A re-run with the same inputs and output folder skips every
partition that has its marker, so an interrupted batch resumes where it stopped.  An
article that fails is listed in ``failures.jsonl`` with its id and the reason; the
others carry on.  At most two partitions per worker are in flight, so memory stays
bounded whatever the input size.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict
from pathlib import Path

from .document import Article
from .errors import InputError
from .export import atomic_path, dumps, write_text
from .outlines import check_batch, preload
from .read import Problem, read_inputs
from .records import RECORDS_FORMAT, anchor_name, measured_from

STATE_FILE = "batch.json"
EVENT_LINES = "events_geojsonl"  # one GeoJSON Feature per line, per partition (GDAL's GeoJSONSeq)
_gazetteer = None  # one per worker process


def _worker_gazetteer():
    global _gazetteer
    if _gazetteer is None:
        import gazetteer

        from .pipeline import settle_heap

        _gazetteer = gazetteer.open(progress=False)
        settle_heap()
    return _gazetteer


def process_partition(number: int, articles: list[dict], out: str | None = None) -> dict:
    """Process one partition of articles (runs in a worker); returns records and failures.

    With ``out`` (a folder the worker can write, as for local processes) the worker writes the
    partition's GeoParquet itself and returns only counts, sparing the parent the records."""
    from .pipeline import finish, process
    from .records import claim_records, event_features, place_features

    gaz = _worker_gazetteer()
    done, failures = [], []
    for fields in articles:
        try:
            done.append(process(Article(**fields), gaz))
        except Exception as exc:  # one bad article must not stop the others
            failures.append({"article_id": fields["id"], "source": fields["source"],
                             "reason": f"{type(exc).__name__}: {exc}",
                             "where": traceback.format_exc(limit=-1).strip().splitlines()[-2:]})
    run = finish(done, gaz)
    result = {"partition": number, "articles": len(articles), "events": event_features(run),
              "places": place_features(run), "claims": claim_records(run), "failures": failures}
    return write_partition(Path(out), result) if out else result


def write_partition(out: Path, result: dict) -> dict:
    """Write a partition's GeoParquet files and its events as GeoJSON lines; returns the result
    with counts in place of records."""
    name = f"part-{result['partition']:05d}"
    _write_parquet(out / "events" / f"{name}.parquet", result["events"])
    # The same events as GeoJSON lines, serialised here in the worker: the final merge then only
    # concatenates text (converting the GeoParquet back took most of the batch's serial tail).
    write_text(out / EVENT_LINES / f"{name}.geojsonl",
               "".join(json.dumps(feature, ensure_ascii=False) + "\n" for feature in result["events"]))
    _write_parquet(out / "places" / f"{name}.parquet", result["places"])
    _write_parquet(out / "claims" / f"{name}.parquet", [_claim_feature(c) for c in result["claims"]])
    return {**result, **{key: len(result[key]) for key in ("events", "places", "claims")}}


def partitions(paths: list[str], size: int, date: str | None, problems: list[Problem]) -> Iterator[tuple[int, list[dict]]]:
    batch: list[dict] = []
    number = 0
    for article in read_inputs(paths, problems):
        if date and not article.date:
            article.date = date
        batch.append({k: v for k, v in asdict(article).items() if k in _ARTICLE_FIELDS})
        if len(batch) == size:
            yield number, batch
            number, batch = number + 1, []
    if batch:
        yield number, batch


_ARTICLE_FIELDS = ("id", "text", "title", "date", "date_hint", "url", "source")


class Batch:
    """One batch run into ``out``: state checks, partition writing and the final merge."""

    def __init__(self, paths: list[str], out: Path, *, size: int, date: str | None):
        self.paths, self.out, self.size, self.date = paths, out, size, date
        self.problems: list[Problem] = []
        self.stats = {"articles": 0, "failed": 0, "events": 0, "places": 0, "claims": 0, "skipped_partitions": 0}

    def check_state(self) -> None:
        """Resume only a batch over the same inputs with the same partition size."""
        state = {"inputs": [str(Path(p).resolve()) for p in self.paths], "partition_size": self.size, "date": self.date,
                 "records_format": RECORDS_FORMAT}
        path = self.out / STATE_FILE
        if path.exists():
            previous = json.loads(path.read_text(encoding="utf-8"))
            written = previous.get("records_format", 1)  # folders from before the format was recorded
            if written != RECORDS_FORMAT:
                raise InputError(f"{self.out} holds partitions written by another version of geomap (record format "
                                 f"{written}, this version writes {RECORDS_FORMAT}) that cannot be merged with new "
                                 "ones; use another --out")
            if previous != state:
                raise InputError(f"{self.out} holds a batch over other inputs or settings; use another --out")
        else:
            write_text(path, dumps(state))

    def done(self, number: int) -> bool:
        return (self.out / "done" / f"part-{number:05d}.json").exists()

    def pending(self) -> Iterator[tuple[int, list[dict]]]:
        for number, articles in partitions(self.paths, self.size, self.date, self.problems):
            if self.done(number):
                self.stats["skipped_partitions"] += 1
                continue
            yield number, articles

    def write(self, result: dict) -> None:
        """Record a finished partition: its files (unless the worker wrote them), then the marker."""
        if isinstance(result["events"], list):
            result = write_partition(self.out, result)
        summary = {k: result[k] for k in ("articles", "events", "places", "claims")}
        summary.update(failures=len(result["failures"]), failures_detail=result["failures"])
        write_text(self.out / "done" / f"part-{result['partition']:05d}.json", dumps(summary))  # the marker goes last
        self.stats["articles"] += result["articles"]
        self.stats["failed"] += len(result["failures"])
        for key in ("events", "places", "claims"):
            self.stats[key] += result[key]


def run_batch(paths: list[str], out: Path, *, workers: int | None = None, scheduler: str | None = None,
              engine: str = "local", size: int = 500, date: str | None = None, make_map: bool = False,
              progress: bool = True) -> dict:
    """Run the batch; returns the summary (also written to ``summary.json``)."""
    out.mkdir(parents=True, exist_ok=True)
    batch = Batch(paths, out, size=size, date=date)
    batch.check_state()
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    bar = _bar(progress)
    if scheduler or engine == "dask":
        _run_dask(batch, scheduler, workers, bar)
    else:
        _run_local(batch, workers, bar)
    bar.close()
    elapsed = time.perf_counter() - started
    summary = {**batch.stats, "seconds": round(elapsed, 2),
               "articles_per_s": round(batch.stats["articles"] / elapsed, 1) if elapsed else None,
               "skipped_input": [asdict(p) for p in batch.problems]}
    merge_outputs(out, make_map=make_map)
    summary["outline_check"] = check_batch(out)
    write_text(out / "summary.json", dumps(summary))
    _write_failures(out)
    return summary


def _bar(enabled: bool):
    from tqdm import tqdm

    return tqdm(desc="articles", unit=" art", file=sys.stderr, disable=not enabled, smoothing=0.1)


def _run_local(batch: Batch, workers: int, bar) -> None:
    if workers == 1:
        for number, articles in batch.pending():
            batch.write(process_partition(number, articles))
            bar.update(len(articles))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        in_flight = set()
        for submitted, (number, articles) in enumerate(batch.pending(), 1):
            in_flight.add(pool.submit(process_partition, number, articles, str(batch.out)))
            if submitted == workers:  # every worker process is forked by now
                preload()
            if len(in_flight) >= 2 * workers:
                in_flight = _collect(batch, in_flight, bar)
        while in_flight:
            in_flight = _collect(batch, in_flight, bar)


def _collect(batch: Batch, in_flight: set, bar) -> set:
    finished, rest = wait(in_flight, return_when=FIRST_COMPLETED)
    for future in finished:
        result = future.result()
        batch.write(result)
        bar.update(result["articles"])
    return rest


def _run_dask(batch: Batch, scheduler: str | None, workers: int, bar) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None)
    client = Client(scheduler or cluster)
    preload()
    try:
        futures = as_completed()
        in_flight = 0
        for number, articles in batch.pending():
            futures.add(client.submit(process_partition, number, articles, pure=False))
            in_flight += 1
            if in_flight >= 2 * workers:
                result = next(futures).result()
                batch.write(result)
                bar.update(result["articles"])
                in_flight -= 1
        for future in futures:
            result = future.result()
            batch.write(result)
            bar.update(result["articles"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _claim_feature(record: dict) -> dict:
    """A claim as a point feature where it measures from: its anchor, or for a border claim the border
    point of its first measured subject (a country's centre is no reference for "3 km from the border")."""
    anchor = record["anchor"]
    if record["border"]:
        lat, lon = next((s["border_point"] for s in record["subjects"] if s["border_point"]), (None, None))
    else:  # the anchor, or the midpoint of the two places of a halfway
        lat, lon = measured_from(record) or (None, None)
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None else None
    flat = {k: v for k, v in record.items() if k not in ("anchor", "between", "subjects")}
    flat.update(anchor_name=anchor_name(record), anchor_geonameid=anchor["geonameid"],  # "the Turkish border"
                subjects=json.dumps(record["subjects"], ensure_ascii=False))
    return {"type": "Feature", "geometry": geometry, "properties": flat}


def _write_parquet(target: Path, features: list[dict]) -> None:
    import geopandas as gpd

    if features:
        frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
        frame = frame.astype({column: "Int64" for column in _integer_properties(features)})
    else:
        frame = gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    with atomic_path(target) as tmp:
        frame.to_parquet(tmp)


def _integer_properties(features: list[dict]) -> list[str]:
    """Properties whose values are whole numbers or missing (geonameid, inter1): kept as nullable
    integers, where a plain frame would turn 170063 into 170063.0 as soon as one value is missing."""
    kinds: dict[str, set[type]] = {}
    for feature in features:
        for key, value in feature["properties"].items():
            if value is not None:
                kinds.setdefault(key, set()).add(type(value))
    return [key for key, types in kinds.items() if types == {int}]


def read_partitions(out: Path, kind: str):
    """All partitions of one kind as one GeoDataFrame (dask-geopandas is not needed to read them)."""
    import geopandas as gpd
    import pandas as pd

    parts = sorted((out / kind).glob("part-*.parquet"))
    frames = [gpd.read_parquet(p) for p in parts]
    frames = [f for f in frames if len(f)]
    if not frames:
        return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326")
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")


def merge_outputs(out: Path, *, make_map: bool) -> None:
    """One events.geojson and events.gpkg over all partitions, written partition by partition so
    memory stays bounded; map.html on request."""
    with atomic_path(out / "events.geojson") as tmp, open(tmp, "w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        separator = ""
        for part in sorted((out / EVENT_LINES).glob("part-*.geojsonl")):
            with part.open(encoding="utf-8") as lines:
                for line in lines:
                    handle.write(separator + line.rstrip("\n"))
                    separator = ",\n"
        handle.write("\n]}\n")
    parts = sorted((out / "events").glob("part-*.parquet"))
    frames = _frames(parts)
    first = next(frames, None)
    if first is not None:  # no events, no GeoPackage (an empty file would not be one)
        with atomic_path(out / "events.gpkg") as tmp:  # through Arrow: a third faster than row by row
            first.to_file(tmp, driver="GPKG", layer="events", engine="pyogrio", use_arrow=True)
            for frame in frames:
                frame.to_file(tmp, driver="GPKG", layer="events", mode="a", engine="pyogrio", use_arrow=True)
    if make_map:
        from .render import render_records

        events = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
        write_text(out / "map.html", render_records(events, title=f"geomap batch: {out.name}"))


def _frames(parts: list[Path]):
    """Non-empty partitions with one column schema: a column that is empty in one partition takes
    the type it has in the others (the GeoPackage's fields are made from the first frame)."""
    import geopandas as gpd

    types = _column_types(parts)
    for part in parts:
        frame = gpd.read_parquet(part)
        if len(frame):
            yield frame.astype({c: types[c] for c in frame.columns if c in types and frame[c].dtype != types[c]})


def _column_types(parts: list[Path]) -> dict:
    """Each column's type in the first partition where it holds a value (the parquet footers only)."""
    import pyarrow.parquet as pq

    types: dict = {}
    for part in parts:
        for column, dtype in pq.read_schema(part).empty_table().to_pandas().dtypes.items():
            if column != "geometry" and types.get(column, object) == object:
                types[column] = dtype
    return types


def _write_failures(out: Path) -> None:
    lines = []
    for marker in sorted((out / "done").glob("part-*.json")):
        for failure in json.loads(marker.read_text(encoding="utf-8"))["failures_detail"]:
            lines.append(json.dumps(failure, ensure_ascii=False))
    write_text(out / "failures.jsonl", "\n".join(lines) + ("\n" if lines else ""))
