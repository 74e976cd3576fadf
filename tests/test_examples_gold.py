"""Regression fixtures: hand-curated facts about the bundled examples.

The facts in ``fixtures/examples_gold.yaml`` were written by reading the articles, independently
of newstrace's output. Each fact is one test. Facts the extractors still get wrong are listed in
``fixtures/examples_known_misses.yaml`` with what we produce instead; they run as strict xfails,
so a fix shows up as an unexpected pass and the list must shrink with it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from newstrace.ingest import Article, read_inputs
from newstrace.pipeline import process
from newstrace.records import ArticleRecord, Event

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((FIXTURES / "examples_gold.yaml").read_text("utf-8"))
KNOWN_MISSES: dict[str, str] = (
    yaml.safe_load((FIXTURES / "examples_known_misses.yaml").read_text("utf-8")) or {}
)


@cache
def records_by_source() -> dict[str, ArticleRecord]:
    articles = [a for a in read_inputs([str(ROOT / "examples")]) if isinstance(a, Article)]
    found = {}
    for article, record in zip(articles, process(articles), strict=True):
        source = Path(article.source_path or "").resolve().relative_to(ROOT).as_posix()
        found[source] = record
    return found


def _same(actual: str | None, expected: str | None) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and expected.lower() in actual.lower()


def check_quote(record: ArticleRecord, fact: dict[str, Any]) -> str | None:
    candidates = [q for q in record.quotes if fact["contains"] in q.text]
    if not candidates:
        return "no quote contains it"
    quote = min(candidates, key=lambda q: len(q.text))
    speaker = quote.speaker
    name = (speaker.name or (None if speaker.anonymous else speaker.text)) if speaker else None
    problems = []
    if quote.kind != fact["kind"]:
        problems.append(f"kind {quote.kind}")
    if not _same(name, fact["speaker"]):
        problems.append(f"speaker {name!r}")
    if speaker is not None and fact["speaker"] is None and not speaker.anonymous:
        problems.append("not anonymous")
    if not _same(quote.outlet.name if quote.outlet else None, fact.get("outlet")):
        problems.append(f"outlet {quote.outlet.name if quote.outlet else None!r}")
    return "; ".join(problems) or None


def check_quantity(record: ArticleRecord, fact: dict[str, Any]) -> str | None:
    matches = [q for q in record.quantities if q.text == fact["text"]]
    if not matches:
        return f"not found (have {[q.text for q in record.quantities]})"
    q = matches[0]
    problems = []
    if (q.low, q.high, q.approximate) != (fact["low"], fact["high"], fact["approximate"]):
        problems.append(f"interval {q.low}, {q.high}, approximate {q.approximate}")
    counted = " ".join(x for x in (q.counted, q.unit) if x)
    if fact.get("counted") and fact["counted"].lower() not in counted.lower():
        problems.append(f"counted {counted!r}")
    return "; ".join(problems) or None


def check_time(record: ArticleRecord, fact: dict[str, Any]) -> str | None:
    """Relaxed extent, as TempEval scores it: a time overlapping the gold span counts."""
    start = record.text.find(fact["text"])
    end = start + len(fact["text"])
    matches = [t for t in record.times if t.start < end and start < t.end]
    if not matches:
        return f"not found (have {[t.text for t in record.times]})"
    value, expected = matches[0].value, str(fact["value"])
    # A longer extent may carry a finer TIMEX3 value: "Wednesday morning" → 2022-09-21TMO.
    finer = len(matches[0].text) > len(fact["text"]) and value.startswith(expected + "T")
    return None if value == expected or finer else f"value {value}"


def _event_problems(record: ArticleRecord, event: Event, fact: dict[str, Any]) -> list[str]:
    """What differs from the fact: modality, count (the linked quantity's words), time (the
    value of the time expression the fact names) and source (who claims it)."""
    problems = [] if event.modality == fact["modality"] else [f"modality {event.modality}"]
    quantities = {q.id: q for q in record.quantities}
    quantity = quantities.get(event.quantity.id) if event.quantity else None
    if not _same(quantity.text if quantity else None, fact.get("count")):
        problems.append(f"count {quantity.text if quantity else None!r}")
    wanted = fact.get("time")
    values = [t.value for t in record.times if wanted and wanted.lower() in t.text.lower()]
    value = event.time.value if event.time else None
    if (wanted is None and value is not None) or (wanted and value not in values):
        problems.append(f"time {value!r} (want {values or wanted!r})")
    quote = next((q for q in record.quotes if q.id == event.source), None)
    speaker = quote.speaker if quote else None
    who = None
    if speaker is not None:
        who = speaker.name or (speaker.role if speaker.anonymous else None) or speaker.text
    if not _same(who, fact.get("source")) and not (
        speaker is not None and _same(speaker.text, fact.get("source"))
    ):
        problems.append(f"source {who!r}")
    return problems


def check_event(record: ArticleRecord, fact: dict[str, Any]) -> str | None:
    matches = [
        e for e in record.events if e.trigger.text == fact["trigger"] and e.type == fact["type"]
    ]
    if not matches:
        return f"not found (have {[(e.trigger.text, e.type) for e in record.events]})"
    problems = min((_event_problems(record, e, fact) for e in matches), key=len)
    return "; ".join(problems) or None


CHECKS = {
    "quotes": check_quote,
    "quantities": check_quantity,
    "times": check_time,
    "events": check_event,
}


def _cases() -> list[Any]:
    cases = []
    for entry in GOLD:
        for category, check in CHECKS.items():
            for index, fact in enumerate(entry.get(category) or []):
                case_id = f"{entry['article']}/{category}/{index}"
                marks = (
                    [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_id])]
                    if case_id in KNOWN_MISSES
                    else []
                )
                cases.append(pytest.param(entry["article"], check, fact, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("article", "check", "fact"), _cases())
def test_gold_fact(article: str, check: Any, fact: dict[str, Any]) -> None:
    record = records_by_source()[article]
    problem = check(record, fact)
    assert problem is None, f"{fact}: {problem}"


def test_known_misses_name_real_facts() -> None:
    ids = {p.id for p in _cases()}
    assert set(KNOWN_MISSES) <= ids
