"""Reading numbers written with digits or words ("1,000", "2.5", "twenty-five", "mille")."""

from __future__ import annotations

import re
from functools import cache

from newstrace.lang import LanguagePack, alternation

# Thousands separators differ: "1,000.5" in English, "1 000,5" or "1.000,5" in French.
_DIGITS = {
    "en": r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d])",
    "fr": r"(?<![\d.,])(?:\d{1,3}(?:[\u202f\u00a0 .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])",
}


@cache
def number_regex(pack: LanguagePack) -> str:
    """A regex (no groups) for one number: digits, or number words joined by hyphens/'and'."""
    # Abbreviated scales ("m", "bn") only count stuck to digits, never as a number on their own.
    long_scales = [s for s in pack["scales"] if len(str(s)) > 2]
    words = alternation([*pack["numbers"].keys(), *long_scales])
    word_number = rf"(?:{words})(?:(?:[\s-]|\s+(?:and|et)\s+)(?:{words}))*"
    return rf"(?:{_DIGITS[pack.code]}|(?<![\w-])(?:{word_number})(?![\w-]))"


def _parse_digits(text: str, decimal_comma: bool) -> float:
    cleaned = text.replace("\u202f", " ").replace("\u00a0", " ")
    if decimal_comma:
        # French: "1 000,5" — spaces and dots group thousands, the comma is the decimal mark.
        cleaned = cleaned.replace(" ", "").replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "").replace(" ", "")
    return float(cleaned)


@cache
def _word_values(pack: LanguagePack) -> tuple[dict[str, float], dict[str, float]]:
    """The pack's number words and scales, lower-cased (built once per pack)."""
    numbers = {str(k).lower(): float(v) for k, v in pack["numbers"].items()}
    scales = {str(k).lower(): float(v) for k, v in pack["scales"].items()}
    return numbers, scales


def parse_number(text: str, pack: LanguagePack) -> float | None:
    """The value of a number written in digits or words; None when it is not one."""
    text = text.strip().lower()
    if not text:
        return None
    if text[0] == "." and text[1:2].isdigit():
        text = "0" + text
    if text[0].isdigit():
        head, _, rest = text.partition(" ")
        if rest and head[-1].isdigit() and rest[0].isalpha():
            base, scale = parse_number(head, pack), parse_number(rest, pack)
            return base * scale if base is not None and scale is not None else None
        decimal_comma = pack.code == "fr" or bool(re.fullmatch(r"\d+,\d{1,2}", text))
        try:
            return _parse_digits(text, decimal_comma)
        except ValueError:
            return None
    numbers, scales = _word_values(pack)
    if text in numbers:
        return numbers[text]
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t not in {"and", "et"}]
    total, current, seen = 0.0, 0.0, False
    index = 0
    while index < len(tokens):
        # Multi-word entries ("a dozen", "half a dozen", French "quatre-vingt-dix") are looked
        # up before single words, the longest first: "quatre-vingt-dix-sept" is 90 + 7.
        for size in (3, 2):
            group = tokens[index : index + size]
            if len(group) < size:
                continue
            entry = next((j.join(group) for j in ("-", " ") if j.join(group) in numbers), None)
            if entry is not None:
                current += numbers[entry]
                index += size
                seen = True
                break
        else:
            entry = None
        if entry is not None:
            continue
        token = tokens[index]
        if token in numbers:
            current += numbers[token]
        elif token in scales:
            scale = scales[token]
            if scale == 100:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
        index += 1
    return total + current if seen else None


def format_number(value: float) -> str:
    """TIMEX3 style: '10' rather than '10.0'."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
