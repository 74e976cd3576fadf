"""Time expressions: find them and give each a TIMEX3 type and value.

Values are normalized against the publication date (``doc._.published``) and, for times such
as "ten days after the start of the invasion", against the date of the anchor event when the
article dates it ("On February 24, ... invaded"). An anchor the article does not date is kept as
an unresolved offset (``value`` 'XXXX-XX-XX', ``offset`` '+P10D', ``anchor_text``): never guessed
from the publication date.

Values and extents follow TimeML (TempEval-3): "now" is PRESENT_REF, "the past year" keeps its
article, "two-year" is P2Y, "daily" a set, "the past three summers" a set of summers, "a day
earlier" (as "three days later") a duration, "for the week" an unnumbered week of the year
('1989-WXX') and "the previous Friday" the Friday before the day the text is on. In a text
about a quarter's results, "the quarter", "this quarter", "the year-ago period", "a year
earlier" and "compared with $3 million last year" take the quarter the text reports on: the last
one it named that is over (or reported in the past tense), not one it looks ahead to ("a
fourth-quarter charge") or names in passing ("after a flat second quarter"); after "the first
nine months" they are years. A date without a year takes the nearest such date, unless the
clause's tense points the other way (a perfect, or a participle clause hanging on a past verb,
speaks of the past).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components.base import VERSION, doc_text, ensure_extensions, overlaps
from newstrace.lang import LanguagePack, alternation, load_pack
from newstrace.numbers import format_number, number_regex, parse_number
from newstrace.records import TimeExpr, content_id

EXTRACTOR = f"newstrace.times@{VERSION}"


@dataclass(frozen=True)
class Found:
    """A time expression before it becomes a record; ``priority`` breaks overlap ties."""

    start: int
    end: int
    type: str
    value: str
    granularity: str
    anchor: str
    priority: int = 0
    anchor_text: str | None = None
    offset: str | None = None
    anchor_head: str | None = None
    shift_years: int | None = None  # value relative to the quarter under discussion
    fixed_start: bool = False  # words before it are not part of it ("the [two-year] plan")
    day_part: str | None = None  # "the next morning": MO, added once the day is known
    topical: bool = True  # a quarter the text reports on, not one it looks ahead to or aside at
    # "the previous Friday": (weekday, -1 or +1) from the last day the text dated before it
    weekday_step: tuple[int, int] | None = None
    # a clock time that names no day ("at 10 p.m."): it takes the day written beside it
    free_day: bool = False


Handler = Callable[[re.Match[str], "Context"], Found | list[Found] | None]
# (pattern with IGNORECASE, the same for lower-cased text, handler, priority, prefix looked up
# behind a match and added to it, words one of which every match holds: a pattern is not run
# on a text that has none of them; None when there are no such words)
CompiledSpec = tuple[
    re.Pattern[str], re.Pattern[str], Handler, int, re.Pattern[str] | None, tuple[str, ...] | None
]
Spec = (
    tuple[str, Handler, int]
    | tuple[str, Handler, int, re.Pattern[str] | None]
    | tuple[str, Handler, int, re.Pattern[str] | None, tuple[str, ...]]
)

# Words before "a year" that make it a duration rather than a rate ("in a year").
_RATE_BLOCKERS = frozenset(
    {"in", "within", "for", "over", "about", "than", "after", "before", "nearly", "almost", "by"}
)

_DAY_PARTS = {
    "morning": "MO",
    "matin": "MO",
    "afternoon": "AF",
    "après-midi": "AF",
    "evening": "EV",
    "soir": "EV",
    "night": "NI",
    "nuit": "NI",
}
# the words for a part of the day, which never name a participant ("a limogé dimanche soir le
# chef")
DAY_PART_WORDS = frozenset(_DAY_PARTS) | {"midi"}

# What stands before the day in "later that day", "the same day", "the next morning",
# "(later) in the afternoon".
_DISCOURSE_LEAD = re.compile(
    r"(?:\b(?:earlier|later)\s+(?:that|the\s+same)|\b(?:the|that)\s+same"
    r"|\bthe\s+(?P<dshift>next|following|previous)"
    r"|(?P<later>\blater\s+)?\bin\s+(?P<inthe>the))$",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "as soon as", "soon after the vote": "soon" as a signal, not a time of its own.
_SOON_SIGNAL_BEFORE = re.compile(r"\b(?:as|how|so|too)\s+$", re.IGNORECASE)
_SOON_SIGNAL_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter|as|enough)\b", re.IGNORECASE)
# "today's youth", "in today's world": the present age, which TimeBank leaves untagged.
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|youth|society|generations?|standards|children|young|kids)\b", re.IGNORECASE
)
# "the people of [tomorrow]", "the cars of [today]": an age, not a day ("the end of today" is one).
_GENERIC_OF = re.compile(
    r"\b(?!(?:morning|afternoon|evening|night|end|start|beginning|middle|rest|close|course"
    r"|part|events|news|results?)\b)[a-z]+\s+of\s+$"
)
# "until Tuesday", "as early as Tuesday": a day still ahead.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|effective|as\s+early\s+as|as\s+soon\s+as|jusqu['’]à|d['’]ici(?:\s+à)?)\s+$"
)
# Holidays by (month, day) or (month, weekday, nth[, days after]): "Thanksgiving" is November's
# 4th Thursday; the US "Election Day" the Tuesday after November's first Monday.
_HOLIDAYS: dict[str, tuple[int, ...]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "election day": (11, 0, 1, 1),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "noël": (12, 25),
}


def _holiday_date(year: int, rule: tuple[int, ...]) -> date:
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, nth, *after = rule
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1) + sum(after))


# "a flat second quarter": an indefinite article (and at most one adjective) before a quarter.
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# Spans of a year's first months that results are also given for ("the first nine months").
_PART_YEAR_SPANS = frozenset({"P6M", "P9M"})
# An amount just before "last year" ("$3 million last year") or after "last year's".
_AMOUNT_BEFORE = re.compile(
    r"(?:[$#£€]\s?[\d.,]+(?:\s+(?:million|billion|thousand))?|\d\s*%|\bcents?"
    r"|\ba\s+share),?\s+$",
    re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(r"['’]s\s+(?:[$#£€]|results\b)", re.IGNORECASE)
# "the nineties": decades said in words (English), by their tens digit.
_SPELLED_DECADES = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
# "Monday and [Tuesday nights]": the first day of a pair whose day part comes after the second.
_WEEKDAY_AND = re.compile(r"\b(?P<weekday>[A-Z][a-z]+day)\s+(?:and|or|&)\s+$")
# A parenthesis after a clock time that gives or precedes its day: "10:35 a.m. (0735 GMT)
# Friday", "4 in the morning (4 a.m. EDT Thursday)".
_PAREN_AFTER = re.compile(
    r"\s*\((?P<inside>[^()\n]{1,40})\)(?:,?\s+(?:on\s+)?(?P<after>[A-Z][a-z]+))?"
)
# Words after "one day" that make it a length or an offset: "one day later", "one day of talks".
_AFTER_ONE_DAY = re.compile(
    r"\s*(?:later|earlier|after|before|of|in|to|ago|long|or|and|\))\b", re.IGNORECASE
)
# "Oct. 12[, the day] before the crash": a day restated by an apposition.
_APPOSITIVE_DAY = re.compile(r",\s+(?P<day>the\s+day)\s+(?:before|after|of|when)\b", re.IGNORECASE)
# "the [day before] last Tuesday": a day named by its neighbour.
# what lies between a clock time and the day it is on: "at 1835 on 3 January", "Tuesday at
# 10 p.m.", "à 14 h 30 le 3 mars"
_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:(?:on|le)\s+)?", re.IGNORECASE)
_DAY_THEN_CLOCK = re.compile(
    r"\s*,?\s*(?:(?:at|à|vers|from|between|to|and|until|-|–)\s*"
    r"(?:(?:approximately|about|around|roughly|environ)\s+)?)?",
    re.IGNORECASE,
)
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_BESIDE = re.compile(r"\bday\s+(?P<side>before|after)\s+$", re.IGNORECASE)
# A month, a day or a time of day: what "that day", "the following month" are counted from.
_MONTH_VALUE = re.compile(r"\d{4}-[01]\d(?:-[0-3]\d(?:T.*)?)?$")
# "the quarter [ended July 31]".
_ENDED_ON = re.compile(r"\s+(?:ended|ending)\s+(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>[0-3]?\d)\b")
_YEAR_IN_TEXT = re.compile(r"\b((?:1[5-9]|20)\d{2})\b")
# What may stand before a season word that names a time: "the summer", "in spring", "early fall".
_SEASON_CONTEXT = re.compile(
    r"(?:\b(?:the|this|last|next|in|during|over|since|until|by|through|early|late|mid|this\s+past"
    r"|au|en|cet|ce|cette|depuis|dès|pendant|durant|jusqu['’]au)[\s-]+|\bl['’])$"
)

# French auxiliaries of a future: "seront jugés", "vont être jugés"
_FRENCH_FUTURE_AUX = frozenset(
    {"sera", "seront", "serons", "serez", "aura", "auront", "va", "vont"}
)
# a French past participle right after "été", which is then the auxiliary: "ont depuis été
# arrêtés", "avaient déjà été tués"
_PARTICIPLE_AFTER = re.compile(
    r"\s+[^\W\d_]+(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|its|ert)\b"
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\W\d_]+['’]")

# "Anatoli Rybine, 51 ans, a été arrêté": an age set off by commas after a name.
_AGE_APPOSITION = re.compile(r"\s*[,)]")

_SET_ADVERB_UNITS = {
    "daily": "D",
    "nightly": "D",
    "quotidiennement": "D",
    "hebdomadaire": "W",
    "mensuel": "M",
    "annuel": "Y",
}

# Auxiliaries before an infinitive that put it in the future: "to", modals of prospect.
_FUTURE_MARKERS = frozenset({"to", "will", "would", "shall", "'ll", "wo", "'d", "might", "may"})
# Auxiliaries that put a participle in the past: "was expected", "has announced".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "'d", "'ve", "been"})
# Auxiliaries of the perfect: "have been searching" speaks of the past.
_PERFECT_AUXILIARIES = frozenset({"had", "has", "have", "'ve"})
# Verbs whose infinitive complement lies ahead: "scheduled to close Monday".
_PROSPECTIVE_VERBS = frozenset(
    {"plan", "schedule", "set", "expect", "intend", "due", "hope", "prepare", "aim", "be", "go"}
    | {"want", "seek", "promise", "vow", "threaten", "pledge", "likely"}
)


@dataclass
class Context:
    text: str
    published: date | None
    doc: Doc | None
    pack: LanguagePack

    def future_sentence(self, position: int) -> bool:
        """Whether the clause of the time at ``position`` speaks of the future ('will', 'next')."""
        return self.tense(position) == "future"

    def tense(self, position: int) -> str | None:
        """'future', 'past' or None (present, or unknown) for the clause of the time."""
        if self.doc is not None:
            span = self.doc.char_span(position, position + 1, alignment_mode="expand")
            if span is not None and len(span):
                verb = span[0]
                while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                    verb = verb.head
                if "Fut" in verb.morph.get("Tense", []) or (
                    verb.lemma_ in {"schedule", "plan"} and verb.i < span[0].i
                ):
                    return "future"  # "has scheduled a news conference Thursday"
                auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "aux:tense"}}
                if self.doc.lang_ == "fr" and (
                    any(
                        c.dep_.startswith("aux")
                        and ("Fut" in c.morph.get("Tense", []) or c.lower_ in _FRENCH_FUTURE_AUX)
                        for c in verb.children
                    )
                    # "doit être jugé le 20 janvier": the verb it completes says it lies ahead
                    or (verb.dep_ == "xcomp" and verb.head.lower_ in {"doit", "doivent"})
                ):
                    return "future"  # "seront jugés en mars", "vont être jugés"
                if verb.tag_ == "VBN" and self.doc.lang_ == "en":
                    # A participle: "was expected" is past, "is expected in December" and
                    # "a summit set for April" are not, "would be paid in January" lies ahead.
                    helpers = auxiliaries | {c.lower_ for c in verb.children if c.dep_ == "auxpass"}
                    if helpers & _FUTURE_MARKERS - {"to"}:
                        return "past" if "have" in helpers else "future"
                    ahead = verb.lemma_ in _PROSPECTIVE_VERBS and (
                        verb.lemma_ != "set" or any(c.lower_ == "for" for c in verb.children)
                    )  # "a summit set for April", not "a record set on Aug. 6"
                    if helpers & _PAST_AUXILIARIES or not (helpers or ahead):
                        return "past"  # "products introduced in April"
                    return None
                if verb.tag_ in {"VBD", "VBN"} or "Past" in verb.morph.get("Tense", []):
                    return "past"
                if verb.tag_ == "VBG" and auxiliaries & _PERFECT_AUXILIARIES:
                    return "past"  # "have been searching since the Oct. 23 slaying"
                if (
                    verb.tag_ == "VBG"
                    and not auxiliaries
                    and verb.dep_ in {"advcl", "xcomp", "conj"}
                    and verb.head.i != verb.i
                ):
                    # a participle clause takes its tense from the clause it hangs on:
                    # "the stock has fluctuated, rising ... from $29.75 in March"
                    return self._head_tense(verb.head)
                if verb.tag_ in {"VB", "VBG"} and auxiliaries & _FUTURE_MARKERS - {"to"}:
                    # "would travel Monday", "would be traveling Thursday"
                    return "past" if auxiliaries & {"did", "do", "does"} else "future"
                if verb.tag_ == "VB" and "to" in auxiliaries and verb.dep_ == "xcomp":
                    # "planned to leave on Thursday", "is to resume Tuesday"; not "refused to",
                    # nor "had been due to expire Friday" (a plan already in the past)
                    governor = verb.head
                    while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
                        governor = governor.head
                    if any(c.dep_ == "aux" and c.lower_ == "had" for c in governor.children):
                        return "past"
                    return "future" if verb.head.lemma_ in _PROSPECTIVE_VERBS else None
                future = bool(auxiliaries & {"will", "shall", "'ll", "wo", "va", "vont"}) or (
                    verb.lemma_ in {"plan", "intend", "expect", "prévoir"}
                )
                return "future" if future else None
        return self._fallback_tense(position)

    def dates_a_past_act(self, position: int) -> bool:
        """Whether the time at ``position`` is when a simple-past verb happened: "began on
        February 24", "arrived Feb. 24"; not a date the act points to ("extended to Nov. 20",
        "payable Dec. 7", "a cutback in September")."""
        if self.doc is None or self.doc.lang_ != "en":
            return False
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span[0]
        while head.dep_ in {"compound", "nummod"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "on":
            verb = head.head.head
        elif head.dep_ in {"npadvmod", "tmod", "obl:tmod"}:
            verb = head.head
        else:
            return False
        return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)

    def past_perfect(self, position: int) -> bool:
        """Whether the clause of the time is in the past perfect ('until Thursday they had')."""
        if self.doc is None:
            return False
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        verb = span[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)

    def _head_tense(self, verb: Token) -> str | None:
        """The tense of a finite verb a participle clause depends on ('has fluctuated')."""
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if auxiliaries & _FUTURE_MARKERS - {"to"}:
            return None
        if verb.tag_ == "VBD" or auxiliaries & _PAST_AUXILIARIES:
            return "past"
        return None

    def _fallback_tense(self, position: int) -> str | None:
        left = self.text.rfind(".", 0, position) + 1
        right = self.text.find(".", position)
        sentence = self.text[left : right if right > 0 else len(self.text)].lower()
        future = any(
            re.search(rf"\b{re.escape(word)}\b", sentence)
            for word in ("will", "'ll", "going to", "next", "plans to", "va ", "prochain")
        )
        return "future" if future else None


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift(day: date, amount: float, unit: str) -> tuple[date, str]:
    """``day`` moved by ``amount`` units; returns the date and the TIMEX3 granularity."""
    whole = int(amount)
    if unit == "D":
        return day + timedelta(days=whole), "day"
    if unit == "W":
        return day + timedelta(weeks=whole), "week"
    if unit == "M":
        return _add_months(day, whole), "month"
    if unit == "Y":
        return _add_months(day, 12 * whole), "year"
    if unit == "DE":
        return _add_months(day, 120 * whole), "decade"
    if unit == "Q":
        return _add_months(day, 3 * whole), "quarter"
    return day, "day"


def _offset_parts(offset: str) -> tuple[float | None, str]:
    """'+P3D' -> (3.0, 'D'), '-P2W' -> (-2.0, 'W'), 'P1DE' -> (1.0, 'DE'); the amount is None
    when the offset gives none ('+PXD')."""
    sign = -1 if offset.startswith("-") else 1
    body = offset.lstrip("+-")[1:]
    unit = body[len(body.rstrip("DWMYEQC")) :]
    number = body[: len(body) - len(unit)]
    if not re.fullmatch(r"\d+(?:\.\d+)?", number):
        return None, unit
    return sign * float(number), unit


def shift_day(value: str, offset: str) -> str | None:
    """The day ``offset`` away from the day ``value``: ('2026-11-28', '-P3D') -> '2026-11-25'.
    None unless ``value`` is a whole day and ``offset`` a number of units."""
    amount, unit = _offset_parts(offset)
    if amount is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return _shift(date.fromisoformat(value), amount, unit)[0].isoformat()


def format_value(day: date, granularity: str) -> str:
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return day.isoformat()


_CLOCK_BEFORE = re.compile(
    r"\b(?:at|à|vers)\s+(?:(?:approximately|about|around|roughly|exactly|"
    r"precisely|some|nearly|almost|environ)\s+)?$",
    re.IGNORECASE,
)
_CLOCK_AFTER = re.compile(r"\s*(?:hours?|hrs?|h\b|GMT|UTC|local time)", re.IGNORECASE)
# "at 1200 meters", "at 1500 people": a measure, not a time of day
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|°|percent|per cent|(?!hours\b|hrs\b)[a-z]+s\b|people|men|women|(?!a\b)[a-z]\b|"
    r"km\b|ft\b|feet|foot|meters?|metres?|miles?|kilomet\w+|pence|cents?|rpm|mph|kph|degrees?)",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:to|and|until|-|–)\s*(?P<other>\d{4})\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?P<other>\d{4})\s*(?:to|and|until|-|–)\s*$", re.IGNORECASE
)


def _on_24_hour_dial(digits: str) -> bool:
    return len(digits) == 4 and int(digits[:2]) <= 23 and int(digits[2:]) <= 59


def _never_a_year(digits: str) -> bool:
    """'0300', '2250': no year a news report gives (after 2100, or with a leading zero)."""
    return digits.startswith("0") or int(digits) > 2100


def _clock_not_year(digits: str, before: str, after: str) -> bool:
    """Four digits that read as a 24-hour time, which a year never does: after "at" ("at
    1835", "at approximately 2100", "à 1930"), before "hours" ("2030 hours", "0035 GMT"),
    with a leading zero ("0300"), or in a stretch one end of which is no year ("from 1710 to
    2250", "between 0300 and 0500"); not before a unit ("at 1200 meters", "at 1112 p")."""
    if not _on_24_hour_dial(digits):
        return False
    if digits.startswith("0") or _CLOCK_AFTER.match(after):
        return True
    if _MEASURE_AFTER.match(after):
        return False
    if _CLOCK_BEFORE.search(before):
        return True
    ahead = _RANGE_AFTER.match(after)
    if ahead is not None and _MEASURE_AFTER.match(after, ahead.end()):
        return False  # "from 1200 to 2200 soldiers"
    stretch = ahead or _RANGE_BEFORE.search(before)
    return bool(
        stretch
        and _on_24_hour_dial(stretch["other"])
        and (_never_a_year(digits) or _never_a_year(stretch["other"]))
    )


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class TimeTagger:
    """Regex candidates from the language pack, resolved against the publication date."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.months = {str(k).lower(): int(v) for k, v in pack["months"].items()}
        self.weekdays = {str(k).lower(): int(v) for k, v in pack["weekdays"].items()}
        self.units = {str(k).lower(): str(v) for k, v in pack["time_units"].items()}
        self.relative = {str(k).lower(): int(v) for k, v in pack["relative"].items()}
        self.relative_after = {
            str(k).lower(): int(v) for k, v in (pack["relative_postposed"] or {}).items()
        }
        self.deictic = {str(k).lower(): int(v) for k, v in pack["deictic_days"].items()}
        self.seasons = {str(k).lower(): str(v) for k, v in pack["seasons"].items()}
        self.parts = {str(k).lower(): str(v) for k, v in pack["part_of_period"].items()}
        self.directions = {str(k).lower(): int(v) for k, v in pack["offset_direction"].items()}
        self.ordinals = {str(k).lower(): int(v) for k, v in pack["ordinals"].items()}
        self.weekend_words = pack.words("weekend_words")  # "week-end"
        # How far past publication a past-tense date (or before it a future one) may lie
        # and still take the nearest year: French dates its past plainly ("le 14 juillet"
        # in a past clause, said in June, is last year's).
        reach = pack["tense_reach_days"]
        self.tense_reach: int | None = int(reach) if reach not in (None, {}) else None
        # "ces derniers mois", "les trois dernières années": stretches up to (or from) now
        self.recent_plural = pack.words("recent_plural")
        # "14 h 30", "22h", "6 heures du matin": clocks on the 24-hour dial
        self.clock_marks = pack.words("clock_marks")
        self.clock_words = pack.words("clock_words")
        self.clock_parts = {str(k).lower(): int(v) for k, v in (pack["clock_parts"] or {}).items()}
        self.clock_signals = pack.words("clock_signals")
        self.duration_signals = pack.words("duration_signals")
        # "1er trimestre", "troisième trimestre 2022", "XXe siècle"
        self.quarter_words = pack.words("quarter_words")
        self.century_words_fr = pack.words("century_words")
        # "le lendemain" (+1), "la veille" (-1): days named from the day the text is on
        self.discourse_days = {
            str(k).lower(): int(v) for k, v in (pack["discourse_days"] or {}).items()
        }
        # "avait 51 ans", "âgé de 51 ans": the words before an age (a length of years that is
        # not a duration)
        self.age_before = (
            re.compile(rf"\b(?:{alternation(pack.words('age_markers'))})\s+$", re.IGNORECASE)
            if pack["age_markers"]
            else None
        )
        # "daily", "weekly": the set_words that name their own unit (not "every", "each").
        self.set_adverbs = {
            word: unit
            for word in pack.words("set_words")
            if (unit := _SET_ADVERB_UNITS.get(word) or self.units.get(word.removesuffix("ly")))
        }
        self.patterns = self._compile()

    # -- patterns -------------------------------------------------------------------------

    def _compile(self) -> list[CompiledSpec]:
        pack = self.pack
        month = rf"(?P<month>{alternation(self.months)})\.?"
        weekday = rf"(?P<weekday>{alternation(self.weekdays)})"
        number = number_regex(pack)
        unit = rf"(?P<unit>{alternation(self.units)})"
        day = r"(?P<day>[0-3]?\d|1er)(?:st|nd|rd|th)?"
        year = r"(?P<year>(?:1[5-9]|20)\d{2})"
        rel = rf"(?P<rel>{alternation(self.relative)})"
        # ("à la fin": "à" is a signal, "la fin" the time; "au" cannot be split)
        part_lead = r"(?:the\s+|l[ae]\s+|au\s+|en\s+)?"
        part_tail = r"(?:\s+of|\s+d[e'u]|-|\s+)\s*(?:the\s+|l[ae]\s+|l['’])?"
        period_words = alternation(
            [*self.units, *self.weekdays, *self.seasons, "weekend", *self.weekend_words]
        )
        unit_or_season = alternation([*self.units, *self.seasons, *self.weekend_words])
        postposed = alternation(self.relative_after) or "(?!)"
        unit_or_weekday = alternation([*self.units, *self.weekdays])
        references = alternation(
            [*pack.words("present_ref"), *pack.words("past_ref"), *pack.words("future_ref")]
        )
        amount = (
            rf"(?P<amount>{number}|an?|une?|one|several|a\s+few|few|a\s+couple\s+of|couple\s+of"
            r"|quelques|plusieurs)"
        )
        # Where an amount may start (a cheap test before the long alternation): "\b(?=[\daf...])"
        leads = {str(w)[:1].lower() for w in pack["numbers"]} | set("aoufscqp")
        amount_at = rf"\b(?=[\d{''.join(sorted(re.escape(c) for c in leads if c))}])"
        prepositions = [
            w for w in self.directions if w not in {"ago", "later", "earlier", "plus tard", "since"}
        ]
        directions = rf"(?P<direction>{alternation(prepositions)})"
        modifier = (
            r"(?:nearly|almost|about|around|roughly|approximately|some|more\s+than|less\s+than"
            r"|fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|only|just|another"
            r"|an\s+additional|the\s+entire|the\s+whole)"
        )
        span_words = r"past|last|next|coming|previous|first|latest|year-earlier|same|following"
        simple_numbers = [w for w in pack["numbers"] if " " not in str(w)]
        word_number = rf"(?:{alternation(simple_numbers)})(?:-(?:{alternation(simple_numbers)}))?"
        day_parts = alternation(_DAY_PARTS)
        plural_units = alternation([w for w in self.units if w.endswith("s")])
        values = {str(k).lower(): float(v) for k, v in pack["numbers"].items()}
        by_range = {
            name: alternation([w for w, v in values.items() if low <= v <= high and v == int(v)])
            for name, low, high in (("units", 1, 9), ("teens", 10, 19), ("tens", 20, 90))
        }
        # Years said as on air, "nineteen ninety-six": an English habit.
        never = "(?!)"
        centuries = alternation([w for w, v in values.items() if 11 <= v <= 19])
        if pack.code != "en" or not centuries:
            centuries = never
        spelled_year = (
            rf"(?P<century>{centuries})[\s-]+(?P<rest>(?:{by_range['tens'] or never})"
            rf"(?:[\s-]+(?:{by_range['units'] or never}))?|{by_range['teens'] or never})"
        )
        # Words before a match that belong to it ("early" March, "the" past year): looked up
        # behind each match, cheaper than an optional prefix on every pattern.
        pair_open = alternation(pack.words("day_pair_openers"))
        pair_join = alternation(pack.words("day_pair_joiners"))
        parts = alternation(self.parts)
        self.part_before = re.compile(rf"{part_lead}\b(?:{parts}){part_tail}$", re.IGNORECASE)
        on_weekday = re.compile(rf"\b(?:{alternation(self.weekdays)}),?\s+$", re.IGNORECASE)
        part_or_the = re.compile(
            rf"(?:{part_lead}\b(?:{parts}){part_tail}|\bthe\s+)$", re.IGNORECASE
        )
        part_or_article = re.compile(
            rf"(?:{part_lead}\b(?:{parts}){part_tail}|\b(?:the|l[ae])\s+|\bl')$", re.IGNORECASE
        )
        modifier_before = re.compile(rf"\b{modifier}\s+$", re.IGNORECASE)
        duration_before = re.compile(
            rf"(?:\b{modifier}\s+)?(?:\b(?:the|its)\s+(?:(?:{span_words})\s+)?)?$", re.IGNORECASE
        )
        lead_before = re.compile(r"\b(?:the|l[ae]|au|en)\s+$", re.IGNORECASE)
        reference_words = tuple(
            str(w).lower()
            for key in ("present_ref", "past_ref", "future_ref")
            for w in pack.words(key)
        )
        every_all = alternation(pack.words("every_all")) or never
        ago_mods = alternation([str(k) for k in pack["quantity_modifiers"] or {}]) or never
        recent = alternation(self.recent_plural)
        clock_marks = alternation(self.clock_marks)
        clock_words = alternation(self.clock_words)
        decade_words = alternation(pack.words("decade_words"))
        centuries_fr = alternation(self.century_words_fr)
        every_needles = tuple(w.split()[0] for w in pack.words("every_all"))
        century_words = tuple(w for w, v in values.items() if 11 <= v <= 19)
        if centuries == never:
            century_words = ()
        # A pattern that starts with a literal lets the regex engine skip ahead to it, several
        # times faster than one that starts with \b: "the(?<!\wthe)" is "\bthe" written so.
        specs: list[Spec] = [
            (rf"\b{year}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b", self._iso, 9),
            (rf"\b{month}\s+{day},?\s+{year}\b", self._day_month_year, 8, on_weekday),
            (
                rf"\b(?:the\s+|le\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}\b",
                self._day_month_year,
                8,
                on_weekday,
            ),
            (
                rf"\b{month}\s+{day}\b(?!,?\s*\d)"
                r"(?=\s+(?:and|or|to)\s+(?P<day2>[0-3]?\d)\b(?!,?\s*\d|\s*%|\s+percent))?",
                self._day_month,
                7,
                on_weekday,
            ),
            (
                # "du 3 au 5 mai", "les 11 et 12 juillet", "entre le 3 et le 5 mai"
                rf"\b(?:{pair_open or never})\s+(?P<day1>[0-3]?\d|1er)\s+(?:{pair_join or never})"
                rf"\s+(?P<lead2>le\s+)?{day}\s+{month}(?:\s+{year})?\b(?!,?\s*\d)",
                self._day_pair,
                8,
                None,
                tuple(self.months) if pair_open else (),
            ),
            (
                rf"\b(?:the\s+|le\s+)?{day}(?:\s+of)?\s+{month}\b"
                rf"(?:\s+(?P<dpost>{postposed})\b)?",
                self._day_month,
                7,
                on_weekday,
            ),
            (rf"\b{month},?\s+(?:of\s+)?{year}\b", self._month_year, 7, self.part_before),
            (rf"\b{month}\b", self._month_alone, 4, self.part_before),
            (
                rf"\b(?P<mrel>last|this|next|this\s+past|this\s+coming)\s+{month}\b(?!\.?\s*\d)",
                self._month_relative,
                7,
                self.part_before,
            ),
            (
                rf"\b{month}\s+(?P<mpost>{postposed})\b",
                self._month_relative,
                7,
                self.part_before,
                tuple(self.relative_after),
            ),
            (
                rf"\b{month}\s+(?P<yrel>last|this|next)\s+year\b",
                self._month_relative,
                7,
                self.part_before,
            ),
            (
                r"\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:hours|hrs|gmt|utc)\b)?"
                r"(?![-/.,:]?\d)",
                self._clock_hhmm,
                6,
            ),
            (
                rf"\b(?:fiscal\s+|(?P<yprefix>pre|post|mid)-)?{year}\b(?![-/]\d|[.,]\d)",
                self._year,
                5,
                self.part_before,
            ),
            (
                r"\b(?P<decade>(?:1[5-9]|20)\d)0(?:'?s)\b",
                self._decade,
                5,
                part_or_the,
                ("0s", "0's"),
            ),
            (r"(?<![\w'])'(?P<short>[1-9])0s\b", self._decade, 5, part_or_the, ("0s",)),
            (
                rf"the(?<!\wthe)\s+(?:(?:early|late|mid)[\s-]+)?(?P<spelled>{alternation(_SPELLED_DECADES)})\b",
                self._decade,
                5,
                None,
                ("ties",),
            ),
            (
                r"\b(?:the\s+)?(?P<ordinal_century>1\d|20|21)(?:st|nd|rd|th)[\s-]+century\b",
                self._century,
                5,
                None,
                ("century",),
            ),
            (
                rf"\b(?P<holiday>{alternation(_HOLIDAYS)})\b",
                self._holiday,
                6,
                on_weekday,
                tuple(_HOLIDAYS),
            ),
            (
                rf"\b{rel}\s+(?P<what>{period_words})\b",
                self._relative_unit,
                6,
                part_or_the,
                tuple(self.relative),
            ),
            (
                rf"\b(?P<what>{unit_or_season})\s+(?P<relafter>{postposed})\b",
                self._relative_unit,
                6,
                part_or_article,
                tuple(self.relative_after),
            ),
            (
                rf"\b(?P<part>{alternation(self.parts)}){part_tail}"
                rf"(?P<what>{alternation(self.units)})\b",
                self._relative_unit,
                5,
                lead_before,
                tuple(self.parts),
            ),
            (
                rf"\b(?:(?:early|late|later|earlier)\s+)?(?P<deictic>{alternation(self.deictic)})"
                rf"(?:\s+(?P<daypart>{day_parts}))?\b",
                self._deictic,
                6,
                None,
                tuple(self.deictic),
            ),
            (
                rf"\b(?:(?:early|late|later)\s+)?(?P<deictic>this|last|ce)"
                rf"\s+(?P<daypart>{day_parts})\b",
                self._deictic,
                6,
                None,
                tuple(_DAY_PARTS),
            ),
            (
                r"\b(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?"
                r"\s*(?P<meridiem>a\.m\.|p\.m\.|am\b|pm\b)"
                r"(?:\s+(?:[ecmp][sd]t|gmt)\b)?"  # patterns are written lower-case
                rf"(?:,?\s+(?:on\s+)?{weekday}\b|,?\s+{month}\s+{day}\b"
                rf"|\s+(?P<deictic>{alternation(self.deictic)})\b)",
                self._clock,
                7,
            ),
            (
                rf"\b(?P<meridiem>noon|midnight|midday)\s+(?:on\s+)?{weekday}\b",
                self._clock,
                7,
                None,
                ("noon", "midnight", "midday"),
            ),
            (
                r"\b(?P<meridiem>noon|midnight|midday)\b",
                self._clock,
                5,
                None,
                ("noon", "midnight", "midday"),
            ),
            (
                r"\b(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s+in\s+the\s+"
                r"(?P<meridiem>morning|afternoon|evening)\b",
                self._clock,
                6,
                None,
                ("morning", "afternoon", "evening"),
            ),
            (
                rf"\b(?:on\s+|last\s+|next\s+|this\s+|ce\s+|early\s+|late\s+)?{weekday}"
                rf"(?P<plural>s)?(?:\s+(?P<daypart>{day_parts})(?P<parts>s)?)?\b"
                rf"(?:\s+(?P<wrel>{postposed})\b)?",
                self._weekday,
                5,
                None,
                tuple(self.weekdays),
            ),
            (
                # "il y a trois jours", "il y a plus de deux ans" (TimeML: the bound is a mod)
                rf"\b(?:il\s+y\s+a\s+)(?:(?:{ago_mods})(?:\s+|(?<=['’])))?{amount}\s+{unit}\b",
                self._ago,
                7,
                None,
                ("il",),
            ),
            (
                rf"{amount_at}{amount}(?:\s+or\s+so)?\s+{unit}(?:\s+or\s+so)?"
                r"\s+(?P<ago>ago|earlier|later|plus\s+tard|plus\s+tôt)\b",
                self._ago,
                7,
                modifier_before,
            ),
            (rf"{amount_at}{amount}[\s-]+{unit}\s+{directions}\s+(?=\S)", self._anchored, 8),
            (
                rf"{amount_at}{amount}(?P<half>\s+1/2|½)?(?:\s+(?:more|additional|extra|trading|business|working))?[\s-]+{unit}(?![\w-])(?!\s+old)"
                r"(?P<andhalf>\s+and\s+a\s+half\b)?",
                self._duration,
                3,
                duration_before,
            ),
            (
                rf"\b(?P<amount>\d+|{word_number})-(?P<unit>{alternation(self.units)})"
                r"(?:-(?:old|long))?\b(?!-)",
                self._duration,
                3,
            ),
            (
                rf"\b(?P<setword>{alternation(self.set_adverbs)})\b",
                self._set,
                5,
                None,
                tuple(self.set_adverbs),
            ),
            (r"-long\b", self._long_compound, 3, None, ("-long",)),
            (
                r"\b(?=the\b|its\b|this\b|last\b|next\b|1\d|20|year|fiscal"
                r"|first|second|third|fourth)"
                rf"(?:(?P<det>the|its|this|(?P<yrel>this|last|next)\s+year's)\s+)?"
                rf"(?:(?P<qyear>(?:1[5-9]|20)\d{{2}})\s+|(?P<yago>year-earlier|year-ago)\s+)?"
                rf"(?:fiscal[\s-]+)?(?P<ordinal>first|second|third|fourth)\s+quarter"
                rf"(?:\s+of\s+(?:fiscal\s+)?{year})?\b",
                self._quarter,
                6,
                None,
                ("quarter",),
            ),
            (
                r"\b(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth)-quarter\b",
                self._quarter,
                6,
                None,
                ("quarter",),
            ),
            (
                # (the lookahead only spares the scan positions that cannot start a match)
                r"\b(?=th|la|cu|mo|co|ye|1\d|20|qu|pe)(?:(?P<det>the|that|this)\s+)?"
                r"(?:(?P<qmod>latest|current|most\s+recent"
                r"|(?:comparable\s+|corresponding\s+)?(?:year-earlier|year-ago)|comparable"
                r"|corresponding|(?P<pyear>(?:19|20)\d\d))\s+)?(?P<noun>quarter|period)\b"
                r"(?P<qago>\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year)?",
                self._reference_quarter,
                5,
                None,
                ("quarter", "period"),
            ),
            (
                r"\b(?:last\s+year's\s+quarter|year-earlier|year-ago)\b",
                self._reference_quarter,
                4,
                None,
                ("quarter", "year-"),
            ),
            (
                r"\b(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<meridiem>a\.m\.|p\.m\.|am\b|pm\b)",
                self._clock,
                6,
            ),
            (
                rf"\b(?:every|each|chaque)\s+(?P<what>{unit_or_weekday}|{alternation(self.months)})\b",
                self._set,
                6,
                None,
                ("every", "each", "chaque"),
            ),
            (
                # "tous les jours", "toutes les deux semaines", "tous les samedis": a set
                rf"\b(?:{every_all})\s+(?:(?P<count>{number})\s+)?"
                rf"(?P<what>{unit_or_weekday})s?\b",
                self._set,
                6,
                None,
                every_needles,
            ),
            (
                # "le lendemain", "la veille": the day after or before the day the text is on
                rf"\b(?:l[ea]\s+|l['’])(?P<ddword>{alternation(self.discourse_days) or never})\b"
                r"(?!\s+(?:d[eu]s?\b|d['’]))",
                self._discourse_word,
                5,
                None,
                tuple(self.discourse_days),
            ),
            (
                rf"\b(?:(?P<sdet>{alternation(['ces', 'les', 'des'])})\s+)?"
                rf"(?:(?P<amount>{number})\s+)?(?P<recent>{recent or never})\s+"
                rf"(?P<what>{plural_units})\b",
                self._recent_stretch,
                6,
                None,
                tuple(self.recent_plural),
            ),
            (
                rf"\b(?P<hour>[01]?\d|2[0-3])\s?(?:{clock_marks or never})"
                r"(?:\s?(?P<minute>[0-5]\d))?(?![\w/])",
                self._clock_24,
                7,
                None,
                tuple(self.clock_marks),  # none in English: the pattern is skipped
            ),
            (
                rf"\b(?P<hour>[01]?\d|2[0-3])\s+(?:{clock_words or never})"
                r"(?:\s+(?P<minute>[0-5]\d)\b)?"
                rf"(?:\s+(?P<cpart>{alternation(self.clock_parts) or never}))?(?![\w-])",
                self._clock_24,
                7,
                None,
                tuple(self.clock_words),
            ),
            (
                rf"\b(?:(?:l[ea]|au)\s+)?(?P<qord>{alternation(self.ordinals)}|[1-4](?:er|e|ème))"
                rf"\s+(?:{alternation(self.quarter_words) or never})"
                rf"(?:\s+(?:de\s+|d['’])?{year})?\b",
                self._quarter_fr,
                6,
                None,
                tuple(self.quarter_words),
            ),
            (
                rf"\b(?:les\s+)?(?:{decade_words or never})\s+(?P<decade>(?:1[5-9]|20)\d)0\b",
                self._decade,
                6,
                None,
                tuple(w.split()[0] for w in pack.words("decade_words")),
            ),
            (
                rf"\b(?:le\s+)?(?P<roman>[xvi]{{1,5}})(?:e|ème)\s+(?:{centuries_fr or never})\b",
                self._roman_century,
                6,
                None,
                tuple(self.century_words_fr),
            ),
            (
                rf"\b(?P<ref>{references})\b",
                self._reference,
                2,
                None,
                reference_words,
            ),
            (
                r"(?P<det>th(?<!\wth)(?:e|at))\s+(?:(?P<ymod>full|fiscal|current|current\s+fiscal|entire"
                r"|whole|same|following|previous|prior|latest(?:\s+fiscal)?)\s+)?year\b(?![-'])"
                r"(?=(?P<ended>\s+(?:ended|ending|that\s+ended)\b)?)",
                self._the_year,
                4,
                None,
                ("year",),
            ),
            (
                rf"(?:half|two\s+quarters)\s+of\s+(?:fiscal\s+)?{year}\b",
                self._half_year,
                8,
                re.compile(r"\b(?:the\s+)?$", re.IGNORECASE),
                ("half", "quarters"),
            ),
            (r"year(?:'s)?[\s-]end\b", self._year_end, 5, re.compile(r"\baround\s+$"), ("end",)),
            (r"the(?<!\wthe)\s+weekend\b", self._weekend, 5, None, ("weekend",)),
            (
                # "the past three summers", "winters": every such season (a set, as "Tuesday
                # nights" is); "springs" and "falls" are left alone (water, the verb)
                rf"\b(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+"
                rf"(?:{word_number}|\d+|few|several)\s+)?(?P<seasons>summers|winters|autumns)\b",
                self._seasons_set,
                5,
                None,
                ("summers", "winters", "autumns"),
            ),
            (
                # "for the week, the index fell": a week the text leaves to its context
                r"the(?<!\wthe)\s+week\b(?!-|\s+(?:of|ended|ending|before|after)\b)",
                self._the_week,
                4,
                None,
                ("week",),
            ),
            (
                # "today is the eighth day of the blockade": the day of publication
                r"\b(?:today|it)(?:\s+is|['’]s)\s+(?P<nth>(?:the\s+)?"
                rf"(?:{alternation(self.ordinals)})\s+(?:straight\s+|consecutive\s+)?day)\b",
                self._nth_day,
                6,
                None,
                ("day",),
            ),
            (
                r"th(?<!\wth)(?:e|at)\s+(?P<mmod>same|following|previous|prior)\s+month\b",
                self._discourse_month,
                5,
                None,
                ("month",),
            ),
            (
                rf"the(?<!\wthe)\s+week\s+of\s+{month}\s+{day}\b(?!,?\s*\d)",
                self._week_of,
                8,
                None,
                ("week",),
            ),
            (
                # "ce jour-là", "le jour même": the day the text last dated
                r"\b(?:ce\s+jour-là|ce\s+même\s+jour|le\s+même\s+jour|le\s+jour\s+même)(?!\w)",
                self._that_day,
                9,
                None,
                ("jour",),
            ),
            (
                # "that day", "the next morning", "in the afternoon": the day the text is on
                # (the words before the day are read by the handler: a literal start is faster)
                r"\s(?P<dword>day|morning|afternoon|evening|night)\b(?!\s+(?:of|after|before|as)\b)",
                self._discourse_day,
                5,
            ),
            (
                r"mid[- ]?(?P<daypart>morning|afternoon)"
                r"(?:\s+(?P<deictic>yesterday|today|tomorrow))?\b",
                self._deictic,
                6,
                None,
                ("mid",),
            ),
            (rf"\b{spelled_year}\b", self._spelled_year, 6, None, century_words),
            (
                rf"\b{month},?\s+(?:of\s+)?{spelled_year}\b",
                self._month_year,
                7,
                self.part_before,
                century_words,
            ),
            (
                rf"\b(?P<season>{alternation(self.seasons)})\s+of\s+(?:{year}|{spelled_year})\b",
                self._season,
                6,
                part_or_the,
                tuple(self.seasons),
            ),
            (
                r"the(?<!\wthe)\s+year\s+(?P<y2k>two\s+thousand)\b",
                self._spelled_year,
                6,
                None,
                ("thousand",),
            ),
            (
                rf"\b(?:for|within|in|over|after|through)\s+(?:(?:(?P<the>the)\s+)?"
                rf"(?P<what>{plural_units})\b(?!\s+(?:ago|of|before|after|later|earlier|old))"
                r"|(?P<vague>a\s+while|some\s+time|a\s+(?:(?:fairly|very|rather)\s+)?"
                r"(?:long|lengthy)\s+(?:time|period))\b)",
                self._bare_plural,
                3,
            ),
            (
                # "in the weeks ahead": a stretch to come of unknown length
                rf"the(?<!\wthe)\s+(?:(?:coming|next)\s+)?(?P<what>{plural_units})\s+ahead\b",
                self._ahead,
                4,
                None,
                ("ahead",),
            ),
            (
                rf"\b(?P<season>{alternation(self.seasons)})\b(?!\s+of\b)",
                self._season,
                4,
                part_or_article,
                tuple(self.seasons),
            ),
        ]
        compiled: list[CompiledSpec] = []
        for pattern, handler, priority, *rest in specs:
            prefix = rest[0] if rest else None
            needles = rest[1] if len(rest) > 1 else None
            compiled.append(
                (
                    re.compile(pattern, re.IGNORECASE),
                    re.compile(pattern),
                    handler,
                    priority,
                    prefix,
                    needles,  # type: ignore[arg-type]
                )
            )
        return compiled

    # -- helpers ----------------------------------------------------------------------------

    def _month_of(self, m: re.Match[str]) -> int:
        return self.months[m.group("month").lower().rstrip(".")]

    def _day_of(self, m: re.Match[str]) -> int:
        raw = m.group("day").lower()
        return 1 if raw == "1er" else int(raw)

    def _infer_year(
        self, month: int, day: int, ctx: Context, position: int, reach: int = 90
    ) -> int | None:
        """The year of a date written without one: the nearest, unless ``reach`` days or more
        away against the clause's tense."""
        if ctx.published is None:
            return None
        if self.tense_reach is not None:
            reach = min(reach, self.tense_reach)
        base = ctx.published
        candidates = [
            d
            for y in (base.year - 1, base.year, base.year + 1)
            if (d := _valid_date(y, month, day))
        ]
        nearest = min(candidates, key=lambda d: abs((d - base).days))
        before = ctx.text[max(0, position - 16) : position].lower()
        tense = "future" if _DEADLINE_BEFORE.search(before) else ctx.tense(position)
        distance = (nearest - base).days
        if tense == "past" and ctx.dates_a_past_act(position):
            reach = min(reach, 7)  # "the invasion began on February 24", said in November
        if tense is None or (distance >= -reach if tense == "future" else distance <= reach):
            return nearest.year
        if tense == "future":
            later = [d for d in candidates if d >= base - timedelta(days=1)]
            return min(later).year if later else base.year
        earlier = [d for d in candidates if d <= base + timedelta(days=7)]
        return max(earlier).year if earlier else base.year

    def _is_modal_may(self, m: re.Match[str], ctx: Context) -> bool:
        word = ctx.text[m.start("month") : m.end("month")]
        return (
            word.lower() in {"may", "march", "mar", "jan", "sept", "dec", "aug"}
            and not word[0].isupper()
        )

    # -- handlers: each returns a Found or None to reject the candidate ----------------------

    def _iso(self, m: re.Match[str], ctx: Context) -> Found | None:
        day = _valid_date(int(m["year"]), int(m["mnum"]), int(m["dnum"]))
        if day is None:
            return None
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "absolute")

    def _day_month_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        if self._is_modal_may(m, ctx):
            return None
        day = _valid_date(int(m["year"]), self._month_of(m), self._day_of(m))
        if day is None:
            return None
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "absolute")

    def _day_month(self, m: re.Match[str], ctx: Context) -> Found | list[Found] | None:
        if self._is_modal_may(m, ctx):
            return None
        month, day_number = self._month_of(m), self._day_of(m)
        if not 1 <= day_number <= 31:
            return None
        year = self._infer_year(month, day_number, ctx, m.start())
        post = m.groupdict().get("dpost")
        if post and year is not None and ctx.published is not None:
            # "le 3 avril dernier": the latest such day before publication; "prochain" the next
            base, step = ctx.published, self.relative_after[post.lower()]
            year = base.year
            if step < 0 and (_valid_date(year, month, day_number) or base) >= base:
                year -= 1
            elif step > 0 and (_valid_date(year, month, day_number) or base) <= base:
                year += 1
        if year is None:
            return Found(
                m.start(), m.end(), "date", f"XXXX-{month:02d}-{day_number:02d}", "day", "published"
            )
        day = _valid_date(year, month, day_number)
        if day is None:
            return None
        found = Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")
        second = m.groupdict().get("day2")
        if second and (other := _valid_date(year, month, int(second))) is not None:
            # "April 24 and 25": the second day, in the first one's month
            start = m.start("day2")
            also = Found(start, start + len(second), "date", other.isoformat(), "day", "published")
            return [found, also]
        return found

    def _month_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        if self._is_modal_may(m, ctx):
            return None
        year = self._year_of(m)
        if year is None:
            return None
        value = f"{year:04d}-{self._month_of(m):02d}"
        return Found(m.start(), m.end(), "date", value, "month", "absolute")

    def _year_of(self, m: re.Match[str]) -> int | None:
        """The year of a match: in digits ('year') or spoken ('nineteen ninety-six')."""
        groups = m.groupdict()
        if groups.get("year"):
            return int(groups["year"])
        if groups.get("century") and groups.get("rest"):
            century = parse_number(groups["century"], self.pack)
            rest = parse_number(groups["rest"].replace("-", " "), self.pack)
            if century is not None and rest is not None:
                return int(century) * 100 + int(rest)
        return None

    def _month_alone(self, m: re.Match[str], ctx: Context) -> Found | None:
        word = ctx.text[m.start("month") : m.end("month")]
        if self.pack.code == "en" and not word[0].isupper():
            return None
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        ambiguous = word.lower() in {"may", "march", "mar", "jan", "sept", "dec", "aug", "jun"}
        if ambiguous and not (
            self.part_before.search(ctx.text[max(0, m.start() - 40) : m.start()])
            or re.search(
                r"\b(in|since|by|until|of|during|early|late|mid|from|through|en|depuis)\s*$", before
            )
        ):
            return None
        if (
            len(word) <= 4
            and "." not in m.group(0)
            and word.lower() not in {"may", "june", "july", "mai", "juin", "mars", "août"}
        ):
            return None
        month = self._month_of(m)
        year = self._infer_year(month, 15, ctx, m.start(), reach=45)
        value = f"XXXX-{month:02d}" if year is None else f"{year:04d}-{month:02d}"
        return Found(m.start(), m.end(), "date", value, "month", "published")

    def _month_relative(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'last November' (the latest one before publication), 'June last year'."""
        if ctx.published is None or self._is_modal_may(m, ctx):
            return None
        base, month = ctx.published, self._month_of(m)
        if m.groupdict().get("yrel"):
            year = base.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        elif m.groupdict().get("mpost"):
            # "janvier dernier": the latest January before publication (the month just past
            # included: "en mai dernier" said in June is this May); "mars prochain" the next
            step = self.relative_after[m["mpost"].lower()]
            year = (
                base.year - (step < 0 and month >= base.month) + (step > 0 and month <= base.month)
            )
        else:
            relation = m["mrel"].lower().split()[-1]
            year = base.year
            plain_last = m["mrel"].lower() == "last"
            if relation == "last" and (
                month >= base.month or (plain_last and month == base.month - 1)
            ):
                # "last February" said in March: the month just past would be "last month", so
                # the February of the year before ("this past February" is the recent one)
                year -= 1
            elif relation == "next" and month <= base.month:
                year += 1
        return Found(m.start(), m.end(), "date", f"{year:04d}-{month:02d}", "month", "published")

    def _year(self, m: re.Match[str], ctx: Context) -> Found | None:
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        if re.search(r"[$€£¥#]\s?$|[\d.,]$", before):
            return None
        after = ctx.text[m.end() : m.end() + 20]
        fiscal = ctx.text[m.start() : m.start() + 6].lower() == "fiscal"
        if (
            not fiscal
            and not m["yprefix"]
            and re.match(
                r"\s*(%|percent|per cent|[a-z]+s\b(?<!years)(?<!\bis)|people|men|women|troops)",
                after,
            )
        ):
            return None  # "1,989 people", "2000 soldiers"; not "fiscal 1989 sales"
        if _clock_not_year(m["year"], ctx.text[max(0, m.start() - 40) : m.start()], after):
            return None  # "at 1835", "2030 hours": a clock on the 24-hour dial
        return Found(m.start(), m.end(), "date", f"{int(m['year']):04d}", "year", "absolute")

    def _decade(self, m: re.Match[str], ctx: Context) -> Found | None:
        if m.groupdict().get("spelled"):
            # "the nineties": the twentieth century's
            digit = _SPELLED_DECADES[m["spelled"].lower()]
            return Found(m.start(), m.end(), "date", f"19{digit}", "decade", "absolute")
        if m.groupdict().get("short"):
            # "the '80s": the twentieth century's
            return Found(m.start(), m.end(), "date", f"19{m['short']}", "decade", "absolute")
        return Found(m.start(), m.end(), "date", m["decade"], "decade", "absolute")

    def _century(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the 20th century': TimeML writes the century's two first digits ('19')."""
        century = int(m["ordinal_century"]) - 1
        return Found(m.start(), m.end(), "date", f"{century:02d}", "century", "absolute")

    def _holiday(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'Thanksgiving Day', 'Christmas': the nearest one, or as the tense says."""
        if ctx.published is None or (self.pack.code == "en" and not ctx.text[m.start()].isupper()):
            return None
        rule = _HOLIDAYS[" ".join(m["holiday"].lower().split())]
        base = ctx.published
        candidates = [
            _holiday_date(year, rule) for year in (base.year - 1, base.year, base.year + 1)
        ]
        tense = ctx.tense(m.start())
        if tense == "past":
            candidates = [d for d in candidates if d <= base] or candidates
        elif tense == "future":
            candidates = [d for d in candidates if d >= base] or candidates
        day = min(candidates, key=lambda d: abs((d - base).days))
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")

    def _relative_unit(self, m: re.Match[str], ctx: Context) -> Found | None:
        what = m["what"].lower()
        words = ctx.text[m.start() : m.end()].split()
        if (
            len(words) == 2
            and all(w[:1].isupper() for w in words)
            and not re.search(r"(?:^|[.!?]\s*|\n\s*)$", ctx.text[max(0, m.start() - 3) : m.start()])
        ):
            return None  # ABC's "This Week": a title, not a time
        direction = (
            self.relative.get(m["rel"].lower(), 0)
            if m.groupdict().get("rel")
            else self.relative_after.get((m.groupdict().get("relafter") or "").lower(), 0)
        )
        if ctx.published is None:
            return None
        base = ctx.published
        if what in self.weekdays:
            target = self.weekdays[what]
            delta = (base.weekday() - target) % 7 or 7
            day = (
                base - timedelta(days=delta)
                if direction < 0
                else base + timedelta(days=((target - base.weekday()) % 7) or 7)
                if direction > 0
                else base + timedelta(days=target - base.weekday())
            )
            anaphoric = (
                direction != 0
                and m["rel"].lower() in {"previous", "next"}
                and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
            )
            return Found(
                m.start(),
                m.end(),
                "date",
                day.isoformat(),
                "day",
                "published",
                # "the previous Friday": the Friday before the day the text is on
                weekday_step=(target, direction) if anaphoric else None,
            )
        if what in self.seasons:
            year = base.year + direction
            starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(self.seasons[what], 1)
            if " " in (m.groupdict().get("rel") or "").strip() and direction < 0:
                # "this past spring": the latest one, this year's once it has begun
                year = base.year if starts <= base.month else base.year - 1
            return Found(
                m.start(),
                m.end(),
                "date",
                f"{year:04d}-{self.seasons[what]}",
                "season",
                "published",
            )
        if what == "weekend" or what in self.weekend_words:
            day, _ = _shift(base, direction, "W")
            return Found(
                m.start(), m.end(), "date", f"{format_value(day, 'week')}-WE", "week", "published"
            )
        unit = self.units[what]
        groups = m.groupdict()
        if (
            what.endswith("s")
            and unit not in {"H", "MIN"}
            and (groups.get("rel") or groups.get("part"))
        ):
            # "the coming months", "recent years", "the early years": a stretch of unknown length
            value = "PXY" if unit == "DE" else f"PX{unit}"
            return Found(m.start(), m.end(), "duration", value, "duration", "published")
        if unit in {"H", "MIN"}:
            return None
        if unit in {"DE", "CE"} and (groups.get("rel") or "").lower() == "past":
            # "over the past decade": the ten years up to now, not the calendar decade before
            value = "P10Y" if unit == "DE" else "P100Y"
            return Found(m.start(), m.end(), "duration", value, "duration", "published")
        if unit == "CE":
            # "this century": TimeML writes its first two digits ("19" for 1999)
            century = base.year // 100 + direction
            return Found(m.start(), m.end(), "date", f"{century:02d}", "century", "published")
        if (
            unit == "D"
            and (groups.get("rel") or "").lower() in {"previous", "next", "following"}
            and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
        ):
            # "the previous day": the day before the one the text last named (publication's
            # when it names none), as "the previous Friday" is
            return Found(
                m.start(),
                m.end(),
                "date",
                "XXXX-XX-XX",
                "day",
                "event",
                offset=f"{'-' if direction < 0 else '+'}P1D",
                priority=2,
            )
        day, granularity = _shift(base, direction, unit)
        # "compared with $3 million last year", "from last year's $1.55 billion": in a text
        # about a quarter's results, that quarter a year before (see _resolve_quarters)
        compared = (
            unit == "Y"
            and direction == -1
            and (
                _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
                or _AMOUNT_AFTER.match(ctx.text, m.end()) is not None
            )
        )
        # "this quarter's loss" in a report on a quarter: the quarter under discussion, unless
        # the clause looks ahead (see _resolve_quarters; with none named, the current one)
        this_quarter = (
            unit == "Q"
            and (m.groupdict().get("rel") or "").lower() == "this"
            and not ctx.future_sentence(m.start())
        )
        return Found(
            m.start(),
            m.end(),
            "date",
            format_value(day, granularity),
            granularity,
            "published",
            priority=1,
            shift_years=-1 if compared else 0 if this_quarter else None,
        )

    def _deictic(self, m: re.Match[str], ctx: Context) -> Found | None:
        if ctx.text[m.start() - 1 : m.start()].isalpha():
            return None  # "mid-afternoon" found inside a word
        if ctx.published is None:
            return Found(m.start(), m.end(), "date", "XXXX-XX-XX", "day", "published")
        word = (m["deictic"] or "today").lower()  # "by mid-afternoon": today's
        if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
            return None  # "in today's world": the present age, not the day
        if (
            word in {"today", "tomorrow"}
            and ctx.text[m.end() : m.end() + 1] not in {"'", "’"}
            and _GENERIC_OF.search(ctx.text, max(0, m.start() - 24), m.start())
        ):
            return None  # "the people of tomorrow": the age to come, not a day
        if ctx.text[m.start()].isupper() and re.search(
            r"\b[A-Z][A-Za-z]*\s$", ctx.text[max(0, m.start() - 12) : m.start()]
        ):
            return None  # "USA Today", "VOA Today": a name
        part = (m.groupdict().get("daypart") or "").lower()
        if word in {"this", "ce"}:
            offset = 0
        elif word == "last":
            if part != "night":
                return None  # "last morning" is not said; "last evening" rarely
            offset = -1
        else:
            offset = self.deictic[word]
        day = ctx.published + timedelta(days=offset)
        if word == "tonight" or part:
            value = f"{day.isoformat()}T{_DAY_PARTS.get(part, 'NI')}"
            return Found(m.start(), m.end(), "time", value, "daypart", "published")
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")

    def _weekday(self, m: re.Match[str], ctx: Context) -> Found | list[Found] | None:
        word = ctx.text[m.start("weekday") : m.end("weekday")]
        if self.pack.code == "en" and not word[0].isupper():
            return None
        lead = m.group(0).lower()
        start = m.start() + (len(lead) - len(lead.lstrip("on ")) if lead.startswith("on ") else 0)
        if m["wrel"]:  # "mardi dernier", "mardi prochain": as "last Tuesday", "next Tuesday"
            lead = "last " if self.relative_after[m["wrel"].lower()] < 0 else "next "
            if m["plural"] or m["parts"]:
                return None
        if m["plural"] or m["parts"]:
            return self._weekly(m, ctx, start)
        if ctx.published is None:
            return None
        part = (m.groupdict().get("daypart") or "").lower()
        day = self._weekday_date(word, ctx, m.start(), lead)
        if _DAY_PARTS.get(part) in {"AF", "EV"}:
            # "Wednesday evening": TimeML's part of day, 2000-01-05TEV. A "morning" or "night"
            # keeps the day's value, as TimeBank mostly writes it ("Friday night" is the day's).
            value = f"{day.isoformat()}T{_DAY_PARTS[part]}"
            return Found(start, m.end(), "time", value, "daypart", "published")
        return Found(start, m.end(), "date", day.isoformat(), "day", "published")

    def _weekly(self, m: re.Match[str], ctx: Context, start: int) -> list[Found]:
        """'on Mondays', 'Tuesday nights', 'Monday and Tuesday nights': every such day (a set)."""
        part = _DAY_PARTS.get((m["daypart"] or "").lower())
        suffix = f"T{part}" if part else ""
        number = self.weekdays[m["weekday"].lower()] + 1
        found = [Found(start, m.end(), "set", f"XXXX-WXX-{number}{suffix}", "set", "absolute")]
        # "Monday and Tuesday nights": the nights of both days
        before = _WEEKDAY_AND.search(ctx.text, max(0, start - 24), start)
        if before is not None and before["weekday"].lower() in self.weekdays:
            other = self.weekdays[before["weekday"].lower()] + 1
            first = before.start("weekday")
            value = f"XXXX-WXX-{other}{suffix}"
            found.append(
                Found(first, before.end("weekday"), "set", value, "set", "absolute", priority=1)
            )
        return found

    def _weekday_date(self, word: str, ctx: Context, position: int, lead: str = "") -> date:
        """The date of a weekday named without a date: the last one, or the next in the future."""
        assert ctx.published is not None
        base = ctx.published
        target = self.weekdays[word.lower()]
        before = ctx.text[max(0, position - 16) : position].lower()
        # "until Tuesday" lies ahead, unless the clause is past perfect ("until Thursday,
        # they had not called him a suspect")
        deadline = bool(_DEADLINE_BEFORE.search(before)) and not ctx.past_perfect(position)
        future = lead.startswith("next") or (
            not lead.startswith("last") and (deadline or ctx.future_sentence(position))
        )
        # "next Wednesday" / "mercredi dernier" said on a Wednesday: a week away, not today
        if future:
            ahead = (target - base.weekday()) % 7
            return base + timedelta(days=ahead or (7 if lead.startswith("next") else 0))
        back = (base.weekday() - target) % 7
        return base - timedelta(days=back or (7 if lead.startswith("last") else 0))

    def _amount(self, m: re.Match[str]) -> float | None:
        raw = " ".join(m["amount"].lower().split())
        if raw in {"a", "an", "one", "un", "une"}:
            return 1.0
        if raw in {"several", "plusieurs"}:
            return None
        if raw.endswith("couple of"):
            return 2.0
        if raw in {"a few", "few", "quelques"}:
            return None
        return parse_number(raw, self.pack)

    def _ago(self, m: re.Match[str], ctx: Context) -> Found | None:
        amount = self._amount(m)
        unit = self.units[m["unit"].lower()]
        word = (m.groupdict().get("ago") or "ago").lower()
        if word in {"later", "plus tard"} and amount is not None:
            # TimeML: in "three days later" the time is the duration, "later" its signal
            end = m.start("ago")
            while end > m.start() and ctx.text[end - 1].isspace():
                end -= 1
            duration = self._duration(m, ctx)
            if duration is not None:
                return replace(duration, end=end)
        if word in {"later", "plus tard"}:
            return self._anchored(m, ctx, direction=1)
        if (
            word in {"earlier", "plus tôt"}
            and amount is not None
            and unit in {"D", "W", "M", "H", "MIN"}
        ):
            # "a day earlier": like "three days later", the length between the two times
            return self._duration(m, ctx)
        if word in {"earlier", "plus tôt"}:
            found = self._anchored(m, ctx, direction=-1)
            if found is not None and amount == 1 and unit == "Y":
                found = replace(found, shift_years=-1)  # a quarter's results "a year earlier"
            return found
        if amount is None or ctx.published is None or unit in {"H", "MIN"}:
            return Found(m.start(), m.end(), "date", "PAST_REF", "ref", "published")
        day, granularity = _shift(ctx.published, -amount, unit)
        return Found(
            m.start(),
            m.end(),
            "date",
            format_value(day, granularity),
            granularity,
            "published",
            shift_years=-1 if amount == 1 and unit == "Y" else None,
        )

    def _anchored(
        self, m: re.Match[str], ctx: Context, direction: int | None = None
    ) -> Found | None:
        """'ten days after the start of the invasion': resolved later against the anchor's date."""
        amount = self._amount(m)
        unit = self.units[m["unit"].lower()]
        if amount is None or unit in {"MIN"}:
            return None
        if direction is None:
            direction = self.directions[m["direction"].lower()]
        sign = "+" if direction > 0 else "-"
        offset = f"{sign}P{format_number(amount)}{unit}"
        end = m.end()
        anchor_text = anchor_head = None
        if m.groupdict().get("direction") and ctx.doc is not None:
            if _introduces_clause(ctx.doc, m.start("direction")):
                return None  # "three weeks before relief came": a duration, then a clause
            phrase = _anchor_phrase(ctx.doc, m.end())
            if phrase is not None:
                end, anchor_text, anchor_head = phrase
        if anchor_text is None:
            end = (
                m.end()
                if not m.groupdict().get("direction")
                else m.start("direction") + len(m["direction"])
            )
        return Found(
            m.start(),
            end,
            "date",
            "XXXX-XX-XX",
            "day",
            "event",
            priority=2,
            anchor_text=anchor_text,
            offset=offset,
            anchor_head=anchor_head,
        )

    def _duration(self, m: re.Match[str], ctx: Context) -> Found | None:
        unit = self.units[m["unit"].lower()]
        amount = self._amount(m)
        text = m.group(0).lower()
        if text.endswith("-old") and unit == "Y":
            return None  # "a 44-year-old protester": an age
        if (
            unit == "Y"
            and self.age_before is not None
            and (
                self.age_before.search(ctx.text, max(0, m.start() - 16), m.start())
                or (
                    _AGE_APPOSITION.match(ctx.text, m.end())
                    and ctx.text[m.start("amount")].isdigit()
                    and ctx.text[max(0, m.start() - 3) : m.start()].rstrip().endswith(",")
                )
            )
        ):
            return None  # "il avait 51 ans", "âgé de 51 ans", "Anatoli Rybine, 51 ans,": ages
        after = ctx.text[m.end() : m.end() + 4].lower()
        if unit == "Q" and ("-" in text or (amount is not None and after.startswith(" of"))):
            return None  # "three-quarters of its food"; not "several quarters of losses"
        if m["amount"].lower() in {"a", "an"} and self._is_rate(ctx.text, m.start()):
            return None  # "$1.76 a year", "700 seats a week": a rate, not a duration
        if ctx.text[m.start("unit")].isupper() and ctx.text[m.start("amount")].isdigit():
            return None  # CBS's "60 Minutes": a title
        if (
            unit == "H"
            and re.fullmatch(r"\d{4}", m["amount"])
            and _clock_not_year(m["amount"], "", ctx.text[m.start("unit") - 1 : m.end()])
        ):
            return None  # "at 2030 hours": a clock on the 24-hour dial, not 2,030 hours
        if text == "one day" and self._someday(m, ctx):
            return Found(m.start(), m.end(), "date", "FUTURE_REF", "ref", "published")
        # "the [30-day] period": the adjective alone, without the words before it
        compound = ctx.text[m.end("amount") : m.start("unit")] == "-"
        amount_text = "X" if amount is None else format_number(amount)
        groups = m.groupdict()
        if amount is not None and (groups.get("half") or groups.get("andhalf")):
            # "2 1/2 years", "a minute and a half": the half in the next smaller unit
            whole = format_number(amount)
            halves = {"Y": f"P{whole}Y6M", "D": f"P{whole}DT12H", "H": f"PT{whole}H30M"}
            halves["MIN"] = f"PT{whole}M30S"
            value = halves.get(unit, f"P{format_number(amount + 0.5)}{unit}")
            return Found(m.start(), m.end(), "duration", value, "duration", "absolute")
        if unit in {"H", "MIN"}:
            value = f"PT{amount_text}{'M' if unit == 'MIN' else 'H'}"
        elif unit == "DE":
            value = f"P{amount_text}0Y" if amount is not None else "PXDE"
        elif unit == "CE":
            value = f"P{amount_text}CE"
        else:
            value = f"P{amount_text}{unit}"
        return Found(
            m.start(), m.end(), "duration", value, "duration", "absolute", fixed_start=compound
        )

    @staticmethod
    def _someday(m: re.Match[str], ctx: Context) -> bool:
        """'Islam will one day be ...': 'one day' as some day to come, not a day's length."""
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
        if before and before[-1] in _RATE_BLOCKERS | {"the", "that", "every", "each", "per"}:
            return False
        if _AFTER_ONE_DAY.match(ctx.text, m.end()):
            return False
        if before and before[-1] in {"will", "would", "could", "might", "may", "shall", "can"}:
            return True  # "a woman will one day lead the party"
        return ctx.tense(m.start()) == "future"

    @staticmethod
    def _is_rate(text: str, position: int) -> bool:
        """Whether 'a year' at ``position`` follows an amount: '$2 million a year'."""
        before = text[max(0, position - 30) : position].split()
        if not before or before[-1].lower() in _RATE_BLOCKERS:
            return False
        return any(re.search(r"\d", word) for word in before[-3:])

    def _quarter(self, m: re.Match[str], ctx: Context) -> Found | None:
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["ordinal"].lower()]
        groups = m.groupdict()
        explicit = groups.get("year") or groups.get("qyear")
        if explicit:
            year = int(explicit)
        elif ctx.published:
            base = ctx.published
            year = base.year
            if groups.get("yago") or (groups.get("yrel") or "").lower() == "last":
                year -= 1
            elif (groups.get("yrel") or "").lower() == "next":
                year += 1
            elif not groups.get("yrel") and number > (base.month - 1) // 3 + 1:
                # A quarter not yet begun at publication is last year's, unless future tense.
                year -= 0 if ctx.future_sentence(m.start()) else 1
        else:
            return None
        anchor = "absolute" if explicit else "published"
        # A quarter not yet over ("a fourth-quarter charge" it will take), unless reported in
        # the past tense (a fiscal quarter), or one named in passing ("after a flat second
        # quarter") is not the one whose results the text reports.
        aside = bool(
            not groups.get("det")
            and not m.group(0)[:1].isdigit()
            and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            and "-" not in m.group(0)
        )
        ended = ctx.published is not None and (
            _add_months(date(year, 3 * number - 2, 1), 3) <= ctx.published
        )
        topical = not aside and (ended or ctx.tense(m.start()) == "past")
        return Found(
            m.start(),
            m.end(),
            "date",
            f"{year:04d}-Q{number}",
            "quarter",
            anchor,
            topical=topical,
        )

    def _reference_quarter(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the quarter', 'the latest period', 'the year-ago quarter': the quarter under discussion.

        The value is filled in by :meth:`find` from the last quarter the text named (else the
        last one completed at publication); ``shift_years`` moves it back for 'year-ago' forms.
        """
        groups = m.groupdict()
        text = m.group(0).lower()
        noun = groups.get("noun")
        if noun is not None and not (groups.get("det") or groups.get("qmod")):
            return None
        if noun == "period" and not groups.get("qmod"):
            return None
        if ctx.published is None:
            return None
        if ctx.text[m.end() : m.end() + 1] == "-":
            return None  # "the quarter-to-quarter comparison"
        shift = -1 if re.search(r"year-earlier|year-ago|a\s+year|last\s+year", text) else 0
        year = None
        if groups.get("pyear"):
            year = int(groups["pyear"])
            shift = 0
        value = "" if year is None else str(year)
        ended = _ENDED_ON.match(ctx.text, m.end()) if noun == "quarter" and not shift else None
        if ended and ended["month"].lower().rstrip(".") in self.months:
            # "the quarter ended July 31": the calendar quarter most of it falls in
            month = self.months[ended["month"].lower().rstrip(".")]
            last = _valid_date(ctx.published.year, month, min(int(ended["day"]), 28))
            if last is not None:
                if last > ctx.published:
                    last = last.replace(year=last.year - 1)
                middle = last - timedelta(days=45)
                value = f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"
        return Found(
            m.start(),
            m.end(),
            "date",
            value,
            "quarter",
            "published",
            shift_years=shift,
        )

    def _clock(self, m: re.Match[str], ctx: Context) -> Found | None:
        meridiem = m["meridiem"].lower()
        if meridiem == "noon" and ctx.text[max(0, m.start() - 5) : m.start()].lower() == "high ":
            return None  # "high noon": a showdown
        groups = m.groupdict()
        if meridiem in {"noon", "midday", "midnight"}:
            clock = "24" if meridiem == "midnight" else "12:00"
        else:
            later = meridiem.startswith("p") or meridiem in {"afternoon", "evening"}
            hour = int(m["hour"]) % 12 + (12 if later else 0)
            clock = f"{hour:02d}:{int(m['minute'] or 0):02d}"
        day: str = "XXXX-XX-XX"
        weekday = groups.get("weekday")
        if not (weekday or groups.get("deictic") or groups.get("month")):
            weekday = self._weekday_in_parenthesis(ctx.text, m.end())
        free_day = not (weekday or groups.get("deictic") or groups.get("month"))
        if ctx.published is not None:
            when = ctx.published
            if weekday:
                when = self._weekday_date(weekday, ctx, m.start())
            elif groups.get("deictic"):
                when = ctx.published + timedelta(days=self.deictic[groups["deictic"].lower()])
            elif groups.get("month"):
                month, number = self._month_of(m), self._day_of(m)
                year = self._infer_year(month, number, ctx, m.start())
                found = _valid_date(year or when.year, month, number)
                if found is None:
                    return None
                when = found
            day = when.isoformat()
        return Found(
            m.start(), m.end(), "time", f"{day}T{clock}", "minute", "published", free_day=free_day
        )

    def _weekday_in_parenthesis(self, text: str, end: int) -> str | None:
        """The weekday of a parenthesis after a clock time, or of the word right after it."""
        after = _PAREN_AFTER.match(text, end)
        if after is None:
            return None
        if after["after"] and after["after"].lower() in self.weekdays:
            return after["after"]
        words = re.findall(r"[A-Z][a-z]+", after["inside"])
        return next((w for w in words if w.lower() in self.weekdays), None)

    def _set(self, m: re.Match[str], ctx: Context) -> Found | None:
        adverb = m.groupdict().get("setword")
        if adverb:
            unit = self.set_adverbs[adverb.lower()]
            value = "PT1H" if unit == "H" else f"P1{unit}"
            return Found(m.start(), m.end(), "set", value, "set", "absolute")
        what = m["what"].lower()
        count = m.groupdict().get("count")
        if count:  # "toutes les deux semaines"
            amount = parse_number(count, self.pack)
            every = self.units.get(what)
            if amount is None or every is None or every in {"H", "MIN"}:
                return None
            value = f"P{format_number(amount)}{every}"
            return Found(m.start(), m.end(), "set", value, "set", "absolute")
        if what in self.weekdays:
            return Found(
                m.start(),
                m.end(),
                "set",
                "XXXX-WXX-" + str(self.weekdays[what] + 1),
                "week",
                "absolute",
            )
        if what in self.months:  # "each July"
            return Found(
                m.start(), m.end(), "set", f"XXXX-{self.months[what]:02d}", "month", "absolute"
            )
        unit = self.units[what]
        value = f"PT1{'M' if unit == 'MIN' else 'H'}" if unit in {"H", "MIN"} else f"P1{unit}"
        return Found(m.start(), m.end(), "set", value, "set", "absolute")

    def _reference(self, m: re.Match[str], ctx: Context) -> Found | None:
        word = m["ref"].lower()
        if (
            word == "now"
            and ctx.text[m.end() : m.end() + 1] == ","
            and re.search(r"(?:^|[.!?\"'`]\s*)$", ctx.text[max(0, m.start() - 3) : m.start()])
        ):
            return None  # "Now, he says, ...": a discourse marker opening the sentence
        if word == "the future" and ctx.text[m.end() : m.end() + 4].lower() == " of ":
            return None  # "the future of our peoples": their fate, not a time
        if word == "soon" and (
            _SOON_SIGNAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            or _SOON_SIGNAL_AFTER.match(ctx.text, m.end())
            or ctx.tense(m.start()) == "past"
        ):
            # "as soon as Tuesday", "soon after the vote": a signal before a time or event;
            # "the trickle soon became a flood": shortly after a past moment, not the future
            return None
        if word in self.pack.words("present_ref"):
            value = "PRESENT_REF"
        elif word in self.pack.words("past_ref"):
            value = "PAST_REF"
        else:
            value = "FUTURE_REF"
        return Found(m.start(), m.end(), "date", value, "ref", "published")

    def _the_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the year' (the publication's), 'the year ended June 30' (P1Y), 'that year'."""
        if ctx.published is None:
            return None
        if m["ended"]:
            return Found(m.start(), m.end(), "duration", "P1Y", "duration", "absolute")
        modifier = (m["ymod"] or "").lower()
        year = ctx.published.year
        if modifier.startswith("latest"):
            year -= 1  # "the latest fiscal year": the last one closed
        if m["det"].lower() == "that" or modifier in {"same", "following", "previous", "prior"}:
            # The year the text last named.
            named = _YEAR_IN_TEXT.findall(ctx.text, max(0, m.start() - 400), m.start())
            if not named:
                return None
            year = int(named[-1]) + {"following": 1, "previous": -1, "prior": -1}.get(modifier, 0)
        return Found(m.start(), m.end(), "date", f"{year:04d}", "year", "published")

    def _year_end(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'by year-end': this year's (TimeML gives the year); 'since year-end' the last one."""
        if ctx.published is None or ctx.text[m.start() - 1 : m.start()].isalnum():
            return None
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if not re.search(
            r"\b(?:by|since|at|until|till|before|after|through|near|to|around)\s+$", before
        ):
            return None  # "year-end net": an adjective
        since = before.strip().endswith("since")
        year = ctx.published.year - (1 if since else 0)
        return Found(m.start(), m.end(), "date", f"{year:04d}", "year", "published")

    def _half_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the second half of 1989', 'the first two quarters of 1990': TimeML's 1989-H2."""
        half = m.group(0).lower().startswith("half")
        words = r"first|second|last|latter" if half else r"first|last"
        lead = re.search(rf"\b({words})\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I)
        if lead is None:
            return None
        value = f"{int(m['year']):04d}-H{1 if lead[1].lower() == 'first' else 2}"
        start = m.start() - len(lead[0])
        return Found(start, m.end(), "date", value, "half", "absolute")

    def _that_day(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'ce jour-là', 'le jour même': the day the text last dated."""
        return Found(m.start(), m.end(), "date", "XXXX-XX-XX", "day", "event", offset="+P0D")

    def _discourse_day(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'that day', 'the next morning': the day the text last dated, moved as said."""
        word = m["dword"].lower()
        lead = _DISCOURSE_LEAD.search(ctx.text, max(0, m.start() - 30), m.start())
        later = bool(lead and lead["later"])
        if lead is None or (lead["inthe"] and (word == "night" or (word == "day") != later)):
            return None  # "later in the day", "in the morning"; not "in the day", "in the night"
        # in "later in the day", "later" and "in" are signals, not part of the time
        lead_start = lead.start("inthe") if lead["inthe"] else lead.start()
        shift = {"next": 1, "following": 1, "previous": -1}.get((lead["dshift"] or "").lower(), 0)
        part = _DAY_PARTS.get(word)
        if word == "day" or (shift and part == "NI"):
            part = None
        same = "same" in lead.group(0).lower()
        if word != "day" and not (shift or lead["inthe"] or same):
            return None  # "that night": left to the day's own expression
        return Found(
            lead_start,
            m.end(),
            "date",
            "XXXX-XX-XX",
            "day",
            "event",
            offset=f"{'-' if shift < 0 else '+'}P{abs(shift)}D",
            day_part=part if not shift else None,
        )

    def _day_pair(self, m: re.Match[str], ctx: Context) -> list[Found] | None:
        """'du 3 au 5 mai': the two days, in the second one's month (and year)."""
        month, second = self._month_of(m), self._day_of(m)
        first = 1 if m["day1"].lower() == "1er" else int(m["day1"])
        if not (1 <= first < second <= 31):
            return None
        year = int(m["year"]) if m["year"] else self._infer_year(month, second, ctx, m.start())
        start2 = m.start("lead2") if m["lead2"] else m.start("day")
        anchor = "absolute" if m["year"] else "published"
        if year is None:
            values = [f"XXXX-{month:02d}-{first:02d}", f"XXXX-{month:02d}-{second:02d}"]
        else:
            days = [_valid_date(year, month, first), _valid_date(year, month, second)]
            if None in days:
                return None
            values = [d.isoformat() for d in days if d is not None]
        return [
            Found(m.start("day1"), m.end("day1"), "date", values[0], "day", anchor),
            Found(start2, m.end(), "date", values[1], "day", anchor),
        ]

    def _recent_stretch(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'ces derniers mois' (PXM), 'les trois dernières années' (P3Y)."""
        if not (m["sdet"] or m["amount"]):
            return None
        amount = parse_number(m["amount"], self.pack) if m["amount"] else None
        unit = self.units[m["what"].lower()]
        if unit in {"H", "MIN"}:
            return None
        # "des trois dernières années": "des" (de + les) cannot be split, the preposition goes
        start = m.start("amount") if m["sdet"] and m["sdet"].lower() == "des" else m.start()
        if m["sdet"] and m["sdet"].lower() == "des" and not m["amount"]:
            start = m.start("recent")
        amount_text = "X" if amount is None else format_number(amount)
        return Found(start, m.end(), "duration", f"P{amount_text}{unit}", "duration", "absolute")

    def _clock_24(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'14 h 30', '22h', '6 heures du matin': the day the text is on (publication)."""
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        words = _WORD.findall(ctx.text[max(0, m.start() - 24) : m.start()].lower())
        previous = words[-1] if words else ""
        if previous in self.duration_signals:
            return None  # "pendant 3 h": a length
        part = m.groupdict().get("cpart")
        if part:
            shift = self.clock_parts[part.lower()]
            if hour > 12:
                return None
            hour = hour % 12 + shift
        elif "cpart" in m.groupdict() and previous not in self.clock_signals:
            return None  # "8 heures" without "à" or "du matin": a length
        day = ctx.published.isoformat() if ctx.published is not None else "XXXX-XX-XX"
        value = f"{day}T{hour:02d}:{minute:02d}"
        return Found(m.start(), m.end(), "time", value, "minute", "published", free_day=True)

    def _clock_hhmm(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'at 1835', '2030 hours', 'from 1710 to 2250': military and wire-service clock
        times, on the day the text gives beside them (see ``_clock_days``), else publication's."""
        digits = m["hhmm"]
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if not _clock_not_year(digits, before, ctx.text[m.end("hhmm") : m.end("hhmm") + 20]):
            return None
        day = ctx.published.isoformat() if ctx.published is not None else "XXXX-XX-XX"
        value = f"{day}T{digits[:2]}:{digits[2:]}"
        return Found(m.start(), m.end(), "time", value, "minute", "published", free_day=True)

    def _quarter_fr(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'le premier trimestre', 'au 3e trimestre 2022': a quarter, as 'the third quarter'."""
        word = m["qord"].lower()
        number = self.ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
        if not 1 <= number <= 4:
            return None
        start = m.start("qord") if m.group(0).lower().startswith("au") else m.start()
        if m["year"]:
            return Found(start, m.end(), "date", f"{m['year']}-Q{number}", "quarter", "absolute")
        if ctx.published is None:
            return None
        year = ctx.published.year
        if number > (ctx.published.month - 1) // 3 + 1 and not ctx.future_sentence(m.start()):
            year -= 1  # a quarter not yet begun at publication is last year's
        return Found(start, m.end(), "date", f"{year}-Q{number}", "quarter", "published")

    def _roman_century(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'le XXe siècle': TimeML writes the century's two first digits ('19')."""
        numerals = {"I": 1, "V": 5, "X": 10}
        roman = ctx.text[m.start("roman") : m.end("roman")]
        if not roman.isupper():
            return None  # "vie siècle"? written in capitals only
        total = 0
        for index, letter in enumerate(roman):
            value = numerals[letter]
            following = numerals[roman[index + 1]] if index + 1 < len(roman) else 0
            total += -value if value < following else value
        if not 1 <= total <= 21:
            return None
        return Found(m.start(), m.end(), "date", f"{total - 1:02d}", "century", "absolute")

    def _discourse_word(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'le lendemain', 'la veille': the day the text last dated, moved by the word's step."""
        shift = self.discourse_days[m["ddword"].lower()]
        offset = f"{'-' if shift < 0 else '+'}P{abs(shift)}D"
        return Found(m.start(), m.end(), "date", "XXXX-XX-XX", "day", "event", offset=offset)

    def _nth_day(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'today is the eighth day of the strike': the day of publication."""
        if ctx.published is None:
            return None
        value = ctx.published.isoformat()
        return Found(m.start("nth"), m.end(), "date", value, "day", "published")

    def _discourse_month(self, m: re.Match[str], ctx: Context) -> Found:
        """'the following month': the month after the one the text last dated."""
        step = {"same": 0, "following": 1}.get(m["mmod"].lower(), -1)
        offset = f"{'-' if step < 0 else '+'}P{abs(step)}M"
        return Found(m.start(), m.end(), "date", "XXXX-XX", "month", "event", offset=offset)

    def _week_of(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the week of March 6': that day's ISO week."""
        found = self._day_month(m, ctx)
        if not isinstance(found, Found) or found.value.startswith("X"):
            return None
        week = format_value(date.fromisoformat(found.value), "week")
        return replace(found, value=week, granularity="week")

    def _weekend(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the weekend': the last one before publication, or the next in the future tense."""
        if ctx.published is None:
            return None
        base = ctx.published
        if ctx.future_sentence(m.start()):
            saturday = base + timedelta(days=(5 - base.weekday()) % 7)
        else:
            saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        value = f"{format_value(saturday, 'week')}-WE"
        return Found(m.start(), m.end(), "date", value, "week", "published")

    def _seasons_set(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the past three summers': each summer, as TimeML writes a recurring season."""
        code = self.seasons.get(m["seasons"].lower().removesuffix("s"))
        if code is None:
            return None
        return Found(m.start(), m.end(), "set", f"XXXX-{code}", "set", "absolute")

    def _the_week(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'for the week', 'the week's gains': a week of the publication's year, left unnumbered.

        TimeML leaves what the text does not say as X: the week is the one under discussion, which
        the words alone do not number ('the week of March 6' is dated by its own pattern).
        """
        if ctx.published is None:
            return None
        value = f"{ctx.published.year:04d}-WXX"
        return Found(m.start(), m.end(), "date", value, "week", "published")

    def _spelled_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'nineteen ninety-six' (a year said as on air), 'the year two thousand'."""
        if m.groupdict().get("y2k"):
            return Found(m.start(), m.end(), "date", "2000", "year", "absolute")
        year = self._year_of(m)
        if year is None:
            return None
        return Found(m.start(), m.end(), "date", f"{year:04d}", "year", "absolute")

    def _bare_plural(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'for weeks', 'within months', 'over the years', 'for a while': of unknown length."""
        if m["vague"]:
            return Found(m.start("vague"), m.end(), "duration", "PXX", "duration", "absolute")
        unit = self.units[m["what"].lower()]
        if m["the"] and unit not in {"Y", "DE", "CE"}:
            return None  # "in the days before the shooting": a stretch the text dates
        if unit in {"H", "MIN"}:
            value = f"PTX{'M' if unit == 'MIN' else 'H'}"
        else:
            value = "PXY" if unit == "DE" else f"PX{unit}"
        start = m.start("the") if m["the"] else m.start("what")
        return Found(start, m.end(), "duration", value, "duration", "absolute")

    def _ahead(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'in the weeks ahead', 'the coming months ahead': a stretch to come of unknown length."""
        unit = self.units[m["what"].lower()]
        if unit in {"H", "MIN"}:
            value = f"PTX{'M' if unit == 'MIN' else 'H'}"
        else:
            value = "PXY" if unit == "DE" else f"PX{unit}"
        return Found(m.start(), m.end(), "duration", value, "duration", "absolute")

    def _long_compound(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'a day-long meeting' (P1D), 'a decades-long battle' (PXY)."""
        lead = re.search(r"\b[a-z]+$", ctx.text[max(0, m.start() - 12) : m.start()], re.I)
        word = lead[0].lower() if lead else ""
        unit = self.units.get(word)
        if lead is None or unit is None:
            return None
        if unit in {"H", "MIN"}:
            amount = "X" if word.endswith("s") else "1"
            value = f"PT{amount}{'M' if unit == 'MIN' else 'H'}"
        elif word.endswith("s"):
            value = "PXY" if unit == "DE" else f"PX{unit}"
        else:
            value = "P10Y" if unit == "DE" else f"P1{unit}"
        return Found(m.start() - len(word), m.end(), "duration", value, "duration", "absolute")

    def _season(self, m: re.Match[str], ctx: Context) -> Found | None:
        """'the summer', 'in winter': this year's, or last year's if it has not yet begun."""
        if ctx.published is None:
            return None
        code = self.seasons[m["season"].lower()]
        named = self._year_of(m)
        if named is not None:  # "the winter of 1994"
            return Found(m.start(), m.end(), "date", f"{named:04d}-{code}", "season", "absolute")
        before = ctx.text[max(0, m.start() - 20) : m.start()].lower()
        if not _SEASON_CONTEXT.search(before):
            return None  # "spring" the noun, "fall" the verb
        if m["season"].lower() == "été" and _PARTICIPLE_AFTER.match(ctx.text, m.end()):
            return None  # "ont depuis été arrêtés": the auxiliary, not the summer
        base = ctx.published
        year = base.year
        starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(code, 1)
        future = ctx.future_sentence(m.start())
        if starts > base.month and not future:
            year -= 1
        elif future and code != "WI" and base.month >= starts + 3:
            year += 1  # "les combats reprendront au printemps" said in June: next spring
        return Found(m.start(), m.end(), "date", f"{year:04d}-{code}", "season", "published")

    # -- driver -----------------------------------------------------------------------------

    def _candidates(self, ctx: Context) -> Iterator[Found]:
        # Lower-cased text without IGNORECASE is several times faster to scan; handlers read
        # case from ctx.text at the same offsets (when lowering keeps the length).
        lowered = ctx.text.lower()
        same = len(lowered) == len(ctx.text)
        for folded, lower, handler, priority, prefix, needles in self.patterns:
            if needles is not None and not any(needle in lowered for needle in needles):
                continue  # none of the words every match holds: the pattern cannot match
            pattern, source = (lower, lowered) if same else (folded, ctx.text)
            for match in pattern.finditer(source):
                result = handler(match, ctx)
                for found in result if isinstance(result, list) else (result,):
                    if found is None or found.end <= found.start:
                        continue
                    if prefix is not None and not found.fixed_start:
                        window = ctx.text[max(0, found.start - 40) : found.start]
                        before = prefix.search(window)
                        # ("$" also matches before a final newline: only a prefix that ends
                        # where the match starts belongs to it)
                        if before is not None and before.end() == len(window):
                            start = found.start - len(window) + before.start()
                            found = replace(found, start=start)
                    yield replace(found, priority=found.priority + priority)

    def find(self, text: str, published: date | None, doc: Doc | None = None) -> list[Found]:
        ctx = Context(text=text, published=published, doc=doc, pack=self.pack)
        chosen: list[Found] = []
        ranked = sorted(
            self._candidates(ctx), key=lambda f: (-(f.end - f.start), -f.priority, f.start)
        )
        for candidate in ranked:
            if not any(overlaps(candidate.start, candidate.end, c.start, c.end) for c in chosen):
                chosen.append(candidate)
        chosen.sort(key=lambda f: f.start)
        chosen = [self._day_beside(found, text) for found in chosen]
        if any(found.weekday_step for found in chosen):
            chosen = self._anaphoric_weekdays(chosen)
        chosen = self._appositive_days(chosen, text)
        if any(found.free_day for found in chosen):
            chosen = self._clock_days(chosen, text)
        if any(found.shift_years is not None for found in chosen):
            chosen = self._resolve_quarters(chosen, published)
        return [
            self._resolve_anchor(found, chosen, text, published)
            if found.anchor == "event"
            else found
            for found in chosen
        ]

    @staticmethod
    def _anaphoric_weekdays(chosen: list[Found]) -> list[Found]:
        """'the previous Friday': the Friday before the last day the text dated, not before
        publication ('down 4.5% from the previous Friday' in a report on a Friday's trading)."""
        resolved: list[Found] = []
        last: date | None = None
        for found in chosen:
            if found.weekday_step and last is not None:
                target, direction = found.weekday_step
                step = (
                    -((last.weekday() - target) % 7 or 7)
                    if direction < 0
                    else (target - last.weekday()) % 7 or 7
                )
                found = replace(found, value=(last + timedelta(days=step)).isoformat())
            elif (
                found.granularity == "day"
                and found.anchor != "event"
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.value)
            ):
                last = date.fromisoformat(found.value)
            resolved.append(found)
        return resolved

    @staticmethod
    def _clock_days(chosen: list[Found], text: str) -> list[Found]:
        """A clock time takes the day written beside it: 'at 1835 on 3 January', 'at 10:35
        a.m. Tuesday', 'Tuesday at 10 p.m.', 'last night at 2300', not publication's."""
        resolved: list[Found] = []
        for index, found in enumerate(chosen):
            if found.free_day:
                following = chosen[index + 1] if index + 1 < len(chosen) else None
                previous = resolved[-1] if resolved else None
                day = None
                if following is not None and _CLOCK_THEN_DAY.fullmatch(
                    text, found.end, following.start
                ):
                    day = DAY_VALUE.match(following.value)
                if (
                    day is None
                    and previous is not None
                    and _DAY_THEN_CLOCK.fullmatch(text, previous.end, found.start)
                ):
                    day = DAY_VALUE.match(previous.value)
                if day is not None:
                    clock = found.value.partition("T")[2]
                    found = replace(found, value=f"{day.group(0)}T{clock}", free_day=False)
            resolved.append(found)
        return resolved

    @staticmethod
    def _appositive_days(chosen: list[Found], text: str) -> list[Found]:
        """'Oct. 12, the day before the crash': 'the day' restates the date before it."""
        extra: list[Found] = []
        for index, found in enumerate(chosen):
            if found.granularity != "day" or found.anchor == "event":
                continue
            apposed = _APPOSITIVE_DAY.match(text, found.end)
            if apposed is None:
                continue
            start, end = apposed.span("day")
            following = chosen[index + 1] if index + 1 < len(chosen) else None
            if following is not None and following.start < end:
                continue
            extra.append(replace(found, start=start, end=end, priority=0))
        if not extra:
            return chosen
        return sorted(chosen + extra, key=lambda f: f.start)

    @staticmethod
    def _day_beside(found: Found, text: str) -> Found:
        """'the day before last Tuesday': the day next to a dated day."""
        if found.granularity != "day" or found.anchor == "event" or found.start < 11:
            return found
        beside = _DAY_BESIDE.search(text, max(0, found.start - 16), found.start)
        if beside is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.value):
            return found
        step = -1 if beside["side"].lower() == "before" else 1
        day = date.fromisoformat(found.value) + timedelta(days=step)
        return replace(found, start=beside.start(), value=day.isoformat())

    @staticmethod
    def _resolve_quarters(chosen: list[Found], published: date | None) -> list[Found]:
        """Give 'the quarter', 'the year-ago period' and 'a year ago' the quarter in discussion."""
        current: tuple[int, int] | None = None
        # After "the first nine months" the text compares those months, not the quarter:
        # "from $504 million last year", "the 1988 period" are then the year.
        months = False
        resolved: list[Found] = []
        for found in chosen:
            if found.shift_years is None:
                named = re.fullmatch(r"(\d{4})-Q(\d)", found.value)
                if named and found.topical:
                    current = (int(named[1]), int(named[2]))
                    months = False
                elif found.value in _PART_YEAR_SPANS:
                    months = True
                resolved.append(found)
                continue
            dated = re.fullmatch(r"(\d{4})-Q(\d)", found.value)
            if months and not dated and (found.value or found.granularity != "quarter"):
                # "the 1988 period", "a year earlier" after the nine months: a year
                year = int(found.value) if found.value.isdigit() else None
                if found.anchor == "event" or year is None:
                    base = current[0] if current else published.year if published else None
                    year = None if base is None else base + (found.shift_years or 0)
                if year is not None:
                    found = replace(
                        found,
                        value=f"{year:04d}",
                        granularity="year",
                        anchor="published",
                        shift_years=None,
                        offset=None,
                    )
                resolved.append(found)
                continue
            if found.granularity != "quarter":
                # "a year ago" in a text about a quarter: that quarter, a year before.
                if current is not None:
                    year, number = current
                    value = f"{year + (found.shift_years or 0):04d}-Q{number}"
                    found = replace(found, value=value, granularity="quarter", anchor="published")
                resolved.append(found)
                continue
            if dated is not None:
                # "the quarter ended July 31": dated by its end, unless a quarter is named
                if current is None:
                    current = (int(dated[1]), int(dated[2]))
                    resolved.append(found)
                    continue
                found = replace(found, value="")
            reference = current
            if reference is None and published is not None:
                # No quarter named yet: the last one completed at publication.
                last = _add_months(published, -3)
                reference = (last.year, (last.month - 1) // 3 + 1)
            if reference is None:
                continue
            year, number = reference
            if found.value:
                year = int(found.value)
            year += found.shift_years or 0
            if not found.shift_years and not found.value:
                current, months = (
                    (year, number),
                    False,
                )  # "the latest quarter" names the quarter in discussion
            found = replace(found, value=f"{year:04d}-Q{number}")
            resolved.append(found)
        return resolved

    def _resolve_anchor(
        self, found: Found, chosen: list[Found], text: str, published: date | None = None
    ) -> Found:
        """Date an event-anchored time from an absolute date the article gives its anchor."""
        assert found.offset is not None
        anchor_date: date | None = None
        if found.anchor_head:
            stem = found.anchor_head.lower()[:4]
            for other in chosen:
                if other is found or other.granularity != "day" or other.anchor == "event":
                    continue
                left = max(text.rfind(". ", 0, other.start), text.rfind("\n", 0, other.start)) + 1
                right_candidates = [
                    i for i in (text.find(". ", other.end), text.find("\n", other.end)) if i >= 0
                ]
                right = min(right_candidates) if right_candidates else len(text)
                # the anchor's own words do not date it: in "limogé samedi ..., trois jours
                # après l'embuscade", Saturday is the day of the dismissal, not the ambush
                sentence = "".join(
                    " " if found.start <= i < found.end else c
                    for i, c in enumerate(text[left:right].lower(), start=left)
                )
                if re.search(rf"\b{re.escape(stem)}", sentence) and re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", other.value
                ):
                    anchor_date = date.fromisoformat(other.value)
                    break
        elif found.granularity == "month":
            # "the following month": from the last month (or day) the text gave before it
            months = [o for o in chosen if o.end <= found.start and _MONTH_VALUE.match(o.value)]
            if not months:
                return found
            named = date(int(months[-1].value[:4]), int(months[-1].value[5:7]), 1)
            month = _add_months(named, int(found.offset[:1] + found.offset[2:-1]))
            return replace(found, value=format_value(month, "month"))
        elif found.anchor_text is None:
            # "two days later": relative to the last date the text gave before it.
            previous = [o for o in chosen if o.end <= found.start and _MONTH_VALUE.match(o.value)]
            if previous and len(previous[-1].value) == 7 and found.offset.endswith("D"):
                # "most recently last October ... that same day": a day of that month
                return replace(found, value=f"{previous[-1].value}-XX")
            previous = [o for o in previous if len(o.value) >= 10]
            if previous:
                anchor_date = date.fromisoformat(previous[-1].value[:10])
            elif found.offset in {"+P0D", "-P0D", "+P1D", "-P1D"}:
                # "later in the day", "the previous day", "la veille": from the day of
                # publication when the text names no day before
                anchor_date = published
        if anchor_date is None:
            return found
        amount, unit = _offset_parts(found.offset)
        day, _ = _shift(anchor_date, amount or 0.0, unit)
        if found.day_part:
            value = f"{day.isoformat()}T{found.day_part}"
            return replace(found, type="time", value=value, granularity="daypart")
        return replace(found, value=day.isoformat(), granularity="day")


def _introduces_clause(doc: Doc, position: int) -> bool:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span is not None and (span[0].dep_ == "mark" or span[0].pos_ == "SCONJ")


def _anchor_phrase(doc: Doc, position: int) -> tuple[int, str, str] | None:
    """The noun phrase after 'after'/'before' at ``position``: (end, text, head noun)."""
    tokens = [t for t in doc if t.idx >= position]
    if not tokens:
        return None
    first = tokens[0]
    preposition = doc[first.i - 1] if first.i > 0 else None
    head = None
    if preposition is not None:
        objects = [c for c in preposition.children if c.dep_ in {"pobj", "obj", "obl", "nmod"}]
        head = objects[0] if objects else None
    if head is None:
        head = first if first.pos_ in {"NOUN", "PROPN", "DET"} else None
        while head is not None and head.pos_ == "DET":
            head = head.head if head.head.i > head.i else None
    if head is None or head.i < first.i:
        return None
    subtree = list(head.subtree)
    end_token = max((t for t in subtree if t.i >= first.i), key=lambda t: t.i)
    # The deepest noun names the event: "the start of the invasion" -> invasion.
    nouns = [t for t in subtree if t.pos_ in {"NOUN", "PROPN"}]
    head_noun = nouns[-1] if nouns else head
    end = end_token.idx + len(end_token.text)
    return end, doc_text(doc)[first.idx : end], head_noun.lemma_ or head_noun.text


class TimesComponent:
    """spaCy component: writes ``doc._.times`` (list of TimeExpr)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.tagger = TimeTagger(pack)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.tagger.find(text, doc._.published, doc)
        doc._.times = [to_record(f, text, doc._.article_id) for f in found]
        return doc


def to_record(found: Found, text: str, article_id: str = "") -> TimeExpr:
    span = text[found.start : found.end]
    return TimeExpr(
        id=content_id("time", article_id, found.start, found.end, span, found.value),
        text=span,
        start=found.start,
        end=found.end,
        type=found.type,  # type: ignore[arg-type]
        value=found.value,
        anchor=found.anchor,  # type: ignore[arg-type]
        granularity=found.granularity,
        anchor_text=found.anchor_text,
        offset=found.offset,
        extractor=EXTRACTOR,
        confidence=0.9 if found.anchor != "event" or found.value != "XXXX-XX-XX" else 0.6,
    )


@Language.factory(
    "newstrace_times",
    default_config={"lang": None},
    requires=["doc.sents", "token.dep", "token.lemma"],
    assigns=["doc._.times"],
)
def make_times(nlp: Language, name: str, lang: str | None) -> TimesComponent:
    ensure_extensions()
    return TimesComponent(nlp, name, load_pack(lang or nlp.lang))
