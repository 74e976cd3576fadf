"""Quantities as intervals, with their unit and what they count.

"more than 1,000 soldiers" → low 1000, high null, counted 'soldiers'; "up to ten years" →
high 10, unit 'year'; "several hundred" → the language pack's interval, approximate. Numbers
that belong to a date the times component found ("March 4", "2022") are left to it; durations
are both a time and a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components.base import VERSION, ensure_extensions, inside, overlaps
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
        scaled = rf"(?:{number})(?:\s*(?:{long_scales})\b|(?:{short_scales})\b)?"
        symbols = alternation([c for c in self.currencies if not c.isalpha()])
        words_after = alternation([*[c for c in self.currencies if c.isalpha()], *self.units])
        modifier = rf"(?P<mod>{alternation(self.modifiers)})\s+"
        range_joiner = r"\s*(?:-|–|—|to|à|and|et)\s*"
        self.number_re = re.compile(
            rf"(?:{modifier})?(?:between\s+|entre\s+|from\s+)?"
            rf"(?:(?P<cur>{symbols})\s?)?(?P<n1>{scaled})"
            rf"(?:(?P<joiner>{range_joiner})(?:(?P<cur2>{symbols})\s?)?(?P<n2>{scaled}))?"
            rf"(?:\s*(?:d'|d’|de\s+)?(?P<unit>{words_after})(?![\w]))?",
            re.IGNORECASE,
        )
        self.vague_re = re.compile(
            rf"(?:{modifier})?\b(?P<vague>{alternation(self.vague)})(?![\w])", re.IGNORECASE
        )

    def _value(self, raw: str) -> float | None:
        raw = raw.strip()
        match = re.fullmatch(r"(.*?\d)\s*([a-zA-Z]+)", raw)
        if match and match.group(2).lower() in self.scales:
            base = parse_number(match.group(1), self.pack)
            return None if base is None else base * self.scales[match.group(2).lower()]
        return parse_number(raw, self.pack)

    def _from_number(self, m: re.Match[str], text: str) -> Candidate | None:
        low = self._value(m["n1"])
        if low is None:
            return None
        start, end = m.start(), m.end()
        joiner = (m["joiner"] or "").strip().lower()
        opened_with_between = re.match(
            r"(between|entre|from)\b",
            text[start + len(m["mod"] or "") if m["mod"] else start :],
            re.IGNORECASE,
        )
        high: float | None = low
        if m["n2"]:
            second = self._value(m["n2"])
            is_range = (
                second is not None
                and second > low
                and (joiner not in {"and", "et"} or opened_with_between)
            )
            if is_range:
                high = second
                # "3 to 5 million": the scale of the second number applies to the first.
                if (
                    second is not None
                    and low < 1000 <= second
                    and not re.search(r"[a-z]", m["n1"], re.I)
                ):
                    scale_word = re.search(r"([a-zA-Z]+)$", m["n2"])
                    if scale_word and scale_word.group(1).lower() in self.scales:
                        low *= self.scales[scale_word.group(1).lower()]
            else:
                end = m.end("n1")
        elif opened_with_between:
            start = m.start("cur") if m["cur"] else m.start("n1")
        unit = None
        currency = m["cur"] or (
            m["unit"] if m["unit"] and m["unit"].lower() in self.currencies else None
        )
        if currency:
            unit = self.currencies[currency.lower()]
        elif m["unit"] and end >= m.end("unit"):
            unit = self.units.get(m["unit"].lower())
        approximate = False
        low_bound: float | None = low
        high_bound: float | None = high
        modifier = (m["mod"] or "").lower()
        kind = self.modifiers.get(modifier)
        if kind in {"low_open", "low"}:
            high_bound = None
        elif kind in {"high", "high_open"}:
            low_bound = None
            high_bound = high
        elif kind in {"approx", "approx_below", "approx_above"}:
            approximate = True
        return Candidate(start, end, low_bound, high_bound, approximate, unit)

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
        return Candidate(start, end, low_bound, high_bound, True, None, vague=True)

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
        candidates: list[Candidate] = []
        for m in self.number_re.finditer(text):
            before = text[max(0, m.start() - 1) : m.start()]
            if before and (before.isalpha() or before in "-/#"):
                continue
            candidate = self._from_number(m, text)
            if candidate is not None:
                candidates.append(candidate)
        candidates.extend(self._from_vague(m) for m in self.vague_re.finditer(text))
        chosen: list[Candidate] = []
        for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
            if any(
                overlaps(candidate.start, candidate.end, s, e)
                and not inside(s, e, candidate.start, candidate.end)
                for s, e in blocked
            ):
                continue
            if any(inside(candidate.start, candidate.end, s, e) for s, e in blocked):
                continue
            if not any(overlaps(candidate.start, candidate.end, c.start, c.end) for c in chosen):
                chosen.append(candidate)
        return sorted(chosen, key=lambda c: c.start)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _noun_phrase(token: Token, start_char: int) -> str:
    """The noun with its left modifiers that follow the quantity: 'KGB agents'."""
    left = [
        t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.idx >= start_char
    ]
    first = min([token, *left], key=lambda t: t.i)
    return token.doc[first.i : token.i + 1].text


def counted_noun(doc: Doc, start: int, end: int, unit: str | None) -> tuple[str | None, str | None]:
    """What the quantity counts and a unit after it: ('soldiers', None), ('prison', 'year')."""
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
    for token in span:
        if token.pos_ == "NOUN" and token.lower_ not in _QUANTITY_WORDS:
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
}


class QuantitiesComponent:
    """spaCy component: writes ``doc._.quantities`` (list of Quantity)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.pack = pack
        self.tagger = QuantityTagger(pack)

    def __call__(self, doc: Doc) -> Doc:
        times = doc._.times or []
        blocked = [(t.start, t.end) for t in times if t.type != "duration"]
        records = []
        change_words = self.tagger.change_words
        for candidate in self.tagger.find(doc.text, blocked):
            counted, unit = counted_noun(doc, candidate.start, candidate.end, candidate.unit)
            text = doc.text[candidate.start : candidate.end]
            if text.lower() in {"un", "une"} or (
                text.lower() == "one"
                and (counted is None or re.match(r"\s+of\b", doc.text[candidate.end :]))
            ):
                continue  # "one of them", "un soldat": a pronoun or an article, not a count
            window = doc.text[max(0, candidate.start - 25) : candidate.start].lower().split()
            change = next(
                (change_words[w] for w in reversed(window[-3:]) if w in change_words), None
            )
            records.append(
                Quantity(
                    id=content_id(
                        "quantity", doc._.article_id, candidate.start, candidate.end, text
                    ),
                    text=text,
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


@Language.factory(
    "newstrace_quantities",
    default_config={"lang": None},
    requires=["doc._.times", "token.dep", "token.pos"],
    assigns=["doc._.quantities"],
)
def make_quantities(nlp: Language, name: str, lang: str | None) -> QuantitiesComponent:
    ensure_extensions()
    return QuantitiesComponent(nlp, name, load_pack(lang or nlp.lang))
