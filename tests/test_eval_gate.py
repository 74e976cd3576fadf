"""The evaluation gate: CI fails when an extractor's F1 on the public benchmarks drops below a
pinned floor (a little under the figures in docs/benchmarks.md). Raise a floor when a change
raises the figure; never lower one to make a change pass.

Runs the real `newstrace eval` commands on ../shared/bench; skipped where the data is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import cli

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"

FLOORS = {
    ("newsquant", "newsquant/newsquant_dev.json", ()): {"value": 0.94, "value+unit": 0.915},
    ("tempeval3", "tempeval3/tbaq-cleaned", ()): {
        "relaxed extent": 0.95,
        "value (attribute F1)": 0.845,
    },
    ("polnear", "polnear/dev", ()): {"source exact": 0.76, "attribution overlap": 0.77},
    ("muc4", "muc4/corpora", ("--split", "test")): {"incident type": 0.78, "incident date": 0.78},
}


@pytest.mark.parametrize(("benchmark", "data", "extra"), list(FLOORS), ids=[k[0] for k in FLOORS])
def test_f1_stays_above_its_floor(benchmark: str, data: str, extra: tuple[str, ...]) -> None:
    path = BENCH / data
    if not path.exists():
        pytest.skip(f"gold data not found: {path}")
    arguments = ["eval", benchmark, str(path), *extra, "--no-peer", "--json"]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{") :])
    (ours,) = report["systems"]
    assert ours["error"] is None and ours["notes"].get("errors", 0) == 0
    for metric, floor in FLOORS[(benchmark, data, extra)].items():
        f1 = ours["metrics"][metric]["f1"]
        assert f1 >= floor, f"{benchmark} {metric} F1 {f1:.3f} fell below its floor {floor}"
