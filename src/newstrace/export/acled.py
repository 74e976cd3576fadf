"""ACLED-style events CSV: one row per event, in ACLED's column names where they exist.

``event_type``/``sub_event_type`` come from the ontology's ``acled`` mapping. ``time_precision``
follows the ACLED codebook: 1 when the day is known, 2 when only the week is, 3 for a month or
anything coarser; ``event_date`` is then the first day of that week, month or year, and is
empty for undated events. ``fatalities`` is the low end of the count of a ``casualties`` event
whose trigger is about deaths (ACLED codes the most conservative figure), else 0.
``count_low``/``count_high`` and ``modality`` are newstrace additions. By default only events
the article asserts or reports, and attempts, are written; ``include_all=True`` writes every one.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from newstrace.export import ExportData, Source, collect, evidence
from newstrace.export.csv import write_table
from newstrace.ontologies import load_ontology
from newstrace.records import ArticleRecord, Event

COLUMNS = (
    "event_id",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "location",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "count_low",
    "count_high",
    "modality",
    "newstrace_type",
    "article_id",
    "article_url",
)
# An attempt happened even when it failed: ACLED codes foiled attacks too ("Disrupted weapons use").
FACTUAL = frozenset({"asserted", "reported", "attempted"})
_NOT_DEATHS = re.compile(r"^(?:wound|injur|bless|hurt)", re.IGNORECASE)


def event_date(value: str | None) -> tuple[str, int | None]:
    """ACLED date and time precision of a TIMEX3 value ('' and None when not dated)."""
    if not value:
        return "", None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, 1
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if week:
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat(), 2
        except ValueError:
            return "", None
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month and 1 <= int(month[2]) <= 12:
        return f"{month[1]}-{month[2]}-01", 3
    year = re.match(r"(\d{4})(?:$|-[A-Z])", value)
    if year:
        return f"{year[1]}-01-01", 3
    return "", None


def fatalities(event: Event) -> int:
    if event.type != "casualties" or event.quantity is None or event.quantity.low is None:
        return 0
    if _NOT_DEATHS.match(event.trigger.text):
        return 0
    return int(event.quantity.low)


def _count(value: float | None) -> Any:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def rows(data: ExportData, *, include_all: bool = False, ontology: str = "default") -> list[dict]:
    mapping = load_ontology(ontology).types
    out = []
    for record in data.records:
        quotes = {q.id: q for q in record.quotes}
        for event in record.events:
            if not include_all and event.modality not in FACTUAL:
                continue
            out.append(_row(record, event, quotes, mapping))
    return out


def _row(record: ArticleRecord, event: Event, quotes: dict, mapping: dict) -> dict[str, Any]:
    acled = mapping[event.type].acled if event.type in mapping else {}
    when, precision = event_date(event.time.value if event.time else None)
    actors = [a.text for a in event.actors if a.role == "actor"]
    targets = [a.text for a in event.actors if a.role != "actor"]
    quote = quotes.get(event.source) if event.source else None
    speaker = (quote.speaker.name or quote.speaker.text) if quote and quote.speaker else None
    outlets = [record.outlet, quote.outlet.name if quote and quote.outlet else None]
    source = "; ".join(dict.fromkeys(x for x in [*outlets, speaker] if x))
    return {
        "event_id": event.id,
        "event_date": when,
        "year": when[:4] if when else None,
        "time_precision": precision,
        "event_type": acled.get("event_type"),
        "sub_event_type": acled.get("sub_event_type"),
        "actor1": actors[0] if actors else (targets.pop(0) if targets else None),
        "assoc_actor_1": "; ".join(actors[1:]) or None,
        "actor2": targets[0] if targets else None,
        "location": event.place.text if event.place else None,
        "source": source or None,
        "source_scale": None,
        "notes": evidence(record, event.sentence.start, event.sentence.end),
        "fatalities": fatalities(event),
        "count_low": _count(event.quantity.low) if event.quantity else None,
        "count_high": _count(event.quantity.high) if event.quantity else None,
        "modality": event.modality,
        "newstrace_type": event.type,
        "article_id": record.id,
        "article_url": record.url,
    }


def write(
    source: Source,
    output: Path,
    *,
    include_all: bool = False,
    ontology: str = "default",
    **_options: Any,
) -> list[Path]:
    """Write the events CSV to ``output``."""
    data = collect(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_table(output, COLUMNS, rows(data, include_all=include_all, ontology=ontology))
    return [output]
