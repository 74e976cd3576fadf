"""MUC-4 (1992): terrorist incidents in Latin American wire reports, scored per document.

Reader
    :func:`read_muc4` reads a split of ``muc4/corpora``: ``dev`` (``dev/dev-muc3-*`` texts with
    ``dev/key-dev-*.muc4``: 1,300 messages), ``tst1`` (``tst1/tst1-muc3``, ``key-tst1.v7``),
    ``tst2`` (``tst2/tst2-muc4``, ``key-tst2.v4``) or ``test`` (tst1 then tst2: 200 messages).
    A message starts at a line holding its id (``DEV-MUC3-0001 (NOSC)``); its creation date
    (DCT) is the date of the dateline (``SAN SALVADOR, 3 JAN 90 (RADIO ...) --`` → 1990-01-03).
    A key template is a block of numbered slots (``0.  MESSAGE: ID`` ... ``24. HUM TGT: TOTAL
    NUMBER``); a line indented under a slot adds a value to it, ``;;;`` lines are comments. A
    message without a relevant incident has one template whose ``1. MESSAGE: TEMPLATE`` is
    ``*`` (it gives no template here). ``1 (OPTIONAL)`` marks an optional template.

Truecasing
    The texts are all upper case, which the English model parses badly (every word a proper
    noun). :func:`truecase` lower-cases everything, then capitalises the first letter of every
    sentence (text start, after ``.``/``?``/``!``, after the dateline's ``--`` and after a
    ``[TEXT]``-style bracket, at paragraph starts), keeps upper case for acronyms (a word of 2-6
    letters written alone in brackets or parentheses somewhere in the message, ``[FMLN]``, or in
    a short built-in list) and title-cases the words of a short built-in list of place, people
    and organisation names of the region, the dateline's place and the month names. It needs no
    model and never turns a word into something else than a case variant, so offsets hold.

Document prediction
    A system gives events (type, modality, trigger and its offset, time value, count, actors).
    The incidents of a document are the types of its events whose modality is asserted,
    reported, hypothetical, planned or attempted (MUC files threatened and attempted incidents:
    "threatened to kill" is a THREATENED attack); negated events are dropped, and so are events
    whose trigger is one word ending in -s, mostly a plural ("bombings", "attacks": talk about
    incidents, not one) or that the events component finds aggregate (many acts, "bomb
    attacks", or the kind of act, "charged with murder"), unless they have a count ("three
    bombings"), and events dated only by a year ("this year") or counted in the hundreds ("432
    have died"): tallies. The muc4 ontology's
    relevance data applies too (MUC-4 task documentation, section 1.0): an event dated more
    than ``recent_days`` (two months) before the DCT is background and dropped; so is an event
    out of the ontology's ``scope`` (rule 4: its sentence locates something only in foreign
    places, "in Lebanon", or names no place and the last place located before it, the dateline
    included, is foreign; a foreign nationality alone, "a U.S. nun", is no location); an event
    of a type ``subsumed_by`` others (ATTACK: "only when no other type fits") joins an event of one
    of them in its sentence ("three killed in the bombing") or, as a definite reference back
    ("the attack") or in a sentence that refers back to an act ("four were killed in the
    terrorist action"), the last one before it; one named by the general word itself ("a terrorist
    attack at the market") joins the first more specific one after it ("the explosion
    wounded 37"); a toll with no doer ("a minor was wounded") joins the last more specific one
    before it. A type is kept when its first such event lies in the
    lead (the first 500 characters of the message), it has at least 2 such events, or its one
    event is anchored: its clause gives it a time or names a place ("were killed in San Salvador
    on 16 November"). Wire reports open with the incident they report, and a single passing
    mention later on is mostly background (a clash, an old attack) unless it is told as a
    specific act. These two thresholds were chosen on dev. Per type: the
    date is the time value (to the day, ``YYYY-MM-DD``, not after the DCT: a report tells of
    the past) of the first kept event of that type that has one, otherwise the DCT (MUC keys
    date an incident of unknown date ``- 03 JAN 90``, "on or before the dateline"); the counts
    are the quantities of its events that count a target (not "four gunmen", "two bombs"; the
    events' quantity spans tell), and 1 for an event without one whose one target is named
    in the singular ("the mayor was killed": MUC counts each victim so named as 1); the
    perpetrators the actor texts of its events that name an organisation (a word in capitals,
    a capitalised word after the first and before a relative clause, comma or place ("hired
    killers in Medellin" names none), month and weekday names aside, or a kind of body with a
    content word: "FMLN guerrillas", "the Shining Path", "death squads", not "the guerrillas"
    or "they"), or when none does and an event of the type has no actor or a generic armed one
    ("the rebels", "urban commandos"), the armed group of the scope's ``groups`` that the text
    names last before that event, else first after it; the
    stage that of its
    first event that is no threat (THREATENED only when all are): THREATENED for a hypothetical
    or planned event, ATTEMPTED for an attempted one (the events component's modality: "tried
    to kill", "an assassination attempt", "the bomb was defused"), else ACCOMPLISHED.

Metrics (summed over documents)
    * incident type P/R/F1: the set of types predicted for the document against the set of
      types of its non-optional templates. A type found only in optional templates is neither
      required nor, when predicted, an error. A key type with alternatives (``BOMBING /
      ATTACK``) is matched by any of them;
    * incident date exact: per (document, gold type): correct when our date for that type is
      one the key allows for some template of that type. Key dates normalise as: ``03 JAN 90``
      → that day; ``- 03 JAN 90`` ("on or before") → 03 JAN 90; a range ``26 DEC 89 - 03 JAN
      90`` → any day in it; ``/`` separates alternatives, parentheses are dropped; a date
      without a day (``- 25 DEC``, ``JAN 90``) gives nothing. Precision counts our dates for
      gold types, recall the gold (document, type) pairs with a date;
    * incident stage: per (document, gold type) found, correct when our stage is the
      ``5. INCIDENT: STAGE OF EXECUTION`` of a template of that type (precision over the types
      found, recall over all gold types);
    * victim count: per (document, gold type), the numbers of ``21. HUM TGT: NUMBER`` (``50:
      "PEASANTS"``; ``7 - 10`` a range; ``PLURAL`` and ``?`` ignored) against the distinct
      counts of our events of that type, one-to-one, equal (or inside the range);
    * perpetrator organisation: per (document, gold type), the ``10. PERP: ORGANIZATION ID``
      strings (``"FMLN" / "FARABUNDO MARTI ..."``: one organisation, alternative names) against
      the distinct actor texts of our events of that type, one-to-one, a pair matching when
      they share a content word (case-insensitive, function words and generic words such as
      "terrorists" excluded).
    For the three slot metrics the predictions counted are those for types the document's key
    has (a wrong type is already an incident-type error).

Peer
    :func:`keyword_predictor`: no parse. Every trigger lemma of the MUC-4 ontology (all its
    words, each allowed any ending: ``kidnap`` matches "kidnapped") is searched in the
    lower-cased text (triggers restricted by ``with`` need a parse and are left out); a hit,
    with the matched words as its trigger, is an asserted event of that type without time,
    count or actor, so its incidents go through the same document rule and are dated by the DCT.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from newstrace.eval.common import ZERO, Run, Score, SystemResult, greedy_match, run_predictor
from newstrace.lang import calendar_words
from newstrace.ontologies import Scope
from newstrace.records import Event, TimeExpr

SPLITS = ("dev", "tst1", "tst2", "test")
METRIC_NAMES = (
    "incident type",
    "incident date",
    "incident stage",
    "victim count",
    "perpetrator org",
)
KEPT_MODALITIES = frozenset({"asserted", "reported", "hypothetical", "planned", "attempted"})

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}
_MESSAGE_START = re.compile(r"^((?:DEV-MUC3|TST\d-MUC\d)-\d{4})\b.*$", re.MULTILINE)
_DATELINE = re.compile(r"\b(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?\s+(\d{2}|\d{4})\b")
_DATELINE_US = re.compile(r"\b([A-Z]{3})[A-Z]*\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})\b")
_SLOT = re.compile(r"^(\d+)\.\s+([A-Z][A-Z :]*?[A-Z])\s{2,}(.*?)\s*$")
_KEY_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2})")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_NUMBER = re.compile(r"^(\d+)(?:\s*-\s*(\d+))?\s*:")


# --------------------------------------------------------------------------- reader


@dataclass(frozen=True)
class Template:
    """One key template, the slots scored here."""

    message_id: str
    number: str
    optional: bool
    types: tuple[str, ...]  # alternatives, normalised: "attack", "forced_work_stoppage"
    stage: str
    date: str  # the raw key value ("- 03 JAN 90"), "" when none
    perpetrators: tuple[tuple[str, ...], ...]  # each organisation: its alternative names
    victims: tuple[tuple[int, int], ...]  # each HUM TGT: NUMBER as a (low, high) range


@dataclass(frozen=True)
class MucDoc:
    doc_id: str
    text: str  # as distributed: upper case
    published: date | None
    templates: tuple[Template, ...]

    def required_types(self) -> list[tuple[str, ...]]:
        """The type alternatives of the non-optional templates, one entry per distinct type."""
        seen: dict[tuple[str, ...], None] = {}
        for template in self.templates:
            if not template.optional and template.types:
                seen.setdefault(template.types, None)
        return list(seen)

    def optional_types(self) -> set[str]:
        return {t for template in self.templates if template.optional for t in template.types}


def normalise_type(value: str) -> str:
    """``FORCED WORK STOPPAGE`` → ``forced_work_stoppage``."""
    return "_".join(value.strip().lower().split())


def parse_dateline(text: str) -> date | None:
    """The date of a message's dateline (``3 JAN 90``, ``JUNE 11 89``), or None (``NO DATE``)."""
    head = text[:400]
    cut = head.find("--")
    head = head[: cut if cut > 0 else len(head)]
    found = [(m.start(), m.group(1), m.group(2), m.group(3)) for m in _DATELINE.finditer(head)]
    found += [(m.start(), m.group(2), m.group(1), m.group(3)) for m in _DATELINE_US.finditer(head)]
    for _, day, month_name, year in sorted(found):
        month = _MONTHS.get(month_name.upper())
        if month is None:
            continue
        full = int(year) if len(year) == 4 else 1900 + int(year)
        try:
            return date(full, month, int(day))
        except ValueError:
            continue
    return None


def parse_texts(content: str) -> list[tuple[str, str]]:
    """``(id, text)`` for each message of a MUC text file; the text follows the id line."""
    starts = list(_MESSAGE_START.finditer(content))
    messages = []
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(content)
        messages.append((match.group(1), content[match.end() : end].strip("\n")))
    return messages


def _slots(block: list[str]) -> dict[int, list[str]]:
    slots: dict[int, list[str]] = {}
    last: int | None = None
    for line in block:
        match = _SLOT.match(line)
        if match:
            last = int(match.group(1))
            slots[last] = [match.group(3)]
        elif last is not None and line.strip():
            slots[last].append(line.strip())
    return slots


def _strings(values: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Each value line's quoted strings (alternatives joined by ``/``), without ``?`` marks."""
    found = []
    for value in values:
        names = tuple(s.replace('\\"', '"').strip() for s in _STRING.findall(value))
        names = tuple(name for name in names if name)
        if names:
            found.append(names)
    return tuple(found)


def _victims(values: Sequence[str]) -> tuple[tuple[int, int], ...]:
    found = []
    for value in values:
        match = _NUMBER.match(value.strip().lstrip("?").strip())
        if match:
            low = int(match.group(1))
            high = int(match.group(2)) if match.group(2) else low
            found.append((low, high))
    return tuple(found)


def parse_keys(content: str) -> dict[str, list[Template]]:
    """Templates by message id (a message with only a ``*`` template maps to [])."""
    keys: dict[str, list[Template]] = {}
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in content.splitlines():
        if line.startswith(";;;"):
            continue
        if _SLOT.match(line) and line.lstrip().startswith("0."):
            if current:
                blocks.append(current)
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    for block in blocks:
        slots = _slots(block)
        if 0 not in slots:
            continue
        message_id = slots[0][0].split()[0]
        templates = keys.setdefault(message_id, [])
        number = slots.get(1, ["*"])[0].strip()
        if number.startswith("*"):
            continue
        raw_type = slots.get(4, [""])[0]
        types = tuple(normalise_type(t) for t in raw_type.split("/") if t.strip("* "))
        templates.append(
            Template(
                message_id=message_id,
                number=number.split()[0],
                optional="OPTIONAL" in number,
                types=types,
                stage=slots.get(5, [""])[0].strip(),
                date=slots.get(2, [""])[0].strip(),
                perpetrators=_strings(slots.get(10, [])),
                victims=_victims(slots.get(21, [])),
            )
        )
    return keys


def _split_files(directory: Path, split: str) -> list[tuple[list[Path], list[Path]]]:
    if split == "dev":
        return [(sorted(directory.glob("dev/dev-muc3-*")), sorted(directory.glob("dev/key-dev-*")))]
    if split in {"tst1", "tst2"}:
        folder = directory / split
        return [
            (
                sorted(p for p in folder.glob(f"{split}-muc*") if p.is_file()),
                sorted(folder.glob(f"key-{split}*")),
            )
        ]
    if split == "test":
        return _split_files(directory, "tst1") + _split_files(directory, "tst2")
    raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")


def read_muc4(directory: Path, split: str = "dev", limit: int | None = None) -> list[MucDoc]:
    """The messages of a split of ``muc4/corpora`` with their key templates (first ``limit``)."""
    directory = Path(directory)
    docs: list[MucDoc] = []
    for text_paths, key_paths in _split_files(directory, split):
        if not text_paths or not key_paths:
            raise FileNotFoundError(f"{directory}: no {split} texts or keys found")
        keys: dict[str, list[Template]] = {}
        for path in key_paths:
            keys.update(parse_keys(path.read_text(encoding="latin-1")))
        for path in text_paths:
            for message_id, text in parse_texts(path.read_text(encoding="latin-1")):
                if limit is not None and len(docs) >= limit:
                    return docs
                if message_id not in keys:
                    continue
                docs.append(
                    MucDoc(
                        doc_id=message_id,
                        text=text,
                        published=parse_dateline(text),
                        templates=tuple(keys[message_id]),
                    )
                )
    return docs


# --------------------------------------------------------------------------- truecasing

ACRONYMS = frozenset(
    [
        "fmln",
        "urng",
        "eln",
        "farc",
        "epl",
        "mrta",
        "arena",
        "fdr",
        "pcn",
        "un",
        "us",
        "usa",
        "ussr",
        "cia",
        "dea",
        "das",
        "ica",
        "eec",
        "oas",
        "ap",
        "afp",
        "efe",
        "acan",
        "dri",
        "atc",
        "upi",
        "tass",
        "prensa",
        "latina",
        "fpmr",
        "mpl",
        "ml",
        "m-19",
        "fpl",
        "erp",
        "rn",
        "prtc",
        "pdc",
        "cd",
        "pcs",
    ]
)
NAMES = (
    "el salvador",
    "san salvador",
    "salvadoran",
    "salvadorans",
    "guatemala",
    "guatemalan",
    "honduras",
    "honduran",
    "tegucigalpa",
    "nicaragua",
    "nicaraguan",
    "managua",
    "colombia",
    "colombian",
    "bogota",
    "medellin",
    "cali",
    "peru",
    "peruvian",
    "lima",
    "bolivia",
    "bolivian",
    "la paz",
    "chile",
    "chilean",
    "santiago",
    "ecuador",
    "ecuadoran",
    "quito",
    "panama",
    "panamanian",
    "mexico",
    "mexican",
    "cuba",
    "cuban",
    "havana",
    "costa rica",
    "united states",
    "washington",
    "spain",
    "spanish",
    "san miguel",
    "usulutan",
    "morazan",
    "chalatenango",
    "santa ana",
    "la libertad",
    "cuscatlan",
    "san vicente",
    "zacatecoluca",
    "soyapango",
    "mejicanos",
    "ayacucho",
    "huancayo",
    "antioquia",
    "cristiani",
    "cerezo",
    "barco",
    "garcia",
    "pablo escobar",
    "farabundo marti national liberation front",
    "farabundo marti",
    "shining path",
    "sendero luminoso",
    "tupac amaru revolutionary movement",
    "manuel rodriguez patriotic front",
    "national liberation army",
    "popular liberation army",
    "guatemalan national revolutionary unity",
    "nationalist republican alliance",
    "medellin cartel",
    "extraditables",
    "radio venceremos",
    "jesuit",
    "jesuits",
    "catholic",
)
_NAME_PATTERN = re.compile(
    r"\b("
    + "|".join(re.escape(n) for n in sorted({*NAMES, *calendar_words("en")}, key=len, reverse=True))
    + r")\b"
)
_BRACKETED = re.compile(r"[\[(]([A-Z][A-Z0-9-]{1,5})[\])]")
_SENTENCE_START = re.compile(r"(^\s*|[.!?]\s+|--\s+(?:\[[^\]]*\]\s*)*|\n\s*\n\s*)([a-z])")
_HEADER_WORDS = frozenset(
    [
        "text",
        "report",
        "words",
        "excerpt",
        "speech",
        "passage",
        "article",
        "interview",
        "continued",
        "reporter",
        "video",
        "as",
        "in",
        "of",
        "a",
        "the",
    ]
)
_WORD = re.compile(r"[a-z][a-z0-9-]*")
_DATELINE_PLACE = re.compile(r"^\s*([A-Z][A-Z .'-]+?),")


def truecase(text: str) -> str:
    """A case-restored copy of an upper-case message (rules in the module docstring)."""
    acronyms = set(ACRONYMS) | {m.group(1).lower() for m in _BRACKETED.finditer(text)}
    acronyms -= _HEADER_WORDS
    place = _DATELINE_PLACE.match(text)
    lowered = text.lower()
    chars = list(lowered)

    def title(start: int, end: int) -> None:
        for word in _WORD.finditer(lowered, start, end):
            chars[word.start()] = chars[word.start()].upper()

    for match in _NAME_PATTERN.finditer(lowered):
        title(match.start(), match.end())
    if place:
        title(place.start(1), place.end(1))
        name = place.group(1).strip().lower()
        if len(name) > 3:
            for match in re.finditer(r"\b" + re.escape(name) + r"\b", lowered):
                title(match.start(), match.end())
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(2)] = chars[match.start(2)].upper()
    for word in _WORD.finditer(lowered):
        if word.group() in acronyms:
            chars[word.start() : word.end()] = list(word.group().upper())
        elif word.group() == "i" and lowered[word.end() : word.end() + 1] in {" ", "'"}:
            chars[word.start()] = "I"
    return "".join(chars)


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictedEvent:
    """What the scoring needs of one event."""

    type: str
    modality: str = "asserted"
    time: str | None = None  # a TIMEX3 value
    low: float | None = None
    high: float | None = None
    actors: tuple[str, ...] = ()
    trigger: str = ""
    start: int = 0
    sentence: int = -1  # the offset of its sentence; -1 when unknown
    definite: bool = False  # "the attack", "this terrorist attack": a reference back
    context: str = ""  # the text of its sentence
    place: str = ""  # the place named in its clause ("in San Salvador"), "" when none
    one_victim: bool = False  # its one target is named in the singular ("the mayor")
    counts_victims: bool = True  # its count is of what it befalls, not of its doers or means
    aggregate: bool = False  # many occurrences or a kind of act ("bombings", "murder")

    @staticmethod
    def from_event(
        event: Event,
        text: str = "",
        quantities: Mapping[str, tuple[int, int]] | None = None,
        times: Sequence[TimeExpr] = (),
    ) -> PredictedEvent:
        """What the scoring needs of ``event``. An event the text does not date itself takes
        the last date or time given earlier in its sentence, whatever it dates there: a MUC
        incident told in a report happened on or before the report ("Police said yesterday
        that three were killed"), and a dated sentence tells of a specific act."""
        quantity = event.quantity
        targets = [a.text for a in event.actors if a.role == "target"]
        counts_victims = True
        if quantity is not None and quantities and quantity.id in quantities:
            # the victims are what the act befalls: not "four gunmen", "two bombs exploded"
            start, end = quantities[quantity.id]
            counts_victims = any(
                a.role == "target" and a.start <= start and end <= a.end for a in event.actors
            )
        return PredictedEvent(
            type=event.type,
            modality=event.modality,
            time=event.time.value if event.time is not None else _scene_time(event, times),
            low=quantity.low if quantity is not None else None,
            high=quantity.high if quantity is not None else None,
            one_victim=len(targets) == 1 and named_singly(targets[0]),
            counts_victims=counts_victims,
            aggregate=event.aggregate,
            actors=tuple(a.text for a in event.actors if a.role == "actor"),
            trigger=event.trigger.text,
            start=event.trigger.start,
            sentence=event.sentence.start,
            definite=_DEFINITE.search(text[max(0, event.trigger.start - 40) : event.trigger.start])
            is not None,
            context=text[event.sentence.start : event.sentence.end],
            place=event.place.text if event.place is not None else "",
        )

    @property
    def stage(self) -> str:
        """The MUC stage of execution: THREATENED for a hypothetical or planned event (a threat
        to kill, a plan to bomb), ATTEMPTED for an attempted one ("tried to kill", "the bomb
        was defused"), else ACCOMPLISHED."""
        if self.modality in {"hypothetical", "planned"}:
            return "THREATENED"
        return "ATTEMPTED" if self.modality == "attempted" else "ACCOMPLISHED"


_PLURAL_END = re.compile(r"\b[a-z][\w-]*s\W*$")  # "soldiers"; not a name, "Flores"
_CONJUNCTS = re.compile(r",|\band\b")


def named_singly(target: str) -> bool:
    """A target phrase each of whose conjuncts names one (``"the mayor"``, ``"Hector Oqueli
    and Gilda Flores"``, not ``"five peasants"`` or ``"the soldiers"``): MUC counts each such
    victim as one (``HUM TGT: NUMBER 1``), so an event with no count of its own has one victim
    per conjunct."""
    parts = [p.strip() for p in _CONJUNCTS.split(target) if p.strip()]
    return bool(parts) and not any(_PLURAL_END.search(p) for p in parts)


# "the attack", "this terrorist attack": a reference back
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class Incident:
    """The document-level prediction for one incident type."""

    type: str
    date: date | None
    dated_by_dct: bool = False
    counts: tuple[tuple[float, float], ...] = ()
    perpetrators: tuple[str, ...] = ()
    stage: str = "ACCOMPLISHED"


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _scene_time(event: Event, times: Sequence[TimeExpr]) -> str | None:
    """The value of the last date or time in the event's sentence before its trigger."""
    before = [
        t
        for t in times
        if event.sentence.start <= t.start < event.trigger.start and t.type in {"date", "time"}
    ]
    return before[-1].value if before else None


def _day(value: str | None) -> date | None:
    match = _DAY.match(value or "")
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


LEAD_CHARS = 500
MIN_EVENTS = 2


def is_generic(event: PredictedEvent) -> bool:
    """Talk of incidents, not one incident: a one-word trigger ending in -s, mostly a plural
    ("bombings", "attacks"), or an event the events component finds aggregate (many acts:
    "bomb attacks"; the kind of act: "charged with murder"), without a count ("three
    bombings" are specific ones); or one dated only by a year ("this year the rebels have
    killed 30 mayors") or counted in the hundreds ("432 persons have died"): a tally, not an
    incident."""
    if event.time and _YEAR.fullmatch(event.time):
        return True
    if event.low is not None and event.low >= TALLY:
        return True
    word = event.trigger.lower()
    plural = " " not in word and word.endswith("s") and not word.endswith("ss")
    return (plural or event.aggregate) and event.low is None and event.high is None


_YEAR = re.compile(r"\d{4}")
# a count in the hundreds or more is a tally of many incidents ("2,000 people have been killed
# since January", "the rebels sustained 148 casualties"), not the toll of one
TALLY = 100


_NAME_WORD = re.compile(r"\b(?:[A-Z]{2,}[\w-]*|[A-Z][a-z][\w-]*)")


def names_organisation(actor: str) -> bool:
    """An actor that can fill the organisation slot names one: a word in capitals ("FMLN") or
    a capitalised word after its first ("the Shining Path", "Salvadoran troops"), or a kind of
    organised body with a content word of its own ("the people's liberation front", "death
    squads"); "the guerrillas", "they", "the army" or "Unidentified men" name none (a capital
    that only opens a sentence is no name)."""
    words = [w for w in _NAME_WORD.finditer(actor) if w.group().lower() not in _CALENDAR]
    if any(w.group().isupper() for w in words):
        return True
    cut = next((c.start() for c in _NAMING_PART.finditer(actor) if c.start() > 0), len(actor))
    actor = actor[:cut]
    if any(0 < w.start() < cut for w in words):
        return True
    return _BODY.search(actor.lower()) is not None and bool(content_words(actor))


# where the naming part of a description ends: a relative clause, a comma, a place, a time or
# a circumstance ("unknown men who drove up to the embassy", "hired killers in Medellin")
_NAMING_PART = re.compile(
    r",|\(|\b(?:who|whom|which|that|in|at|near|during|on|from|with|while|when|dressed|wearing)\b"
)
_CALENDAR = calendar_words("en")


# the kinds of organised body a name or description of an organisation ends in ("the people's
# liberation front", "drug trafficking gangs", "death squads")
_BODY = re.compile(
    r"\b(?:front|movement|cartel|alliance|union|party|organi[sz]ations?|command|squads?|forces"
    r"|army|mafias?|gangs?|groups)\b"
)


# the kinds of armed actor a report names by their kind, not their name ("the rebels")
_GENERIC_ARMED = re.compile(
    r"\b(?:guerr?illas?|rebels?|insurgents?|subversives?|terrorists?|commandos?|commands?)\b",
    re.IGNORECASE,
)


def _group_meant(events: Sequence[PredictedEvent], scope: Scope, text: str) -> str | None:
    """The armed organisation that did the first of these events whose doer is unnamed or
    generic ("the guerrillas", "urban commandos"): the last of the scope's ``groups`` that the
    text names before the event, else the first after it (a report that names the FMLN tells of
    the FMLN's acts)."""
    for event in events:
        generic = [a for a in event.actors if _GENERIC_ARMED.search(a)]
        if len(generic) < len(event.actors) or any(names_organisation(a) for a in generic):
            continue
        named = scope.groups_named(text)
        before = [name for offset, name in named if offset < event.start]
        after = [name for offset, name in named if offset >= event.start]
        if before or after:
            return before[-1] if before else after[0]
    return None


def anchored(event: PredictedEvent) -> bool:
    """An event its clause anchors in time or place ("killed in San Salvador on 16
    November"): a specific incident, not a passing reference to one."""
    return bool(event.time) or bool(event.place)


def is_recent(event: PredictedEvent, published: date | None, recent_days: int | None) -> bool:
    """False for an event whose time ends more than ``recent_days`` before the DCT (an old
    incident recalled as background: "the 1984 attack"); True when either is unknown."""
    if recent_days is None or published is None or not event.time:
        return True
    match = _PERIOD.match(event.time)
    if match is None:
        return True
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if day is not None and month is not None:
            end = date(year, month, day)
        elif month is not None:
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(1)
        else:
            end = date(year, 12, 31)
    except ValueError:
        return True
    return (published - end).days <= recent_days


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def is_in_scope(event: PredictedEvent, scope: Scope | None, text: str = "") -> bool:
    """False for an event located in another country (MUC-4 rule 4): its sentence locates
    something only in foreign places ("in Lebanon"), or it names no place and the last place
    located before it in the message (the dateline included) is foreign."""
    if scope is None:
        return True
    found = scope.located(event.context)
    if found:
        return any(inside for _, inside in found)
    earlier = scope.located(text[: event.start])
    return not earlier or earlier[-1][1]


# a definite reference back to an act that the sentence's event is part of: "were killed in
# the terrorist action", "died in this attack"
_BACK_REFERENCE = re.compile(
    r"\b(?:in|during|by|of|from)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:attack|action|act|incident)\b",
    re.IGNORECASE,
)

# the word for the general type itself: what it names, the text may tell more of
_GENERAL_WORDS = frozenset({"attack", "attacks"})


_TOLL_WORDS = frozenset({"killed", "wounded", "injured", "dead", "wounding", "killing"})


def _merge_subsumed(
    events: list[PredictedEvent], subsumed: dict[str, frozenset[str]]
) -> list[PredictedEvent]:
    """An event of a general type becomes part of an event of a more specific one in its
    sentence ("one killed in the bombing" is the bombing: the first such type there) or, as a
    definite reference back ("the attack"), of the last one before it; an event named by the
    general word itself ("an attack") becomes part of the first more specific one after it
    (the account that tells what the attack was: "a bomb exploded")."""
    if not subsumed:
        return events
    by_sentence: dict[int, list[str]] = {}
    for event in events:
        if event.sentence >= 0:
            by_sentence.setdefault(event.sentence, []).append(event.type)
    merged = []
    for event in events:
        wider = subsumed.get(event.type, frozenset())
        other = next((t for t in by_sentence.get(event.sentence, []) if t in wider), None)
        if other is None and (event.definite or _BACK_REFERENCE.search(event.context)):
            # "the attack", or "four were killed in the terrorist action": the act told before
            earlier = [e.type for e in events if e.start < event.start and e.type in wider]
            other = earlier[-1] if earlier else None
        if other is None and event.trigger.lower() in _GENERAL_WORDS:
            # "there was a terrorist attack at the market ... the explosion wounded 37": the
            # general word is the incident that a more specific account follows
            later = [e.type for e in events if e.start > event.start and e.type in wider]
            other = later[0] if later else None
        if other is None and not event.actors and event.trigger.lower() in _TOLL_WORDS:
            # "a minor was wounded", "seven people were killed": a toll with no doer is the
            # toll of the act told before it (not of one told after: measured on dev)
            before = [e.type for e in events if e.start < event.start and e.type in wider]
            other = before[-1] if before else None
        if other is not None and (event.sentence >= 0 or event.definite):
            event = replace(event, type=other)
        merged.append(event)
    return merged


def incidents(
    events: Iterable[PredictedEvent],
    published: date | None,
    lead_chars: int = LEAD_CHARS,
    min_events: int = MIN_EVENTS,
    subsumed: dict[str, frozenset[str]] | None = None,
    recent_days: int | None = None,
    scope: Scope | None = None,
    text: str = "",
) -> dict[str, Incident]:
    """The document's incidents by type, from its events in text order (module docstring)."""
    kept = [
        e
        for e in events
        if e.modality in KEPT_MODALITIES
        and not is_generic(e)
        and is_recent(e, published, recent_days)
        and is_in_scope(e, scope, text)
    ]
    kept = _merge_subsumed(kept, subsumed or {})
    by_type: dict[str, list[PredictedEvent]] = {}
    for event in kept:
        by_type.setdefault(event.type, []).append(event)
    result: dict[str, Incident] = {}
    for type_name, found in by_type.items():
        if found[0].start >= lead_chars and len(found) < min_events and not anchored(found[0]):
            continue
        days = (d for e in found if (d := _day(e.time)) is not None)
        day = next((d for d in days if published is None or d <= published), None)
        counts: dict[tuple[float, float], None] = {}
        for e in found:
            if (e.low is not None or e.high is not None) and e.counts_victims:
                low = e.low if e.low is not None else e.high
                high = e.high if e.high is not None else e.low
                assert low is not None and high is not None
                counts.setdefault((low, high), None)
            elif e.one_victim:
                counts.setdefault((1.0, 1.0), None)
        actors: dict[str, None] = {}
        for e in found:
            for actor in e.actors:
                if names_organisation(actor):
                    actors.setdefault(actor, None)
        if not actors and scope is not None:
            group = _group_meant(found, scope, text)
            if group is not None:
                actors[group] = None
        result[type_name] = Incident(
            type=type_name,
            date=day if day is not None else published,
            dated_by_dct=day is None,
            counts=tuple(counts),
            perpetrators=tuple(actors),
            stage=next((e.stage for e in found if e.stage != "THREATENED"), "THREATENED"),
        )
    return result


# --------------------------------------------------------------------------- scorer


def _parse_day(match: re.Match[str]) -> date | None:
    month = _MONTHS.get(match.group(2).upper())
    if month is None:
        return None
    try:
        return date(1900 + int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


def key_dates(value: str) -> set[date]:
    """The days a key's ``2. INCIDENT: DATE`` allows (normalisation in the module docstring)."""
    allowed: set[date] = set()
    for alternative in value.replace("(", " ").replace(")", " ").split("/"):
        days = [d for m in _KEY_DATE.finditer(alternative) if (d := _parse_day(m)) is not None]
        if len(days) == 1:
            allowed.add(days[0])
        elif len(days) >= 2 and days[0] <= days[1] and (days[1] - days[0]).days <= 366:
            allowed.update(days[0] + timedelta(n) for n in range((days[1] - days[0]).days + 1))
        elif len(days) >= 2:
            allowed.update(days)
    return allowed


_GENERIC = frozenset(
    [
        "the",
        "of",
        "a",
        "an",
        "and",
        "or",
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "y",
        "in",
        "to",
        "for",
        "from",
        "by",
        "with",
        "on",
        "at",
        "s",
        "terrorist",
        "terrorists",
        "group",
        "groups",
        "members",
        "member",
        "people",
        "men",
        "guerrilla",
        "guerrillas",
        "unit",
        "units",
        "front",
        "movement",
        "army",
        "forces",
        "individuals",
        "unidentified",
        "unknown",
        "armed",
    ]
)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _GENERIC}


@dataclass(frozen=True)
class MucCounts:
    type: Score = ZERO
    date: Score = ZERO
    victims: Score = ZERO
    perpetrators: Score = ZERO
    dated_by_dct: int = 0
    stage: Score = ZERO

    def __add__(self, other: MucCounts) -> MucCounts:
        return MucCounts(
            self.type + other.type,
            self.date + other.date,
            self.victims + other.victims,
            self.perpetrators + other.perpetrators,
            self.dated_by_dct + other.dated_by_dct,
            self.stage + other.stage,
        )

    def metrics(self) -> dict[str, Score]:
        values = (self.type, self.date, self.stage, self.victims, self.perpetrators)
        return dict(zip(METRIC_NAMES, values, strict=True))


def _count_fits(gold: tuple[int, int], pred: tuple[float, float]) -> bool:
    return pred[0] <= gold[1] and gold[0] <= pred[1]


def _victim_score(gold: list[tuple[int, int]], pred: list[tuple[float, float]]) -> Score:
    pairs = greedy_match(
        len(gold), len(pred), lambda g, p: 1.0 if _count_fits(gold[g], pred[p]) else None
    )
    return Score(len(pairs), len(pred), len(gold))


def _perpetrator_score(gold: list[tuple[str, ...]], pred: list[str]) -> Score:
    gold_words = [set().union(*(content_words(name) for name in org)) for org in gold]
    pred_words = [content_words(text) for text in pred]

    def weight(g: int, p: int) -> float | None:
        shared = gold_words[g] & pred_words[p]
        return len(shared) / len(gold_words[g] | pred_words[p]) if shared else None

    pairs = greedy_match(len(gold), len(pred), weight)
    return Score(len(pairs), len(pred), len(gold))


def score_document(doc: MucDoc, predicted: dict[str, Incident]) -> MucCounts:
    """MUC-4 counts for one message (rules in the module docstring)."""
    required = doc.required_types()
    optional = doc.optional_types()
    matched: dict[str, tuple[str, ...]] = {}  # our type -> the gold alternatives it answers
    for alternatives in required:
        hit = next((t for t in alternatives if t in predicted and t not in matched), None)
        if hit is not None:
            matched[hit] = alternatives
    gold_any = {t for alternatives in required for t in alternatives}
    ignored = {t for t in predicted if t not in matched and (t in optional or t in gold_any)}
    n_pred = len(predicted) - len(ignored)
    type_score = Score(len(matched), n_pred, len(required))

    date_tp = date_pred = date_gold = 0
    stage_tp = stage_pred = 0
    victims = perpetrators = ZERO
    by_dct = 0
    for alternatives in required:
        templates = [t for t in doc.templates if not t.optional and t.types == alternatives]
        allowed = set().union(*(key_dates(t.date) for t in templates))
        ours = next((predicted[t] for t, alt in matched.items() if alt == alternatives), None)
        if allowed:
            date_gold += 1
            if ours is not None and ours.date is not None:
                date_pred += 1
                date_tp += ours.date in allowed
        if ours is not None and ours.dated_by_dct:
            by_dct += 1
        if ours is not None:
            stage_pred += 1
            stage_tp += any(ours.stage == t.stage.split()[0] for t in templates if t.stage)
        gold_counts = list(dict.fromkeys(v for t in templates for v in t.victims))
        victims = victims + _victim_score(gold_counts, list(ours.counts) if ours else [])
        gold_orgs = list(dict.fromkeys(org for t in templates for org in t.perpetrators))
        pred_orgs = list(ours.perpetrators) if ours is not None else []
        perpetrators = perpetrators + _perpetrator_score(gold_orgs, pred_orgs)
    return MucCounts(
        type=type_score,
        date=Score(date_tp, date_pred, date_gold),
        victims=victims,
        perpetrators=perpetrators,
        dated_by_dct=by_dct,
        stage=Score(stage_tp, stage_pred, len(required)),
    )


def score_corpus(pairs: Iterable[tuple[MucDoc, dict[str, Incident]]]) -> MucCounts:
    result = MucCounts()
    for doc, predicted in pairs:
        result = result + score_document(doc, predicted)
    return result


# --------------------------------------------------------------------------- systems

EventPredictor = Callable[[str, date | None], Sequence[PredictedEvent]]


def default_predictor(ontology: str = "muc4") -> EventPredictor:
    """newstrace: ``extract_text(truecase(text), published=DCT, ontology="muc4").events``."""
    from newstrace.api import extract_text

    def predict(text: str, published: date | None) -> Sequence[PredictedEvent]:
        record = extract_text(truecase(text), published=published, lang="en", ontology=ontology)
        spans = {q.id: (q.start, q.end) for q in record.quantities}
        return [
            PredictedEvent.from_event(event, record.text, spans, record.times)
            for event in record.events
        ]

    return predict


def keyword_predictor(ontology: str = "muc4") -> EventPredictor:
    """The peer: the ontology's trigger lemmas matched on the lower-cased text, no parse."""
    from newstrace.ontologies import load_ontology

    patterns: list[tuple[str, re.Pattern[str]]] = []
    for type_name, event_type in load_ontology(ontology).types.items():
        for trigger in event_type.triggers:
            if trigger.with_ or trigger.modified_by or trigger.actors or trigger.passive_with:
                continue  # needs a parse to check what the trigger governs: left out
            words = [re.escape(w) + r"\w*" for w in trigger.lemma.lower().split()]
            patterns.append((type_name, re.compile(r"\b" + r"\s+".join(words) + r"\b")))

    def predict(text: str, published: date | None) -> Sequence[PredictedEvent]:
        lowered = text.lower()
        found: dict[int, PredictedEvent] = {}
        for type_name, pattern in patterns:
            for match in pattern.finditer(lowered):
                found.setdefault(
                    match.start(),
                    PredictedEvent(type=type_name, trigger=match.group(), start=match.start()),
                )
        return [found[start] for start in sorted(found)]

    return predict


def relevance(
    ontology: str = "muc4",
) -> tuple[dict[str, frozenset[str]], int | None, Scope | None]:
    """The ontology's relevance data that :func:`incidents` applies: the types each type is
    subsumed by, how recent an incident must be and where it must happen."""
    from newstrace.ontologies import load_ontology

    loaded = load_ontology(ontology)
    subsumed = {name: frozenset(t.subsumed_by) for name, t in loaded.types.items() if t.subsumed_by}
    return subsumed, loaded.recent_days, loaded.scope


def run(
    docs: Sequence[MucDoc], predictor: EventPredictor, timeout: float | None = None
) -> Run[dict[str, Incident]]:
    """The incidents predicted for every message (the muc4 ontology's relevance rules)."""
    subsumed, recent_days, scope = relevance()

    def call(doc: MucDoc) -> dict[str, Incident]:
        found = predictor(doc.text, doc.published)
        return incidents(
            found,
            doc.published,
            subsumed=subsumed,
            recent_days=recent_days,
            scope=scope,
            text=doc.text,
        )

    return run_predictor(docs, call, dict, timeout)


def evaluate(
    docs: Sequence[MucDoc], predictor: EventPredictor, name: str, timeout: float | None = None
) -> SystemResult:
    """Run ``predictor`` on every message (``timeout`` s each) and score it."""
    outcome = run(docs, predictor, timeout)
    counts = score_corpus(zip(docs, outcome.outputs, strict=True))
    notes: dict[str, float | int | str] = {
        "incidents predicted": sum(len(p) for p in outcome.outputs),
        "found types dated by the DCT": counts.dated_by_dct,
    }
    notes.update(outcome.notes())
    return SystemResult(name=name, metrics=counts.metrics(), notes=notes)
