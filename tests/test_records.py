"""The data model: span offsets, content-hash ids, and the JSON Schema of the contract."""

from __future__ import annotations

import json

import jsonschema

from newstrace.components.times import shift_day
from newstrace.records import ArticleRecord


def test_examples_yield_every_record_kind(example_records: dict[str, ArticleRecord]) -> None:
    assert len(example_records) == 15
    records = list(example_records.values())
    assert all(r.quotes for r in records)
    assert sum(len(r.quantities) for r in records) > 30
    assert sum(len(r.times) for r in records) > 30
    assert sum(len(r.events) for r in records) > 30
    assert {r.language for r in records} == {"en", "fr"}


def test_every_span_matches_the_article_text(example_records: dict[str, ArticleRecord]) -> None:
    checked = 0
    for record in example_records.values():
        for span in record.spans():
            assert 0 <= span.start <= span.end <= len(record.text)
            assert record.text[span.start : span.end] == span.text, (record.id, span)
            checked += 1
    assert checked > 500


def test_ids_are_unique_and_stable(example_records: dict[str, ArticleRecord]) -> None:
    from newstrace.api import extract_text

    record = next(iter(example_records.values()))
    again = extract_text(
        record.text, published=record.published, lang=record.language, url=record.url
    )
    assert again.id == record.id
    assert [q.id for q in again.quotes] == [q.id for q in record.quotes]
    every_id = [
        item_id
        for r in example_records.values()
        for item_id in (
            *(q.id for q in r.quotes),
            *(q.id for q in r.quantities),
            *(t.id for t in r.times),
            *(e.id for e in r.events),
            *(e.id for e in r.entities),
        )
    ]
    assert len(every_id) == len(set(every_id))


def test_records_validate_against_the_published_schema(
    example_records: dict[str, ArticleRecord],
) -> None:
    schema = ArticleRecord.model_json_schema()
    for record in example_records.values():
        jsonschema.validate(json.loads(record.model_dump_json()), schema)


def test_event_links_point_at_records_of_the_same_article(
    example_records: dict[str, ArticleRecord],
) -> None:
    for record in example_records.values():
        quote_ids = {q.id for q in record.quotes}
        times = {t.id: t for t in record.times}
        quantity_ids = {q.id for q in record.quantities}
        for event in record.events:
            assert event.source is None or event.source in quote_ids
            if event.time is not None:
                time = times[event.time.id]
                # an act an offset counts from is dated by that offset: the invasion of "ten
                # days after the start of the invasion" is ten days before that day
                counted = time.offset is not None and (
                    time.value.startswith("XXXX")
                    or time.value.startswith(shift_day(event.time.value, time.offset) or "?")
                )
                assert time.value == event.time.value or counted or time.type == "duration"
            assert event.quantity is None or event.quantity.id in quantity_ids
