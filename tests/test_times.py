"""Time normalization on sentences written for these tests (not the bundled examples)."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.api import extract_text

PUBLISHED = date(2023, 6, 14)  # a Wednesday


def values(
    text: str, published: date | None = PUBLISHED, lang: str = "en"
) -> dict[str, tuple[str, str]]:
    record = extract_text(text, published=published, lang=lang)
    return {t.text: (t.type, t.value) for t in record.times}


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The talks resumed on 3 May 2021 in Geneva.", "3 May 2021", ("date", "2021-05-03")),
        ("Officials met on March 4 to discuss the plan.", "March 4", ("date", "2023-03-04")),
        ("The decree was signed last month by the minister.", "last month", ("date", "2023-05")),
        ("Prices rose sharply last year, the bank said.", "last year", ("date", "2022")),
        ("Crowds gathered outside the court yesterday.", "yesterday", ("date", "2023-06-13")),
        ("The governor resigned on Monday after the vote.", "Monday", ("date", "2023-06-12")),
        (
            "Troops withdrew in late February, the report says.",
            "late February",
            ("date", "2023-02"),
        ),
        ("Earlier this year, the unit was disbanded.", "Earlier this year", ("date", "2023")),
        ("The siege lasted three weeks before relief came.", "three weeks", ("duration", "P3W")),
        ("He was arrested two years ago in Kazan.", "two years ago", ("date", "2021")),
        ("The parliament meets every week.", "every week", ("set", "P1W")),
        (
            "Output fell in the third quarter of 2019.",
            "the third quarter of 2019",
            ("date", "2019-Q3"),
        ),
        ("The army was reorganized in the 1990s.", "the 1990s", ("date", "199")),
        ("The hearing is set for next week, lawyers said.", "next week", ("date", "2023-W25")),
    ],
)
def test_english_dates_are_normalized_against_publication(
    sentence: str, span: str, expected: tuple[str, str]
) -> None:
    assert values(sentence)[span] == expected


def test_event_anchored_time_resolves_from_the_dated_anchor() -> None:
    text = (
        "The siege of the port began on April 2, 2022. "
        "Forty days after the start of the siege, the last defenders surrendered."
    )
    found = values(text, published=date(2022, 6, 1))
    assert found["April 2, 2022"] == ("date", "2022-04-02")
    assert found["Forty days after the start of the siege"] == ("date", "2022-05-12")


def test_event_anchored_time_without_a_dated_anchor_stays_unresolved() -> None:
    record = extract_text(
        "Two weeks after the mutiny, the commander was replaced.", published=date(2022, 6, 1)
    )
    anchored = [t for t in record.times if t.anchor == "event"]
    assert len(anchored) == 1
    assert anchored[0].value == "XXXX-XX-XX"
    assert anchored[0].offset == "+P2W"
    assert anchored[0].anchor_text == "the mutiny"


@pytest.mark.parametrize(
    "sentence",
    [
        "The drones cost $40 each and 2000 soldiers were sent.",
        "The team won 3 and 10 matches in two seasons.",
        "She was 19 years old when she was drafted.",
        "May they return safely, she prayed.",
    ],
)
def test_numbers_are_not_mistaken_for_dates(sentence: str) -> None:
    found = values(sentence)
    assert not [v for v in found.values() if v[0] in {"date", "time"}], found


def test_without_publication_date_relative_dates_are_not_guessed() -> None:
    found = values("The battalion refused orders last month.", published=None)
    assert all(value[1] != "2023-05" for value in found.values())


def test_french_dates() -> None:
    found = values(
        "Le 24 février 2022, l'armée est entrée. Le mois dernier, il a démissionné. "
        "Mardi, il a parlé.",
        lang="fr",
    )
    assert found["Le 24 février 2022"] == ("date", "2022-02-24")
    assert found["Le mois dernier"] == ("date", "2023-05")
    assert found["Mardi"] == ("date", "2023-06-13")
