from __future__ import annotations

import time

import pytest

from newstrace.eval.common import (
    Score,
    SystemResult,
    format_table,
    greedy_match,
    overlap,
    run_predictor,
    total,
)


def test_score_precision_recall_f1() -> None:
    score = Score(tp=3, n_pred=4, n_gold=6)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.6)
    assert score.to_dict() == {
        "tp": 3,
        "pred": 4,
        "gold": 6,
        "precision": 0.75,
        "recall": 0.5,
        "f1": 0.6,
    }


def test_score_empty_denominators_are_zero() -> None:
    assert Score(0, 0, 0).f1 == 0.0
    assert Score(0, 0, 5).precision == 0.0
    assert Score(0, 3, 0).recall == 0.0


def test_score_rejects_impossible_counts() -> None:
    with pytest.raises(ValueError):
        Score(tp=3, n_pred=2, n_gold=5)


def test_scores_add_count_wise() -> None:
    assert total([Score(1, 2, 3), Score(2, 2, 2)]) == Score(3, 4, 5)


def test_greedy_match_is_one_to_one_best_first() -> None:
    weights = {(0, 0): 0.5, (0, 1): 0.9, (1, 1): 0.8, (1, 0): 0.1}
    pairs = greedy_match(2, 2, lambda g, p: weights.get((g, p)))
    # (0, 1) goes first (0.9); gold 1 then only has prediction 0 left (0.1).
    assert pairs == [(0, 1), (1, 0)]


def test_greedy_match_ties_follow_index_order() -> None:
    assert greedy_match(2, 2, lambda g, p: 1.0) == [(0, 0), (1, 1)]
    assert greedy_match(3, 1, lambda g, p: 1.0) == [(0, 0)]
    assert greedy_match(2, 2, lambda g, p: None) == []


def test_overlap() -> None:
    assert overlap(0, 5, 3, 10) == 2
    assert overlap(0, 5, 5, 10) == 0
    assert overlap(2, 3, 0, 10) == 1


def test_run_predictor_contains_failures() -> None:
    def call(item: int) -> list[int]:
        if item == 2:
            raise RuntimeError("boom")
        return [item]

    run = run_predictor([1, 2, 3], call, list)
    assert run.outputs == [[1], [], [3]]
    assert run.errors == 1
    assert run.first_error == "RuntimeError: boom"


def test_run_predictor_times_out_a_hanging_item() -> None:
    def call(item: float) -> list[float]:
        deadline = time.monotonic() + item
        while time.monotonic() < deadline:  # a busy loop, like a pipeline that hangs
            pass
        return [item]

    run = run_predictor([0.0, 5.0, 0.0], call, list, timeout=0.2)
    assert run.outputs == [[0.0], [], [0.0]]
    assert (run.errors, run.timeouts) == (1, 1)
    assert run.first_error is not None and run.first_error.startswith("PredictorTimeout")
    assert run.seconds < 3
    assert run.notes()["timeouts"] == 1


def test_format_table_puts_systems_side_by_side() -> None:
    results = [
        SystemResult("ours", {"m": Score(1, 2, 4)}),
        SystemResult("peer", error="missing"),
    ]
    table = format_table(results, ["m"])
    lines = table.splitlines()
    assert "ours" in lines[0] and "peer" in lines[0]
    assert lines[2].startswith("m")
    assert "50.0   25.0   33.3" in lines[2]
    assert lines[2].rstrip().endswith("-")
