"""Exports of a store (or of a list of ArticleRecords) into the formats other tools read.

Each format is one module with a ``write(source, output, **options)`` function; ``WRITERS`` maps
the format name to it and :func:`export` dispatches. ``source`` is a Store, or a list of
ArticleRecords (the corpus rows are then computed with :func:`newstrace.corpus.link`, unless
given), or an :class:`ExportData`. Every writer returns the paths it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstrace.records import ArticleRecord
from newstrace.store import Store

VERSION = "newstrace-0.1.0"
CORPUS_NAMES = (
    "duplicates",
    "entity_clusters",
    "entity_cluster_members",
    "event_clusters",
    "event_cluster_members",
    "contradictions",
)


@dataclass
class ExportData:
    """What every writer reads: the articles with their records, and the corpus-level rows."""

    records: list[ArticleRecord]
    corpus: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    store_url: str | None = None

    def table(self, name: str) -> list[dict[str, Any]]:
        return list(self.corpus.get(name, []))


Source = Store | ExportData | Iterable[ArticleRecord]


def collect(
    source: Source, corpus: Mapping[str, Iterable[dict[str, Any]]] | None = None
) -> ExportData:
    """The records and corpus rows of a store, of a list of records, or as given."""
    if isinstance(source, ExportData):
        return source
    if isinstance(source, Store):
        records = list(source.articles())
        rows = corpus or {name: source.rows(name) for name in CORPUS_NAMES}
        return ExportData(records, {k: list(v) for k, v in rows.items()}, source.url)
    records = list(source)
    if corpus is None:
        from newstrace.corpus import link

        corpus = link(records)
    return ExportData(records, {k: list(v) for k, v in corpus.items()})


def evidence(record: ArticleRecord, start: int, end: int) -> str:
    """The text between two offsets, white space folded: a sentence as one line."""
    return " ".join(record.text[start:end].split())


Writer = Callable[..., list[Path]]


def _writers() -> dict[str, Writer]:
    from newstrace.export import acled, csv, datasette, ftm, jsonl, labelstudio, webanno

    return {
        "csv": csv.write,
        "jsonl": jsonl.write,
        "acled": acled.write,
        "ftm": ftm.write,
        "webanno": webanno.write,
        "labelstudio": labelstudio.write,
        "datasette": datasette.write,
    }


WRITERS: dict[str, Writer] = _writers()
FORMATS = tuple(WRITERS)

#: Where each format goes when no output path is given (datasette: next to the database).
DEFAULT_OUTPUT = {
    "csv": "newstrace-csv",
    "jsonl": "newstrace.jsonl",
    "acled": "newstrace-acled.csv",
    "ftm": "newstrace.ftm.json",
    "webanno": "newstrace-annotations.jsonld",
    "labelstudio": "newstrace-labelstudio.json",
    "datasette": "metadata.json",
}


def export(
    format_name: str,
    source: Source,
    output: str | Path | None = None,
    *,
    corpus: Mapping[str, Iterable[dict[str, Any]]] | None = None,
    **options: Any,
) -> list[Path]:
    """Write ``source`` in ``format_name`` to ``output`` (a file or, for csv, a folder)."""
    if format_name not in WRITERS:
        raise ValueError(f"unknown export format {format_name!r}; one of {', '.join(FORMATS)}")
    data = collect(source, corpus)
    if output is not None:
        target = Path(output)
    elif format_name == "datasette":
        from newstrace.export.datasette import default_output

        target = default_output(data.store_url)
    else:
        target = Path(DEFAULT_OUTPUT[format_name])
    return WRITERS[format_name](data, target, **options)
