"""CSV: one file per record type, flattened, with stable ids and foreign keys.

``articles.csv`` is keyed by ``id``; every record file carries ``article_id``; nested spans
(cue, speaker, outlet, trigger, place) become ``<part>_text``/``<part>_start``/``<part>_end``
columns; event arguments go to ``event_actors.csv`` (``event_id``); corpus tables keep the ids
of the store. Booleans are written 1/0, missing values as empty cells.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newstrace.export import ExportData, Source, collect, evidence
from newstrace.records import Span

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "url", "outlet", "published", "language", "chars", "text"),
    "entities": (
        "id",
        "article_id",
        "label",
        "canonical",
        "text",
        "start",
        "end",
        "cluster_id",
        "extractor",
        "confidence",
    ),
    "quotes": (
        "id",
        "article_id",
        "kind",
        "text",
        "start",
        "end",
        "cue_text",
        "cue_start",
        "cue_end",
        "cue_lemma",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "speaker_name",
        "speaker_role",
        "speaker_anonymous",
        "speaker_anonymity",
        "speaker_entity_id",
        "outlet_text",
        "outlet_start",
        "outlet_end",
        "outlet_name",
        "continues",
        "confidence",
        "extractor",
    ),
    "quantities": (
        "id",
        "article_id",
        "text",
        "start",
        "end",
        "low",
        "high",
        "approximate",
        "unit",
        "counted",
        "change",
        "extractor",
        "confidence",
    ),
    "times": (
        "id",
        "article_id",
        "text",
        "start",
        "end",
        "type",
        "value",
        "anchor",
        "granularity",
        "anchor_text",
        "offset",
        "extractor",
        "confidence",
    ),
    "events": (
        "id",
        "article_id",
        "type",
        "modality",
        "trigger_text",
        "trigger_start",
        "trigger_end",
        "time_id",
        "time_value",
        "quantity_id",
        "count_low",
        "count_high",
        "place_text",
        "place_start",
        "place_end",
        "place_entity_id",
        "source_quote_id",
        "sentence_start",
        "sentence_end",
        "sentence",
        "aggregate",
        "confidence",
        "extractor",
    ),
    "event_actors": (
        "event_id",
        "article_id",
        "position",
        "role",
        "text",
        "start",
        "end",
        "entity_id",
    ),
    "duplicates": ("article_id", "duplicate_of", "kind", "similarity"),
    "entity_clusters": ("id", "canonical", "label", "mentions"),
    "entity_cluster_members": ("cluster_id", "entity_id"),
    "event_clusters": ("id", "type", "time_value", "corroboration", "outlets"),
    "event_cluster_members": ("cluster_id", "event_id"),
    "contradictions": ("id", "cluster_id", "field", "first_event", "second_event", "detail"),
}


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def tables(data: ExportData) -> dict[str, list[dict[str, Any]]]:
    """Every table as rows of flat values, keyed as in :data:`COLUMNS`."""
    clusters = {m["entity_id"]: m["cluster_id"] for m in data.table("entity_cluster_members")}
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for record in data.records:
        out["articles"].append(
            {
                **record.model_dump(
                    include={"id", "title", "url", "outlet", "published", "language", "text"}
                ),
                "chars": len(record.text),
            }
        )
        for entity in record.entities:
            row = entity.model_dump()
            out["entities"].append(
                {**row, "article_id": record.id, "cluster_id": clusters.get(entity.id)}
            )
        for quote in record.quotes:
            speaker = quote.speaker
            out["quotes"].append(
                {
                    **quote.model_dump(exclude={"cue", "speaker", "outlet"}),
                    "article_id": record.id,
                    **_span("cue", quote.cue),
                    "cue_lemma": quote.cue.lemma if quote.cue else None,
                    **_span("speaker", speaker),
                    "speaker_name": speaker.name if speaker else None,
                    "speaker_role": speaker.role if speaker else None,
                    "speaker_anonymous": speaker.anonymous if speaker else None,
                    "speaker_anonymity": speaker.anonymity if speaker else None,
                    "speaker_entity_id": speaker.entity if speaker else None,
                    **_span("outlet", quote.outlet),
                    "outlet_name": quote.outlet.name if quote.outlet else None,
                }
            )
        for quantity in record.quantities:
            out["quantities"].append({**quantity.model_dump(), "article_id": record.id})
        for time in record.times:
            out["times"].append({**time.model_dump(), "article_id": record.id})
        for event in record.events:
            out["events"].append(
                {
                    "id": event.id,
                    "article_id": record.id,
                    "type": event.type,
                    "modality": event.modality,
                    **_span("trigger", event.trigger),
                    "time_id": event.time.id if event.time else None,
                    "time_value": event.time.value if event.time else None,
                    "quantity_id": event.quantity.id if event.quantity else None,
                    "count_low": event.quantity.low if event.quantity else None,
                    "count_high": event.quantity.high if event.quantity else None,
                    **_span("place", event.place),
                    "place_entity_id": event.place.entity if event.place else None,
                    "source_quote_id": event.source,
                    "sentence_start": event.sentence.start,
                    "sentence_end": event.sentence.end,
                    "sentence": evidence(record, event.sentence.start, event.sentence.end),
                    "aggregate": event.aggregate,
                    "confidence": event.confidence,
                    "extractor": event.extractor,
                }
            )
            for position, actor in enumerate(event.actors):
                out["event_actors"].append(
                    {
                        **actor.model_dump(exclude={"entity"}),
                        "event_id": event.id,
                        "article_id": record.id,
                        "position": position,
                        "entity_id": actor.entity,
                    }
                )
    for name in COLUMNS:
        if name in data.corpus:
            out[name] = data.table(name)
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    return value


def write_table(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({column: _cell(row.get(column)) for column in columns})


def write(source: Source, output: Path, **_options: Any) -> list[Path]:
    """Write one ``<table>.csv`` per record type into the folder ``output``."""
    data = collect(source)
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(data).items():
        path = output / f"{name}.csv"
        write_table(path, COLUMNS[name], rows)
        written.append(path)
    return written
