"""Quantities as intervals with what they count, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.api import extract_text


def quantity(text: str, span: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    record = extract_text(text, published=date(2023, 1, 1), lang=lang)
    matches = [q for q in record.quantities if q.text == span]
    assert matches, [q.text for q in record.quantities]
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "approximate"),
    [
        ("More than 1,000 sailors refused to embark.", "More than 1,000", 1000, None, False),
        ("At least 23 people were killed in the strike.", "At least 23", 23, None, False),
        ("Deserters face up to ten years in prison.", "up to ten years", None, 10, False),
        ("Nearly 300 officers were dismissed.", "Nearly 300", 300, 300, True),
        ("Between 30 and 40 tanks were lost.", "Between 30 and 40", 30, 40, False),
        ("Several hundred reservists were summoned in error.", "Several hundred", 200, 1000, True),
        (
            "Hundreds, even thousands of men fled abroad.",
            "Hundreds, even thousands",
            100,
            10000,
            True,
        ),
        ("Dozens of villages were shelled overnight.", "Dozens", 24, 100, True),
        (
            "The ministry paid 2.5 million rubles in compensation.",
            "2.5 million rubles",
            2_500_000,
            2_500_000,
            False,
        ),
        ("A handful of officers objected.", "A handful", 2, 6, True),
        ("Turnout fell to 41 percent in the capital.", "41 percent", 41, 41, False),
        ("Some 5,000 troops were moved north.", "Some 5,000", 5000, 5000, True),
    ],
)
def test_english_intervals(
    sentence: str, span: str, low: float | None, high: float | None, approximate: bool
) -> None:
    found = quantity(sentence, span)
    assert (found.low, found.high, found.approximate) == (low, high, approximate)


def test_counted_noun_and_units() -> None:
    assert quantity("Police detained 150 KGB agents at dawn.", "150").counted == "KGB agents"
    assert (
        quantity("More than 1,000 sailors refused to embark.", "More than 1,000").counted
        == "sailors"
    )
    prison = quantity("Deserters face up to ten years in prison.", "up to ten years")
    assert prison.unit == "year"
    money = quantity("The contract was worth $40 million.", "$40 million")
    assert (money.low, money.unit) == (40_000_000, "USD")
    assert quantity("Turnout fell to 41 percent in the capital.", "41 percent").unit == "percent"


def test_direction_of_change() -> None:
    assert quantity("Desertions rose by 40 percent in a year.", "40 percent").change == "up"
    assert quantity("Enlistment fell to 2,000 a month.", "2,000").change == "down"


def test_dates_are_not_counted_as_quantities() -> None:
    record = extract_text(
        "On March 4, 2022, 12 soldiers were arrested.", published=date(2022, 3, 5)
    )
    assert [q.text for q in record.quantities] == ["12"]


def test_french_quantities() -> None:
    assert (quantity("Plus de 1 000 soldats ont refusé.", "Plus de 1 000", "fr").low) == 1000
    vague = quantity(
        "Plusieurs centaines de conscrits ont été convoqués.", "Plusieurs centaines", "fr"
    )
    assert (vague.low, vague.high, vague.approximate) == (200, 1000, True)
    assert quantity("Ils risquent jusqu'à dix ans de prison.", "jusqu'à dix ans", "fr").high == 10
