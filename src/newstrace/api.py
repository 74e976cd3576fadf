"""The library entry points behind ``newstrace`` and its CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from newstrace.ingest import Defaults, Failure, make_article, read_inputs
from newstrace.pipeline import process
from newstrace.records import ArticleRecord


def extract_text(
    text: str,
    *,
    published: date | None = None,
    lang: str | None = "en",
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
    ontology: str = "default",
) -> ArticleRecord:
    """Everything newstrace extracts from one article given as a string.

    >>> record = extract_text("Nearly 200 soldiers refused to fight, officials said on Monday.",
    ...                       published=date(2022, 3, 9))
    >>> record.quantities[0].high
    200.0
    """
    article = make_article(
        text,
        "<text>",
        Defaults(published=published, language=lang),
        title=title,
        url=url,
        outlet=outlet,
    )
    return next(process([article], model=model, ontology=ontology))


def extract(
    paths: Iterable[str],
    *,
    published: date | None = None,
    lang: str | None = None,
    model: str | None = None,
    ontology: str = "default",
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[ArticleRecord]:
    """Records for every article in files, directories or '-' (stdin); failures go to on_error."""
    defaults = Defaults(published=published, language=lang)

    def readable() -> Iterator:
        for item in read_inputs(paths, defaults):
            if isinstance(item, Failure):
                if on_error is not None:
                    on_error(item)
                continue
            yield item

    yield from process(readable(), model=model, ontology=ontology)
