"""W3C Web Annotations (JSON-LD): every entity, quote, quantity, time and event trigger.

One ``AnnotationCollection`` whose first ``AnnotationPage`` holds the annotations (or, with
``lines=True``, one Annotation per line). Each target names the article (its URL, else
``urn:newstrace:article:<id>``) and two selectors: a ``TextQuoteSelector`` (exact, with up to
32 characters of prefix and suffix) and a ``TextPositionSelector`` (start, end: Unicode code
points into the article text, as in the records). Bodies are ``TextualBody``s: the label with
purpose "tagging", the normalized value or attribution with purpose "describing".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newstrace.display import event_details, interval
from newstrace.export import ExportData, Source, collect
from newstrace.records import ArticleRecord, Span

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32


def source(record: ArticleRecord) -> str:
    return record.url or f"urn:newstrace:article:{record.id}"


def selectors(text: str, span: Span) -> list[dict[str, Any]]:
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[span.start : span.end],
            "prefix": text[max(0, span.start - AFFIX) : span.start],
            "suffix": text[span.end : span.end + AFFIX],
        },
        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
    ]


def _annotation(
    record: ArticleRecord, record_id: str, span: Span, tag: str, described: str | None
) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag, "format": "text/plain"}
    ]
    if described:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": described,
                "format": "text/plain",
            }
        )
    return {
        "id": f"urn:newstrace:annotation:{record_id}",
        "type": "Annotation",
        "motivation": "tagging",
        "generator": {"id": "https://pypi.org/project/newstrace/", "type": "Software"},
        "body": body,
        "target": {"source": source(record), "selector": selectors(record.text, span)},
    }


def record_annotations(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """The annotations of one article, in text order of record type."""
    for entity in record.entities:
        yield _annotation(record, entity.id, entity, f"entity:{entity.label}", entity.canonical)
    for quote in record.quotes:
        speaker = quote.speaker
        who = (speaker.name or speaker.text) if speaker else "unknown"
        if speaker and speaker.anonymous:
            who += f" (anonymous: {speaker.anonymity or 'unnamed'})"
        via = f", via {quote.outlet.name}" if quote.outlet else ""
        yield _annotation(record, quote.id, quote, f"quote:{quote.kind}", f"said by {who}{via}")
    for quantity in record.quantities:
        what = " ".join(x for x in (quantity.unit, quantity.counted) if x)
        value = interval(quantity.low, quantity.high) + (f" {what}" if what else "")
        yield _annotation(record, quantity.id, quantity, "quantity", value)
    for time in record.times:
        yield _annotation(record, time.id, time, f"time:{time.type}", time.value)
    for event in record.events:
        details = ", ".join(event_details(event))
        yield _annotation(record, event.id, event.trigger, f"event:{event.type}", details)


def collection(data: ExportData) -> dict[str, Any]:
    items = [a for record in data.records for a in record_annotations(record)]
    return {
        "@context": CONTEXT,
        "id": "urn:newstrace:collection",
        "type": "AnnotationCollection",
        "label": "newstrace extractions",
        "total": len(items),
        "first": {
            "id": "urn:newstrace:collection:page:0",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def write(source: Source, output: Path, *, lines: bool = False, **_options: Any) -> list[Path]:
    """Write one AnnotationCollection, or with ``lines`` one Annotation per line."""
    data = collect(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="\n") as handle:
        if lines:
            for record in data.records:
                for annotation in record_annotations(record):
                    handle.write(json.dumps({"@context": CONTEXT, **annotation}) + "\n")
        else:
            json.dump(collection(data), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    return [output]
