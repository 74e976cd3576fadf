"""The SQL store (SQLAlchemy Core): SQLite by default, PostgreSQL for teams.

Each record type is a table with the columns people facet on (kind, speaker, type, modality,
value, ...) and a ``record`` column holding the full JSON, so that reading back is lossless.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from newstrace.errors import NewstraceError, StoreError
from newstrace.records import ArticleRecord, content_id

metadata = MetaData()


def _span_columns() -> list[Column[Any]]:
    return [
        Column(
            "article_id",
            String(32),
            ForeignKey("articles.id", ondelete="CASCADE"),
            index=True,
            nullable=False,
        ),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", String(200), index=True),
    Column("published", Date, index=True),
    Column("language", String(8), index=True),
    Column("text", Text, nullable=False),
    Column("source_path", Text),
    Column("ingested_at", String(32)),
)
entities = Table(
    "entities",
    metadata,
    Column("id", String(32), primary_key=True),
    *_span_columns(),
    Column("label", String(32), index=True),
    Column("canonical", String(300), index=True),
    Column("record", Text, nullable=False),
)
quotes = Table(
    "quotes",
    metadata,
    Column("id", String(32), primary_key=True),
    *_span_columns(),
    Column("kind", String(16), index=True),
    Column("cue_lemma", String(64), index=True),
    Column("speaker_name", String(300), index=True),
    Column("speaker_role", String(300)),
    Column("speaker_anonymous", Boolean, index=True),
    Column("outlet_name", String(200), index=True),
    Column("confidence", Float),
    Column("record", Text, nullable=False),
)
quantities = Table(
    "quantities",
    metadata,
    Column("id", String(32), primary_key=True),
    *_span_columns(),
    Column("low", Float),
    Column("high", Float),
    Column("approximate", Boolean),
    Column("unit", String(64), index=True),
    Column("counted", String(300), index=True),
    Column("record", Text, nullable=False),
)
times = Table(
    "times",
    metadata,
    Column("id", String(32), primary_key=True),
    *_span_columns(),
    Column("type", String(16), index=True),
    Column("value", String(64), index=True),
    Column("anchor", String(16)),
    Column("granularity", String(16)),
    Column("record", Text, nullable=False),
)
events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column(
        "article_id",
        String(32),
        ForeignKey("articles.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("type", String(64), index=True),
    Column("modality", String(16), index=True),
    Column("trigger", Text),
    Column("time_value", String(64), index=True),
    Column("count_low", Float),
    Column("count_high", Float),
    Column("place", String(300), index=True),
    Column("source_quote_id", String(32), index=True),
    Column("record", Text, nullable=False),
)
errors = Table(
    "errors",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("path", Text, nullable=False),
    Column("code", String(8), index=True),
    Column("message", Text, nullable=False),
    Column("occurred_at", String(32)),
)
CHILD_TABLES = (entities, quotes, quantities, times, events)


def _engine_url(url: str) -> str:
    if "://" in url:
        return url
    return f"sqlite:///{url}"


def _rows(record: ArticleRecord) -> dict[Table, list[dict[str, Any]]]:
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
        entities: [
            {**span(e), "label": e.label, "canonical": e.canonical} for e in record.entities
        ],
        quotes: [
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
        quantities: [
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
        times: [
            {
                **span(t),
                "type": t.type,
                "value": t.value,
                "anchor": t.anchor,
                "granularity": t.granularity,
            }
            for t in record.times
        ],
        events: [
            {
                "id": e.id,
                "article_id": record.id,
                "type": e.type,
                "modality": e.modality,
                "trigger": e.trigger.text,
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
    """A Store over any SQLAlchemy database; tables are created on first open."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(_engine_url(url))
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot open the store: {error}", path=url) from error

    def write(self, record: ArticleRecord) -> None:
        """Replace the article and all its records in one transaction (an upsert by id)."""
        article_row = record.model_dump(
            include={"id", "title", "url", "outlet", "published", "language", "text"}
        )
        article_row["ingested_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as connection:
                for table in CHILD_TABLES:
                    connection.execute(delete(table).where(table.c.article_id == record.id))
                connection.execute(delete(articles).where(articles.c.id == record.id))
                connection.execute(articles.insert(), [article_row])
                for table, rows in _rows(record).items():
                    if rows:
                        connection.execute(table.insert(), rows)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot write article {record.id}: {error}", path=self.url) from error

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as connection:
            return (
                connection.execute(select(articles.c.id).where(articles.c.id == article_id)).first()
                is not None
            )

    def get_article(self, article_id: str) -> ArticleRecord | None:
        with self.engine.connect() as connection:
            row = (
                connection.execute(select(articles).where(articles.c.id == article_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            return self._assemble(connection, dict(row))

    def articles(self) -> Iterator[ArticleRecord]:
        with self.engine.connect() as connection:
            rows = (
                connection.execute(select(articles).order_by(articles.c.published, articles.c.id))
                .mappings()
                .all()
            )
            for row in rows:
                yield self._assemble(connection, dict(row))

    def _assemble(self, connection: Any, row: dict[str, Any]) -> ArticleRecord:
        parts: dict[str, list[Any]] = {}
        for name, table in (
            ("entities", entities),
            ("quotes", quotes),
            ("quantities", quantities),
            ("times", times),
            ("events", events),
        ):
            order = table.c.start if "start" in table.c else table.c.id
            records = connection.execute(
                select(table.c.record).where(table.c.article_id == row["id"]).order_by(order)
            ).scalars()
            parts[name] = [json.loads(r) for r in records]
        row.pop("ingested_at", None)
        row.pop("source_path", None)
        return ArticleRecord.model_validate({**row, **parts})

    def record_error(self, path: str, error: NewstraceError) -> None:
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
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(errors.c.path, errors.c.code, errors.c.message).order_by(errors.c.path)
            ).mappings()
            return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {
                table.name: int(
                    connection.execute(select(func.count()).select_from(table)).scalar_one()
                )
                for table in (articles, *CHILD_TABLES, errors)
            }

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
