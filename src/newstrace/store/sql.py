"""The SQL store (SQLAlchemy Core): SQLite by default, PostgreSQL for teams.

The schema lives in the Alembic migrations (``store/migrations``), which run when a store is
opened; this module reflects the tables it finds. Each record type is a table with the columns
people facet on (kind, speaker, type, modality, value, ...) and a ``record`` column holding the
full JSON, so that reading back is lossless.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, MetaData, Table, create_engine, delete, event, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from newstrace.errors import NewstraceError, StoreError
from newstrace.records import ArticleRecord, content_id

MIGRATIONS = Path(__file__).parent / "migrations"
RECORD_TABLES = ("entities", "quotes", "quantities", "times", "events")
CORPUS_TABLES = (
    "contradictions",
    "event_cluster_members",
    "event_clusters",
    "entity_cluster_members",
    "entity_clusters",
    "duplicates",
)


def engine_url(url: str) -> str:
    """A plain path means an embedded SQLite file."""
    return url if "://" in url else f"sqlite:///{url}"


def text_hash(text: str) -> str:
    """Hash of the text with case, punctuation and white space folded: exact duplicates."""
    normalized = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def migrate(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _rows(record: ArticleRecord) -> dict[str, list[dict[str, Any]]]:
    def span(item: Any) -> dict[str, Any]:
        return {
            "id": item.id,
            "article_id": record.id,
            "start": item.start,
            "end": item.end,
            "text": item.text,
            "record": item.model_dump_json(),
        }

    return {
        "entities": [
            {**span(e), "label": e.label, "canonical": e.canonical} for e in record.entities
        ],
        "quotes": [
            {
                **span(q),
                "kind": q.kind,
                "cue_lemma": q.cue.lemma if q.cue else None,
                "speaker_name": (q.speaker.name or q.speaker.text) if q.speaker else None,
                "speaker_role": q.speaker.role if q.speaker else None,
                "speaker_anonymous": q.speaker.anonymous if q.speaker else None,
                "outlet_name": q.outlet.name if q.outlet else None,
                "confidence": q.confidence,
            }
            for q in record.quotes
        ],
        "quantities": [
            {
                **span(q),
                "low": q.low,
                "high": q.high,
                "approximate": q.approximate,
                "unit": q.unit,
                "counted": q.counted,
            }
            for q in record.quantities
        ],
        "times": [
            {
                **span(t),
                "type": t.type,
                "value": t.value,
                "anchor": t.anchor,
                "granularity": t.granularity,
            }
            for t in record.times
        ],
        "events": [
            {
                "id": e.id,
                "article_id": record.id,
                "type": e.type,
                "modality": e.modality,
                "trigger": e.trigger.text,
                "trigger_start": e.trigger.start,
                "time_value": e.time.value if e.time else None,
                "count_low": e.quantity.low if e.quantity else None,
                "count_high": e.quantity.high if e.quantity else None,
                "place": e.place.text if e.place else None,
                "source_quote_id": e.source,
                "record": e.model_dump_json(),
            }
            for e in record.events
        ],
    }


class SQLStore:
    """A Store over any SQLAlchemy database; migrations run on open."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(engine_url(url))
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as connection:
                migrate(connection)
            metadata = MetaData()
            metadata.reflect(
                self.engine, only=[*RECORD_TABLES, *CORPUS_TABLES, "articles", "errors"]
            )
            self.tables: dict[str, Table] = dict(metadata.tables)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot open the store: {error}", path=url) from error

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def write(self, record: ArticleRecord) -> None:
        """Replace the article and all its records in one transaction (an upsert by id)."""
        article_row = record.model_dump(
            include={"id", "title", "url", "outlet", "published", "language", "text"}
        )
        article_row["text_hash"] = text_hash(record.text)
        article_row["ingested_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        articles = self.tables["articles"]
        try:
            with self.engine.begin() as connection:
                for name in (*CORPUS_TABLES, *RECORD_TABLES):
                    table = self.tables[name]
                    if "article_id" in table.c:
                        connection.execute(delete(table).where(table.c.article_id == record.id))
                connection.execute(delete(articles).where(articles.c.id == record.id))
                connection.execute(articles.insert(), [article_row])
                for name, rows in _rows(record).items():
                    if rows:
                        connection.execute(self.tables[name].insert(), rows)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot write article {record.id}: {error}", path=self.url) from error

    def has_article(self, article_id: str) -> bool:
        articles = self.tables["articles"]
        with self.engine.connect() as connection:
            query = select(articles.c.id).where(articles.c.id == article_id)
            return connection.execute(query).first() is not None

    def get_article(self, article_id: str) -> ArticleRecord | None:
        articles = self.tables["articles"]
        with self.engine.connect() as connection:
            query = select(articles).where(articles.c.id == article_id)
            row = connection.execute(query).mappings().first()
            return None if row is None else self._assemble(connection, dict(row))

    def articles(self) -> Iterator[ArticleRecord]:
        articles = self.tables["articles"]
        with self.engine.connect() as connection:
            query = select(articles).order_by(articles.c.published, articles.c.id)
            for row in connection.execute(query).mappings().all():
                yield self._assemble(connection, dict(row))

    def _assemble(self, connection: Connection, row: dict[str, Any]) -> ArticleRecord:
        parts: dict[str, list[Any]] = {}
        for name in RECORD_TABLES:
            table = self.tables[name]
            order = table.c.start if "start" in table.c else table.c.trigger_start
            query = select(table.c.record).where(table.c.article_id == row["id"]).order_by(order)
            parts[name] = [json.loads(r) for r in connection.execute(query).scalars()]
        for column in ("ingested_at", "source_path", "text_hash"):
            row.pop(column, None)
        return ArticleRecord.model_validate({**row, **parts})

    def record_error(self, path: str, error: NewstraceError) -> None:
        errors = self.tables["errors"]
        row = {
            "id": content_id("error", path, str(error)),
            "path": path,
            "code": error.code,
            "message": str(error),
            "occurred_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self.engine.begin() as connection:
            connection.execute(delete(errors).where(errors.c.id == row["id"]))
            connection.execute(errors.insert(), [row])

    def errors(self) -> list[dict[str, str]]:
        errors = self.tables["errors"]
        with self.engine.connect() as connection:
            query = select(errors.c.path, errors.c.code, errors.c.message).order_by(errors.c.path)
            return [dict(r) for r in connection.execute(query).mappings()]

    def counts(self) -> dict[str, int]:
        names = (
            "articles",
            *RECORD_TABLES,
            "errors",
            "duplicates",
            "event_clusters",
            "contradictions",
        )
        with self.engine.connect() as connection:
            return {
                name: int(
                    connection.execute(
                        select(func.count()).select_from(self.tables[name])
                    ).scalar_one()
                )
                for name in names
            }

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching a full-text query: FTS5 on SQLite, tsvector on PostgreSQL."""
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                sql = text(
                    "SELECT a.id, a.title, a.outlet, a.published, "
                    "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
                    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                    "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit"
                )
                terms = " ".join(f'"{word}"' for word in re.findall(r"\w+", query))
                rows = connection.execute(sql, {"q": terms, "limit": limit}).mappings()
            else:
                sql = text(
                    "SELECT id, title, outlet, published, "
                    "ts_headline('simple', text, plainto_tsquery('simple', :q)) AS snippet "
                    "FROM articles WHERE to_tsvector('simple', coalesce(title, '') || ' ' || "
                    "coalesce(text, '')) @@ plainto_tsquery('simple', :q) LIMIT :limit"
                )
                rows = connection.execute(sql, {"q": query, "limit": limit}).mappings()
            return [dict(r) for r in rows]

    def replace_corpus(self, tables: Mapping[str, Iterable[dict[str, Any]]]) -> None:
        """Replace the corpus-level tables (duplicates, clusters, contradictions) at once."""
        with self.engine.begin() as connection:
            for name in CORPUS_TABLES:
                connection.execute(delete(self.tables[name]))
            for name in reversed(CORPUS_TABLES):
                rows = list(tables.get(name, ()))
                if rows:
                    connection.execute(self.tables[name].insert(), rows)

    def rows(self, name: str) -> list[dict[str, Any]]:
        """Every row of a corpus-level table (duplicates, clusters, contradictions)."""
        with self.engine.connect() as connection:
            return [dict(r) for r in connection.execute(select(self.tables[name])).mappings()]

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
