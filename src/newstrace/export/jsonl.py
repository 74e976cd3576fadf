"""JSON Lines: one ArticleRecord per line, lossless; :func:`read` reads it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newstrace.errors import RecordFormatError
from newstrace.export import Source, collect
from newstrace.records import ArticleRecord


def write(source: Source, output: Path, **_options: Any) -> list[Path]:
    """Write every record as ``ArticleRecord.model_dump_json()``, one per line."""
    data = collect(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="\n") as handle:
        for record in data.records:
            handle.write(record.model_dump_json() + "\n")
    return [output]


def read(path: Path) -> Iterator[ArticleRecord]:
    """The records of a file written by :func:`write` (blank lines are skipped)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"])
                raise RecordFormatError(
                    f"line {number}: not an ArticleRecord ({where}: {first['msg']})",
                    path=str(path),
                ) from error
