from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.eval import newsquant, polnear, tempeval3
from newstrace.eval.commands import eval_group
from newstrace.eval.newsquant import PredQuantity
from newstrace.eval.polnear import Attribution, SpanSet
from newstrace.eval.tempeval3 import Timex

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" \
functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TEXT>
Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml_dir(tmp_path: Path) -> Path:
    for name in ("a", "b"):
        path = tmp_path / "TimeBank" / f"{name}.tml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TML.format(doc_id=name), encoding="utf-8")
    return tmp_path


def fake_times() -> Callable[[str, date | None], Sequence[Timex]]:
    def predict(text: str, dct: date | None) -> list[Timex]:
        start = text.index("Friday")
        return [Timex(start, start + 6, "Friday", "DATE", "1998-08-07")]

    return predict


def broken_factory() -> Callable[[str], list[object]]:
    raise ModuleNotFoundError("No module named 'newstrace.api'")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(eval_group, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_group_help_lists_the_benchmarks() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    for name in ("tempeval3", "newsquant", "polnear"):
        assert name in out


@pytest.mark.parametrize(
    ("name", "example"),
    [
        ("tempeval3", "newstrace eval tempeval3 ../shared/bench/tempeval3/tbaq-cleaned"),
        ("newsquant", "newstrace eval newsquant ../shared/bench/newsquant/newsquant_dev.json"),
        ("polnear", "newstrace eval polnear ../shared/bench/polnear/dev"),
    ],
)
def test_subcommand_help_has_an_example(name: str, example: str) -> None:
    code, out, _ = invoke(name, "--help")
    assert code == 0
    assert f"Example: {example}" in out
    for option in ("--limit", "--no-peer", "--json", "--timeout"):
        assert option in out


def test_tempeval3_table(tml_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempeval3, "default_predictor", fake_times)
    code, out, err = invoke("tempeval3", str(tml_dir), "--no-peer")
    assert code == 0, out + err
    lines = out.splitlines()
    assert lines[0].startswith("TempEval-3 Task A (time expressions): 2 documents, 2 gold TIMEX3")
    assert lines[1] == f"command: eval tempeval3 {tml_dir} --no-peer"
    assert any(line.startswith("strict extent") and "100.0" in line for line in lines)
    assert "dateparser" not in out
    assert "running newstrace on 2 documents" in err


def test_tempeval3_json_with_limit(tml_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempeval3, "default_predictor", fake_times)
    monkeypatch.setattr(tempeval3, "dateparser_predictor", lambda: lambda text, dct: [])
    code, out, _ = invoke("tempeval3", str(tml_dir), "--limit", "1", "--json", "--timeout", "5")
    assert code == 0
    report = json.loads(out)
    assert report["benchmark"] == "tempeval3"
    assert report["command"] == f"eval tempeval3 {tml_dir} --limit 1 --timeout 5 --json"
    assert (report["documents"], report["gold"]) == (1, 1)
    ours, peer = report["systems"]
    assert ours["name"] == "newstrace" and peer["name"] == "dateparser"
    assert ours["metrics"]["value (attribute F1)"]["f1"] == 1.0
    assert peer["metrics"]["relaxed extent"]["recall"] == 0.0


def test_missing_system_is_reported_and_fails(
    tml_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempeval3, "default_predictor", broken_factory)
    monkeypatch.setattr(tempeval3, "dateparser_predictor", fake_times)
    code, out, _ = invoke("tempeval3", str(tml_dir))
    assert code == 1
    assert "newstrace: not run: ModuleNotFoundError" in out
    assert "dateparser: predictions 2" in out


def test_newsquant_side_by_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = [
        {
            "text": "It cost $5.",
            "quantities": [
                {
                    "change": "=",
                    "value": "5",
                    "unit": "$",
                    "normalized_unit": "dollar",
                    "referred_concepts": "-",
                }
            ],
        }
    ]
    path = tmp_path / "nq.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(
        newsquant, "default_predictor", lambda: lambda s: [PredQuantity(5, 5, unit="USD")]
    )
    monkeypatch.setattr(newsquant, "quantulum_predictor", lambda: lambda s: [PredQuantity(5, 5)])
    code, out, _ = invoke("newsquant", str(path), "--json")
    assert code == 0
    ours, peer = json.loads(out)["systems"]
    assert ours["metrics"]["value+unit"]["f1"] == 1.0
    assert (peer["name"], peer["metrics"]["value"]["f1"]) == ("quantulum3", 1.0)
    assert peer["metrics"]["value+unit"]["f1"] == 0.0


def test_polnear_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = '"We will win this," Trump said.'
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")
    ann = "\n".join(
        [
            "T1\tSource 20 25\tTrump",
            "T2\tCue 26 30\tsaid",
            'T3\tContent 0 19\t"We will win this,"',
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        ]
    )
    (tmp_path / "attributions" / "a_0001.ann").write_text(ann, encoding="utf-8")
    found = Attribution(SpanSet.of((20, 25)), SpanSet.of((26, 30)), SpanSet.of((0, 19)), "direct")
    monkeypatch.setattr(polnear, "default_predictor", lambda: lambda t: [found])
    code, out, _ = invoke("polnear", str(tmp_path), "--no-peer")
    assert code == 0
    assert out.splitlines()[0] == "PolNeAR (attribution): 1 articles, 1 gold attributions"
    assert "direct found 1" in out
    row = next(line for line in out.splitlines() if line.startswith("attribution overlap"))
    assert row.split()[-3:] == ["100.0", "100.0", "100.0"]


def test_real_tempeval3_through_the_cli(
    bench_path: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = bench_path("tempeval3", "tbaq-cleaned")
    monkeypatch.setattr(tempeval3, "default_predictor", lambda: lambda text, dct: [])
    code, out, _ = invoke("tempeval3", str(directory), "--limit", "3", "--no-peer", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["documents"] == 3
    assert report["systems"][0]["metrics"]["strict extent"]["gold"] == report["gold"] > 0
