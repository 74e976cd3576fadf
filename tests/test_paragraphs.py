"""A blank line ends a sentence before the parser runs; a wrapped line does not."""

from __future__ import annotations

from newstrace.pipeline import load_pipeline


def sentences(text: str, lang: str = "en") -> list[str]:
    return [s.text.strip() for s in load_pipeline(lang)(text).sents]


def test_a_blank_line_ends_the_sentence() -> None:
    text = "« Personne ne reviendra », affirme-t-elle\n\nLe ministère a démenti mardi."
    assert any(s.startswith("Le ministère a démenti") for s in sentences(text, "fr"))
    english = "The colonel said nothing more\n\nThe ministry denied the report on Tuesday."
    assert sentences(english)[-1] == "The ministry denied the report on Tuesday."


def test_a_wrapped_line_does_not_split_a_sentence() -> None:
    text = "THE ARMY SAID THAT SIX SOLDIERS\nWERE WOUNDED NEAR THE BORDER ON MONDAY."
    assert len(sentences(text)) == 1
