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


# -- French: news sentences written for these tests ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "approximate"),
    [
        ("Plus de 1 000 soldats ont refusé de partir.", "Plus de 1 000", 1000, None, False),
        ("Au moins sept personnes ont été tuées.", "Au moins sept", 7, None, False),
        ("Ils risquent jusqu'à quinze ans de prison.", "jusqu'à quinze ans", None, 15, False),
        ("Près de 20 % des électeurs se sont abstenus.", "Près de 20 %", 20, 20, True),
        ("Environ 5 000 soldats ont été déployés.", "Environ 5 000", 5000, 5000, True),
        ("Entre 200 et 300 chars ont été perdus.", "Entre 200 et 300", 200, 300, False),
        (
            "Des centaines, voire des milliers d'hommes ont fui.",
            "Des centaines, voire des milliers",
            100,
            10000,
            True,
        ),
        (
            "Plusieurs centaines de réservistes ont été convoqués.",
            "Plusieurs centaines",
            200,
            1000,
            True,
        ),
        ("Une dizaine de villages ont été bombardés.", "Une dizaine", 10, 10, True),
        ("Une quarantaine de blessés ont été évacués.", "Une quarantaine", 40, 40, True),
        ("Une quinzaine de militaires ont été arrêtés.", "Une quinzaine", 15, 15, True),
        ("Une soixantaine d'entre eux ont été interpellés.", "Une soixantaine", 60, 60, True),
        # "des dizaines" is tens, not dozens (the English "dozens" starts at 24)
        ("Des dizaines de maisons ont été détruites.", "Des dizaines", 20, 100, True),
        ("1,5 million de personnes ont fui le pays.", "1,5 million", 1_500_000, 1_500_000, False),
        ("Le chômage a atteint 3,2 % en mai.", "3,2 %", 3.2, 3.2, False),
        ("Quelque 3 000 réservistes ont été rappelés.", "Quelque 3 000", 3000, 3000, True),
        ("Moins de 50 soldats sont revenus.", "Moins de 50", None, 50, False),
    ],
)
def test_french_intervals(
    sentence: str, span: str, low: float | None, high: float | None, approximate: bool
) -> None:
    found = quantity(sentence, span, "fr")
    assert (found.low, found.high, found.approximate) == (low, high, approximate)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # thousands: space, narrow no-break space, no-break space, dot; the comma is decimal
        ("Au total, 1 000 soldats ont été mobilisés.", "1 000", 1000),
        ("Au total, 1\u202f000 soldats ont été mobilisés.", "1\u202f000", 1000),
        ("Au total, 1\u00a0000 soldats ont été mobilisés.", "1\u00a0000", 1000),
        ("Au total, 1.000 soldats ont été mobilisés.", "1.000", 1000),
        (
            "Au total, 12\u202f345\u202f678 électeurs étaient inscrits.",
            "12\u202f345\u202f678",
            12345678,
        ),
        ("Le taux est passé à 2,75 points.", "2,75", 2.75),
    ],
)
def test_french_number_formats(sentence: str, span: str, value: float) -> None:
    found = quantity(sentence, span, "fr")
    assert found.low == pytest.approx(value) and found.high == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "span", "low", "unit"),
    [
        ("Le ministère a versé 2 millions d'euros.", "2 millions d'euros", 2_000_000, "EUR"),
        ("La ville a reçu 3,5 milliards de dollars.", "3,5 milliards de dollars", 3.5e9, "USD"),
        ("Le billet coûte 120 euros.", "120 euros", 120, "EUR"),
        ("Il a été condamné à dix ans de prison.", "dix ans", 10, "year"),
        ("La colonne s'étend sur 40 kilomètres.", "40 kilomètres", 40, "km"),
        ("Le chômage a atteint 3,2 % en mai.", "3,2 %", 3.2, "percent"),
    ],
)
def test_french_units_and_currencies(sentence: str, span: str, low: float, unit: str) -> None:
    found = quantity(sentence, span, "fr")
    assert (found.low, found.unit) == (low, unit)


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        ("Plus de 1 000 soldats ont refusé de partir.", "Plus de 1 000", "soldats"),
        ("Des centaines de familles ont été évacuées.", "Des centaines", "familles"),
        ("La police a arrêté 150 manifestants.", "150", "manifestants"),
        ("Une dizaine de villages ont été bombardés.", "Une dizaine", "villages"),
        ("Trente-deux civils ont été tués.", "Trente-deux", "civils"),
        ("Ils seraient 800, dont plusieurs centaines à Louhansk.", "plusieurs centaines", None),
        ("Plus de 1 000 d'entre eux ont été enfermés.", "Plus de 1 000", None),
    ],
)
def test_french_counted_nouns(sentence: str, span: str, counted: str | None) -> None:
    assert quantity(sentence, span, "fr").counted == counted


@pytest.mark.parametrize(
    ("sentence", "span", "change"),
    [
        ("Les prix ont augmenté de 10 % en un an.", "10 %", "up"),
        ("La production a chuté à 2 000 tonnes.", "2 000 tonnes", "down"),
        ("Les désertions sont en hausse de 15 %.", "15 %", "up"),
        ("Les exportations ont reculé de 4 %.", "4 %", "down"),
        ("Le taux est de 5 % cette année.", "5 %", None),
        ("La monnaie a perdu 30 % de sa valeur.", "30 %", "down"),
        ("L'euro a cédé 2 % face au dollar.", "2 %", "down"),
        ("Le CAC 40 a gagné 1,2 % vendredi.", "1,2 %", "up"),
        ("Le gouvernement annonce une augmentation de 5 % des salaires.", "5 %", "up"),
        ("Les ventes accusent une baisse de 3 %.", "3 %", "down"),
        ("Le PIB s'est contracté de 2,1 %.", "2,1 %", "down"),
    ],
)
def test_french_direction_of_change(sentence: str, span: str, change: str | None) -> None:
    assert quantity(sentence, span, "fr").change == change


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le 24 février 2022, 12 soldats ont été arrêtés.", ["12"]),
        ("Il a été arrêté le 1er mars à Kazan.", []),
    ],
)
def test_french_dates_are_not_counted_as_quantities(sentence: str, expected: list[str]) -> None:
    record = extract_text(sentence, published=date(2023, 1, 1), lang="fr")
    assert [q.text for q in record.quantities] == expected


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "unit"),
    [
        ("Plus d'un million de personnes ont fui.", "Plus d'un million", 1e6, None, None),
        ("Des milliers de soldats ont déserté.", "Des milliers", 1000, 10000, None),
        ("Entre 3 000 et 4 000 hommes ont été tués.", "Entre 3 000 et 4 000", 3000, 4000, None),
        # as "from 90 tonnes to 70 tonnes", the range keeps its "de"
        ("Les loyers passeront de 10 à 15 %.", "de 10 à 15 %", 10, 15, "percent"),
        ("Le billet coûte 120 €.", "120 €", 120, 120, "EUR"),
        ("Il a payé une amende de 3 000 €.", "3 000 €", 3000, 3000, "EUR"),
        ("Près d'un tiers des électeurs.", "Près d'un tiers", 1 / 3, 1 / 3, None),
        ("Le plan coûte 1,2 milliard d'euros.", "1,2 milliard d'euros", 1.2e9, 1.2e9, "EUR"),
        ("Il a reçu 50 000 euros.", "50 000 euros", 50000, 50000, "EUR"),
        ("Le budget atteint 300 M€.", "300 M€", 3e8, 3e8, "EUR"),
        ("Le budget atteint 2 Md€.", "2 Md€", 2e9, 2e9, "EUR"),
    ],
)
def test_french_ranges_and_amounts(
    sentence: str, span: str, low: float, high: float | None, unit: str | None
) -> None:
    found = quantity(sentence, span, "fr")
    assert (found.low, found.high, found.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("La moitié des habitants ont fui.", "moitié", 0.5),
        ("Près de la moitié des habitants ont fui.", "Près de la moitié", 0.5),
        ("Deux tiers des électeurs ont voté.", "Deux tiers", 2 / 3),
        ("Un quart des maisons est détruit.", "Un quart", 0.25),
        ("Un électeur sur cinq s'est abstenu.", "Un électeur sur cinq", 0.2),
    ],
)
def test_french_fractions(sentence: str, span: str, value: float) -> None:
    found = quantity(sentence, span, "fr")
    assert found.low == pytest.approx(value) and found.high == pytest.approx(value)


def test_french_more_than_half_is_open_above() -> None:
    found = quantity("Plus de la moitié des électeurs ont voté.", "Plus de la moitié", "fr")
    assert (found.low, found.high) == (0.5, None)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Vingt-cinq soldats ont déserté.", "Vingt-cinq", 25),
        ("Deux cents hommes ont fui.", "Deux cents", 200),
        ("Trois mille réservistes ont été appelés.", "Trois mille", 3000),
        ("Quatre-vingt-dix-sept personnes sont mortes.", "Quatre-vingt-dix-sept", 97),
        ("Soixante-dix-huit blessés ont été évacués.", "Soixante-dix-huit", 78),
        ("Quatre-vingt-onze chars ont été détruits.", "Quatre-vingt-onze", 91),
        ("Vingt et un morts ont été recensés.", "Vingt et un", 21),
        ("Mille deux cents obus sont tombés.", "Mille deux cents", 1200),
    ],
)
def test_french_number_words(sentence: str, span: str, value: float) -> None:
    assert quantity(sentence, span, "fr").low == value


@pytest.mark.parametrize(
    ("sentence", "span", "lang"),
    [
        ("Colonel Yuri Markov, 47, was arrested on Friday.", "47", "en"),
        ("The pilot, Olena Savchuk (31), survived the crash.", "31", "en"),
        ("La colonelle Irina Volkova, 44 ans, a été limogée.", "44 ans", "fr"),
    ],
)
def test_a_number_set_off_after_a_name_is_an_age_not_a_count(
    sentence: str, span: str, lang: str
) -> None:
    found = quantity(sentence, span, lang)
    assert (found.unit, found.counted) == ("year", "age")
    record = extract_text(sentence, published=date(2023, 1, 1), lang=lang)
    assert all(event.quantity is None for event in record.events)


def test_a_count_after_a_comma_stays_a_count() -> None:
    found = quantity("Police detained the organizers, 54 in all, on Friday.", "54")
    assert found.counted != "age"
