"""How much each newstrace component adds to the spaCy parse it runs on.

Runs the same documents through the bare spaCy model and through the full newstrace pipeline,
timing every component, and reports each component's share relative to the parse (ratios, so
that noisy machines still give comparable figures). Documents: the PolNeAR dev texts when
../shared/bench is present, otherwise the bundled examples.

    python benchmarks/pipeline_speed.py [--limit 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from newstrace.ingest import Article, read_inputs
from newstrace.pipeline import build_pipeline, make_doc

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev" / "text"


def documents(limit: int) -> tuple[str, list[Article]]:
    if POLNEAR.is_dir():
        paths = sorted(str(p) for p in POLNEAR.glob("*.txt"))[:limit]
        source = f"PolNeAR dev ({len(paths)} texts)"
    else:
        paths = [str(ROOT / "examples")]
        source = "bundled examples"
    articles = [a for a in read_inputs(paths) if isinstance(a, Article) and a.language == "en"]
    return source, articles[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source, articles = documents(args.limit)
    nlp = build_pipeline("en")
    ours = [name for name in nlp.pipe_names if name.startswith("newstrace_")]
    spacy_names = [name for name in nlp.pipe_names if name not in ours]
    timings: dict[str, list[float]] = defaultdict(list)
    characters = sum(len(a.text) for a in articles)
    for _ in range(args.repeat):
        totals: dict[str, float] = defaultdict(float)
        for article in articles:
            doc = make_doc(nlp, article)
            for name, component in nlp.pipeline:
                started = time.perf_counter()
                doc = component(doc)
                totals[name] += time.perf_counter() - started
        for name, seconds in totals.items():
            timings[name].append(seconds)
    parse = sum(statistics.median(timings[name]) for name in spacy_names)
    print(f"{source}: {len(articles)} articles, {characters:,} characters")
    print(f"median of {args.repeat} runs")
    print(f"spaCy parse ({', '.join(spacy_names)}): {parse:.3f} s = 1.000")
    for name in ours:
        seconds = statistics.median(timings[name])
        print(f"{name:24} {seconds:.3f} s = {seconds / parse:.3f} of the parse")
    extra = sum(statistics.median(timings[name]) for name in ours)
    print(f"{'all newstrace components':24} {extra:.3f} s = {extra / parse:.3f} of the parse")


if __name__ == "__main__":
    main()
