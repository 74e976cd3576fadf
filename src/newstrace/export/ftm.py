"""FollowTheMoney entities, one JSON object per line, for Aleph (``ftm`` / ``alephclient``).

* each article is an ``Article`` (title, publishedAt, publisher, bodyText, sourceUrl, language);
* people and organisations are one ``Person``/``Organization`` per entity cluster of the store
  (PERSON → Person; ORG and OUTLET → Organization), so that the same name across articles is
  one entity; places, nationalities and groups stay as text (``Event.location``);
* each PERSON/ORG/OUTLET mention is a ``Mention`` (document = the Article, resolved = the
  Person/Organization);
* each event is an ``Event`` (name, date, summary = the evidence sentence, location, involved,
  proof = the Article);
* each quote is a ``Documentation`` (document = the Article, entity = the speaker, role
  "quoted", summary = the quote, publisher = the outlet it went through). A speaker without a
  name (an anonymous official, "the ministry's statement") is a ``LegalEntity`` scoped to its
  article, since FtM requires an entity on every Documentation.

Ids are ``make_id("newstrace", kind, content id)``: the same store always gives the same ids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newstrace.corpus import entity_key
from newstrace.export import ExportData, Source, collect, evidence
from newstrace.ontologies import load_ontology
from newstrace.records import Argument, ArticleRecord, Quote, Speaker, content_id

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

SCHEMATA = {"PERSON": "Person", "PER": "Person", "ORG": "Organization", "OUTLET": "Organization"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _entity(schema: str, *parts: str) -> EntityProxy:
    from followthemoney import model  # the `exports` extra; only this format needs it

    proxy = model.make_entity(schema)
    proxy.make_id("newstrace", *parts)
    return proxy


def cluster_of(label: str, text: str) -> str:
    """The id the corpus stage gives the entity cluster of this name (see corpus.merge_entities)."""
    label = "PERSON" if label in {"PERSON", "PER"} else label
    return content_id("entity-cluster", label, entity_key(text).lower())


class _Builder:
    def __init__(self, data: ExportData, ontology: str) -> None:
        self.data = data
        self.types = load_ontology(ontology).types
        self.members = {
            m["entity_id"]: m["cluster_id"] for m in data.table("entity_cluster_members")
        }
        self.clusters = {c["id"]: c for c in data.table("entity_clusters")}
        self.parties: dict[str, EntityProxy] = {}

    def party(self, schema: str, cluster_id: str, name: str) -> EntityProxy:
        """The Person/Organization of a cluster, created on first use."""
        if cluster_id not in self.parties:
            proxy = _entity(schema, "party", cluster_id)
            cluster = self.clusters.get(cluster_id)
            proxy.add("name", cluster["canonical"] if cluster else name)
            self.parties[cluster_id] = proxy
        else:
            proxy = self.parties[cluster_id]
        if name not in proxy.get("name"):
            proxy.add("alias", name)
        return proxy

    def party_of_entity(self, record: ArticleRecord, entity_id: str | None) -> EntityProxy | None:
        entity = next((e for e in record.entities if e.id == entity_id), None)
        if entity is None or entity.label not in SCHEMATA:
            return None
        text = entity.canonical if entity.label == "OUTLET" else entity.text
        cluster_id = self.members.get(entity.id) or cluster_of(entity.label, text)
        return self.party(SCHEMATA[entity.label], cluster_id, entity.canonical)

    def party_of_span(self, record: ArticleRecord, span: Argument | Speaker) -> EntityProxy | None:
        """The Person/Organization linked to a span, or of the first such entity inside it."""
        linked = self.party_of_entity(record, span.entity)
        if linked is not None:
            return linked
        inside = (
            e
            for e in record.entities
            if e.label in SCHEMATA and span.start <= e.start and e.end <= span.end
        )
        first = next(inside, None)
        return self.party_of_entity(record, first.id) if first is not None else None

    def speaker(self, record: ArticleRecord, quote: Quote) -> EntityProxy | None:
        speaker = quote.speaker
        if speaker is None:
            return None
        linked = self.party_of_span(record, speaker)
        if linked is None and speaker.name and not speaker.anonymous:
            linked = self.party("Person", cluster_of("PERSON", speaker.name), speaker.name)
        if linked is not None:
            if speaker.role and linked.schema.is_a("Person"):
                linked.add("position", speaker.role)
            return linked
        proxy = _entity("LegalEntity", "source", record.id, speaker.text.lower())
        proxy.add("name", speaker.text)
        described = "anonymous source" if speaker.anonymous else "unnamed source"
        kind = f" ({speaker.anonymity})" if speaker.anonymity else ""
        role = f", {speaker.role}," if speaker.role else ""
        proxy.add("description", f"{described}{kind}{role} quoted in article {record.id}")
        return proxy

    def article(self, record: ArticleRecord) -> EntityProxy:
        proxy = _entity("Article", "article", record.id)
        if record.title:
            proxy.add("title", record.title)
            proxy.add("name", record.title)
        proxy.add("publishedAt", record.published)
        proxy.add("publisher", record.outlet)
        proxy.add("bodyText", record.text)
        proxy.add("sourceUrl", record.url)
        proxy.add("language", record.language)
        return proxy

    def entities(self) -> Iterator[EntityProxy]:
        for record in self.data.records:
            article = self.article(record)
            yield article
            for entity in record.entities:
                party = self.party_of_entity(record, entity.id)
                if party is None:
                    continue
                mention = _entity("Mention", "mention", entity.id)
                mention.add("document", article.id)
                mention.add("name", entity.text)
                mention.add("resolved", party.id)
                mention.add("detectedSchema", party.schema.name)
                yield mention
            sources: set[str | None] = set()
            for quote in record.quotes:
                speaker = self.speaker(record, quote)
                if speaker is None:
                    continue
                if speaker.schema.name == "LegalEntity" and speaker.id not in sources:
                    sources.add(speaker.id)
                    yield speaker
                documentation = _entity("Documentation", "quote", quote.id)
                documentation.add("document", article.id)
                documentation.add("entity", speaker.id)
                documentation.add("role", "quoted")
                documentation.add("summary", quote.text)
                documentation.add("publisher", quote.outlet.name if quote.outlet else None)
                documentation.add("date", record.published)
                yield documentation
            for event in record.events:
                label = self.types[event.type].label if event.type in self.types else event.type
                sentence = evidence(record, event.sentence.start, event.sentence.end)
                proxy = _entity("Event", "event", event.id)
                proxy.add("name", f"{label}: {event.trigger.text}")
                proxy.add("summary", sentence)
                value = event.time.value if event.time else ""
                found = _DATE.match(value)
                proxy.add("date", found.group(0) if found else None)
                proxy.add("location", event.place.text if event.place else None)
                notes = [f"modality: {event.modality}", f"type: {event.type}"]
                if event.quantity:
                    notes.append(f"count: [{event.quantity.low}, {event.quantity.high}]")
                proxy.add("description", "; ".join(notes))
                proxy.add("proof", article.id)
                proxy.add("sourceUrl", record.url)
                proxy.add("publisher", record.outlet)
                for actor in event.actors:
                    party = self.party_of_span(record, actor)
                    if party is not None:
                        proxy.add("involved", party.id)
                yield proxy
        yield from self.parties.values()


def entities(data: ExportData, *, ontology: str = "default") -> list[dict[str, Any]]:
    """Every FtM entity as a dict (``EntityProxy.to_dict()``)."""
    return [proxy.to_dict() for proxy in _Builder(data, ontology).entities()]


def write(
    source: Source, output: Path, *, ontology: str = "default", **_options: Any
) -> list[Path]:
    """Write the entities as JSON Lines (``ftm`` and ``alephclient write-entities`` read it)."""
    data = collect(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="\n") as handle:
        for entity in entities(data, ontology=ontology):
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return [output]
