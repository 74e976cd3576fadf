"""Corpus linking on articles written for these tests: duplicates, entities, clusters."""

from __future__ import annotations

from datetime import date

from newstrace.api import extract_text
from newstrace.corpus import find_duplicates, jaccard, link, merge_entities, shingles
from newstrace.records import ArticleRecord

REPORT = (
    "Sailors of the Northern Fleet refused to put to sea from the Severomorsk base on Friday, "
    "March 11, according to relatives of the crew. The sailors said that their ship was not fit "
    "for combat. The navy did not comment. Families gathered outside the base in the evening, "
    "and several mothers said that they had not heard from their sons since the start of the "
    "month. A local deputy said he had written to the fleet commander about the case."
)


def article(text: str, outlet: str, published: date) -> ArticleRecord:
    return extract_text(text, published=published, outlet=outlet, url=f"https://{outlet}.test/a")


def test_wire_copy_with_new_dateline_is_a_near_duplicate() -> None:
    original = article("MURMANSK -- " + REPORT, "wire-one", date(2022, 3, 12))
    copy = article(
        "ARKHANGELSK (Harbour News) -- "
        + REPORT
        + " The ministry declined to comment on Saturday.",
        "harbour-news",
        date(2022, 3, 13),
    )
    other = article(
        "Farmers in the south said that the harvest would be late this year because of floods.",
        "farm-daily",
        date(2022, 3, 13),
    )
    pairs = find_duplicates([copy, other, original])
    assert [(p["article_id"], p["duplicate_of"], p["kind"]) for p in pairs] == [
        (copy.id, original.id, "near")
    ]
    assert 0.5 <= pairs[0]["similarity"] < 1


def test_exact_duplicate_after_normalization() -> None:
    first = article(REPORT, "one", date(2022, 3, 12))
    second = article(REPORT.replace(",", " ,").upper().lower(), "two", date(2022, 3, 12))
    assert [p["kind"] for p in find_duplicates([first, second])] == ["exact"]


def test_shingle_jaccard_is_symmetric_and_bounded() -> None:
    first, second = shingles(REPORT), shingles(REPORT + " One more sentence here today.")
    assert jaccard(first, second) == jaccard(second, first)
    assert 0.8 < jaccard(first, second) < 1


def test_person_mentions_merge_across_articles() -> None:
    records = [
        article("President Vladimir Putin signed the decree on Monday.", "a", date(2022, 9, 21)),
        article("Putin said the call-up would be partial.", "b", date(2022, 9, 22)),
    ]
    clusters, members = merge_entities(records)
    putin = [c for c in clusters if c["canonical"] == "Vladimir Putin"]
    assert len(putin) == 1 and putin[0]["mentions"] == 2
    assert sum(1 for m in members if m["cluster_id"] == putin[0]["id"]) == 2


def test_two_outlets_same_event_different_counts_is_a_contradiction() -> None:
    first = article(
        "About 300 sailors refused to sail from the Severomorsk base on Friday, March 11.",
        "north-post",
        date(2022, 3, 12),
    )
    second = article(
        "More than 1,000 sailors refused to sail from Severomorsk on March 11, relatives said.",
        "baltic-wire",
        date(2022, 3, 13),
    )
    unrelated = article(
        "Dozens of students refused to attend classes in Tomsk on Monday, March 14.",
        "siberia-times",
        date(2022, 3, 15),
    )
    linked = link([first, second, unrelated])
    clusters = [c for c in linked["event_clusters"] if c["type"] == "refusal_to_fight"]
    assert len(clusters) == 1 and clusters[0]["corroboration"] == 2
    (conflict,) = linked["contradictions"]
    assert conflict["field"] == "count"
    assert "300" in conflict["detail"] and "1,000" in conflict["detail"]
