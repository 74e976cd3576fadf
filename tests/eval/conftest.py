"""Fixtures for the evaluation tests: where the (never copied) gold data lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH = (REPO_ROOT / "../shared/bench").resolve()


@pytest.fixture
def bench_path() -> Callable[..., Path]:
    """``bench_path("tempeval3", "tbaq-cleaned")``: a path in ../shared/bench, or a skip.

    The gold data are read where they lie and never copied into the repository.
    """

    def locate(*parts: str) -> Path:
        path = BENCH.joinpath(*parts)
        if not path.exists():
            pytest.skip(f"gold data not found: {path} (../shared/bench from the repository root)")
        return path

    return locate
