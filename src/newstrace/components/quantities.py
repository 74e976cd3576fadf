"""Quantities as intervals, with their unit and what they count.

"more than 1,000 soldiers" → low 1000, high null, counted 'soldiers'; "up to ten years" →
high 10, unit 'year'; "several hundred" → the language pack's interval, approximate. Numbers
that belong to a date the times component found ("March 4", "2022") are left to it; durations
are both a time and a quantity.

Also: ranges ("from 252 to 287 miles", either direction, even with words between the bounds;
"between 5% and 6%"; "three or four"), fractions ("two-thirds of", "one in five", "1/16 of"),
negatives ("minus 5"), currency codes before the number ("USD10m", "RM2.70"), units stuck or
hyphenated ("10kW", "40-litre"), and a parenthesised conversion keeps the bound of what it
converts ("more than 7.5m crowns ($1.1m)"). Not quantities: bare years, clock times, scores,
ordinals written with digits ("96th"), and digits inside names ("iPhone 11", "787 Dreamliner").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newstrace.components.base import VERSION, doc_text, ensure_extensions, inside, overlaps
from newstrace.lang import LanguagePack, alternation, load_pack
from newstrace.numbers import number_regex, parse_number
from newstrace.records import Quantity, content_id

EXTRACTOR = f"newstrace.quantities@{VERSION}"

_COUNTED_DEPS = {"nummod", "quantmod", "amod", "compound", "nmod", "det"}


@dataclass
class Candidate:
    start: int
    end: int
    low: float | None
    high: float | None
    approximate: bool
    unit: str | None
    vague: bool = False
    kind: str | None = None  # the modifier's bound kind ("low_open", "approx", ...)
    opened: bool = False  # a "from ... to ..." range: the change is the range itself
    plain: bool = False  # bare digits: no currency, unit, scale, modifier or range


# Fraction words that are not ordinals ("half", "a quarter of"); ordinals come from the pack.
_FRACTION_WORDS = {
    "en": {"half": 2, "halves": 2, "quarter": 4, "quarters": 4},
    "fr": {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4},
}
_OF = {"en": r"of\b|the\b", "fr": r"de\b|des\b|du\b|d['’]"}
_OUT_OF = {"en": r"out\s+of|in", "fr": r"sur"}
# Clock times ("4:39", "10.45pm", "5 a.m.") are not quantities.
_CLOCK_AFTER = re.compile(r"(?:\s?(?:[ap]\.?m\b\.?)|:\d\d)", re.IGNORECASE)


class QuantityTagger:
    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.modifiers = {str(k).lower(): str(v) for k, v in pack["quantity_modifiers"].items()}
        self.vague = {
            str(k).lower(): (float(v[0]), float(v[1])) for k, v in pack["vague_quantities"].items()
        }
        self.currencies = {str(k).lower(): str(v) for k, v in pack["currencies"].items()}
        self.units = {str(k).lower(): str(v) for k, v in pack["units"].items()}
        self.scales = {str(k).lower(): float(v) for k, v in pack["scales"].items()}
        self.change_words = {
            word.lower(): direction
            for direction, words in (pack["change_cues"] or {}).items()
            for word in words
        }
        number = number_regex(pack)
        # Abbreviated scales stick to the digits ("$40m", "5bn"); spelled-out ones follow a space.
        long_scales = alternation([s for s in self.scales if len(s) > 2])
        short_scales = alternation([s for s in self.scales if len(s) <= 2])
        # "300 M€", "2 Md€": scales abbreviated before a currency symbol (French)
        self.symbol_scales = {
            str(k).lower(): float(v) for k, v in (pack["symbol_scales"] or {}).items()
        }
        symbol_scaled = (
            rf"|\s?(?:{alternation(self.symbol_scales)})"
            rf"(?=\s?(?:{alternation([c for c in pack['currencies'] if not str(c).isalpha()])}))"
            if self.symbol_scales
            else ""
        )
        scaled = (
            rf"(?:{number})(?:(?:\s*(?:{long_scales})\b)+|(?:{short_scales})\b{symbol_scaled})?"
        )
        keys = [str(k) for k in pack["currencies"]]
        # Symbols and upper-case codes come before the number ("$5", "USD10m", "RM2.70"); codes
        # are matched case-sensitively so that "rm" or "ps" in running text are not currencies.
        symbols = alternation([c for c in keys if not c.isalpha()])
        codes = alternation([c for c in keys if c.isalpha() and c.isupper()])
        prefix = rf"(?:{symbols}|(?-i:{codes}))" if codes else rf"(?:{symbols})"
        # Words after the number: currency words and three-letter codes ("5 euros", "10 USD").
        after_currencies = [
            c for c in keys if c.isalpha() and (c.islower() or (c.isupper() and len(c) == 3))
        ]
        if pack["symbol_after_number"]:
            # French writes the symbol after the amount: "120 €", "3 000 $"
            after_currencies += [c for c in keys if not c.isalpha()]
        words_after = alternation([*after_currencies, *self.units])
        mods = alternation(self.modifiers)
        modifier = rf"(?P<mod>{mods})(?:\s+|(?<=[~≈'’])\s*)"
        range_joiner = r"\s*(?:-|–|—|to|à|and|et|or|ou)\s*"
        unit_after = rf"(?:(?:\s*|-)(?:d'|d’|de\s+)?(?P<{{name}}>{words_after})(?![\w]))"
        self.number_re = re.compile(
            # Never inside a word: the look-behind lets the engine skip most positions fast.
            rf"(?<![^\W\d_])(?:{modifier})?(?P<between>\b(?:between|entre|from|de)\s+)?"
            rf"(?P<minus>minus[\s-]?|moins\s)?"
            rf"(?:(?P<cur>{prefix})\s?(?P<cminus>-)?)?(?P<n1>{scaled})"
            rf"(?:{unit_after.format(name='unit1')}?(?P<joiner>{range_joiner})"
            rf"(?:(?P<cur2>{prefix})\s?)?(?P<n2>{scaled}))?"
            rf"{unit_after.format(name='unit')}?",
            re.IGNORECASE,
        )
        self.vague_re = re.compile(
            rf"(?<!\w)(?:{modifier})?\b(?P<vague>{alternation(self.vague)})(?![\w])",
            re.IGNORECASE,
        )
        code = pack.code
        self.denominators = {
            **{str(k).lower(): float(v) for k, v in (pack["ordinals"] or {}).items()},
            **{f"{str(k).lower()}s": float(v) for k, v in (pack["ordinals"] or {}).items()},
            **_FRACTION_WORDS.get(code, {}),
        }
        self.denominators.pop("first", None)
        self.denominators.pop("second", None)
        self.denominators.pop("seconds", None)
        numerators = alternation(
            [*[k for k in pack["numbers"] if " " not in str(k)], "a", "an", "un", "une"]
        )
        of = _OF.get(code, _OF["en"])
        # "un électeur sur cinq": French puts what is counted between the two numbers
        noun_between = (
            rf"(?:(?!(?:{alternation([*self.scales, *self.units, *pack['numbers']])})\b)"
            r"[^\W\d_]{3,}\s+)?"
            if code == "fr"
            else ""
        )
        out_of = _OUT_OF.get(code, _OUT_OF["en"])
        self.fraction_re = re.compile(
            rf"(?<!\w)(?:{modifier})?\b(?:"
            rf"(?:(?P<fnum>{numerators}|\d+)[\s-]+)?(?P<fden>{alternation(self.denominators)})"
            rf"(?=\s+(?:{of}))"
            rf"|(?P<dnum>\d+)\s*[/⁄]\s*(?P<dden>\d+)(?=\s+(?:{of}))"
            rf"|(?P<onum>{numerators}|\d+)\s+{noun_between}(?:{out_of})\s+(?P<oden>{numerators}|\d+)\b"
            rf"(?!\s+(?:{words_after})\b)"
            rf")(?![\w-])",
            re.IGNORECASE,
        )

    def _value(self, raw: str) -> float | None:
        raw = raw.strip()
        match = re.fullmatch(r"(.*?\d)\s*([a-zA-Z]+)", raw)
        if match and match.group(2).lower() in self.scales:
            base = parse_number(match.group(1), self.pack)
            return None if base is None else base * self.scales[match.group(2).lower()]
        if match and match.group(2).lower() in self.symbol_scales:
            base = parse_number(match.group(1), self.pack)
            return None if base is None else base * self.symbol_scales[match.group(2).lower()]
        return parse_number(raw, self.pack)

    def _from_number(self, m: re.Match[str], text: str) -> Candidate | None:
        low = self._value(m["n1"])
        if low is None:
            return None
        start, end = m.start(), m.end()
        joiner = (m["joiner"] or "").strip().lower()
        opened = (m["between"] or "").strip().lower()
        high: float | None = low
        unit_word = m["unit"]
        if m["n2"]:
            second = self._value(m["n2"])
            # "from 252 to 287 miles" is a range whichever way it goes; "5 to 8" and "three or
            # four" only upwards; "and" only after "between"; "increased by $4bn to $9bn" is an
            # amount and a level, not a range (but "fell by 1 to 1.5 degrees" is one).
            by_before = re.search(r"\bby\s*$", text[max(0, start - 4) : start], re.IGNORECASE)
            if second is None:
                is_range = False
            elif opened in {"from", "de"} and joiner in {"to", "à", "-", "–", "—"}:
                is_range = second != low
            elif opened in {"between", "entre"}:
                is_range = joiner not in {"or", "ou"} and second != low
            else:
                is_range = (
                    second > low
                    and joiner not in {"and", "et"}
                    and not (by_before and joiner == "to" and (m["cur"] or m["unit1"]))
                    and not (joiner in {"or", "ou"} and (m["cur"] or m["cur2"]))
                )
            # "7% to $2.3 billion", "18 sen to RM23.50": two quantities of different units.
            unit1 = self.units.get((m["unit1"] or "").lower()) or self.currencies.get(
                (m["unit1"] or "").lower()
            )
            unit2 = self.units.get((m["unit"] or "").lower()) or self.currencies.get(
                (m["unit"] or "").lower()
            )
            if (unit1 and ((unit2 and unit2 != unit1) or m["cur2"])) or (
                m["cur2"] and m["cur"] and self._currency(m["cur2"]) != self._currency(m["cur"])
            ):
                is_range = False
            if is_range and second is not None:
                # "3 to 5 million": the scale of the second number applies to the first, unless
                # that would put the first above the second ("$200 to $4 million").
                scale_word = re.search(r"([a-zA-Z]+)$", m["n2"])
                if (
                    low < 1000 <= second
                    and not re.search(r"[a-zA-Z]", m["n1"])
                    and scale_word
                    and scale_word.group(1).lower() in self.scales
                ):
                    scaled_low = low * self.scales[scale_word.group(1).lower()]
                    if scaled_low <= second:
                        low = scaled_low
                low, high = min(low, second), max(low, second)
                unit_word = unit_word or m["unit1"]
            else:
                end = m.end("unit1") if m["unit1"] else m.end("n1")
                unit_word = m["unit1"]
                if joiner in {"-", "–", "—"} and second is not None and not m["unit1"]:
                    return None  # "89-89", "2-0": a score or a code, not a quantity
        modifier = (m["mod"] or "").lower()
        if opened and not (m["n2"] and high != low):
            # "from 5": the opener and any modifier before it are not part of the quantity.
            first = "minus" if m["minus"] else "cur" if m["cur"] else "n1"
            start, modifier = m.start(first), ""
        if m["minus"] or m["cminus"]:
            low, high = -low, -high if high is not None else None
            low, high = (high, low) if high is not None and high < low else (low, high)
        unit = None
        currency = m["cur"] or (m["cur2"] if high != low else None)
        if currency is None and unit_word and unit_word.lower() in self.currencies:
            currency = unit_word
        if (
            m["cur"]
            and m["cur"].isalpha()
            and len(m["cur"]) < 3
            and re.fullmatch(r"\d+", m["n1"])
            and high == low
        ):
            return None  # "PS5", "RM3": a model or a code; "PS4.5m", "RM2.70" are amounts
        if currency:
            unit = self._currency(currency)
        elif unit_word and end >= m.start("unit" if unit_word == m["unit"] else "unit1"):
            unit = self.units.get(unit_word.lower())
        n1 = m["n1"]
        # "37m" without a currency: metres, unless a plural noun follows ("5m people").
        if (
            currency is None
            and unit is None
            and n1.endswith("m")
            and n1[:-1].strip()[-1:].isdigit()
            and not re.match(r"\s+[a-z]+s\b|\s+of\b", text[m.end("n1") :])
        ):
            low, high = self._value(n1[:-1]), self._value(n1[:-1])
            if m["n2"] and high is not None and low is not None:
                low = min(low, self._value(m["n2"]) or low)
                high = max(high, self._value(m["n2"]) or high)
            unit = "m"  # the SI symbol, the same in every language
        approximate = False
        low_bound: float | None = low
        high_bound: float | None = high
        kind = self.modifiers.get(modifier)
        if high != low and kind not in {"approx", "approx_below", "approx_above"}:
            kind = None  # "from up to 252 miles to 287 miles": the range sets both bounds
        if kind in {"low_open", "low"}:
            high_bound = None
        elif kind in {"high", "high_open"}:
            low_bound = None
            high_bound = high
        elif kind in {"approx", "approx_below", "approx_above"}:
            approximate = True
        plain = (
            not kind
            and not currency
            and unit is None
            and not m["minus"]
            and re.fullmatch(r"\d+", n1) is not None
            and (high == low or re.fullmatch(r"\d+", m["n2"] or "") is not None)
        )
        opened_range = opened in {"from", "de"} and high != low
        return Candidate(
            start,
            end,
            low_bound,
            high_bound,
            approximate,
            unit,
            kind=kind,
            plain=plain,
            opened=opened_range,
        )

    def _currency(self, written: str) -> str | None:
        return self.currencies.get(written.lower()) or self.currencies.get(
            written.replace(" ", "").lower()
        )

    def _from_vague(self, m: re.Match[str]) -> Candidate:
        low, high = self.vague[m["vague"].lower()]
        kind = self.modifiers.get((m["mod"] or "").lower())
        start = m.start() if kind else m.start("vague")
        end = m.end()
        # "a handful of", "a number of": the "of" belongs to what is counted, not the span.
        trailing = re.search(r"\s+(?:of|de|d')$", m["vague"], re.IGNORECASE)
        if trailing:
            end -= len(trailing.group(0))
        low_bound: float | None = low
        high_bound: float | None = high
        if kind in {"low_open", "low"}:
            high_bound = None
        elif kind in {"high", "high_open"}:
            low_bound = None
        return Candidate(start, end, low_bound, high_bound, True, None, vague=True, kind=kind)

    def _fraction_part(self, word: str | None, default: float | None) -> float | None:
        if word is None:
            return default
        word = word.lower()
        if word in {"a", "an", "un", "une"}:
            return 1.0
        return parse_number(word, self.pack)

    def _from_fraction(self, m: re.Match[str]) -> Candidate | None:
        """ "two-thirds of", "half of", "1/16 of", "one out of three": a share, as a number."""
        if m["fden"]:
            if m["fnum"] is None and m["fden"].lower() not in _FRACTION_WORDS.get(
                self.pack.code, {}
            ):
                return None  # "the third of ...": an ordinal
            numerator = self._fraction_part(m["fnum"], 1.0)
            denominator: float | None = self.denominators.get(m["fden"].lower())
            start = m.start("fnum") if m["fnum"] else m.start("fden")
        elif m["dnum"]:
            numerator, denominator = float(m["dnum"]), float(m["dden"])
            start = m.start("dnum")
        else:
            numerator = self._fraction_part(m["onum"], None)
            denominator = self._fraction_part(m["oden"], None)
            start = m.start("onum")
        if numerator is None or not denominator or numerator > denominator:
            return None
        value = numerator / denominator
        kind = self.modifiers.get((m["mod"] or "").lower())
        if kind:
            start = m.start()
        low: float | None = value
        high: float | None = value
        if kind in {"low_open", "low"}:
            high = None
        elif kind in {"high", "high_open"}:
            low = None
        approximate = kind in {"approx", "approx_below", "approx_above"}
        return Candidate(start, m.end(), low, high, approximate, None, kind=kind)

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
        candidates: list[Candidate] = []
        position = 0
        while (m := self.number_re.search(text, position)) is not None:
            # A match that is not one range ("7% to $2.3 billion") is cut after its first
            # number, and the search resumes there so that the second is found on its own.
            position = max(m.end("n1"), m.start() + 1)
            before = text[max(0, m.start() - 1) : m.start()]
            if before and (before.isalpha() or before in "-/#_" or before.isdigit()):
                continue
            if before == "." and m.start() >= 2 and text[m.start() - 2].isdigit():
                continue
            if text[m.end() : m.end() + 1].isalpha() or text[m.end() : m.end() + 1] in "×⁄":
                continue  # "96th", "5G", "Model 3s", "1.99×10": not a count
            if _CLOCK_AFTER.match(text, m.end("n1")) or (
                before == ":" and m.start() >= 2 and text[m.start() - 2].isdigit()
            ):
                continue
            candidate = self._from_number(m, text)
            if candidate is None:
                continue
            position = max(candidate.end, m.start() + 1)
            if (
                candidate.plain
                and candidate.low == candidate.high
                and _looks_like_year(text[m.start("n1") : m.end("n1")])
            ):
                continue
            if (
                m["n2"]
                and candidate.high != candidate.low
                and not candidate.unit
                and not candidate.kind
                and _looks_like_year(m["n1"])
                and _looks_like_year(m["n2"])
            ):
                continue  # "between 1600 and 1900": a period
            candidates.append(candidate)
        candidates.extend(self._from_vague(m) for m in self.vague_re.finditer(text))
        for m in self.fraction_re.finditer(text):
            fraction = self._from_fraction(m)
            if fraction is not None:
                candidates.append(fraction)
        chosen: list[Candidate] = []
        for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
            if any(
                overlaps(candidate.start, candidate.end, s, e)
                and not inside(s, e, candidate.start, candidate.end)
                and not (candidate.unit and candidate.end > e)  # "The 1520 sq m": not a date
                for s, e in blocked
            ):
                continue
            if any(inside(candidate.start, candidate.end, s, e) for s, e in blocked):
                continue
            if not any(overlaps(candidate.start, candidate.end, c.start, c.end) for c in chosen):
                chosen.append(candidate)
        return _join_from_to(text, sorted(chosen, key=lambda c: c.start))


_FROM_BEFORE = re.compile(r"\b(?:from|de)\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b(?:to|à)\s+$", re.IGNORECASE)


def _join_from_to(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "from $75 a barrel in October to $45.88": one range whose bounds have words between."""
    joined: list[Candidate] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is not None
            and second.start - first.end <= 45
            and not first.kind
            and not second.kind
            and first.low is not None
            and first.low == first.high
            and second.low is not None
            and second.low == second.high
            and second.low != first.low
            and (first.unit is None or second.unit is None or first.unit == second.unit)
            and _FROM_BEFORE.search(text, max(0, first.start - 6), first.start)
            and _TO_BEFORE.search(text, max(0, second.start - 4), second.start)
        ):
            low, high = sorted((first.low, second.low))
            unit = first.unit or second.unit
            joined.append(Candidate(first.start, second.end, low, high, False, unit, opened=True))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _looks_like_year(digits: str) -> bool:
    """Four bare digits that read as a year ("2018", "1600"), not as a count."""
    return re.fullmatch(r"1[5-9]\d\d|20\d\d|2100", digits.strip()) is not None


def _token_span(doc: Doc, starts: list[int], start: int, end: int) -> Span | None:
    """The tokens overlapping ``[start, end)`` (``char_span(..., "expand")`` by bisection)."""
    first = bisect_right(starts, start) - 1
    if first < 0:
        first = 0
    elif doc[first].idx + len(doc[first]) <= start:
        first += 1
    last = bisect_left(starts, end)
    return doc[first:last] if first < last else None


def _noun_phrase(token: Token, start_char: int) -> str:
    """The noun with its left modifiers that follow the quantity: 'KGB agents'."""
    left = [
        t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.idx >= start_char
    ]
    first = min([token, *left], key=lambda t: t.i)
    return token.doc[first.i : token.i + 1].text


def counted_noun(
    doc: Doc,
    start: int,
    end: int,
    unit: str | None,
    span: Span | None = None,
    number_words: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None]:
    """What the quantity counts and a unit after it: ('soldiers', None), ('prison', 'year').
    ``number_words`` (the pack's number and scale words) are never what is counted."""
    if span is None:
        span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, unit
    last = span[-1]
    # "hundreds of soldiers", "40 percent of voters", "des centaines de soldats" (UD: nmod + case)
    for token in (last, *reversed(span)):
        for child in token.children:
            if (
                child.dep_ == "nmod"
                and child.i >= span.end
                and any(
                    c.dep_ == "case" and c.lower_ in {"de", "d'", "des", "of"}
                    for c in child.children
                )
            ):
                if child.pos_ == "PRON":
                    return None, unit  # "plus de 1 000 d'entre eux"
                return _noun_phrase(child, child.idx), unit
        for child in token.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in {"of", "de", "d'", "des"}
                and child.i >= span.end
            ):
                objects = [c for c in child.children if c.dep_ in {"pobj", "obj", "nmod"}]
                if objects:
                    return _noun_phrase(objects[0], child.idx), unit
    head = last.head
    if last.dep_ in _COUNTED_DEPS and head.i >= span.end and head.pos_ in {"NOUN", "PROPN"}:
        if unit is None and head.lower_ in _UNIT_NOUNS:
            return None, head.lemma_
        return _noun_phrase(head, end), unit
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.pos_ == "PRON":
        return None, unit
    if following is not None and following.pos_ == "NOUN":
        return _noun_phrase(following, end), unit
    if (
        following is not None
        and following.pos_ == "ADJ"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].pos_ == "NOUN"
    ):
        return doc[span.end : span.end + 2].text, unit

    def number_like(token: Token) -> bool:
        parts = [p for p in re.split(r"[\s-]+", token.lower_) if p and p != "et"]
        return token.like_num or (bool(parts) and all(p in number_words for p in parts))

    if (
        following is not None
        and following.pos_ == "ADJ"
        and span.start <= following.head.i < span.end
        and number_like(last)
    ):
        return following.text, unit  # "Trente-deux civils", the number parsed as the noun
    for token in span:
        if token.pos_ == "NOUN" and token.lower_ not in _QUANTITY_WORDS and not number_like(token):
            return token.text, unit
    return None, unit


_UNIT_NOUNS = {"years", "year", "months", "month", "days", "day", "weeks", "week", "hours"}
_QUANTITY_WORDS = {
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "billions",
    "handful",
    "number",
    "percent",
    # French
    "centaines",
    "milliers",
    "dizaines",
    "milliards",
    "poignée",
    "huitaine",
    "dizaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "millier",
}


class QuantitiesComponent:
    """spaCy component: writes ``doc._.quantities`` (list of Quantity)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.pack = pack
        self.tagger = QuantityTagger(pack)
        self.age_units = pack.words("age_units")
        self.number_words = frozenset(
            str(k).lower() for k in [*pack["numbers"], *pack["scales"]] if " " not in str(k)
        )

    def __call__(self, doc: Doc) -> Doc:
        times = doc._.times or []
        # Dates own their numbers; durations and offsets ("two years later") are quantities too.
        blocked = [(t.start, t.end) for t in times if t.type != "duration" and not t.offset]
        records = []
        change_words = self.tagger.change_words
        text = doc_text(doc)
        candidates = self.tagger.find(text, blocked)
        # a clock time is never part of a quantity: "at approximately 2100", "from 1710 to 2250"
        clocks = [(t.start, t.end) for t in times if t.type == "time"]
        if clocks:
            candidates = [
                c for c in candidates if not any(overlaps(c.start, c.end, s, e) for s, e in clocks)
            ]
        # Token start offsets in one array call: bisection then replaces doc.char_span.
        starts: list[int] = doc.to_array("IDX").tolist() if candidates else []
        previous: Candidate | None = None
        for candidate in candidates:
            span = _token_span(doc, starts, candidate.start, candidate.end)
            if span is None:
                continue
            if candidate.plain and _name_part(span):
                continue  # "iPhone 11", "Game 7", "787 Dreamliner", "575 Wilbraham Road"
            counted, unit = counted_noun(
                doc, candidate.start, candidate.end, candidate.unit, span, self.number_words
            )
            if (candidate.plain or unit == "year") and _age_of_a_person(span, self.age_units):
                counted, unit = "age", "year"  # "Sergei Kobrin, 54,", "Anatoli Rybine, 51 ans,"
            quantity_text = text[candidate.start : candidate.end]
            lowered = quantity_text.lower()
            if lowered in {"un", "une"} or (
                lowered == "one"
                and (counted is None and _PRONOUN_OF.match(text, candidate.end) is None)
            ):
                continue  # "un soldat", "one day": an article, not a count
            if lowered == "one" and _PRONOUN_OF.match(text, candidate.end):
                continue  # "one of them": a pronoun
            if previous is not None and _conversion(text, previous, candidate):
                # "more than 7.5 million crowns (US $1.1 million)": the same bound, converted.
                candidate = _inherit(candidate, previous)
            previous = candidate
            change = None if candidate.opened else self._change(text, candidate.start, change_words)
            records.append(
                Quantity(
                    id=content_id(
                        "quantity", doc._.article_id, candidate.start, candidate.end, quantity_text
                    ),
                    text=quantity_text,
                    start=candidate.start,
                    end=candidate.end,
                    low=candidate.low,
                    high=candidate.high,
                    approximate=candidate.approximate,
                    unit=unit,
                    counted=counted,
                    change=change,
                    extractor=EXTRACTOR,
                    confidence=0.7 if candidate.vague else 0.9,
                )
            )
        doc._.quantities = records
        return doc

    @staticmethod
    def _change(text: str, start: int, change_words: dict[str, str]) -> str | None:
        """``up``/``down`` from a cue among the three words before ("rose 5%", "+0.2%"); a level
        stated with "at" after the change ("up 19 cents at $58.24") is not itself a change."""
        if text[max(0, start - 1) : start] == "+":
            return change_words.get("+")
        window = _WORD_RE.findall(text[max(0, start - 30) : start].lower())
        last = window[-3:]
        for index in range(len(last) - 1, -1, -1):
            word = last[index]
            if word in _LEVEL_WORDS:
                # "a chuté à 2 000 tonnes": the level a change reached ("fell to"), not "at"
                if word == "à" and index and last[index - 1] in change_words:
                    return change_words[last[index - 1]]
                return None
            if word in change_words:
                return change_words[word]
        return None


_WORD_RE = re.compile(r"[^\W\d_]+")
_LEVEL_WORDS = {"at", "à"}
_PRONOUN_OF = re.compile(
    r"\s+(?:of|d[e'’])\s*(?:them|us|you|those|these|which|whom|eux|elles|nous|vous)\b",
    re.IGNORECASE,
)


def _age_of_a_person(span: Span, age_units: frozenset[str]) -> bool:
    """A bare number set off by commas or brackets right after a person's name, optionally
    with its unit of years: an age, not a count ("Kobrin, 54, was detained")."""
    doc = span.doc
    first, last = span[0], span[-1]
    if first.i < 2 or doc[first.i - 1].text not in {",", "("}:
        return False
    name = doc[first.i - 2]
    if name.ent_type_ != "PER" and name.ent_type_ != "PERSON":
        return False
    after = last.i + 1
    if after < len(doc) and doc[after].lower_ in age_units:
        after += 1
    return after >= len(doc) or doc[after].text in {",", ")", ".", ";"}


def _name_part(span: Span) -> bool:
    """Bare digits inside a name: after a proper noun ("Game 7", "iPhone 11", "FTSE 100") or
    before a singular one ("787 Dreamliner", "575 Wilbraham Road")."""
    doc = span.doc
    first, last = span[0], span[-1]
    if first.i > 0:
        prev = doc[first.i - 1]
        capital = prev.text[:1].isupper() or any(c.isupper() for c in prev.text[1:])
        if ((capital and prev.is_alpha) or "&" in prev.text) and (
            prev.pos_ == "PROPN" or not prev.is_sent_start
        ):
            return True
    if last.i + 1 < len(doc):
        following = doc[last.i + 1]
        if (
            following.pos_ == "PROPN"
            and following.text[:1].isupper()
            and not following.text.endswith("s")
            and following.ent_type_ not in {"NORP", "GPE"}
        ):
            # "150 KGB agents": the proper noun modifies a plural noun that is counted.
            after = following.i + 1
            while after < len(doc) and doc[after].pos_ == "PROPN":
                after += 1
            return not (after < len(doc) and doc[after].tag_ in {"NNS", "NNPS"})
    return False


def _conversion(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """``candidate`` restates ``previous`` in parentheses: "7.5 million crowns (US $1.1m)"."""
    between = text[previous.end : candidate.start]
    if len(between) > 40 or not previous.kind or candidate.kind:
        return False
    opened = between.rfind("(")
    return opened >= 0 and ")" not in between[opened:] and not any(c.isdigit() for c in between)


def _inherit(candidate: Candidate, previous: Candidate) -> Candidate:
    value = candidate.low if candidate.low is not None else candidate.high
    low: float | None = value
    high: float | None = value
    if previous.kind in {"low_open", "low"}:
        high = None
    elif previous.kind in {"high", "high_open"}:
        low = None
    approximate = previous.approximate and low == high
    return Candidate(
        candidate.start, candidate.end, low, high, approximate, candidate.unit, kind=previous.kind
    )


@Language.factory(
    "newstrace_quantities",
    default_config={"lang": None},
    requires=["doc._.times", "token.dep", "token.pos"],
    assigns=["doc._.quantities"],
)
def make_quantities(nlp: Language, name: str, lang: str | None) -> QuantitiesComponent:
    ensure_extensions()
    return QuantitiesComponent(nlp, name, load_pack(lang or nlp.lang))
