"""Running the per-article pipeline in several processes, one model load per worker."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from newstrace.pipeline import process
from newstrace.records import Article, ArticleRecord

_settings: dict[str, str | None] = {}


def _start_worker(model: str | None, ontology: str) -> None:
    _settings.update(model=model, ontology=ontology)


def _extract(article: Article) -> ArticleRecord:
    # load_pipeline caches per process, so each worker loads its models once.
    return next(
        process([article], model=_settings["model"], ontology=_settings["ontology"] or "default")
    )


def process_parallel(
    articles: Iterable[Article], workers: int, model: str | None = None, ontology: str = "default"
) -> Iterator[ArticleRecord]:
    """Records in input order; with one worker, in this process."""
    if workers <= 1:
        yield from process(articles, model=model, ontology=ontology)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(model, ontology)) as pool:
        yield from pool.imap(_extract, articles, chunksize=2)
