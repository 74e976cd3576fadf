"""Events in sentences written by a reader who had not seen newstrace's output or code
(tests/fixtures/events_{en,fr}.yaml): type, modality, count, time, target and actor."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from newstrace.api import extract_text
from newstrace.records import ArticleRecord, Event

FIXTURES = Path(__file__).parent / "fixtures"
PUBLISHED = date(2023, 4, 12)
CASES = [
    (lang, item, event)
    for lang in ("en", "fr")
    for item in yaml.safe_load((FIXTURES / f"events_{lang}.yaml").read_text(encoding="utf-8"))
    for event in item["events"]
]


def _overlaps(expected: str, found: str) -> bool:
    return expected.lower() in found.lower() or found.lower() in expected.lower()


def _problems(record: ArticleRecord, event: Event, expected: dict[str, Any]) -> list[str]:
    problems = []
    if event.modality != expected["modality"]:
        problems.append(f"modality {event.modality}")
    if "count" in expected:
        quantity = next(
            (q for q in record.quantities if event.quantity and q.id == event.quantity.id), None
        )
        if quantity is None or not _overlaps(expected["count"], quantity.text):
            problems.append(f"count {quantity.text if quantity else None!r}")
    if "time" in expected:
        value = event.time.value if event.time else None
        wanted = str(expected["time"])
        if value is None or not (value == wanted or value.startswith(wanted + "T")):
            problems.append(f"time {value!r}")
    for role in ("target", "actor"):
        if expected.get(role):
            texts = [a.text for a in event.actors if a.role == role]
            if not any(_overlaps(expected[role], text) for text in texts):
                problems.append(f"{role} {texts}")
    return problems


@pytest.mark.parametrize(
    ("lang", "item", "expected"),
    [
        pytest.param(
            lang,
            item,
            event,
            id=f"{lang}: {event['trigger']} ({event['type']}) in {item['text'][:40]}",
            marks=[pytest.mark.xfail(strict=True, reason=event["known_miss"])]
            if "known_miss" in event
            else [],
        )
        for lang, item, event in CASES
    ],
)
def test_event(lang: str, item: dict[str, Any], expected: dict[str, Any]) -> None:
    published = date.fromisoformat(str(item["published"])) if "published" in item else PUBLISHED
    record = extract_text(item["text"], published=published, lang=lang)
    found = [
        e
        for e in record.events
        if e.type == expected["type"] and _overlaps(expected["trigger"], e.trigger.text)
    ]
    assert found, f"not found: {[(e.trigger.text, e.type) for e in record.events]}"
    problems = min((_problems(record, e, expected) for e in found), key=len)
    assert not problems, "; ".join(problems)
