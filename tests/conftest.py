from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.api import extract
from newstrace.records import ArticleRecord

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def example_records() -> dict[str, ArticleRecord]:
    """Every bundled example, extracted once per test session, keyed by its source path."""
    records: dict[str, ArticleRecord] = {}
    for record in extract([str(EXAMPLES)]):
        records[record.id] = record
    return records
