"""NewsQuant (CQE paper, Almasian et al. 2023): quantities in single news sentences.

Reader
    :func:`read_newsquant` reads ``newsquant_dev.json``: a list of ``{"text", "quantities"}``
    where each gold quantity has ``value`` (a number, or a range ``lo-hi``), ``change``
    (``=``, ``~``, ``>``, ``<``, ``up``, ``down``), ``unit`` (the unit or counted noun as
    written), ``normalized_unit`` and ``referred_concepts`` (``-`` for none). The dev half
    holds 295 sentences and 461 quantities.

Metrics (after the paper and its ``evaluate_models.py``; each is its own one-to-one greedy
matching within a sentence, so pairing order cannot cost a metric a match)
    * value: a prediction matches a gold quantity when the values agree within
      ``rel_tol=1e-5, abs_tol=1e-8`` (the tolerance of the CQE script). A gold range compares
      both bounds, taken in increasing order (``36040.0-34935.0`` is the interval
      [34935, 36040]). A prediction's value comes from its ``low``/``high``: equal bounds are a
      point; one open bound gives the point of the other bound (``more than 200`` -> 200); a
      ``low`` of 0 with a ``high`` may mean ``up to high`` or the range, so both are tried.
    * value+unit: also the unit matches (:func:`units_match`): the prediction's ``unit`` or,
      when that is None, its ``counted`` noun, against the gold ``unit`` and
      ``normalized_unit``, case-insensitively, with currency/percent symbols mapped to words,
      plural words singularised, and one side allowed to be a contiguous run of the other's
      words (``mile`` ~ ``mile per hour``); newstrace's unit symbols and currency codes
      (``km``, ``kW``, ``°C``, ``JPY``) are spelled out as NewsQuant normalises them. A gold
      ``-`` (no unit written) matches a prediction with neither unit nor counted noun, even
      when ``normalized_unit`` names one the annotator inferred ("Maddon, 66," -> ``year of
      age``; "decrease by 1" -> ``percentage``): nothing in the text states that unit.
    * value+change: also the change matches (:func:`change_of`): ``low`` set and ``high``
      open -> ``>``; ``high`` set and ``low`` open or 0 -> ``<``; ``approximate`` -> ``~``;
      an explicit ``change`` of ``up``/``down`` -> itself; otherwise ``=``. ``~`` qualifies a
      point ("about 800"): an approximate *interval* ("dozens" -> [24, 100], "tens of
      thousands") already carries its vagueness in its bounds and maps to ``=``, which is how
      NewsQuant labels such vague counts.
    * value+concept (partial): also the prediction's ``counted`` words share at least one word
      with the gold ``referred_concepts`` (split on commas and spaces, lower-cased,
      singularised); as in the CQE script, a gold ``-`` matches a prediction without ``counted``.

Peer
    :func:`quantulum_predictor`: ``quantulum3.parser.parse`` with its unit classifier off (the
    shipped ``clf.joblib`` does not unpickle with the installed scikit-learn, and the heuristic
    disambiguation needs no model or network); a value with an uncertainty ``u`` becomes
    ``[value - u, value + u]`` (quantulum's encoding of ranges).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newstrace.eval.common import Run, Score, SystemResult, greedy_match, run_predictor

REL_TOL = 1e-5
ABS_TOL = 1e-8


class QuantityLike(Protocol):
    """What the scorer needs from a predicted quantity: ``Quantity`` and :class:`PredQuantity`."""

    @property
    def low(self) -> float | None: ...

    @property
    def high(self) -> float | None: ...

    @property
    def approximate(self) -> bool: ...

    @property
    def unit(self) -> str | None: ...

    @property
    def counted(self) -> str | None: ...

    @property
    def change(self) -> str | None: ...


QuantitiesPredictor = Callable[[str], Sequence[QuantityLike]]


@dataclass(frozen=True)
class PredQuantity:
    """A predicted quantity, as the scorer sees it."""

    low: float | None
    high: float | None
    approximate: bool = False
    unit: str | None = None
    counted: str | None = None
    change: str | None = None
    text: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class GoldQuantity:
    value: str
    low: float
    high: float
    change: str
    unit: str
    normalized_unit: str
    referred_concepts: str


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    quantities: tuple[GoldQuantity, ...]


# --------------------------------------------------------------------------- reader

_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_VALUE = re.compile(rf"\s*({_NUMBER})\s*(?:-\s*({_NUMBER})\s*)?")


def parse_value(value: str) -> tuple[float, float]:
    """A gold value as ``(low, high)``: ``"5"`` -> (5, 5), ``"252.0-287.0"`` -> (252, 287).

    Range bounds are put in increasing order; a leading minus is a negative number
    (``"-5.0"``), and an exponent is part of the number (``"1.99E-29"``).
    """
    match = _VALUE.fullmatch(value)
    if not match:
        raise ValueError(f"not a NewsQuant value: {value!r}")
    first = float(match.group(1))
    second = float(match.group(2)) if match.group(2) is not None else first
    return (min(first, second), max(first, second))


def read_newsquant(path: Path, limit: int | None = None) -> list[Sentence]:
    """The sentences of a NewsQuant JSON file (the first ``limit`` when given)."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON list of sentences")
    sentences: list[Sentence] = []
    for index, record in enumerate(records):
        if limit is not None and index >= limit:
            break
        quantities = []
        for item in record["quantities"]:
            try:
                low, high = parse_value(str(item["value"]))
            except ValueError as exc:
                raise ValueError(f"{path}: sentence {index}: {exc}") from exc
            quantities.append(
                GoldQuantity(
                    value=str(item["value"]),
                    low=low,
                    high=high,
                    change=str(item["change"]).strip(),
                    unit=str(item["unit"]),
                    normalized_unit=str(item["normalized_unit"]),
                    referred_concepts=str(item["referred_concepts"]),
                )
            )
        sentences.append(
            Sentence(index=index, text=str(record["text"]), quantities=tuple(quantities))
        )
    return sentences


# --------------------------------------------------------------------------- matching rules


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def value_candidates(pred: QuantityLike) -> list[tuple[float, float]]:
    """The ``(low, high)`` intervals a prediction may stand for (see the module docstring)."""
    low, high = pred.low, pred.high
    if low is None and high is None:
        return []
    if low is None:
        assert high is not None
        return [(high, high)]
    if high is None:
        return [(low, low)]
    candidates = [(min(low, high), max(low, high))]
    if low == 0 and high != 0:
        candidates.append((high, high))
    return candidates


def values_match(gold: GoldQuantity, pred: QuantityLike) -> bool:
    return any(
        _close(gold.low, low) and _close(gold.high, high) for low, high in value_candidates(pred)
    )


def change_of(pred: QuantityLike) -> str:
    """The NewsQuant change label our interval semantics stand for."""
    if pred.low is not None and pred.high is None:
        return ">"
    if pred.high is not None and (pred.low is None or (pred.low == 0 and pred.high != 0)):
        return "<"
    if pred.approximate and pred.low == pred.high:
        return "~"
    if pred.change in ("up", "down"):
        return pred.change
    return "="


_UNIT_SYNONYMS = {
    "%": "percent",
    "percentage": "percent",
    "per cent": "percent",
    "pc": "percent",
    "pct": "percent",
    "$": "dollar",
    "us$": "dollar",
    "usd": "dollar",
    "united states dollar": "dollar",
    "€": "euro",
    "eur": "euro",
    "£": "pound sterling",
    "gbp": "pound sterling",
    "¥": "yen",
    "jpy": "yen",
    "gbx": "penny",
    "pence": "penny",
    "cny": "yuan",
    "rmb": "yuan",
    "rub": "ruble",
    "rouble": "ruble",
    "uah": "hryvnia",
    "aud": "australian dollar",
    "cad": "canadian dollar",
    "hkd": "hong kong dollar",
    "nzd": "new zealand dollar",
    "sgd": "singapore dollar",
    "myr": "ringgit",
    "rm": "ringgit",
    "ils": "shekel",
    "inr": "rupee",
    "sek": "krona",
    "chf": "franc",
    # newstrace writes SI units as symbols (Quantity.unit "km"); NewsQuant spells them out.
    "km": "kilometre",
    "kilometer": "kilometre",
    "m": "metre",
    "meter": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "nm": "nanometre",
    "nanometer": "nanometre",
    "μm": "micrometre",
    "m2": "square metre",
    "sq m": "square metre",
    "km2": "square kilometre",
    "km/h": "kilometre per hour",
    "mph": "mile per hour",
    "mpg": "mile per gallon",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "lb": "pound-mass",
    "l": "litre",
    "liter": "litre",
    "ml": "millilitre",
    "w": "watt",
    "kw": "kilowatt",
    "kwh": "kilowatt hour",
    "mw": "megawatt",
    "gw": "gigawatt",
    "hz": "hertz",
    "ghz": "gigahertz",
    "gb": "gigabyte",
    "tb": "terabyte",
    "mb": "megabyte",
    "gpa": "gigapascal",
    "bhp": "brake horsepower",
    "hp": "horsepower",
    "°c": "celsius",
    "°f": "fahrenheit",
    "ft": "foot",
    "min": "minute",
    "lb-ft": "pound-foot",
}
_IRREGULAR = {
    "feet": "foot",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
}
_WORD = re.compile(r"[^\W_]+|[$%€£¥]")
_STOP = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to"})


def singular(word: str) -> str:
    """A crude English singular: ``miles`` -> ``mile``, ``cities`` -> ``city``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unit_words(unit: str | None) -> tuple[str, ...]:
    """A unit as lower-case singular words with symbols spelled out (``"US$"`` -> dollar)."""
    if unit is None:
        return ()
    text = unit.strip().lower()
    if text in ("", "-"):
        return ()
    text = _UNIT_SYNONYMS.get(text, text)
    words: list[str] = []
    for token in _WORD.findall(text):
        token = _UNIT_SYNONYMS.get(token, token)
        words.extend(singular(part) for part in token.split())
    return tuple(words)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def units_match(gold: GoldQuantity, pred: QuantityLike) -> bool:
    """The unit rule of the module docstring."""
    predicted = unit_words(pred.unit if pred.unit is not None else pred.counted)
    references = [unit_words(gold.unit), unit_words(gold.normalized_unit)]
    if not any(references) or (not references[0] and not predicted):
        return not predicted
    if not predicted:
        return False
    for reference in references:
        if not reference:
            continue
        if (
            predicted == reference
            or _contains(reference, predicted)
            or _contains(predicted, reference)
        ):
            return True
    return False


def concept_words(text: str | None) -> frozenset[str]:
    if text is None:
        return frozenset()
    words = (word.lower() for word in re.split(r"[,\s]+", text))
    return frozenset(singular(w) for w in words if w and w != "-" and w not in _STOP)


def concepts_match(gold: GoldQuantity, pred: QuantityLike) -> bool:
    """Partial concept match: a shared word, or neither side naming a concept."""
    gold_words = concept_words(gold.referred_concepts)
    pred_words = concept_words(pred.counted)
    if not gold_words:
        return not pred_words
    return bool(gold_words & pred_words)


# --------------------------------------------------------------------------- scorer


@dataclass(frozen=True)
class QuantityCounts:
    n_gold: int = 0
    n_pred: int = 0
    value: int = 0
    unit: int = 0
    change: int = 0
    concept: int = 0

    def __add__(self, other: QuantityCounts) -> QuantityCounts:
        return QuantityCounts(
            self.n_gold + other.n_gold,
            self.n_pred + other.n_pred,
            self.value + other.value,
            self.unit + other.unit,
            self.change + other.change,
            self.concept + other.concept,
        )

    def metrics(self) -> dict[str, Score]:
        return {
            "value": Score(self.value, self.n_pred, self.n_gold),
            "value+unit": Score(self.unit, self.n_pred, self.n_gold),
            "value+change": Score(self.change, self.n_pred, self.n_gold),
            "value+concept (partial)": Score(self.concept, self.n_pred, self.n_gold),
        }


METRIC_NAMES = tuple(QuantityCounts().metrics())


def _matched(
    gold: Sequence[GoldQuantity],
    pred: Sequence[QuantityLike],
    extra: Callable[[GoldQuantity, QuantityLike], bool] | None,
) -> int:
    def weight(g: int, p: int) -> float | None:
        if not values_match(gold[g], pred[p]):
            return None
        if extra is not None and not extra(gold[g], pred[p]):
            return None
        return 1.0

    return len(greedy_match(len(gold), len(pred), weight))


def score_sentence(gold: Sequence[GoldQuantity], pred: Sequence[QuantityLike]) -> QuantityCounts:
    """NewsQuant counts for one sentence (rules in the module docstring)."""
    return QuantityCounts(
        n_gold=len(gold),
        n_pred=len(pred),
        value=_matched(gold, pred, None),
        unit=_matched(gold, pred, units_match),
        change=_matched(gold, pred, lambda g, p: change_of(p) == g.change),
        concept=_matched(gold, pred, concepts_match),
    )


def score_corpus(
    pairs: Iterable[tuple[Sequence[GoldQuantity], Sequence[QuantityLike]]],
) -> QuantityCounts:
    result = QuantityCounts()
    for gold, pred in pairs:
        result = result + score_sentence(gold, pred)
    return result


# --------------------------------------------------------------------------- systems


def default_predictor() -> QuantitiesPredictor:
    """newstrace itself: ``newstrace.api.extract_text(sentence).quantities``."""
    from newstrace.api import extract_text

    def predict(sentence: str) -> Sequence[QuantityLike]:
        return extract_text(sentence, published=None, lang="en").quantities

    return predict


_QUANTULUM_NO_UNIT = frozenset({"dimensionless", "unk", ""})


def quantulum_predictor() -> QuantitiesPredictor:
    """The peer: quantulum3 without its classifier (import errors propagate)."""
    from quantulum3 import classifier as quantulum_classifier
    from quantulum3 import parser as quantulum_parser

    def predict(sentence: str) -> Sequence[QuantityLike]:
        previous = quantulum_classifier.USE_CLF
        quantulum_classifier.USE_CLF = False
        try:
            found = quantulum_parser.parse(sentence)
        finally:
            quantulum_classifier.USE_CLF = previous
        predictions: list[QuantityLike] = []
        for item in found:
            value = float(item.value)
            spread = float(item.uncertainty) if item.uncertainty else 0.0
            name = str(item.unit.name).strip()
            start, end = item.span
            predictions.append(
                PredQuantity(
                    low=value - spread,
                    high=value + spread,
                    unit=None if name.lower() in _QUANTULUM_NO_UNIT else name,
                    text=str(item.surface),
                    start=int(start),
                    end=int(end),
                )
            )
        return predictions

    return predict


def run(
    sentences: Sequence[Sentence], predictor: QuantitiesPredictor, timeout: float | None = None
) -> Run[list[PredQuantity]]:
    """Predictions for every sentence, copied into plain :class:`PredQuantity` records."""

    def call(sentence: Sentence) -> list[PredQuantity]:
        return [
            PredQuantity(
                low=q.low,
                high=q.high,
                approximate=q.approximate,
                unit=q.unit,
                counted=q.counted,
                change=q.change,
                text=str(getattr(q, "text", "")),
                start=int(getattr(q, "start", 0)),
                end=int(getattr(q, "end", 0)),
            )
            for q in predictor(sentence.text)
        ]

    return run_predictor(sentences, call, list, timeout)


def evaluate(
    sentences: Sequence[Sentence],
    predictor: QuantitiesPredictor,
    name: str,
    timeout: float | None = None,
) -> SystemResult:
    """Run ``predictor`` on every sentence (``timeout`` s each) and score it."""
    outcome = run(sentences, predictor, timeout)
    counts = score_corpus(
        (sentence.quantities, pred)
        for sentence, pred in zip(sentences, outcome.outputs, strict=True)
    )
    notes: dict[str, float | int | str] = {
        "predictions": counts.n_pred,
        **outcome.notes(),
    }
    return SystemResult(name=name, metrics=counts.metrics(), notes=notes)
