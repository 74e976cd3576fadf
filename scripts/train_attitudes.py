"""Train the attitude model (newstrace.components.attitudes) on PolNeAR.

    python scripts/train_attitudes.py ../shared/bench/polnear/train ../shared/bench/polnear/dev \\
        src/newstrace/lang/en/attitudes.json

Every candidate verb the rules leave (outside the attributions they find) in the train split is
labelled by whether the attribution it would make (its subject, the verb, its complements)
overlaps a gold attribution the rules did not match (the overlap rule of
``newstrace eval polnear``). A logistic regression (scikit-learn, a dependency of the textacy
peer; not needed at run time) learns from them; the threshold is the one that maximises
attribution overlap F1 on the dev split, over the rules' predictions plus the candidates above
it. Weights under ``--min-weight`` (0.1) in size are dropped. ``--parsed A.spacy B.spacy``
reads the two splits' spaCy parses from DocBin files instead of parsing (the same model, in the
same order).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc, DocBin

from newstrace.components import base
from newstrace.components.attitudes import features
from newstrace.eval.common import greedy_match
from newstrace.eval.polnear import (
    Attribution,
    PolnearDoc,
    SpanSet,
    WordIndex,
    _attribution_weight,
    as_attributions,
    read_polnear,
    score_corpus,
)
from newstrace.learned import LinearModel, write_linear_model
from newstrace.pipeline import build_pipeline

Rows = list[tuple[list[str], bool, Attribution]]


def candidates(nlp, docs: list[PolnearDoc], parsed: list[Doc] | None):  # type: ignore[no-untyped-def]
    """Per article: the rules' attributions and the candidates with their labels."""
    attribution = nlp.get_pipe("newstrace_attribution").attributor
    attribution.attitudes = None
    names = [n for n in nlp.pipe_names if n not in {"newstrace_attribution", "newstrace_events"}]
    base.ensure_extensions()
    out: list[tuple[PolnearDoc, list[Attribution], Rows]] = []
    for number, item in enumerate(docs):
        if parsed is not None:
            doc = parsed[number]
            assert doc.text == item.text
            base.remember_text(doc, item.text)
            doc._.article_id, doc._.published = item.doc_id, None
            # parsed without the paragraph splitter, which sets sentence starts before parsing
            doc = nlp.get_pipe("newstrace_entities")(doc)
        else:
            doc = nlp.make_doc(item.text)
            base.remember_text(doc, item.text)
            doc._.article_id, doc._.published = item.doc_id, None
            for name in names:
                doc = nlp.get_pipe(name)(doc)
        drafts, taken = attribution.drafts(doc)
        found = attribution.attitude_candidates(doc, drafts, taken)
        rules = as_attributions(attribution.resolved(doc, drafts))
        index = WordIndex(item.text)
        gold = list(item.attributions)
        matched = _matched(index, gold, rules)
        rows: Rows = []
        for cand in found:
            content = [t for child in cand.content for t in child.subtree]
            source = cand.subject
            guess = Attribution(
                source=SpanSet.of(
                    (source.left_edge.idx, source.right_edge.idx + len(source.right_edge.text))
                ),
                cue=SpanSet.of((cand.verb.idx, cand.verb.idx + len(cand.verb.text))),
                content=SpanSet.of(
                    (min(t.idx for t in content), max(t.idx + len(t.text) for t in content))
                ),
                kind="indirect",
            )
            label = any(
                _attribution_weight(index, gold[g], guess) is not None
                for g in range(len(gold))
                if g not in matched
            )
            rows.append((features(cand), label, guess))
        out.append((item, rules, rows))
    return out


def _matched(index: WordIndex, gold: list[Attribution], rules: list[Attribution]) -> set[int]:
    """The gold attributions the rules' predictions match (one to one, on overlap)."""
    pairs = greedy_match(
        len(gold), len(rules), lambda g, p: _attribution_weight(index, gold[g], rules[p])
    )
    return {g for g, _ in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("dev", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--parsed", nargs=2, type=Path, metavar=("TRAIN", "DEV"))
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--limit", type=int, help="only the first N articles of each split")
    parser.add_argument("--min-weight", type=float, default=0.1, help="smaller weights are dropped")
    args = parser.parse_args()

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    nlp = build_pipeline("en")
    splits = {}
    for number, (name, directory) in enumerate((("train", args.train), ("dev", args.dev))):
        docs = read_polnear(directory, limit=args.limit)
        parsed = (
            list(DocBin().from_disk(args.parsed[number]).get_docs(nlp.vocab))
            if args.parsed
            else None
        )
        splits[name] = candidates(nlp, docs, parsed)
        rows = [row for _, _, r in splits[name] for row in r]
        print(
            f"{name}: {len(docs)} articles, {len(rows)} candidates, "
            f"{sum(label for _, label, _ in rows)} positive"
        )

    train_rows = [row for _, _, r in splits["train"] for row in r]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(names, 1) for names, _, _ in train_rows])
    model = LogisticRegression(C=args.c, max_iter=5000).fit(
        matrix, [label for _, label, _ in train_rows]
    )
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= args.min_weight
    }
    bias = round(float(model.intercept_[0]), 4)

    best = (0.0, 1.0)
    for step in range(20, 81, 5):
        threshold = step / 100
        scorer = LinearModel(weights, bias, threshold)
        counts = score_corpus(
            (
                item.text,
                item.attributions,
                rules
                + [guess for names, _, guess in rows if scorer.probability(names) >= threshold],
            )
            for item, rules, rows in splits["dev"]
        )
        f1 = counts.metrics()["attribution overlap"].f1
        print(f"threshold {threshold:.2f}: dev attribution overlap F1 {f1:.4f}")
        best = max(best, (f1, threshold))
    baseline = score_corpus((i.text, i.attributions, r) for i, r, _ in splits["dev"])
    print(f"rules alone: {baseline.metrics()['attribution overlap'].f1:.4f}; chosen {best[1]}")
    write_linear_model(
        args.output,
        weights,
        bias,
        best[1],
        trained_on=str(args.train),
        threshold_from=str(args.dev),
    )
    print(f"wrote {args.output}: {len(weights)} weights")


if __name__ == "__main__":
    main()
