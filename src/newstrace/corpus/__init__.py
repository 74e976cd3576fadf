"""Linking across articles: duplicates, merged entities, event clusters and contradictions.

``link(records)`` is a pure function from ArticleRecords to the corpus-level rows; ``link_store``
reads a store, links and writes the result back (replacing the previous linking).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from datasketch import MinHash, MinHashLSH

from newstrace.components.entities import canonical_name
from newstrace.lang import calendar_words
from newstrace.records import ArticleRecord, Event, content_id

SHINGLE = 5
PERMUTATIONS = 128
# Chosen on the labelled sample of benchmarks/duplicates_threshold.py (docs/benchmarks.md):
# duplicates score 0.52 and up on 5-gram Jaccard, distinct articles 0.12 at most.
NEAR_DUPLICATE_THRESHOLD = 0.35
_TITLES = re.compile(
    r"^(?:president|prime minister|minister|general|gen\.|colonel|col\.|mr\.?|mrs\.?|ms\.?|dr\.?|"
    r"sen\.|senator|governor|gov\.|lieutenant colonel|major|captain|sergeant|commander)\s+",
    re.IGNORECASE,
)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}


def jaccard(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first or second else 0.0


def minhash(text: str) -> MinHash:
    signature = MinHash(num_perm=PERMUTATIONS, seed=1)
    signature.update_batch([s.encode("utf-8") for s in shingles(text)])
    return signature


def find_duplicates(
    records: list[ArticleRecord], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[dict[str, Any]]:
    """Pairs (later article → earlier one) that are exact or near duplicates; none are deleted."""
    ordered = sorted(records, key=lambda r: (r.published or date.max, r.id))
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    seen_hashes: dict[str, str] = {}
    sets: dict[str, set[str]] = {}
    pairs: list[dict[str, Any]] = []
    for record in ordered:
        normalized = " ".join(re.findall(r"\w+", record.text.lower()))
        if normalized in seen_hashes:
            pairs.append(
                {
                    "article_id": record.id,
                    "duplicate_of": seen_hashes[normalized],
                    "kind": "exact",
                    "similarity": 1.0,
                }
            )
            continue
        seen_hashes[normalized] = record.id
        sets[record.id] = shingles(record.text)
        signature = minhash(record.text)
        candidates = lsh.query(signature)
        best = max(
            candidates, key=lambda other: jaccard(sets[record.id], sets[other]), default=None
        )
        if best is not None:
            similarity = jaccard(sets[record.id], sets[best])
            if similarity >= threshold:
                pairs.append(
                    {
                        "article_id": record.id,
                        "duplicate_of": best,
                        "kind": "near",
                        "similarity": round(similarity, 3),
                    }
                )
        lsh.insert(record.id, signature)
    return pairs


def entity_key(text: str) -> str:
    return _TITLES.sub("", canonical_name(text)).strip()


def merge_entities(
    records: list[ArticleRecord],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Entity mentions clustered across articles: titles dropped, surnames joined to names."""
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for record in records:
        for entity in record.entities:
            label = "PERSON" if entity.label in {"PERSON", "PER"} else entity.label
            key = entity_key(entity.canonical if label == "OUTLET" else entity.text)
            if not key:
                continue
            by_key[(label, key.lower())].append(entity.id)
            names.setdefault((label, key.lower()), key)
    # A lone surname joins the one full name that ends with it ("Putin" → "Vladimir Putin").
    full_names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for label, key in by_key:
        if label == "PERSON" and " " in key:
            full_names[key.split()[-1]].append((label, key))
    for label, key in list(by_key):
        if label == "PERSON" and " " not in key and len(full_names.get(key, [])) == 1:
            target = full_names[key][0]
            by_key[target].extend(by_key.pop((label, key)))
    clusters: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    for (label, key), mentions in sorted(by_key.items()):
        cluster_id = content_id("entity-cluster", label, key)
        clusters.append(
            {
                "id": cluster_id,
                "canonical": names[(label, key)],
                "label": label,
                "mentions": len(mentions),
            }
        )
        members.extend({"cluster_id": cluster_id, "entity_id": m} for m in sorted(set(mentions)))
    return clusters, members


@dataclass
class _Cluster:
    type: str
    events: list[tuple[Event, ArticleRecord]] = field(default_factory=list)


def _day(value: str | None) -> date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return None


def _times_compatible(first: str | None, second: str | None) -> bool:
    """Unknown times are compatible; otherwise one must contain the other (2022-03 ⊇ 2022-03-06)."""
    if not first or not second or "X" in first or "X" in second:
        return True
    return first.startswith(second) or second.startswith(first)


_PROPER = re.compile(r"(?<![.!?»”\"]\s)(?<!^)\b([A-ZÀ-Ý][\w'-]{2,})")


def _names(event: Event, record: ArticleRecord) -> set[str]:
    """Proper names in the event's sentence (not sentence-initial), minus dates and the outlet."""
    sentence = record.text[event.sentence.start : event.sentence.end]
    words = {w.lower() for w in _PROPER.findall(sentence[1:])}
    outlet = set((record.outlet or "").lower().split())
    return words - outlet - _CALENDAR


# Words too common across reports to identify one event: dates and the conflict's countries.
_CALENDAR = calendar_words("en", "fr") | {"russian", "russia", "ukraine", "ukrainian"}


def _describes_same(
    first: tuple[Event, ArticleRecord], second: tuple[Event, ArticleRecord]
) -> bool:
    """Both dated, compatible times, and the same place or a shared proper name."""
    (event, record), (other, other_record) = first, second
    time, other_time = (
        (event.time.value if event.time else None),
        (other.time.value if other.time else None),
    )
    if not (time and other_time and "X" not in time + other_time):
        return False  # an undated mention is too weak to identify an event across outlets
    if not _times_compatible(time, other_time):
        return False
    same_place = bool(
        event.place
        and other.place
        and entity_key(event.place.text).lower() == entity_key(other.place.text).lower()
        and event.place.text.lower() not in _CALENDAR
    )
    return same_place or bool(_names(event, record) & _names(other, other_record))


def cluster_events(
    records: list[ArticleRecord], duplicates: Iterable[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Event clusters across articles (same type, compatible time, same place or actors), with
    corroboration = distinct outlets, and contradictions inside clusters."""
    copies = {d["article_id"] for d in duplicates}
    clusters: list[_Cluster] = []
    for record in records:
        if record.id in copies:
            continue  # a republished copy is not an independent source
        for event in record.events:
            if event.modality in {"negated", "hypothetical", "planned"}:
                continue
            home = next(
                (
                    c
                    for c in clusters
                    if c.type == event.type
                    and all(r.id != record.id for _, r in c.events)
                    and any(_describes_same((event, record), (e, r)) for e, r in c.events)
                ),
                None,
            )
            if home is None:
                home = _Cluster(event.type)
                clusters.append(home)
            home.events.append((event, record))
    cluster_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    contradictions: list[dict[str, Any]] = []
    for cluster in clusters:
        outlets = sorted({r.outlet or r.id for _, r in cluster.events})
        if len(cluster.events) < 2:
            continue
        cluster_id = content_id("event-cluster", *sorted(e.id for e, _ in cluster.events))
        times = [e.time.value for e, _ in cluster.events if e.time]
        cluster_rows.append(
            {
                "id": cluster_id,
                "type": cluster.type,
                "time_value": min(times, key=len) if times else None,
                "corroboration": len(outlets),
                "outlets": json.dumps(outlets),
            }
        )
        member_rows.extend({"cluster_id": cluster_id, "event_id": e.id} for e, _ in cluster.events)
        contradictions.extend(_contradictions(cluster_id, cluster))
    return cluster_rows, member_rows, contradictions


def _contradictions(cluster_id: str, cluster: _Cluster) -> list[dict[str, Any]]:
    found = []
    events = cluster.events
    for index, (first, first_record) in enumerate(events):
        for second, second_record in events[index + 1 :]:
            if (
                first.quantity
                and second.quantity
                and not _overlap(
                    first.quantity.low,
                    first.quantity.high,
                    second.quantity.low,
                    second.quantity.high,
                )
            ):
                first_count = _interval(first.quantity.low, first.quantity.high)
                second_count = _interval(second.quantity.low, second.quantity.high)
                detail = (
                    f"{first_record.outlet or first_record.id}: {first_count} vs "
                    f"{second_record.outlet or second_record.id}: {second_count}"
                )
                found.append(
                    {
                        "id": content_id("contradiction", first.id, second.id, "count"),
                        "cluster_id": cluster_id,
                        "field": "count",
                        "first_event": first.id,
                        "second_event": second.id,
                        "detail": detail,
                    }
                )
            first_day, second_day = (
                _day(first.time.value if first.time else None),
                _day(second.time.value if second.time else None),
            )
            if first_day and second_day and first_day != second_day:
                detail = (
                    f"{first_record.outlet}: {first_day} vs {second_record.outlet}: {second_day}"
                )
                found.append(
                    {
                        "id": content_id("contradiction", first.id, second.id, "date"),
                        "cluster_id": cluster_id,
                        "field": "date",
                        "first_event": first.id,
                        "second_event": second.id,
                        "detail": detail,
                    }
                )
    return found


def _overlap(
    low1: float | None, high1: float | None, low2: float | None, high2: float | None
) -> bool:
    lo1, hi1 = (
        low1 if low1 is not None else float("-inf"),
        high1 if high1 is not None else float("inf"),
    )
    lo2, hi2 = (
        low2 if low2 is not None else float("-inf"),
        high2 if high2 is not None else float("inf"),
    )
    return lo1 <= hi2 and lo2 <= hi1


def _interval(low: float | None, high: float | None) -> str:
    def show(value: float | None) -> str:
        return "open" if value is None else f"{value:,.0f}"

    return show(low) if low == high else f"[{show(low)}, {show(high)}]"


def link(records: list[ArticleRecord]) -> dict[str, list[dict[str, Any]]]:
    """Every corpus-level table, computed from the articles."""
    duplicates = find_duplicates(records)
    entity_clusters, entity_members = merge_entities(records)
    event_clusters, event_members, contradictions = cluster_events(records, duplicates)
    return {
        "duplicates": duplicates,
        "entity_clusters": entity_clusters,
        "entity_cluster_members": entity_members,
        "event_clusters": event_clusters,
        "event_cluster_members": event_members,
        "contradictions": contradictions,
    }
