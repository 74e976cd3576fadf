"""Shared by the benchmarks: counts to P/R/F1, one-to-one matching, running a predictor, tables.

The scoring helpers are pure: no file access, no model. The benchmark modules build their own simple
gold/prediction dataclasses and use these helpers to count matches.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Score:
    """Micro-averaged counts: ``tp`` matched pairs out of ``n_pred`` predictions and ``n_gold``.

    Precision and recall are 0.0 (not undefined) when their denominator is 0, and so is F1 when
    both are 0. Scores add up count-wise, so per-document scores sum to the corpus score.
    """

    tp: int
    n_pred: int
    n_gold: int

    def __post_init__(self) -> None:
        if self.tp < 0 or self.tp > self.n_pred or self.tp > self.n_gold:
            raise ValueError(
                f"inconsistent counts: tp={self.tp} pred={self.n_pred} gold={self.n_gold}"
            )

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "pred": self.n_pred,
            "gold": self.n_gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


ZERO = Score(0, 0, 0)


def total(scores: Sequence[Score]) -> Score:
    """The count-wise (micro) sum of ``scores``."""
    result = ZERO
    for score in scores:
        result = result + score
    return result


def greedy_match(
    n_gold: int, n_pred: int, weight: Callable[[int, int], float | None]
) -> list[tuple[int, int]]:
    """A one-to-one matching of gold items to predicted items, chosen greedily.

    ``weight(g, p)`` says how well gold item ``g`` fits prediction ``p``: ``None`` when they may
    not be paired at all, otherwise a number where higher is better. Candidate pairs are taken
    best first (ties broken by gold index, then prediction index, so the result is
    deterministic) and a pair is kept when neither side is used yet. Returns ``(g, p)`` pairs
    sorted by gold index.
    """
    candidates: list[tuple[float, int, int]] = []
    for g in range(n_gold):
        for p in range(n_pred):
            w = weight(g, p)
            if w is not None:
                candidates.append((w, g, p))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    return sorted(pairs)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by the half-open spans ``[a_start, a_end)`` and ``[b_start, b_end)``."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass
class SystemResult:
    """What one system scored on one benchmark, ready to print or dump as JSON.

    ``error`` is set (and ``metrics`` empty) when the system could not be run at all.
    ``notes`` holds extra figures (accuracies, timings, failure counts) keyed by a short name.
    """

    name: str
    metrics: dict[str, Score] = field(default_factory=dict)
    notes: dict[str, float | int | str] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "error": self.error,
            "metrics": {key: score.to_dict() for key, score in self.metrics.items()},
            "notes": dict(self.notes),
        }


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}"


def format_table(results: Sequence[SystemResult], metric_names: Sequence[str]) -> str:
    """A plain-text table: one row per metric, P/R/F1 (in %) per system side by side.

    ``metric_names`` fixes the row order; a system without a metric shows ``-``.
    """
    label_width = max([len("metric"), *(len(name) for name in metric_names)])
    cell_width = 21  # "  P      R      F1  " for one system
    header = ["metric".ljust(label_width)]
    sub = ["".ljust(label_width)]
    for result in results:
        header.append(result.name[:cell_width].center(cell_width))
        sub.append("    P      R     F1".ljust(cell_width))
    lines = ["  ".join(header).rstrip(), "  ".join(sub).rstrip()]
    for metric in metric_names:
        row = [metric.ljust(label_width)]
        for result in results:
            score = result.metrics.get(metric)
            if score is None:
                row.append("-".center(cell_width))
            else:
                cells = (_pct(score.precision), _pct(score.recall), _pct(score.f1))
                row.append(("  ".join(cells)).ljust(cell_width))
        lines.append("  ".join(row).rstrip())
    return "\n".join(lines)


class PredictorTimeout(Exception):
    """A predictor took longer than the per-document time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PredictorTimeout` in the block after ``seconds`` (wall clock).

    Uses ``SIGALRM``, so it only acts in the main thread of a Unix process; elsewhere, or with
    ``seconds`` None or 0, the block runs unbounded.
    """
    usable = (
        bool(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise PredictorTimeout(f"no answer within {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Run(Generic[R]):
    """The outputs of a predictor over a corpus, one per input, and how the run went.

    An input on which the predictor raised, or ran past the time limit, gets ``empty()`` as its
    output and is counted in ``errors`` (``timeouts`` counts the latter; the first message is
    kept), so one bad document does not end the evaluation.
    """

    outputs: list[R]
    errors: int = 0
    first_error: str | None = None
    seconds: float = 0.0
    timeouts: int = 0

    def notes(self) -> dict[str, float | int | str]:
        """The run's figures for a report: errors, timeouts, seconds, first error."""
        notes: dict[str, float | int | str] = {
            "errors": self.errors,
            "timeouts": self.timeouts,
            "seconds": round(self.seconds, 2),
        }
        if self.first_error:
            notes["first error"] = self.first_error
        return notes


def run_predictor(
    items: Sequence[T],
    call: Callable[[T], R],
    empty: Callable[[], R],
    timeout: float | None = None,
) -> Run[R]:
    """Apply ``call`` to every item, timing the whole and containing per-item failures.

    ``timeout`` (seconds per item; None or 0 for none) turns a hanging item into an error.
    """
    outputs: list[R] = []
    errors = timeouts = 0
    first_error: str | None = None
    started = time.perf_counter()
    for item in items:
        try:
            with time_limit(timeout):
                result = call(item)
        except Exception as exc:  # one bad document must not end a benchmark run
            errors += 1
            timeouts += isinstance(exc, PredictorTimeout)
            if first_error is None:
                first_error = f"{type(exc).__name__}: {exc}"
            result = empty()
        outputs.append(result)
    return Run(outputs, errors, first_error, time.perf_counter() - started, timeouts)
