"""One contract for every store backend: SQLite always, PostgreSQL when a server is given.

CI starts a PostgreSQL server (scripts/start-test-postgres.sh) and sets NEWSTRACE_TEST_POSTGRES;
on CI a missing server is a failure, elsewhere the PostgreSQL half is skipped with a reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from newstrace.api import extract_text
from newstrace.errors import EmptyInputError
from newstrace.records import ArticleRecord
from newstrace.store import Store, open_store

POSTGRES = os.environ.get("NEWSTRACE_TEST_POSTGRES")
TEXT = (
    "“We will not go,” a soldier told Reuters on Monday. Officials said that more than 1,000 "
    "reservists had refused to deploy since March 4, and that dozens deserted."
)


@pytest.fixture(scope="module")
def record() -> ArticleRecord:
    return extract_text(TEXT, published=date(2022, 3, 9), title="Refusals", outlet="Wire")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "store.db"))
        yield opened
        opened.close()
        return
    if not POSTGRES:
        if os.environ.get("CI"):
            pytest.fail("NEWSTRACE_TEST_POSTGRES is not set on CI: .ci/run must start PostgreSQL")
        pytest.skip(
            "no PostgreSQL server: set NEWSTRACE_TEST_POSTGRES (scripts/start-test-postgres.sh)"
        )
    name = f"newstrace_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    opened = open_store(POSTGRES.rsplit("/", 1)[0] + f"/{name}")
    yield opened
    opened.close()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def test_round_trip_is_lossless(store: Store, record: ArticleRecord) -> None:
    store.write(record)
    assert store.has_article(record.id)
    assert store.get_article(record.id) == record
    assert list(store.articles()) == [record]


def test_writing_twice_upserts(store: Store, record: ArticleRecord) -> None:
    store.write(record)
    before = store.counts()
    store.write(record)
    assert store.counts() == before
    assert before["articles"] == 1 and before["quotes"] == len(record.quotes) > 0


def test_errors_are_kept_once(store: Store) -> None:
    error = EmptyInputError("no text", path="empty.txt")
    store.record_error("empty.txt", error)
    store.record_error("empty.txt", error)
    assert store.errors() == [{"path": "empty.txt", "code": "E001", "message": str(error)}]


def test_full_text_search(store: Store, record: ArticleRecord) -> None:
    store.write(record)
    other = extract_text("The harvest was late this year.", published=date(2022, 3, 9))
    store.write(other)
    found = store.search("reservists refused")
    assert [row["id"] for row in found] == [record.id]
    assert store.search("submarine") == []


def test_missing_article_is_none(store: Store) -> None:
    assert store.get_article("0" * 16) is None
    assert not store.has_article("0" * 16)
