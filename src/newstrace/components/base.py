"""What every newstrace spaCy component shares: the Doc extensions and small span helpers.

The components read ``doc._.published`` (a date or None) and ``doc._.article_id`` and each
writes its own list of records: ``doc._.entities``, ``doc._.times``, ``doc._.quantities``,
``doc._.quotes``, ``doc._.events``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

VERSION = "0.1.0"
# third-person plural pronouns: a group named before, never one person
PLURAL_PRONOUNS = frozenset({"they", "them", "ils", "elles", "eux"})
# French words for a part of a day that a time phrase puts between a verb and what follows it
# ("a déclaré jeudi soir à", "ont tenté hier d'incendier")
DAY_PARTS = frozenset({"hier", "aujourd'hui", "matin", "soir", "midi", "dernier"})
# the relative pronouns after "selon" or "according to": "des informations selon lesquelles",
# "reports according to which" (a relative, never a source)
ACCORDING_WHICH = frozenset({"lesquelles", "lesquels", "laquelle", "lequel", "which", "whom"})

_EXTENSIONS = {
    "published": None,
    "article_id": "",
    "nt_entities": None,
    "times": None,
    "quantities": None,
    "quotes": None,
    "events": None,
}


def ensure_extensions() -> None:
    """Register the Doc extensions once (idempotent, safe in every worker process)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_TEXT_KEY = "newstrace.text"


def doc_text(doc: Doc) -> str:
    """The document's text, built once: ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (the tokenizer keeps it exactly)."""
    doc.user_data[_TEXT_KEY] = text


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def inside(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    return outer_start <= start and end <= outer_end


_DATELINE_MARKS = {"--", "—", "–", "-"}


def dateline_end(sentence: Span) -> int:
    """Token index after a wire dateline ('RIGA --', 'MOSCOW (Reuters) -'), else the start."""
    for token in sentence[:16]:
        if token.text in _DATELINE_MARKS and token.i > sentence.start:
            head = sentence[: token.i - sentence.start]
            before = [t for t in head if t.is_alpha]
            if before and all(t.is_upper or t.text in {"Reuters", "AP", "AFP"} for t in before):
                return token.i + 1
            if (
                before
                and before[0].is_upper
                and len(before[0]) > 1
                and not any(t.pos_ in {"VERB", "AUX"} for t in head)
            ):
                return token.i + 1  # "MOSCOW, July 20 (Eastern Wire Service) --"
            return sentence.start
    return sentence.start


def statement_start(text: str, end: int) -> int:
    """Where the statement that ends at ``end`` begins: after the last full stop, question or
    exclamation mark before it outside quote marks, else at the start of its paragraph."""
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        if char in "»”":
            depth += 1
        elif char in "«“" and depth:
            depth -= 1
        elif char == "\n" or (
            char in ".!?" and not depth and text[index + 1 : index + 2].isspace()
        ):
            return index + 1
    return 0
