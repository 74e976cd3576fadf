"""Datasette ``metadata.json`` for a SQLite store: titles, descriptions, search and facets.

``datasette newstrace.db --metadata metadata.json`` then shows each table with what its
columns mean, full-text search on ``articles`` and ``quotes`` (the FTS5 tables the store keeps
in sync; ``?_search=``) and suggested facets (outlet, kind, speaker, event type, modality).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newstrace.export import Source, collect

SPAN_COLUMNS = {
    "id": "Content-hash id of the record (stable across runs).",
    "article_id": "The article it was read from (articles.id).",
    "start": "Start offset (characters) of the span in the article text.",
    "end": "End offset (exclusive) of the span in the article text.",
    "text": "The exact span text: articles.text[start:end].",
    "record": "The full record as JSON (the extract contract).",
}

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per news report ingested.",
        "columns": {
            "id": "Content-hash id of the article (its URL and text).",
            "title": "Title, when the input had one.",
            "url": "Where the article was published.",
            "outlet": "The outlet that published it.",
            "published": "Publication date (YYYY-MM-DD).",
            "language": "Language code (en, fr).",
            "text": "The article text every offset points into.",
            "text_hash": "Hash of the normalized text (exact duplicates share it).",
            "source_path": "The file it was read from.",
            "ingested_at": "When it was written to the store (UTC).",
        },
        "fts_table": "articles_fts",
        "fts_pk": "rowid",
        "label_column": "title",
        "sort_desc": "published",
        "facets": ["outlet", "language"],
    },
    "entities": {
        "description": "Named entities mentioned in the articles.",
        "columns": {
            **SPAN_COLUMNS,
            "label": "PERSON, ORG, OUTLET, GPE, LOC, NORP, ...",
            "canonical": "The normalized name.",
        },
        "facets": ["label"],
    },
    "quotes": {
        "description": "Who claims what: direct, indirect and mixed quotes with their source.",
        "columns": {
            **SPAN_COLUMNS,
            "kind": "direct, indirect or mixed.",
            "cue_lemma": "Lemma of the reporting verb (say, tell, according to, ...).",
            "speaker_name": "The speaker's resolved name, else the speaker phrase.",
            "speaker_role": "The speaker's role or title.",
            "speaker_anonymous": "1 when the source is not named.",
            "outlet_name": "The outlet the claim went through ('told Reuters').",
            "confidence": "Extractor confidence (0-1).",
        },
        "fts_table": "quotes_fts",
        "fts_pk": "rowid",
        "facets": ["kind", "speaker_name", "speaker_anonymous", "outlet_name", "cue_lemma"],
    },
    "quantities": {
        "description": "Numbers as intervals, with what they count.",
        "columns": {
            **SPAN_COLUMNS,
            "low": "Lower bound (empty when open).",
            "high": "Upper bound (empty when open).",
            "approximate": "1 for 'about', 'nearly', ...",
            "unit": "Unit, when one is stated.",
            "counted": "What is counted ('soldiers').",
        },
        "facets": ["counted", "unit"],
    },
    "times": {
        "description": "Dates, times, durations and sets, normalized to TIMEX3 values.",
        "columns": {
            **SPAN_COLUMNS,
            "type": "date, time, duration or set.",
            "value": "TIMEX3 value (2022-03-04, 2022-W12, P10D, ...).",
            "anchor": "absolute, published (relative to the publication date) or event.",
            "granularity": "day, week, month, year, ...",
        },
        "facets": ["type", "granularity", "anchor"],
    },
    "events": {
        "description": "Events typed by the ontology, with their modality, time, count and place.",
        "columns": {
            "id": "Content-hash id of the event.",
            "article_id": "The article it was read from (articles.id).",
            "type": "Ontology event type.",
            "modality": "asserted, reported, hypothetical, negated, planned or attempted.",
            "trigger": "The trigger word(s).",
            "trigger_start": "Offset of the trigger in the article text.",
            "time_value": "TIMEX3 value of the event's time (for the act an offset counts"
            " from, as the invasion in 'ten days after the invasion', the day it gives).",
            "count_low": "Lower bound of the event's count.",
            "count_high": "Upper bound of the event's count.",
            "place": "Where it happened, as written.",
            "source_quote_id": "The quote the event was reported in (quotes.id).",
            "record": "The full record as JSON.",
        },
        "facets": ["type", "modality", "time_value"],
    },
    "errors": {
        "description": "Inputs that could not be read, with the reason.",
        "columns": {"path": "The input.", "code": "Error code (E001...).", "message": "Why."},
        "facets": ["code"],
    },
    "duplicates": {
        "description": "Articles that repeat an earlier one (linked, never deleted).",
        "columns": {
            "article_id": "The later article.",
            "duplicate_of": "The earlier article it repeats.",
            "kind": "exact or near (5-gram MinHash).",
            "similarity": "Jaccard similarity of 5-gram shingles.",
        },
        "facets": ["kind"],
    },
    "entity_clusters": {
        "description": "Entities merged across articles.",
        "columns": {
            "canonical": "The cluster's name.",
            "label": "Entity label.",
            "mentions": "Number of mentions.",
        },
        "facets": ["label"],
    },
    "entity_cluster_members": {"description": "Which entity mention is in which cluster."},
    "event_clusters": {
        "description": "The same event told by several outlets.",
        "columns": {
            "type": "Event type.",
            "time_value": "The most precise shared time.",
            "corroboration": "Number of distinct outlets reporting it.",
            "outlets": "The outlets (JSON list).",
        },
        "facets": ["type", "corroboration"],
    },
    "event_cluster_members": {"description": "Which event is in which cluster."},
    "contradictions": {
        "description": "Events in one cluster whose counts or dates disagree.",
        "columns": {
            "cluster_id": "The event cluster.",
            "field": "count or date.",
            "first_event": "One event (events.id).",
            "second_event": "The other event (events.id).",
            "detail": "The two values and their outlets.",
        },
        "facets": ["field"],
    },
    "alembic_version": {"hidden": True},
}


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite store URL or path; None for other databases."""
    if "://" not in url:
        return Path(url)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def metadata(database: str, *, title: str = "newstrace evidence base") -> dict[str, Any]:
    """The metadata for a store opened by Datasette under the name ``database``."""
    return {
        "title": title,
        "description": (
            "News reports turned into source-attributed records: who claims what, numbers, "
            "dates and events, each with its character offsets in the article."
        ),
        "source": "newstrace",
        "source_url": "https://pypi.org/project/newstrace/",
        "license": "The articles' own terms (see articles.url); extractions: same as the text",
        "databases": {database: {"tables": TABLES}},
    }


def write(source: Source, output: Path, **_options: Any) -> list[Path]:
    """Write ``metadata.json`` (a folder ``output`` gets ``output/metadata.json``)."""
    data = collect(source)
    path = sqlite_path(data.store_url) if data.store_url else None
    database = path.stem if path is not None else "newstrace"
    if output.is_dir():
        output = output / "metadata.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(metadata(database), indent=2) + "\n", encoding="utf-8")
    return [output]


def default_output(store_url: str | None) -> Path:
    """``metadata.json`` next to the SQLite database, else in the current folder."""
    path = sqlite_path(store_url) if store_url else None
    return (path.parent if path is not None else Path(".")) / "metadata.json"
