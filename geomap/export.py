"""Stage 5b, export: files from finished records, each written atomically.

Every file is written to a temporary name in the target folder and renamed into
place, so an interrupted run leaves the previous file intact and no partial one.
Files geomap did not write are never touched.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError
from .records import (ACLED_COLUMNS, Run, acled_rows, anchor_name, claim_features, claim_records, event_features,
                      event_record, feature_collection, place_features)

FORMATS = ("geojson", "gpkg", "parquet", "csv", "acled")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success."""
    tmp = _temporary(target)
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:  # a full disk or a folder gone: the previous file stays
        raise _unwritable(target, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def write_all(texts: dict[Path, str], *, last_step: bool = False) -> None:
    """Write several files as one: every temporary first, then the renames with SIGINT and SIGTERM
    held back, so an interrupted run leaves either all the previous files or all the new ones.

    ``last_step``: the calling process ends right after (the CLI), so the signals stay held: an
    interrupt that comes once the files are in place is too late to undo the run."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, text in texts.items():
            staged.append((_temporary(target), target))
            try:
                staged[-1][0].write_text(text, encoding="utf-8")
            except OSError as exc:
                raise _unwritable(target, exc) from None
        _rename_all(staged, last_step)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def _rename_all(staged: list[tuple[Path, Path]], last_step: bool) -> None:
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    for tmp, target in staged:
        os.replace(tmp, target)
    if last_step:
        return
    while signal.sigtimedwait(held, 0) is not None:
        pass  # an interrupt during the renames came too late: the run is complete
    signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _unwritable(target: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {target}: {exc.strerror or exc}; earlier outputs are unchanged")


def _temporary(target: Path) -> Path:
    """An empty file beside ``target`` with an ordinary file's permissions."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write to {target.parent}: {exc.strerror}") from None
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    return Path(name)


def write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def dumps(data) -> str:
    """Deterministic JSON: fixed key order from the records, UTF-8, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_outputs(run: Run, out: Path, *, title: str, tiles: str | None = None, cdn: bool = False,
                  last_step: bool = False) -> dict[str, Path]:
    """Write map.html, events.geojson, places.geojson, claims.json, claims.geojson and report.md
    (``last_step`` as for :func:`write_all`)."""
    from .render import render_map

    files = {
        "events.geojson": dumps(feature_collection(event_features(run))),
        "places.geojson": dumps(feature_collection(place_features(run))),
        "claims.json": dumps(claim_records(run)),
        "claims.geojson": dumps(feature_collection(claim_features(run))),
        "report.md": report(run, title),
        "map.html": render_map(run, title=title, tiles=tiles, cdn=cdn),
    }
    for name in files:
        _remove_stale_temporaries(out / name)
    write_all({out / name: text for name, text in files.items()}, last_step=last_step)
    return {name: out / name for name in files}


def _remove_stale_temporaries(target: Path) -> None:
    """Temporaries of ours left by a run killed with SIGKILL (which no handler can catch)."""
    for stale in target.parent.glob(f".{target.name}.*.tmp{target.suffix}"):
        stale.unlink(missing_ok=True)


def export_events(run: Run, target: Path, fmt: str) -> None:
    """Events as GeoJSON, GeoPackage, GeoParquet, CSV or ACLED-column CSV."""
    if fmt == "geojson":
        write_text(target, dumps(feature_collection(event_features(run))))
    elif fmt in ("csv", "acled"):
        rows = acled_rows(run) if fmt == "acled" else [event_record(e, run) for e in run.events]
        columns = ACLED_COLUMNS if fmt == "acled" else (list(rows[0]) if rows else ["event_id"])
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        write_text(target, buffer.getvalue())
    elif fmt in ("gpkg", "parquet"):
        frame = events_frame(run)
        with atomic_path(target) as tmp:
            if fmt == "gpkg":
                frame.to_file(tmp, driver="GPKG", layer="events")
            else:
                frame.to_parquet(tmp)
    else:
        raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def events_frame(run: Run):
    """Events as a GeoDataFrame in EPSG:4326 (unlocated events have an empty geometry)."""
    import geopandas as gpd
    from shapely.geometry import Point

    records = [event_record(e, run) for e in run.events]
    geometry = [Point(r["longitude"], r["latitude"]) if r["latitude"] is not None else None for r in records]
    frame = gpd.GeoDataFrame(records, geometry=geometry, crs="EPSG:4326")
    for column in ("iso", "inter1", "inter2", "interaction", "time_precision", "geo_precision", "geonameid"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


# -- report.md --------------------------------------------------------------------------------

def _md(text) -> str:
    """A table-cell-safe, HTML-inert rendering of input text."""
    if text is None:
        return ""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
            .replace("\n", " ").replace("[", "\\[").replace("]", "\\]").replace("`", "\\`"))


def report(run: Run, title: str) -> str:
    claims = claim_records(run)
    places = place_features(run)
    unresolved = [f["properties"] for f in places if f["geometry"] is None or f["properties"]["estimated"]]
    lines = [f"# {_md(title)}", "",
             f"{len(run.articles)} articles, {len(places)} place mentions, {len(run.events)} events, "
             f"{len(claims)} distance claims, {len(unresolved)} unresolved mentions.", ""]
    lines += ["## Articles", "", "| id | title | source |", "|---|---|---|"]
    lines += [f"| {_md(a.id)} | {_md(a.title)} | {_md(a.url or a.source)} |" for a in run.articles]
    lines += ["", "## Events", "", "| date | type | sub-type | location | precision | actors | fatalities |",
              "|---|---|---|---|---|---|---|"]
    for e in run.events:
        r = event_record(e, run)
        actors = " vs ".join(a for a in (r["actor1"], r["actor2"]) if a)
        lines.append(f"| {_md(r['event_date'])} | {_md(r['event_type'])} | {_md(r['sub_event_type'])} | "
                     f"{_md(r['location'])} ({_md(r['location_text'])}) | {r['geo_precision'] or ''} | {_md(actors)} | "
                     f"{r['fatalities']} |")
    lines += ["", "## Distance claims", "", "| claim | anchor | subject | stated km | computed km | verdict | reason |",
              "|---|---|---|---|---|---|---|"]
    for c in claims:
        subjects = c["subjects"] or [{"name": "", "computed_km": None, "verdict": c["verdict"], "reason": c["reason"]}]
        for s in subjects:
            stated = "" if c["stated_km"] is None else f"{c['stated_km']:g}"
            lines.append(f"| {_md(c['text'])} | {_md(anchor_name(c))} | {_md(s['name'])} | {stated} | "
                         f"{'' if s['computed_km'] is None else s['computed_km']} | {s['verdict']} | {_md(s['reason'])} |")
        lines.append(f"| ↳ claim verdict | | | | | **{c['verdict']}** | {_md(c['reason'])} |")
    lines += ["", "## Unresolved place names", ""]
    lines += [f"- {_md(p['mention'])} ({_md(p['article_id'])}): {_md(p['why'])}" for p in unresolved] or ["- none"]
    if run.problems:
        lines += ["", "## Skipped input", ""] + [f"- {_md(p.where)}: {_md(p.reason)}" for p in run.problems]
    lines += ["", "Place data: GeoNames (CC-BY 4.0), countrystatecity (ODbL-1.0), Natural Earth outlines.", ""]
    return "\n".join(lines)
