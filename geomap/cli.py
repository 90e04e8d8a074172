"""The ``geomap`` command.

Exit codes: 0 success; 1 other geomap error; 2 bad input or usage; 3 output not
writable; 4 gazetteer/data problem; 130 interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import webbrowser
from pathlib import Path

import gazetteer
from gazetteer import GazetteerError

from .errors import GeomapError, InputError

EXIT_INTERRUPTED = 130


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return args.handler(args) or 0
    except (GeomapError, GazetteerError) as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 4)
    except KeyboardInterrupt:
        print("geomap: interrupted; earlier outputs are unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


def _terminate(signum, frame):
    raise KeyboardInterrupt


def _date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geomap", description="Offline conflict-event mapper for news text.")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("map", help="map the places, events and distance claims of articles")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html files, .jsonl files or folders")
    p.add_argument("--out", type=Path, help="output folder (default: outputs/<input name>/)")
    p.add_argument("--date", type=_date, help="article date for articles without one (YYYY-MM-DD)")
    p.add_argument("--title", help="map title")
    p.add_argument("--tiles", choices=["osm", "carto"], help="add online base tiles (needs network when viewed)")
    p.add_argument("--cdn", action="store_true", help="load Leaflet from a CDN: smaller file, needs network")
    p.add_argument("--open", dest="open_browser", action="store_true", help="open the map in a browser")
    p.add_argument("--no-open", dest="open_browser", action="store_false", help="do not open a browser (default)")
    p.set_defaults(handler=cmd_map, open_browser=False)

    p = commands.add_parser("check", help="check the distance claims of articles")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--date", type=_date)
    p.add_argument("--json", action="store_true", help="print claims.json objects")
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("export", help="export events as geojson, gpkg, parquet, csv or acled csv")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--format", required=True, choices=["geojson", "gpkg", "parquet", "csv", "acled"])
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--date", type=_date)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("geocode", help="ranked gazetteer candidates for place names")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--country", action="append", help="ISO country code to prefer (repeatable)")
    p.add_argument("--near", help="a place name or LAT,LON to prefer places near")
    p.add_argument("--radius", type=float, default=100.0, help="radius in km for --near (default 100)")
    p.add_argument("-n", type=int, default=5, dest="limit", help="candidates per name (default 5)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--online", action="store_true", help="fall back to Nominatim for names the gazetteer lacks")
    p.set_defaults(handler=cmd_geocode)

    g = commands.add_parser("gazetteer", help="build, inspect or extend the offline gazetteer")
    sub = g.add_subparsers(dest="gazetteer_command", required=True)
    sub.add_parser("build", help="(re)build the index from the installed packages").set_defaults(handler=cmd_gaz_build)
    sub.add_parser("info", help="sources, row counts, build date and path").set_defaults(handler=cmd_gaz_info)
    p = sub.add_parser("import", help="merge GeoNames dumps or your own places (CSV/GeoJSON)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_gaz_import)
    p = sub.add_parser("download", help="fetch GeoNames country dumps (needs network) and import them")
    p.add_argument("countries", nargs="+", metavar="CC")
    p.add_argument("--base-url", default="https://download.geonames.org/export/dump/")
    p.set_defaults(handler=cmd_gaz_download)

    p = commands.add_parser("batch", help="process many articles on all cores or a Dask cluster (resumable)")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, .txt/.html/.md files, .jsonl or .jsonl.gz")
    p.add_argument("--out", required=True, type=Path, help="output folder (re-running with it resumes)")
    p.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (implies --engine dask)")
    p.add_argument("--partition-size", type=int, default=500, help="articles per output partition (default 500)")
    p.add_argument("--date", type=_date)
    p.add_argument("--map", action="store_true", help="also write map.html of all events")
    p.set_defaults(handler=cmd_batch)

    p = commands.add_parser("eval", help="score recognition and resolution on geoparsing corpora")
    p.add_argument("corpora", nargs="+", type=Path, metavar="CORPUS")
    p.add_argument("--gold-spans", action="store_true", help="resolve the gold spans only")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_eval)
    return parser


def _open_gazetteer() -> gazetteer.Gazetteer:
    from .pipeline import settle_heap

    gaz = gazetteer.open(progress=True)
    settle_heap()
    return gaz


def _run(inputs: list[str], date: str | None):
    from .pipeline import run

    return run(inputs, _open_gazetteer(), date=date)


def _warn_problems(run) -> None:
    for problem in run.problems:
        print(f"geomap: skipped {problem.where}: {problem.reason}", file=sys.stderr)


def cmd_map(args) -> int:
    from .export import write_outputs

    run = _run(args.inputs, args.date)
    _warn_problems(run)
    out = args.out or Path("outputs") / _input_name(args.inputs[0])
    title = args.title or (run.articles[0].title if len(run.articles) == 1 and run.articles[0].title else "geomap")
    written = write_outputs(run, out, title=title, tiles=args.tiles, cdn=args.cdn, last_step=True)
    mentions = [m for a in run.articles for m in a.mentions]
    unresolved = sorted({m.text + (" (point estimated from a distance claim)" if m.estimated_radius_km is not None
                                   else f" (placed approximately at {m.place.name})" if m.place else "")
                         for m in mentions if m.place is None or m.estimated_radius_km is not None or m.approximate})
    claims = [c for a in run.articles for c in a.claims]
    print(f"{len(run.articles)} articles, {len(mentions)} place mentions "
          f"({len({(m.place.geonameid) for m in mentions if m.place})} places), {len(run.events)} events, "
          f"{len(claims)} distance claims")
    print("unresolved: " + (", ".join(unresolved) if unresolved else "none"))
    print(f"written to {out}/: " + ", ".join(written))
    if args.open_browser:
        webbrowser.open(written["map.html"].resolve().as_uri())
    return 0


def _input_name(raw: str) -> str:
    path = Path(raw)
    name = path.name
    for suffix in (".gz", ".jsonl", ".ndjson", ".html", ".htm", ".txt", ".md"):
        name = name.removesuffix(suffix)
    return name or "geomap"


def cmd_check(args) -> int:
    from .records import anchor_name, claim_records

    run = _run(args.inputs, args.date)
    _warn_problems(run)
    records = claim_records(run)
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=1))
        return 0
    rows = [("claim", "anchor", "subject", "stated", "computed", "verdict", "reason")]
    for c in records:
        for s in c["subjects"] or [{"name": "-", "computed_km": None, "verdict": c["verdict"], "reason": c["reason"]}]:
            rows.append((c["text"], anchor_name(c), s["name"], _stated(c),
                         "" if s["computed_km"] is None else f"{s['computed_km']} km", s["verdict"], s["reason"]))
    _print_table(rows)
    print(f"{len(records)} claims: " + ", ".join(f"{sum(c['verdict'] == v for c in records)} {v}"
                                                 for v in ("consistent", "inconsistent", "unverifiable")))
    return 0


def _stated(claim: dict) -> str:
    """The distance as the text gives it, with kilometres for other units: '25 mi (40.2 km)'."""
    from .claims import stated_distance

    if claim["stated_km"] is None:
        return "-"
    return stated_distance(claim["value"], claim["value_high"], claim["unit"], claim["stated_km"])


def _print_table(rows: list[tuple]) -> None:
    widths = [min(40, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [str(c)[:w].ljust(w) for c, w in zip(row, widths)]
        print("  ".join(cells + [str(row[-1])]))


def cmd_export(args) -> int:
    from .export import export_events

    run = _run(args.inputs, args.date)
    _warn_problems(run)
    export_events(run, args.output, args.format)
    print(f"{len(run.events)} events written to {args.output}")
    return 0


def cmd_geocode(args) -> int:
    gaz = _open_gazetteer()
    context = {"country": args.country}
    if args.near:
        context["near"] = (*_point(args.near, gaz), args.radius)
    results = []
    for name in args.names:
        found = gaz.lookup(name, limit=args.limit, min_score=0.0, **context)
        if not found and args.online:
            from gazetteer.online import lookup_online

            found = lookup_online(name, limit=args.limit)
        results.append({"query": name, "candidates": [_candidate_json(c) for c in found]})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for result in results:
        print(f"{result['query']}:")
        if not result["candidates"]:
            print("  no candidate" + (" (a known organisation or person)" if gaz.nonplace_kind(result["query"]) else ""))
        for c in result["candidates"]:
            print(f"  {c['score']:.2f}  {c['name']}, {c['admin1'] or '-'}, {c['country'] or '-'}  "
                  f"[{c['feature_class']}.{c['feature_code']}] pop {c['population']:,}  {c['lat']:.5f},{c['lon']:.5f}  "
                  f"geonameid {c['geonameid']}\n        why: {c['why']}")
    return 0


def _candidate_json(candidate) -> dict:
    place = candidate.place
    return {"name": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
            "admin1": place.admin1_name or place.admin1, "feature_class": place.feature_class,
            "feature_code": place.feature_code, "population": place.population, "geonameid": place.geonameid,
            "score": round(candidate.score, 4), "why": "; ".join(candidate.why), "source": place.source}


def _point(text: str, gaz) -> tuple[float, float]:
    try:
        lat, lon = (float(v) for v in text.split(","))
        return lat, lon
    except ValueError:
        best = gaz.best(text)
        if best is None:
            raise InputError(f"--near: no place called {text!r}") from None
        return best.place.lat, best.place.lon


def cmd_gaz_build(args) -> int:
    from gazetteer.api import rebuild

    target = gazetteer.default_index_path()
    rebuild(target)
    print(json.dumps(gazetteer.Gazetteer(target).info(), indent=1))
    return 0


def cmd_gaz_info(args) -> int:
    print(json.dumps(_open_gazetteer().info(), ensure_ascii=False, indent=1))
    return 0


def cmd_gaz_import(args) -> int:
    from gazetteer.importer import import_files

    _open_gazetteer().close()  # make sure an index exists to merge into
    counts = import_files(args.files, gazetteer.default_index_path())
    for name, count in counts.items():
        print(f"{name}: {count:,} rows")
    return 0


def cmd_gaz_download(args) -> int:
    from gazetteer.download import download

    _open_gazetteer().close()
    for path in download(args.countries, base_url=args.base_url):
        print(f"downloaded {path}")
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch

    gazetteer.open(progress=True).close()  # build the index once, before the workers start
    summary = run_batch(args.inputs, args.out, workers=args.workers, scheduler=args.scheduler, engine=args.engine,
                        size=args.partition_size, date=args.date, make_map=args.map)
    for problem in summary["skipped_input"]:
        print(f"geomap: skipped {problem['where']}: {problem['reason']}", file=sys.stderr)
    print(f"{summary['articles']} articles ({summary['failed']} failed, listed in failures.jsonl; "
          f"{summary['skipped_partitions']} partitions already done), {summary['events']} events, "
          f"{summary['places']} place mentions, {summary['claims']} claims, {summary['articles_per_s']} articles/s")
    print(f"written to {args.out}/: events/, places/, claims/ (GeoParquet partitions), events_geojsonl/, "
          "events_checked/, events.geojson, events.gpkg, summary.json, failures.jsonl"
          + (", map.html" if args.map else ""))
    return 0


def cmd_eval(args) -> int:
    from .evaluate import evaluate_corpus

    gaz = _open_gazetteer()
    results = [evaluate_corpus(path, gaz, gold_spans=args.gold_spans) for path in args.corpora]
    if args.json:
        for result in results:
            print(json.dumps(result))
        return 0
    for r in results:
        print(f"{r['corpus']}: n_gold {r['n_gold']}, n_pred {r['n_pred']}, P {r['precision']:.3f} R {r['recall']:.3f} "
              f"F1 {r['f1']:.3f} | acc@161 {r['acc161']:.3f}, mean {r['mean_km']:.0f} km, median {r['median_km']:.0f} km, "
              f"AUC {r['auc']:.3f} | e2e acc@161 {r['e2e_acc161']:.3f} | {r['docs_per_s']:.0f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
