"""End-to-end and map benchmarks on the synthetic corpus (benchmarks/corpus.py).

    python benchmarks/bench_pipeline.py [--articles 1000] [--map-sizes 1000 10000 100000]

Reports: articles/s on one core, time to first result from a cold process, peak
memory, where the time goes (top functions), and map.html size and write time for
N events.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import gazetteer  # noqa: E402
from corpus import generate  # noqa: E402
from geomap.document import Event  # noqa: E402
from geomap.pipeline import finish, process, settle_heap  # noqa: E402
from geomap.read import make_article  # noqa: E402
from geomap.records import Run  # noqa: E402
from geomap.render import render_map  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "geomap" / "examples" / "hama_offensive.txt"


def pipeline_speed(gaz, count: int) -> dict:
    records = list(generate(gaz, count))
    words = sum(len(r["text"].split()) for r in records)
    for r in records[:20]:  # warm caches as a long run would
        process(make_article(r["id"], r["text"], title=r["title"], date=r["date"]), gaz)
    start = time.perf_counter()
    for r in records:
        process(make_article(r["id"], r["text"], title=r["title"], date=r["date"]), gaz)
    elapsed = time.perf_counter() - start
    profile = cProfile.Profile()
    profile.enable()
    for r in records[:200]:
        process(make_article(r["id"], r["text"], title=r["title"], date=r["date"]), gaz)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
    stages = {}
    for (filename, _line, name), row in stats.stats.items():
        if name in ("recognise", "resolve", "detect_events", "find_claims") and "geomap" in filename:
            stages[name] = round(row[3], 3)
    total = sum(stages.values()) or 1
    return {"articles": count, "mean_words": round(words / count), "articles_per_s_one_core": round(count / elapsed, 1),
            "time_share_by_stage": {k: f"{v / total:.0%}" for k, v in stages.items()}}


def cold_start() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geomap", "check", str(EXAMPLE)], check=True, capture_output=True)
    return round(time.perf_counter() - start, 2)


def map_speed(gaz, sizes: list[int]) -> list[dict]:
    article = process(make_article("bench", EXAMPLE.read_text(encoding="utf-8"), date="2024-12-03"), gaz)
    template = next(e for e in article.events if e.location is not None and e.location.place is not None)
    rng = random.Random(3)
    towns = [t for names in __import__("corpus").towns(gaz).values() for t in names]
    types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
             ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]
    results = []
    for size in sizes:
        events = []
        for number in range(size):
            kind, sub = types[number % len(types)]
            lat, lon = rng.uniform(-35, 60), rng.uniform(-20, 120)
            events.append(Event(sentence=template.sentence, trigger=template.trigger, event_type=kind, sub_event_type=sub,
                                disorder_type="Political violence", location=template.location,
                                location_text=template.location_text, geo_precision=1,
                                event_date=f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}", time_precision=1,
                                notes=_sentence(rng, towns, number), event_id=f"bench:{number}", sources=["bench"],
                                point=(lat, lon)))
        run = Run([article], events, finish([article], gaz).countries)
        start = time.perf_counter()
        html = render_map(run, title="benchmark")
        elapsed = time.perf_counter() - start
        results.append({"events": size, "html_mb": round(len(html.encode("utf-8")) / 1e6, 2), "write_s": round(elapsed, 2)})
    return results


def _sentence(rng: random.Random, towns: list[str], number: int) -> str:
    """About one distinct sentence per two events, as in wire copy listing several places."""
    rng2 = random.Random(number // 2)
    return (f"Local officials said {rng2.randint(2, 90)} people were hurt when fighting reached {rng2.choice(towns)} "
            f"and the nearby villages on the road to {rng2.choice(towns)} late on the night of the attack.")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--map-sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    args = parser.parse_args()
    gaz = gazetteer.open(progress=False)
    settle_heap()  # as the CLI does
    result = {"pipeline": pipeline_speed(gaz, args.articles), "cold_start_single_article_s": cold_start()}
    result["map"] = map_speed(gaz, args.map_sizes)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
