"""Gazetteer benchmark: build time, open time, resident memory, exact and fuzzy lookups per second.

    python benchmarks/bench_gazetteer.py [--build]

Lookups run on one core over distinct names drawn from the index itself (exact; each name once, so
no cache answers; then the same names again, as a long article repeats them) and the same
names with one letter changed (fuzzy, forcing the loose/fuzzy path).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time

import gazetteer
from gazetteer.build import build_default


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true", help="also time a full rebuild")
    parser.add_argument("-n", type=int, default=20000)
    args = parser.parse_args()
    result = {}
    path = gazetteer.default_index_path()
    if args.build:
        start = time.perf_counter()
        build_default(path)
        result["build_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    gaz = gazetteer.open(progress=False)
    result["open_s"] = round(time.perf_counter() - start, 3)
    rng = random.Random(1)
    names = sorted({n for (n,) in gaz.db.execute("SELECT name FROM places WHERE fclass='P'")})
    sample = rng.sample(names, args.n)  # distinct names: no look-up is answered from a cache
    start = time.perf_counter()
    for name in sample:
        gaz.lookup(name)
    result["exact_lookups_per_s_distinct"] = round(args.n / (time.perf_counter() - start))
    start = time.perf_counter()
    for name in sample:
        gaz.lookup(name)
    result["exact_lookups_per_s_repeated"] = round(args.n / (time.perf_counter() - start))
    typos = []
    for name in sample[: args.n // 4]:
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
