"""Where extracted records live: one Store protocol, backends behind ``open_store(url)``.

A plain path or ``sqlite:///path`` opens the embedded SQLite store; ``postgresql://...`` a
PostgreSQL one. Writes are per article and transactional, keyed by content-hash ids, so a re-run
upserts and an interrupted batch loses nothing already written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol, runtime_checkable

from newstrace.errors import NewstraceError
from newstrace.records import ArticleRecord


@runtime_checkable
class Store(Protocol):
    url: str

    def write(self, record: ArticleRecord) -> None: ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> ArticleRecord | None: ...

    def articles(self) -> Iterator[ArticleRecord]: ...

    def record_error(self, path: str, error: NewstraceError) -> None: ...

    def errors(self) -> list[dict[str, str]]: ...

    def counts(self) -> dict[str, int]: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def replace_corpus(self, tables: Mapping[str, Iterable[dict[str, Any]]]) -> None: ...

    def rows(self, name: str) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...


def open_store(url: str = "newstrace.db") -> Store:
    """Open (creating if needed) the store at ``url``: a SQLite path or a database URL."""
    from newstrace.store.sql import SQLStore

    return SQLStore(url)
