from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from newstrace.eval.tempeval3 import (
    Timex,
    evaluate,
    locate_substrings,
    read_corpus,
    read_tml,
    score_corpus,
    score_document,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" \
functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-08-07" functionInDocument="NONE">Friday</TIMEX3> &amp; for \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


def write_tml(path: Path, doc_id: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TML.format(doc_id=doc_id), encoding="utf-8")
    return path


def t(start: int, end: int, type_: str = "DATE", value: str = "") -> Timex:
    return Timex(start=start, end=end, text="", type=type_, value=value)


# --------------------------------------------------------------------------- reader


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    doc = read_tml(write_tml(tmp_path / "doc1.tml", "doc1"))
    assert doc.doc_id == "doc1"
    assert doc.text == "\nBombs exploded Friday & for three days.\n"
    assert doc.dct == date(1998, 8, 7)
    assert doc.dct_value == "1998-08-07"
    # The creation time is not among the scored expressions.
    assert [(x.start, x.end, x.text, x.type, x.value) for x in doc.timexes] == [
        (16, 22, "Friday", "DATE", "1998-08-07"),
        (29, 39, "three days", "DURATION", "P3D"),
    ]
    assert all(doc.text[x.start : x.end] == x.text for x in doc.timexes)


def test_read_corpus_prefers_timebank_and_aquaint(tmp_path: Path) -> None:
    write_tml(tmp_path / "TimeBank" / "b.tml", "b")
    write_tml(tmp_path / "TimeBank" / "a.tml", "a")
    write_tml(tmp_path / "AQUAINT" / "c.tml", "c")
    write_tml(tmp_path / "testpipeline" / "a.tml", "a")
    assert [d.doc_id for d in read_corpus(tmp_path)] == ["a", "b", "c"]
    assert [d.doc_id for d in read_corpus(tmp_path, limit=2)] == ["a", "b"]


def test_read_corpus_without_subfolders_dedupes_by_docid(tmp_path: Path) -> None:
    write_tml(tmp_path / "x" / "one.tml", "same")
    write_tml(tmp_path / "y" / "two.tml", "same")
    assert len(read_corpus(tmp_path)) == 1


def test_read_corpus_empty_directory_fails(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_corpus(tmp_path)


# --------------------------------------------------------------------------- scorer


def test_score_document_strict_relaxed_and_attributes() -> None:
    gold = [
        t(0, 6, "DATE", "1998-08-07"),
        t(10, 20, "DURATION", "P3D"),
        t(30, 35, "DATE", "1998-W31"),
    ]
    pred = [
        t(0, 6, "date", "1998-08-07"),  # strict; type (case-insensitive) and value right
        t(12, 20, "DURATION", "P2D"),  # relaxed; type right, value wrong
        t(40, 45, "DATE", "1998"),  # spurious
        t(31, 33, "TIME", "1998-w31"),  # relaxed; type wrong, value right (case-insensitive)
    ]
    counts = score_document(gold, pred)
    assert (counts.n_gold, counts.n_pred) == (3, 4)
    assert (counts.strict, counts.relaxed, counts.type_ok, counts.value_ok) == (1, 3, 2, 2)
    metrics = counts.metrics()
    assert metrics["strict extent"].precision == pytest.approx(1 / 4)
    assert metrics["strict extent"].recall == pytest.approx(1 / 3)
    assert metrics["relaxed extent"].f1 == pytest.approx(6 / 7)
    # Attribute F1 = attribute accuracy over relaxed matches x relaxed F1 = 2/3 * 6/7.
    assert counts.type_accuracy == pytest.approx(2 / 3)
    assert metrics["type (attribute F1)"].f1 == pytest.approx(4 / 7)
    assert metrics["value (attribute F1)"].f1 == pytest.approx(2 / 3 * 6 / 7)


def test_relaxed_matching_is_one_to_one_and_prefers_the_closest() -> None:
    gold = [t(0, 10, value="X")]
    pred = [t(0, 4, value="Y"), t(2, 10, value="X")]
    counts = score_document(gold, pred)
    assert (counts.strict, counts.relaxed, counts.value_ok) == (0, 1, 1)


def test_score_corpus_sums_documents() -> None:
    counts = score_corpus([([t(0, 3)], [t(0, 3)]), ([t(5, 9)], []), ([], [t(1, 2)])])
    assert (counts.n_gold, counts.n_pred, counts.strict, counts.relaxed) == (2, 2, 1, 1)
    assert counts.strict_score.f1 == pytest.approx(0.5)


def test_locate_substrings_searches_successively() -> None:
    text = "on Friday and Friday again"
    found = locate_substrings(text, [("Friday", "a"), ("Friday", "b"), ("missing", "c")])
    assert [(x.start, x.end, x.value, x.type) for x in found] == [
        (3, 9, "a", "DATE"),
        (14, 20, "b", "DATE"),
    ]


def test_evaluate_with_a_fake_predictor(tmp_path: Path) -> None:
    docs = [read_tml(write_tml(tmp_path / "d.tml", "d"))]
    seen: list[date | None] = []

    def predictor(text: str, dct: date | None) -> list[Timex]:
        seen.append(dct)
        return [Timex(16, 22, "Friday", "DATE", "1998-08-07"), Timex(35, 39, "days", "DATE", "x")]

    result = evaluate(docs, predictor, "fake")
    assert seen == [date(1998, 8, 7)]
    assert result.metrics["strict extent"].tp == 1
    assert result.metrics["relaxed extent"].tp == 2
    assert result.metrics["value (attribute F1)"].tp == 1
    assert result.notes["bad offsets"] == 0


def test_dateparser_peer_on_a_sentence() -> None:
    pytest.importorskip("dateparser")
    from newstrace.eval.tempeval3 import dateparser_predictor

    text = "The talks began on March 3, 1998 in Geneva."
    found = dateparser_predictor()(text, date(1998, 8, 7))
    assert found, "dateparser found nothing"
    assert all(text[x.start : x.end] == x.text for x in found)
    assert any(x.value == "1998-03-03" and x.type == "DATE" for x in found)


# --------------------------------------------------------------------------- real data


def test_real_tempeval3_counts(bench_path: Callable[..., Path]) -> None:
    directory = bench_path("tempeval3", "tbaq-cleaned")
    docs = read_corpus(directory)
    assert len(docs) == 256
    assert sum(doc.path.parent.name == "TimeBank" for doc in docs) == 183
    assert sum(doc.path.parent.name == "AQUAINT" for doc in docs) == 73
    assert sum(len(doc.timexes) for doc in docs) == 1822
    assert all(doc.dct is not None for doc in docs)
    assert all(doc.text[x.start : x.end] == x.text for doc in docs for x in doc.timexes)
    first = next(doc for doc in docs if doc.doc_id == "APW19980807.0261")
    assert first.dct == date(1998, 8, 7)
    assert (first.timexes[0].text, first.timexes[0].value) == ("Friday", "1998-08-07")
    assert len(read_corpus(directory, limit=5)) == 5
