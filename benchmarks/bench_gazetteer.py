"""Gazetteer benchmark: build time, open time, resident memory, exact and fuzzy lookups per second.

    python benchmarks/bench_gazetteer.py [--build]

Lookups run on one core over:

* distinct names drawn from the index itself, each once, so no cache answers (the worst case),
  with Python's default garbage collection and after :func:`geomap.pipeline.settle_heap`,
  as the CLI runs;
* the same names again (every answer cached);
* a news stream: the gold toponyms of the geoparsing dev corpora in reading order, as a
  pipeline meets them (``../shared/data/geoparsing``; skipped when absent), a realistic mix
  of repeats ("Gaza", "Texas") and one-off names: those with an exact key, then all of them
  (a sixth have none and go through the loose and fuzzy matchers); and the same
names with one letter changed (fuzzy, forcing the loose/fuzzy path).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

import gazetteer
from geomap.pipeline import settle_heap


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def news_stream() -> list[str]:
    from pathlib import Path

    from geomap.evaluate import read_corpus

    folder = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing"
    return [g.name for path in sorted(folder.glob("*-dev.xml")) for doc in read_corpus(path) for g in doc.gold]


ROUNDS = 5  # the machine is shared: report the median and the range of five rounds


def lookup_rate(gaz: gazetteer.Gazetteer, names: list[str]) -> int:
    start = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    return round(len(names) / (time.perf_counter() - start))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true", help="also time a full rebuild")
    parser.add_argument("-n", type=int, default=20000)
    args = parser.parse_args()
    result = {}
    path = gazetteer.default_index_path()
    if args.build:
        start = time.perf_counter()  # in a child process: the build's heap must not slow the look-ups
        subprocess.run([sys.executable, "-c", f"from pathlib import Path; from gazetteer.build import build_default; build_default(Path({str(path)!r}))"],
                       check=True)
        result["build_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    gaz = gazetteer.open(progress=False)
    result["open_s"] = round(time.perf_counter() - start, 3)
    rng = random.Random(1)
    names = sorted({n for (n,) in gaz.db.execute("SELECT name FROM places WHERE fclass='P'")})
    drawn = rng.sample(names, (ROUNDS + 1) * args.n)  # disjoint rounds: every name new to the process
    rounds = [drawn[i * args.n:(i + 1) * args.n] for i in range(ROUNDS + 1)]
    result["exact_lookups_per_s_distinct_default_gc"] = lookup_rate(gaz, rounds[0])
    settle_heap()  # as the geomap CLI and batch workers do after opening the gazetteer
    rates = sorted(lookup_rate(gaz, sample) for sample in rounds[1:])
    result["exact_lookups_per_s_distinct"] = rates[len(rates) // 2]
    result["exact_lookups_per_s_distinct_range"] = [rates[0], rates[-1]]
    result["exact_lookups_per_s_repeated"] = lookup_rate(gaz, rounds[-1])
    stream = news_stream()
    if stream:
        exact = [name for name in stream if gaz.has_name(name)]
        for label, names in (("news_stream_exact", exact), ("news_stream_all", stream)):
            result[f"{label}_lookups_per_s"] = lookup_rate(gazetteer.open(progress=False), names)  # nothing cached
            result[f"{label}_names"] = len(names)
    typos = []
    for name in rounds[0][: args.n // 4]:
        if len(name) > 5:
            i = rng.randrange(2, len(name) - 1)
            typos.append(name[:i] + rng.choice("aeioukrst") + name[i + 1:])
    gaz.lookup("Mogadishuu")  # loads the fuzzy index once
    start = time.perf_counter()
    for name in typos:
        gaz.lookup(name, min_score=0)
    result["fuzzy_lookups_per_s"] = round(len(typos) / (time.perf_counter() - start))
    result["peak_rss_mb"] = round(rss_mb())
    result["index_mb"] = gaz.info()["size_mb"]
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
