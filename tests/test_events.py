"""Events: types from the ontology, modality, arguments, and the ontology as data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newstrace.api import extract_text
from newstrace.errors import OntologyError
from newstrace.ontologies import load_ontology
from newstrace.records import Event


def events(text: str, published: date = date(2023, 4, 2)) -> list[Event]:
    return extract_text(text, published=published).events


def one(text: str, kind: str) -> Event:
    found = [e for e in events(text) if e.type == kind]
    assert found, [(e.type, e.trigger.text) for e in events(text)]
    return found[0]


def test_dismissal_with_count_and_target() -> None:
    event = one(
        "The president ordered the dismissal of several hundred officers on Monday.", "dismissal"
    )
    assert event.quantity is not None and (event.quantity.low, event.quantity.high) == (200, 1000)
    assert any(a.role == "target" and "officers" in a.text for a in event.actors)
    assert event.modality == "asserted"


def test_negated_declaration() -> None:
    event = one("Russia has not declared war on Ukraine.", "declaration")
    assert event.modality == "negated"


def test_hypothetical_modal() -> None:
    event = one("The commanders could be dismissed if the offensive fails.", "dismissal")
    assert event.modality == "hypothetical"


def test_reported_event_links_to_its_quote() -> None:
    record = extract_text(
        "“Dozens of men deserted last week,” a military source told Reuters.",
        published=date(2023, 4, 2),
    )
    event = next(e for e in record.events if e.type == "desertion")
    assert event.modality == "reported"
    assert event.source == record.quotes[0].id
    assert event.time is not None and event.time.value == "2023-W12"


def test_refuse_needs_a_fighting_complement() -> None:
    assert [e.type for e in events("The soldiers refused to fight.")] == ["refusal_to_fight"]
    assert events("The bank refused to comment on the loan.") == []


def test_custom_ontology_from_a_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "strikes.yaml"
    path.write_text(
        "name: labour\ntypes:\n  strike:\n    label: Strike\n    triggers:\n      - lemma: strike\n"
        "      - lemma: walkout\n    noun_of: actor\n",
        encoding="utf-8",
    )
    record = extract_text("Dock workers began a walkout on Friday.", ontology=str(path))
    assert [e.type for e in record.events] == ["strike"]


def test_invalid_ontology_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(
        "name: broken\ntypes:\n  x:\n    label: X\n    triggers: []\n", encoding="utf-8"
    )
    with pytest.raises(OntologyError, match=r"broken\.yaml.*types\.x\.triggers"):
        load_ontology(str(path))
