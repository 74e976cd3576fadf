"""TempEval-3 Task A (time expressions) on the TimeML training data (TimeBank + AQUAINT).

Reader
    :func:`read_corpus` reads the ``.tml`` files of ``tbaq-cleaned/TimeBank`` and
    ``tbaq-cleaned/AQUAINT`` (or, for a directory without those subfolders, every ``.tml`` under
    it). A document's text is the content of its ``TEXT`` element with the tags stripped and the
    XML entities decoded; each ``TIMEX3`` inside ``TEXT`` becomes a gold :class:`Timex` whose
    offsets index that text. The document creation time is the ``TIMEX3`` with
    ``functionInDocument="CREATION_TIME"`` (in ``DCT``); as in TempEval-3 it is given to the
    systems but not scored. The 256 documents hold 1,822 scored ``TIMEX3``.

Metrics (TempEval-3, UzZaman et al. 2013, section 4.1, and its ``TE3-evaluation.py``)
    * strict extent P/R/F1: a prediction matches a gold timex when both offsets are equal;
    * relaxed extent P/R/F1: a prediction matches a gold timex when the spans overlap; the
      matching is one-to-one (greedy, best character Jaccard first);
    * attribute F1 for ``type`` and ``value``: over the relaxed matches, count those whose
      attribute is right, then ``attr P = correct / predictions`` and
      ``attr R = correct / gold``. Equivalently ``attr F1 = attribute accuracy * relaxed F1``,
      where the accuracy is ``correct / relaxed matches``; this is the "attribute F1-score"
      the task ranked systems by (value F1 for normalisation). Types compare
      case-insensitively (``date`` == ``DATE``); values compare as upper-cased strings.

Peer
    :func:`dateparser_predictor`: ``dateparser.search.search_dates`` with the DCT as
    ``RELATIVE_BASE``, each returned substring located by successive search, typed ``DATE`` with
    the value ``YYYY-MM-DD``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree

from newstrace.eval.common import Run, Score, SystemResult, greedy_match, overlap, run_predictor

CORPUS_SUBDIRS = ("TimeBank", "AQUAINT")


class TimexLike(Protocol):
    """What the scorer needs from a predicted time: ``TimeExpr`` and :class:`Timex` both fit."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


TimesPredictor = Callable[[str, date | None], Sequence[TimexLike]]


@dataclass(frozen=True)
class Timex:
    """A time expression, gold or predicted: offsets into the document text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    doc_id: str
    path: Path
    text: str
    dct: date | None
    dct_value: str | None
    timexes: tuple[Timex, ...]


# --------------------------------------------------------------------------- reader


def _walk(element: ElementTree.Element, parts: list[str], pos: int, found: list[Timex]) -> int:
    """Append the text of ``element`` (tags stripped) to ``parts``; collect the TIMEX3 in it."""
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        start, first_part = pos, len(parts)
        pos = _walk(child, parts, pos, found)
        if child.tag == "TIMEX3":
            function = child.get("functionInDocument", "NONE")
            if pos > start and function != "CREATION_TIME":
                surface = "".join(parts[first_part:])
                found.append(
                    Timex(
                        start=start,
                        end=pos,
                        text=surface,
                        type=child.get("type", ""),
                        value=child.get("value", ""),
                        tid=child.get("tid", ""),
                    )
                )
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _parse_dct(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_tml(path: Path) -> TimeMLDoc:
    """One TimeML document: the stripped ``TEXT``, its DCT and its gold TIMEX3 (DCT excluded)."""
    root = ElementTree.parse(path).getroot()
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_element, parts, 0, timexes)
    dct_value: str | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_value = timex.get("value")
            break
    doc_id_element = root.find("DOCID")
    doc_id = (doc_id_element.text or "").strip() if doc_id_element is not None else ""
    return TimeMLDoc(
        doc_id=doc_id or path.stem,
        path=path,
        text="".join(parts),
        dct=_parse_dct(dct_value),
        dct_value=dct_value,
        timexes=tuple(timexes),
    )


def corpus_files(directory: Path) -> list[Path]:
    """The ``.tml`` files to read, in a stable order (see the module docstring)."""
    subdirs = [directory / name for name in CORPUS_SUBDIRS if (directory / name).is_dir()]
    if subdirs:
        return [path for sub in subdirs for path in sorted(sub.glob("*.tml"))]
    return sorted(directory.rglob("*.tml"))


def read_corpus(directory: Path, limit: int | None = None) -> list[TimeMLDoc]:
    """The documents under ``directory`` (first ``limit`` only when given), one per DOCID."""
    docs: list[TimeMLDoc] = []
    seen: set[str] = set()
    for path in corpus_files(Path(directory)):
        if limit is not None and len(docs) >= limit:
            break
        doc = read_tml(path)
        if doc.doc_id in seen:
            continue
        seen.add(doc.doc_id)
        docs.append(doc)
    if not docs and limit != 0:
        raise FileNotFoundError(f"no .tml documents under {directory}")
    return docs


# --------------------------------------------------------------------------- scorer


@dataclass(frozen=True)
class TimexCounts:
    """Per-document (or summed) counts behind every TempEval-3 timex figure."""

    n_gold: int = 0
    n_pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def __add__(self, other: TimexCounts) -> TimexCounts:
        return TimexCounts(
            self.n_gold + other.n_gold,
            self.n_pred + other.n_pred,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_ok + other.type_ok,
            self.value_ok + other.value_ok,
        )

    @property
    def strict_score(self) -> Score:
        return Score(self.strict, self.n_pred, self.n_gold)

    @property
    def relaxed_score(self) -> Score:
        return Score(self.relaxed, self.n_pred, self.n_gold)

    @property
    def type_score(self) -> Score:
        """Type attribute F1 (= type accuracy over relaxed matches x relaxed F1)."""
        return Score(self.type_ok, self.n_pred, self.n_gold)

    @property
    def value_score(self) -> Score:
        """Value attribute F1 (= value accuracy over relaxed matches x relaxed F1)."""
        return Score(self.value_ok, self.n_pred, self.n_gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    def metrics(self) -> dict[str, Score]:
        return {
            "strict extent": self.strict_score,
            "relaxed extent": self.relaxed_score,
            "type (attribute F1)": self.type_score,
            "value (attribute F1)": self.value_score,
        }


METRIC_NAMES = tuple(TimexCounts().metrics())


def _jaccard(a: TimexLike, b: TimexLike) -> float:
    shared = overlap(a.start, a.end, b.start, b.end)
    union = max(a.end, b.end) - min(a.start, b.start)
    return shared / union if union else 0.0


def _same_value(gold: str, pred: str) -> bool:
    return gold.strip().upper() == pred.strip().upper()


def score_document(gold: Sequence[TimexLike], pred: Sequence[TimexLike]) -> TimexCounts:
    """TempEval-3 timex counts for one document (see the module docstring for the rules)."""
    strict_pairs = greedy_match(
        len(gold),
        len(pred),
        lambda g, p: 1.0 if (gold[g].start, gold[g].end) == (pred[p].start, pred[p].end) else None,
    )

    def relaxed_weight(g: int, p: int) -> float | None:
        if overlap(gold[g].start, gold[g].end, pred[p].start, pred[p].end) <= 0:
            return None
        return _jaccard(gold[g], pred[p])

    relaxed_pairs = greedy_match(len(gold), len(pred), relaxed_weight)
    type_ok = sum(gold[g].type.upper() == pred[p].type.upper() for g, p in relaxed_pairs)
    value_ok = sum(_same_value(gold[g].value, pred[p].value) for g, p in relaxed_pairs)
    return TimexCounts(
        n_gold=len(gold),
        n_pred=len(pred),
        strict=len(strict_pairs),
        relaxed=len(relaxed_pairs),
        type_ok=type_ok,
        value_ok=value_ok,
    )


def score_corpus(
    pairs: Iterable[tuple[Sequence[TimexLike], Sequence[TimexLike]]],
) -> TimexCounts:
    """Summed (micro-averaged) counts over ``(gold, predicted)`` document pairs."""
    result = TimexCounts()
    for gold, pred in pairs:
        result = result + score_document(gold, pred)
    return result


# --------------------------------------------------------------------------- systems


def default_predictor() -> TimesPredictor:
    """newstrace itself: ``newstrace.api.extract_text(...).times`` with the DCT as publication."""
    from newstrace.api import extract_text

    def predict(text: str, dct: date | None) -> Sequence[TimexLike]:
        return extract_text(text, published=dct, lang="en").times

    return predict


def locate_substrings(text: str, found: Sequence[tuple[str, str]]) -> list[Timex]:
    """Turn ``(substring, value)`` pairs, in text order, into ``DATE`` timexes with offsets.

    Each substring is searched from the end of the previous one (successive search); when that
    fails it is searched from the start of the text; one not found at all is dropped.
    """
    cursor = 0
    located: list[Timex] = []
    for surface, value in found:
        if not surface:
            continue
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        end = start + len(surface)
        located.append(Timex(start=start, end=end, text=surface, type="DATE", value=value))
        cursor = end
    return located


def dateparser_predictor(
    prefer_dates_from: str = "past", languages: Sequence[str] = ("en",)
) -> TimesPredictor:
    """The peer: dateparser's ``search_dates`` relative to the DCT (import errors propagate)."""
    from dateparser.search import search_dates

    def predict(text: str, dct: date | None) -> Sequence[TimexLike]:
        settings: dict[str, object] = {"PREFER_DATES_FROM": prefer_dates_from}
        if dct is not None:
            settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=list(languages), settings=settings) or []
        return locate_substrings(
            text, [(surface, moment.strftime("%Y-%m-%d")) for surface, moment in found]
        )

    return predict


def run(
    docs: Sequence[TimeMLDoc], predictor: TimesPredictor, timeout: float | None = None
) -> Run[list[Timex]]:
    """Predictions for every document, copied into plain :class:`Timex` records."""

    def call(doc: TimeMLDoc) -> list[Timex]:
        return [
            Timex(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value)
            for t in predictor(doc.text, doc.dct)
        ]

    return run_predictor(docs, call, list, timeout)


def evaluate(
    docs: Sequence[TimeMLDoc],
    predictor: TimesPredictor,
    name: str,
    timeout: float | None = None,
) -> SystemResult:
    """Run ``predictor`` on ``docs`` (``timeout`` s per document) and score it."""
    outcome = run(docs, predictor, timeout)
    counts = score_corpus(
        (doc.timexes, pred) for doc, pred in zip(docs, outcome.outputs, strict=True)
    )
    bad_offsets = sum(
        doc.text[t.start : t.end] != t.text
        for doc, pred in zip(docs, outcome.outputs, strict=True)
        for t in pred
    )
    notes: dict[str, float | int | str] = {
        "predictions": counts.n_pred,
        "type accuracy": round(counts.type_accuracy, 4),
        "value accuracy": round(counts.value_accuracy, 4),
        "bad offsets": bad_offsets,
        **outcome.notes(),
    }
    return SystemResult(name=name, metrics=counts.metrics(), notes=notes)
