"""The one data model of newstrace (pydantic v2).

Every extracted record keeps ``start``/``end`` character offsets into ``Article.text`` and the
exact span ``text`` (``article.text[start:end] == text``), the extractor that produced it and a
``confidence``. Ids are content hashes so that re-running an extraction upserts instead of
duplicating. The JSON produced by ``ArticleRecord.model_dump(mode="json")`` is the public
contract of ``newstrace extract --format json`` (see DESIGN.md).
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["date", "time", "duration", "set"]
TimeAnchor = Literal["absolute", "published", "event"]
# "attempted" extends DESIGN.md: MUC and ACLED code failed attacks apart from accomplished ones.
Modality = Literal["asserted", "reported", "hypothetical", "negated", "planned", "attempted"]
ReviewDecision = Literal["accept", "edit", "reject"]


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id: the hex SHA-256 of the parts, joined by a separator that text cannot hold."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A piece of the article text, by character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Article(_Model):
    """One news report as ingested, before extraction."""

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str = "en"
    text: str
    source_path: str | None = Field(default=None, description="Where the article was read from.")

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        return content_id("article", url or "", text)


class Entity(Span):
    id: str
    label: str
    canonical: str
    extractor: str = "newstrace.entities"
    confidence: float = 1.0


class Cue(Span):
    lemma: str | None = None


class Speaker(Span):
    name: str | None = Field(default=None, description="The resolved name when one is known.")
    role: str | None = Field(default=None, description="Role or title: 'security expert'.")
    anonymous: bool = False
    anonymity: str | None = Field(
        default=None, description="Kind of anonymous source: official, familiar, documents, ..."
    )
    entity: str | None = Field(default=None, description="Id of the linked Entity.")


class Outlet(Span):
    name: str


class Quote(Span):
    id: str
    kind: QuoteKind
    cue: Cue | None = None
    speaker: Speaker | None = None
    outlet: Outlet | None = None
    continues: str | None = Field(
        default=None,
        description="Id of the framed quote this one carries on: a quote with no frame of its "
        "own, given to the speaker of the one before ('He paused. \"...\"').",
    )
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str = "newstrace.attribution"


class Quantity(Span):
    id: str
    low: float | None = Field(description="Lower bound; null when open.")
    high: float | None = Field(description="Upper bound; null when open.")
    approximate: bool = False
    unit: str | None = None
    counted: str | None = Field(default=None, description="What is counted: 'soldiers'.")
    change: str | None = Field(
        default=None, description="Stated direction of change: 'up', 'down' or null."
    )
    extractor: str = "newstrace.quantities"
    confidence: float = 1.0


class TimeExpr(Span):
    id: str
    type: TimeType
    value: str = Field(description="TIMEX3 value: 2022-03-04, 2022-04, 2022-W12, P10D, XXXX-03-04")
    anchor: TimeAnchor
    granularity: str = Field(description="day, month, year, week, season, quarter, decade, ...")
    anchor_text: str | None = Field(
        default=None, description="For event-anchored times: the anchor event phrase."
    )
    offset: str | None = Field(
        default=None, description="For event-anchored times: signed offset, e.g. '+P10D'."
    )
    extractor: str = "newstrace.times"
    confidence: float = 1.0


class TimeRef(_Model):
    id: str
    value: str


class QuantityRef(_Model):
    id: str
    low: float | None
    high: float | None


class Argument(Span):
    role: str
    entity: str | None = None


class SentenceRef(_Model):
    start: int
    end: int


class Event(_Model):
    id: str
    type: str
    trigger: Span
    modality: Modality
    time: TimeRef | None = None
    quantity: QuantityRef | None = None
    actors: list[Argument] = Field(default_factory=list)
    place: Argument | None = None
    source: str | None = Field(default=None, description="Id of the quote whose content holds it.")
    sentence: SentenceRef
    aggregate: bool = Field(default=False, description="Many occurrences ('hundreds refuse').")
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str = "newstrace.events"


class ArticleRecord(_Model):
    """One article with everything extracted from it: the JSON contract of `extract`."""

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str
    text: str
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def spans(self) -> list[Span]:
        """Every span-bearing record, nested ones included (for offset checks)."""
        found: list[Span] = [*self.entities, *self.quantities, *self.times]
        for quote in self.quotes:
            found.append(quote)
            found.extend(part for part in (quote.cue, quote.speaker, quote.outlet) if part)
        for event in self.events:
            found.append(event.trigger)
            found.extend(event.actors)
            if event.place:
                found.append(event.place)
        return found


# Corpus-level records: built across articles by the corpus stage.


class EntityCluster(_Model):
    id: str
    canonical: str
    label: str
    mentions: list[str] = Field(description="Entity ids, across articles.")


class EventCluster(_Model):
    id: str
    type: str
    events: list[str]
    outlets: list[str]
    corroboration: int = Field(description="Number of distinct outlets reporting the event.")


class Contradiction(_Model):
    id: str
    cluster: str
    field: Literal["count", "date"]
    first_event: str
    second_event: str
    detail: str


class Review(_Model):
    id: str
    record_id: str
    decision: ReviewDecision
    reviewer: str | None = None
    patch: dict[str, Any] | None = None
    note: str | None = None
