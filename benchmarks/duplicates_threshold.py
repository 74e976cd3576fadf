"""Choosing the near-duplicate threshold on a labelled sample.

The sample: (1) every pair of PolNeAR train+dev texts that 5-gram MinHash LSH proposes at a low
threshold, labelled by reading them (benchmarks/duplicate_labels.tsv: republished, retitled or
updated versions of one story are duplicates, the rest distinct); (2) wire-copy variants made
from PolNeAR dev texts: a new dateline with one added sentence, and a new dateline with the last
paragraph dropped (duplicates); (3) random pairs of different dev texts (distinct).
Prints precision / recall / F1 of `jaccard >= t` for each threshold t (newstrace's own marked).

    python benchmarks/duplicates_threshold.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from newstrace.corpus import NEAR_DUPLICATE_THRESHOLD, PERMUTATIONS, jaccard, shingles

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "bench" / "polnear"
DATELINES = [
    "WASHINGTON (Wire) -- ",
    "NEW YORK, March 3 (Agency) - ",
    "LONDON -- ",
    "PARIS (AFP) - ",
]


def load() -> dict[str, str]:
    texts = {}
    for split in ("train", "dev"):
        for path in sorted((POLNEAR / split / "text").glob("*.txt")):
            texts[path.name] = path.read_text("utf-8")
    return texts


def real_pairs(texts: dict[str, str]) -> list[tuple[str, str, bool]]:
    labelled = set()
    with (ROOT / "benchmarks" / "duplicate_labels.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            labelled.add(frozenset((row["first"], row["second"])))
    lsh = MinHashLSH(threshold=0.1, num_perm=PERMUTATIONS)
    signatures = {}
    for name, text in texts.items():
        signature = MinHash(num_perm=PERMUTATIONS, seed=1)
        signature.update_batch([s.encode("utf-8") for s in shingles(text)])
        signatures[name] = signature
        lsh.insert(name, signature)
    proposed = {
        frozenset((name, other))
        for name in texts
        for other in lsh.query(signatures[name])
        if other != name
    }
    return [(*sorted(pair), pair in labelled) for pair in sorted(proposed, key=sorted)]  # type: ignore[misc]


def synthetic_pairs(texts: dict[str, str], rng: random.Random) -> list[tuple[str, str, bool]]:
    dev = [t for name, t in texts.items() if (POLNEAR / "dev" / "text" / name).exists()]
    pairs = []
    for index, text in enumerate(dev):
        donor = dev[(index + 7) % len(dev)].split(".")[0] + "."
        dateline = DATELINES[index % len(DATELINES)]
        pairs.append((text, dateline + text + " " + donor, True))
        paragraphs = text.strip().split("\n\n")
        if len(paragraphs) > 3:
            pairs.append((text, dateline + "\n\n".join(paragraphs[:-1]), True))
        other = rng.choice([d for d in dev if d is not text])
        pairs.append((text, other, False))
    return pairs


def main() -> None:
    texts = load()
    rng = random.Random(13)
    scored = [
        (jaccard(shingles(texts[a]), shingles(texts[b])), label)
        for a, b, label in real_pairs(texts)
    ]
    real_count = len(scored)
    scored += [
        (jaccard(shingles(a), shingles(b)), label) for a, b, label in synthetic_pairs(texts, rng)
    ]
    positives = sum(label for _, label in scored)
    print(f"sample: {len(scored)} pairs ({real_count} proposed real pairs, {positives} duplicates)")
    print("threshold  precision  recall  F1")
    for threshold in sorted({0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEAR_DUPLICATE_THRESHOLD}):
        hits = [label for score, label in scored if score >= threshold]
        tp = sum(hits)
        precision = tp / len(hits) if hits else 1.0
        recall = tp / positives
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        mark = "  <- newstrace" if abs(threshold - NEAR_DUPLICATE_THRESHOLD) < 1e-9 else ""
        print(f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}  {f1:.3f}{mark}")
    lowest = min(score for score, label in scored if label)
    highest = max(score for score, label in scored if not label)
    print(f"lowest duplicate Jaccard {lowest:.3f}; highest distinct-pair Jaccard {highest:.3f}")


if __name__ == "__main__":
    main()
