"""Batch benchmark: articles/s with 1 and N workers, peak memory per worker, and a long run.

    python benchmarks/bench_batch.py --articles 2000            # speedup 1 vs 2 workers
    python benchmarks/bench_batch.py --articles 100000 --only 2  # the long run for extrapolation
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import gazetteer  # noqa: E402
from corpus import generate  # noqa: E402


def write_corpus(path: Path, count: int) -> None:
    gaz = gazetteer.open(progress=False)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in generate(gaz, count):
            handle.write(json.dumps(record) + "\n")


def run(corpus: Path, workers: int, out: Path) -> dict:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "geomap", "batch", str(corpus), "--out", str(out),
                                "--workers", str(workers)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:  # sample the resident memory of every process in the tree
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.5)
    elapsed = time.perf_counter() - start
    summary = json.loads((out / "summary.json").read_text())
    return {"workers": workers, "articles": summary["articles"], "wall_s": round(elapsed, 1),
            "articles_per_s": round(summary["articles"] / elapsed, 1),
            "processing_articles_per_s": summary["articles_per_s"],  # without start-up and the final merge
            "peak_rss_per_process_mb": peak}


def _tree_rss_mb(pid: int) -> int:
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True).stdout
    values = [int(v) for v in out.split()]
    return max(values) // 1024 if values else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--only", type=int, help="run with this many workers only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl.gz"
        write_corpus(corpus, args.articles)
        results = [run(corpus, w, Path(tmp) / f"out{w}") for w in ([args.only] if args.only else [1, 2])]
    if len(results) == 2:
        results.append({"speedup_2_workers": round(results[1]["articles_per_s"] / results[0]["articles_per_s"], 2),
                        "processing_speedup_2_workers": round(results[1]["processing_articles_per_s"] /
                                                              results[0]["processing_articles_per_s"], 2)})
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
