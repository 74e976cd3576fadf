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


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "unit"),
    [
        # ranges: "from" in either direction, a unit after each bound, "or" between counts
        ("Output went from 90 tonnes to 70 tonnes.", "from 90 tonnes to 70 tonnes", 70, 90, "ton"),
        ("Fares may rise between 3% and 4% next year.", "between 3% and 4%", 3, 4, "percent"),
        ("Two or three drones were seen.", "Two or three", 2, 3, None),
        # the second number's scale applies to the first only when that keeps the order
        ("Bids ranged from $300 to $2 million.", "from $300 to $2 million", 300, 2e6, "USD"),
        ("Repairs will cost 4 to 6 billion euros.", "4 to 6 billion euros", 4e9, 6e9, "EUR"),
        # currency codes and symbols before the number, abbreviated scales stuck to it
        ("The mayor paid USD2.5m for the site.", "USD2.5m", 2.5e6, 2.5e6, "USD"),
        ("A ticket costs HK$120 now.", "HK$120", 120, 120, "HKD"),
        # units stuck to the number or joined by a hyphen
        ("The pump draws 15kW at full load.", "15kW", 15, 15, "kW"),
        ("The van holds a 40-litre tank.", "40-litre", 40, 40, "l"),
        ("Winds reached 120 mph offshore.", "120 mph", 120, 120, "mile per hour"),
        ("The shed is 12m long.", "12m", 12, 12, "m"),
        ("It was a 6-year contract.", "6-year", 6, 6, "year"),
        # negatives, leading decimal points, multiple scale words
        ("The lake fell to minus 12 degrees.", "minus 12 degrees", -12, -12, "degree"),
        ("Error rates fell to .05 percent.", ".05 percent", 0.05, 0.05, "percent"),
        ("There were 3 hundred million voters.", "3 hundred million", 3e8, 3e8, None),
    ],
)
def test_ranges_units_and_currencies(
    sentence: str, span: str, low: float, high: float, unit: str | None
) -> None:
    found = quantity(sentence, span)
    assert (found.low, found.high, found.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Almost half of the crew stayed home.", "Almost half", 0.5),
        ("Two-thirds of the budget went on fuel.", "Two-thirds", 2 / 3),
        ("A quarter of the stock was sold.", "A quarter", 0.25),
        ("One in five voters abstained.", "One in five", 0.2),
        ("Add 3/4 of a cup of milk.", "3/4", 0.75),
    ],
)
def test_fractions(sentence: str, span: str, value: float) -> None:
    found = quantity(sentence, span)
    assert found.low == pytest.approx(value) and found.high == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new Pixel 9 sold well in the spring.",  # a model number after a proper noun
        "A 747 Jumbo landed at dawn.",  # before a singular proper noun
        "The office moved in 1998 to the coast.",  # a year the times component left alone
        "The final whistle went at 4:35 after a 3-3 draw.",  # a clock time and a score
        "He scored in the 88th minute.",  # an ordinal written with digits
        "Her PS5 broke after a week.",  # a two-letter currency code needs an amount, not "5"
    ],
)
def test_not_quantities(sentence: str) -> None:
    record = extract_text(sentence, published=date(2023, 1, 1))
    assert [q.text for q in record.quantities] == []


def test_two_quantities_of_different_units_are_not_a_range() -> None:
    record = extract_text("Exports dropped 7% to $2.1 billion.", published=date(2023, 1, 1))
    assert [(q.text, q.unit) for q in record.quantities] == [
        ("7%", "percent"),
        ("$2.1 billion", "USD"),
    ]


def test_bounds_carry_into_a_conversion_and_change_cues() -> None:
    record = extract_text(
        "Fees of more than 40 million crowns ($4 million) were paid.", published=date(2023, 1, 1)
    )
    converted = next(q for q in record.quantities if q.text == "$4 million")
    assert (converted.low, converted.high) == (4e6, None)
    assert quantity("Shares slid 2.5% on Monday.", "2.5%").change == "down"
    assert quantity("The index closed +0.4% higher.", "0.4%").change == "up"
    assert quantity("Shares were up 5p at 120p.", "120p").change is None
    assert quantity("Prices went from 5 to 9 dollars.", "from 5 to 9 dollars").change is None


def test_one_of_a_group_is_a_count_but_one_of_them_is_not() -> None:
    assert quantity("It was one of the best games.", "one").low == 1
    record = extract_text("One of them left early.", published=date(2023, 1, 1))
    assert [q.text for q in record.quantities] == []


def test_from_to_range_with_words_between_its_bounds() -> None:
    record = extract_text(
        "Diesel fell from $1.90 a litre in May to $1.60 this week.", published=date(2023, 1, 1)
    )
    ranges = [q for q in record.quantities if q.text.startswith("$1.90")]
    assert [(q.low, q.high, q.unit) for q in ranges] == [(1.6, 1.9, "USD")]
