"""Time expressions: find them and give each a TIMEX3 type and value.

Values are normalized against the publication date (``doc._.published``) and, for times such
as "ten days after the start of the invasion", against the date of the anchor event when the
article dates it ("On February 24, ... invaded"). An anchor the article does not date is kept as
an unresolved offset (``value`` 'XXXX-XX-XX', ``offset`` '+P10D', ``anchor_text``): never guessed
from the publication date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from newstrace.components.base import VERSION, ensure_extensions, overlaps
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


Handler = Callable[[re.Match[str], "Context"], Found | None]


@dataclass
class Context:
    text: str
    published: date | None
    doc: Doc | None
    pack: LanguagePack

    def future_sentence(self, position: int) -> bool:
        """Whether the clause of the time at ``position`` speaks of the future ('will', 'next')."""
        if self.doc is not None:
            span = self.doc.char_span(position, position + 1, alignment_mode="expand")
            if span is not None and len(span):
                verb = span[0]
                while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                    verb = verb.head
                if "Fut" in verb.morph.get("Tense"):
                    return True
                if verb.tag_ in {"VBD", "VBN"} or "Past" in verb.morph.get("Tense"):
                    return False
                auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "aux:tense"}}
                return bool(auxiliaries & {"will", "shall", "'ll", "wo", "va", "vont"}) or (
                    verb.lemma_ in {"plan", "intend", "expect", "prévoir"}
                )
        left = self.text.rfind(".", 0, position) + 1
        right = self.text.find(".", position)
        sentence = self.text[left : right if right > 0 else len(self.text)].lower()
        return any(
            re.search(rf"\b{re.escape(word)}\b", sentence)
            for word in ("will", "'ll", "going to", "next", "plans to", "va ", "prochain")
        )


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
        self.patterns = self._compile()

    # -- patterns -------------------------------------------------------------------------

    def _compile(self) -> list[tuple[re.Pattern[str], Handler, int]]:
        pack = self.pack
        month = rf"(?P<month>{alternation(self.months)})\.?"
        weekday = rf"(?P<weekday>{alternation(self.weekdays)})"
        number = number_regex(pack)
        unit = rf"(?P<unit>{alternation(self.units)})"
        day = r"(?P<day>[0-3]?\d|1er)(?:st|nd|rd|th)?"
        year = r"(?P<year>(?:1[5-9]|20)\d{2})"
        rel = rf"(?P<rel>{alternation(self.relative)})"
        part_lead = r"(?:the\s+|l[ae]\s+|au\s+|à\s+la\s+|en\s+)?"
        part_tail = r"(?:\s+of|\s+d[e'u]|-|\s+)\s*(?:the\s+)?"
        part = rf"(?:{part_lead}(?P<part>{alternation(self.parts)}){part_tail})"
        period_words = alternation([*self.units, *self.weekdays, *self.seasons, "weekend"])
        unit_or_season = alternation([*self.units, *self.seasons])
        postposed = alternation(self.relative_after) or "NONE"
        unit_or_weekday = alternation([*self.units, *self.weekdays])
        references = alternation([*pack["present_ref"], *pack["past_ref"], *pack["future_ref"]])
        amount = rf"(?P<amount>{number}|an?|une?|one|several|a\s+few|quelques|plusieurs)"
        prepositions = [
            w for w in self.directions if w not in {"ago", "later", "earlier", "plus tard", "since"}
        ]
        directions = rf"(?P<direction>{alternation(prepositions)})"
        flags = re.IGNORECASE
        specs: list[tuple[str, Handler, int]] = [
            (rf"\b{year}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b", self._iso, 9),
            (rf"(?:{weekday},?\s+)?\b{month}\s+{day},?\s+{year}\b", self._day_month_year, 8),
            (
                rf"(?:{weekday},?\s+)?\b(?:the\s+|le\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}\b",
                self._day_month_year,
                8,
            ),
            (rf"(?:{weekday},?\s+)?\b{month}\s+{day}\b(?!,?\s*\d)", self._day_month, 7),
            (
                rf"(?:{weekday},?\s+)?\b(?:the\s+|le\s+)?{day}(?:\s+of)?\s+{month}\b",
                self._day_month,
                7,
            ),
            (rf"{part}?\b{month},?\s+(?:of\s+)?{year}\b", self._month_year, 7),
            (rf"{part}?\b{month}\b", self._month_alone, 4),
            (rf"{part}?\b(?:the\s+|fiscal\s+)?{year}\b(?![-/]\d)", self._year, 5),
            (r"\b(?:the\s+)?(?P<decade>(?:1[5-9]|20)\d)0(?:'?s)\b", self._decade, 5),
            (
                rf"{part}?\b{rel}\s+(?P<what>{period_words})\b",
                self._relative_unit,
                6,
            ),
            (
                rf"{part}?\b(?:the\s+|l[ae]\s+|l')?(?P<what>{unit_or_season})\s+(?P<relafter>{postposed})\b",
                self._relative_unit,
                6,
            ),
            (rf"{part}(?P<what>{alternation(self.units)})\b", self._relative_unit, 5),
            (rf"\b(?P<deictic>{alternation(self.deictic)})\b", self._deictic, 6),
            (
                rf"\b(?:on\s+|last\s+|next\s+|this\s+|ce\s+)?{weekday}(?:\s+(?:morning|afternoon|evening|night|matin|soir))?\b",
                self._weekday,
                5,
            ),
            (rf"\b(?:il\s+y\s+a\s+){amount}\s+{unit}\b", self._ago, 7),
            (
                rf"\b{amount}\s+{unit}\s+(?P<ago>ago|earlier|later|plus\s+tard|plus\s+tôt)\b",
                self._ago,
                7,
            ),
            (rf"\b{amount}[\s-]+{unit}\s+{directions}\s+(?=\S)", self._anchored, 8),
            (
                rf"\b(?:the\s+(?P<span>past|last|next|coming|previous)\s+)?{amount}[\s-]+{unit}(?![\w-])(?!\s+old)",
                self._duration,
                3,
            ),
            (
                rf"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth)\s+quarter(?:\s+of\s+{year})?\b",
                self._quarter,
                6,
            ),
            (
                r"\b(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<meridiem>a\.m\.|p\.m\.|am\b|pm\b)",
                self._clock,
                6,
            ),
            (
                rf"\b(?:every|each|chaque)\s+(?P<what>{unit_or_weekday})\b",
                self._set,
                6,
            ),
            (
                rf"\b(?P<ref>{references})\b",
                self._reference,
                2,
            ),
        ]
        return [(re.compile(p, flags), h, prio) for p, h, prio in specs]

    # -- helpers ----------------------------------------------------------------------------

    def _month_of(self, m: re.Match[str]) -> int:
        return self.months[m.group("month").lower().rstrip(".")]

    def _day_of(self, m: re.Match[str]) -> int:
        raw = m.group("day").lower()
        return 1 if raw == "1er" else int(raw)

    def _infer_year(self, month: int, day: int, ctx: Context, position: int) -> int | None:
        """The year of a date written without one: the nearest past one, unless future tense."""
        if ctx.published is None:
            return None
        base = ctx.published
        candidates = [
            d
            for y in (base.year - 1, base.year, base.year + 1)
            if (d := _valid_date(y, month, day))
        ]
        if ctx.future_sentence(position):
            later = [d for d in candidates if d >= base - timedelta(days=1)]
            return min(later).year if later else base.year
        earlier = [d for d in candidates if d <= base + timedelta(days=7)]
        return max(earlier).year if earlier else base.year

    def _is_modal_may(self, m: re.Match[str]) -> bool:
        word = m.group("month")
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
        if self._is_modal_may(m):
            return None
        day = _valid_date(int(m["year"]), self._month_of(m), self._day_of(m))
        if day is None:
            return None
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "absolute")

    def _day_month(self, m: re.Match[str], ctx: Context) -> Found | None:
        if self._is_modal_may(m):
            return None
        month, day_number = self._month_of(m), self._day_of(m)
        if not 1 <= day_number <= 31:
            return None
        year = self._infer_year(month, day_number, ctx, m.start())
        if year is None:
            return Found(
                m.start(), m.end(), "date", f"XXXX-{month:02d}-{day_number:02d}", "day", "published"
            )
        day = _valid_date(year, month, day_number)
        if day is None:
            return None
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")

    def _month_year(self, m: re.Match[str], ctx: Context) -> Found | None:
        if self._is_modal_may(m):
            return None
        return Found(
            m.start(),
            m.end(),
            "date",
            f"{int(m['year']):04d}-{self._month_of(m):02d}",
            "month",
            "absolute",
        )

    def _month_alone(self, m: re.Match[str], ctx: Context) -> Found | None:
        word = m.group("month")
        if self.pack.code == "en" and not word[0].isupper():
            return None
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        ambiguous = word.lower() in {"may", "march", "mar", "jan", "sept", "dec", "aug", "jun"}
        if ambiguous and not (
            m.group("part")
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
        year = self._infer_year(month, 15, ctx, m.start())
        value = f"XXXX-{month:02d}" if year is None else f"{year:04d}-{month:02d}"
        return Found(m.start(), m.end(), "date", value, "month", "published")

    def _year(self, m: re.Match[str], ctx: Context) -> Found | None:
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        if re.search(r"[$€£¥#]\s?$|[\d.,]$", before):
            return None
        after = ctx.text[m.end() : m.end() + 20]
        if re.match(
            r"\s*(%|percent|per cent|[a-z]+s\b(?<!years)(?<!\bis)|people|men|women|troops)", after
        ):
            return None
        return Found(m.start(), m.end(), "date", f"{int(m['year']):04d}", "year", "absolute")

    def _decade(self, m: re.Match[str], ctx: Context) -> Found | None:
        return Found(m.start(), m.end(), "date", m["decade"], "decade", "absolute")

    def _relative_unit(self, m: re.Match[str], ctx: Context) -> Found | None:
        what = m["what"].lower()
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
            return Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")
        if what in self.seasons:
            year = base.year + direction
            return Found(
                m.start(),
                m.end(),
                "date",
                f"{year:04d}-{self.seasons[what]}",
                "season",
                "published",
            )
        if what == "weekend":
            day, _ = _shift(base, direction, "W")
            return Found(
                m.start(), m.end(), "date", f"{format_value(day, 'week')}-WE", "week", "published"
            )
        unit = self.units[what]
        if unit in {"H", "MIN"}:
            return None
        day, granularity = _shift(base, direction, unit)
        return Found(
            m.start(),
            m.end(),
            "date",
            format_value(day, granularity),
            granularity,
            "published",
            priority=1,
        )

    def _deictic(self, m: re.Match[str], ctx: Context) -> Found | None:
        if ctx.published is None:
            return Found(m.start(), m.end(), "date", "XXXX-XX-XX", "day", "published")
        day = ctx.published + timedelta(days=self.deictic[m["deictic"].lower()])
        return Found(m.start(), m.end(), "date", day.isoformat(), "day", "published")

    def _weekday(self, m: re.Match[str], ctx: Context) -> Found | None:
        word = m.group("weekday")
        if self.pack.code == "en" and not word[0].isupper():
            return None
        if ctx.published is None:
            return None
        base = ctx.published
        target = self.weekdays[word.lower()]
        lead = m.group(0).lower()
        future = lead.startswith("next") or (
            not lead.startswith("last") and ctx.future_sentence(m.start())
        )
        if future:
            day = base + timedelta(days=(target - base.weekday()) % 7)
        else:
            day = base - timedelta(days=(base.weekday() - target) % 7)
        start = m.start() + (len(lead) - len(lead.lstrip("on ")) if lead.startswith("on ") else 0)
        return Found(start, m.end(), "date", day.isoformat(), "day", "published")

    def _amount(self, m: re.Match[str]) -> float | None:
        raw = m["amount"].lower()
        if raw in {"a", "an", "one", "un", "une"}:
            return 1.0
        if raw in {"several", "plusieurs"}:
            return None
        if raw in {"a few", "quelques"}:
            return None
        return parse_number(raw, self.pack)

    def _ago(self, m: re.Match[str], ctx: Context) -> Found | None:
        amount = self._amount(m)
        unit = self.units[m["unit"].lower()]
        word = (m.groupdict().get("ago") or "ago").lower()
        if word in {"later", "plus tard"}:
            return self._anchored(m, ctx, direction=1)
        if word in {"earlier", "plus tôt"}:
            return self._anchored(m, ctx, direction=-1)
        if amount is None or ctx.published is None or unit in {"H", "MIN"}:
            return Found(m.start(), m.end(), "date", "PAST_REF", "ref", "published")
        day, granularity = _shift(ctx.published, -amount, unit)
        return Found(
            m.start(), m.end(), "date", format_value(day, granularity), granularity, "published"
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
        amount_text = "X" if amount is None else format_number(amount)
        if unit in {"H", "MIN"}:
            value = f"PT{amount_text}{'M' if unit == 'MIN' else 'H'}"
        elif unit == "DE":
            value = f"P{amount_text}0Y" if amount is not None else "PXDE"
        elif unit == "CE":
            value = f"P{amount_text}CE"
        else:
            value = f"P{amount_text}{unit}"
        return Found(m.start(), m.end(), "duration", value, "duration", "absolute")

    def _quarter(self, m: re.Match[str], ctx: Context) -> Found | None:
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["ordinal"].lower()]
        if m.groupdict().get("year"):
            year = int(m["year"])
        elif ctx.published:
            year = ctx.published.year
        else:
            return None
        anchor = "absolute" if m.groupdict().get("year") else "published"
        return Found(m.start(), m.end(), "date", f"{year:04d}-Q{number}", "quarter", anchor)

    def _clock(self, m: re.Match[str], ctx: Context) -> Found | None:
        hour = int(m["hour"]) % 12 + (12 if m["meridiem"].lower().startswith("p") else 0)
        minute = int(m["minute"] or 0)
        day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
        return Found(
            m.start(), m.end(), "time", f"{day}T{hour:02d}:{minute:02d}", "minute", "published"
        )

    def _set(self, m: re.Match[str], ctx: Context) -> Found | None:
        what = m["what"].lower()
        if what in self.weekdays:
            return Found(
                m.start(),
                m.end(),
                "set",
                "XXXX-WXX-" + str(self.weekdays[what] + 1),
                "week",
                "absolute",
            )
        unit = self.units[what]
        value = f"PT1{'M' if unit == 'MIN' else 'H'}" if unit in {"H", "MIN"} else f"P1{unit}"
        return Found(m.start(), m.end(), "set", value, "set", "absolute")

    def _reference(self, m: re.Match[str], ctx: Context) -> Found | None:
        word = m["ref"].lower()
        if word in self.pack.words("present_ref"):
            value = "PRESENT_REF"
        elif word in self.pack.words("past_ref"):
            value = "PAST_REF"
        else:
            value = "FUTURE_REF"
        return Found(m.start(), m.end(), "date", value, "ref", "published")

    # -- driver -----------------------------------------------------------------------------

    def _candidates(self, ctx: Context) -> Iterator[Found]:
        for pattern, handler, priority in self.patterns:
            for match in pattern.finditer(ctx.text):
                found = handler(match, ctx)
                if found is not None and found.end > found.start:
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
        return [
            self._resolve_anchor(found, chosen, text) if found.anchor == "event" else found
            for found in chosen
        ]

    def _resolve_anchor(self, found: Found, chosen: list[Found], text: str) -> Found:
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
                sentence = text[left:right].lower()
                if re.search(rf"\b{re.escape(stem)}", sentence) and re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", other.value
                ):
                    anchor_date = date.fromisoformat(other.value)
                    break
        elif found.anchor_text is None:
            # "two days later": relative to the last date the text gave before it.
            previous = [
                o
                for o in chosen
                if o.end <= found.start and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.value)
            ]
            if previous:
                anchor_date = date.fromisoformat(previous[-1].value)
        if anchor_date is None:
            return found
        sign = -1 if found.offset.startswith("-") else 1
        amount = (
            float(found.offset[2:-1])
            if found.offset[-2:-1].isdigit() or found.offset[2:-1].replace(".", "").isdigit()
            else 0.0
        )
        unit = found.offset[len(found.offset.rstrip("DWMYEQC")) :]
        day, _ = _shift(anchor_date, sign * amount, unit)
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
    return end, doc.text[first.idx : end], head_noun.lemma_ or head_noun.text


class TimesComponent:
    """spaCy component: writes ``doc._.times`` (list of TimeExpr)."""

    def __init__(self, nlp: Language, name: str, pack: LanguagePack) -> None:
        self.name = name
        self.tagger = TimeTagger(pack)

    def __call__(self, doc: Doc) -> Doc:
        found = self.tagger.find(doc.text, doc._.published, doc)
        doc._.times = [to_record(f, doc.text, doc._.article_id) for f in found]
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
