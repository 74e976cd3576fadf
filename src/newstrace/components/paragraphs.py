"""Paragraph breaks end sentences: the parser is told so before it runs.

The small models sometimes run a sentence across a blank line ('», estime-t-il.\\n\\nDepuis la
réforme ...'), which joins a quote's frame to the next paragraph's claims. A blank line is a
boundary in news copy; a single line break is not (wire copy wraps its lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from newstrace.components.base import doc_text

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


class ParagraphBreaks:
    """spaCy component: marks the first token after each blank line as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "\n" not in text:
            return doc
        starts: list[int] = doc.to_array("IDX").tolist()
        for match in _BLANK_LINE.finditer(text):
            index = bisect_left(starts, match.end())
            if 0 < index < len(doc) and starts[index] == match.end():
                doc[index].is_sent_start = True
        return doc


@Language.factory(
    "newstrace_paragraphs",
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()
