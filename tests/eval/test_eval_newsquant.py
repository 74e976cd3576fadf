from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newstrace.eval.newsquant import (
    GoldQuantity,
    PredQuantity,
    change_of,
    concepts_match,
    evaluate,
    parse_value,
    read_newsquant,
    score_corpus,
    score_sentence,
    singular,
    unit_words,
    units_match,
    values_match,
)


def gold(
    value: str, change: str = "=", unit: str = "-", norm: str = "-", concepts: str = "-"
) -> GoldQuantity:
    low, high = parse_value(value)
    return GoldQuantity(value, low, high, change, unit, norm, concepts)


# --------------------------------------------------------------------------- reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", (5.0, 5.0)),
        ("275.0", (275.0, 275.0)),
        ("252.0-287.0", (252.0, 287.0)),
        ("36040.0-34935.0", (34935.0, 36040.0)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("-5.0", (-5.0, -5.0)),
        ("1.99E-29", (1.99e-29, 1.99e-29)),
    ],
)
def test_parse_value(text: str, expected: tuple[float, float]) -> None:
    assert parse_value(text) == pytest.approx(expected)


def test_parse_value_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_value("about five")


def test_read_newsquant(tmp_path: Path) -> None:
    data = [
        {
            "text": "Prices rose 5-10 percent.",
            "quantities": [
                {
                    "change": "up",
                    "value": "5.0-10.0",
                    "unit": "percent",
                    "normalized_unit": "percentage",
                    "referred_concepts": "Prices",
                }
            ],
        },
        {"text": "Nothing here.", "quantities": []},
    ]
    path = tmp_path / "nq.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    sentences = read_newsquant(path)
    assert [s.text for s in sentences] == ["Prices rose 5-10 percent.", "Nothing here."]
    quantity = sentences[0].quantities[0]
    assert (quantity.low, quantity.high, quantity.change, quantity.unit) == (5, 10, "up", "percent")
    assert len(read_newsquant(path, limit=1)) == 1


# --------------------------------------------------------------------------- rules


def test_change_of_maps_interval_semantics() -> None:
    assert change_of(PredQuantity(low=200, high=None)) == ">"
    assert change_of(PredQuantity(low=None, high=50)) == "<"
    assert change_of(PredQuantity(low=0, high=50)) == "<"
    assert change_of(PredQuantity(low=7, high=7, approximate=True)) == "~"
    assert change_of(PredQuantity(low=7, high=7, change="down")) == "down"
    assert change_of(PredQuantity(low=7, high=7, approximate=True, change="up")) == "~"
    assert change_of(PredQuantity(low=5, high=10)) == "="
    assert change_of(PredQuantity(low=7, high=7)) == "="


def test_values_match_points_ranges_and_open_bounds() -> None:
    assert values_match(gold("200"), PredQuantity(low=200, high=None))
    assert values_match(gold("200"), PredQuantity(low=None, high=200))
    assert values_match(gold("58.24"), PredQuantity(low=58.240001, high=58.240001))
    assert not values_match(gold("58.24"), PredQuantity(low=58.3, high=58.3))
    assert values_match(gold("252.0-287.0"), PredQuantity(low=252, high=287))
    assert not values_match(gold("252.0-287.0"), PredQuantity(low=252, high=252))
    # "up to 80" as [0, 80] matches both the range and the point.
    assert values_match(gold("0.0-80.0"), PredQuantity(low=0, high=80))
    assert values_match(gold("80"), PredQuantity(low=0, high=80))
    assert not values_match(gold("80"), PredQuantity(low=None, high=None))


def test_singular() -> None:
    assert [singular(w) for w in ["miles", "cities", "inches", "feet", "bus", "percent"]] == [
        "mile",
        "city",
        "inch",
        "foot",
        "bus",
        "percent",
    ]


def test_unit_words_spell_out_symbols() -> None:
    assert unit_words("US$") == ("dollar",)
    assert unit_words("%") == ("percent",)
    assert unit_words("per cent") == ("percent",)
    assert unit_words("Miles per hour") == ("mile", "per", "hour")
    assert unit_words("-") == ()
    assert unit_words(None) == ()


@pytest.mark.parametrize(
    ("unit", "counted", "gold_unit", "gold_norm", "expected"),
    [
        (None, None, "-", "-", True),
        ("dollar", None, "-", "-", False),
        (None, None, "$", "dollar", False),
        ("USD", None, "$", "dollar", True),
        ("percent", None, "%", "percentage", True),
        ("mile", None, "mph", "mile per hour", True),
        ("km", None, "km/h", "kilometre per hour", True),
        ("feet", None, "ft", "foot", True),
        (None, "soldiers", "Ukrainian soldiers", "ukrainian soldier", True),
        ("pound sterling", None, "pound-feet of torque", "pound-foot", False),
        (None, "people", "workers", "worker", False),
    ],
)
def test_units_match(
    unit: str | None, counted: str | None, gold_unit: str, gold_norm: str, expected: bool
) -> None:
    pred = PredQuantity(low=1, high=1, unit=unit, counted=counted)
    assert units_match(gold("1", unit=gold_unit, norm=gold_norm), pred) is expected


def test_concepts_match_partially() -> None:
    assert concepts_match(
        gold("1", concepts="Ukrainian army"), PredQuantity(1, 1, counted="army units")
    )
    assert not concepts_match(
        gold("1", concepts="Ukrainian army"), PredQuantity(1, 1, counted="navy")
    )
    assert concepts_match(gold("1", concepts="-"), PredQuantity(1, 1))
    assert not concepts_match(gold("1", concepts="-"), PredQuantity(1, 1, counted="ships"))
    assert not concepts_match(gold("1", concepts="shares"), PredQuantity(1, 1))


# --------------------------------------------------------------------------- scorer


def test_score_sentence_counts_every_metric() -> None:
    golds = [
        gold("200", ">", "soldiers", "soldier", "Ukrainian army"),
        gold("5-10", "=", "%", "percentage", "-"),
        gold("3", "up", "$", "dollar", "shares"),
    ]
    preds = [
        PredQuantity(low=200, high=None, counted="soldiers"),  # value unit change
        PredQuantity(low=5, high=10, unit="percent"),  # value unit change concept
        PredQuantity(low=3, high=3, unit="USD", counted="shares", approximate=True),  # no change
        PredQuantity(low=3, high=3),  # a second 3: one-to-one leaves it unmatched
    ]
    counts = score_sentence(golds, preds)
    assert (counts.n_gold, counts.n_pred) == (3, 4)
    assert (counts.value, counts.unit, counts.change, counts.concept) == (3, 3, 2, 2)
    metrics = counts.metrics()
    assert metrics["value"].f1 == pytest.approx(6 / 7)
    assert metrics["value+change"].precision == pytest.approx(0.5)
    assert metrics["value+concept (partial)"].recall == pytest.approx(2 / 3)


def test_each_metric_matches_on_its_own() -> None:
    golds = [gold("5", unit="%", norm="percentage"), gold("5", unit="people", norm="people")]
    preds = [PredQuantity(low=5, high=5, counted="people"), PredQuantity(low=5, high=5, unit="%")]
    counts = score_sentence(golds, preds)
    assert (counts.value, counts.unit) == (2, 2)


def test_score_corpus_and_evaluate() -> None:
    golds = [gold("1"), gold("2")]
    assert score_corpus([(golds, [PredQuantity(1, 1)]), ([], [PredQuantity(9, 9)])]).value == 1

    from newstrace.eval.newsquant import Sentence

    sentences = [Sentence(0, "one", (gold("1"),)), Sentence(1, "boom", (gold("2"),))]

    def predictor(text: str) -> list[PredQuantity]:
        if text == "boom":
            raise RuntimeError("broken")
        return [PredQuantity(1, 1)]

    result = evaluate(sentences, predictor, "fake")
    assert result.metrics["value"] == result.metrics["value+unit"]
    assert (result.metrics["value"].tp, result.metrics["value"].n_gold) == (1, 2)
    assert result.notes["errors"] == 1


def test_quantulum_peer_on_a_sentence() -> None:
    pytest.importorskip("quantulum3")
    from quantulum3 import classifier

    from newstrace.eval.newsquant import quantulum_predictor

    before = classifier.USE_CLF
    found = quantulum_predictor()("Oil rose to $58.24 per barrel, between 5 and 10 percent.")
    assert before == classifier.USE_CLF
    assert any(q.low == pytest.approx(58.24) and "dollar" in (q.unit or "") for q in found)
    assert any((q.low, q.high, q.unit) == (5, 10, "percentage") for q in found)


# --------------------------------------------------------------------------- real data


def test_real_newsquant_counts(bench_path: Callable[..., Path]) -> None:
    sentences = read_newsquant(bench_path("newsquant", "newsquant_dev.json"))
    assert len(sentences) == 295
    quantities = [q for s in sentences for q in s.quantities]
    assert len(quantities) == 461
    assert sum(q.change == "=" for q in quantities) == 342
    assert sum(q.low != q.high for q in quantities) > 30
    ranged = next(q for q in quantities if q.value == "252.0-287.0")
    assert (ranged.low, ranged.high) == (252.0, 287.0)
