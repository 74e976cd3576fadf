"""Typographic apostrophes are read as straight ones by the tagger, parser and recogniser.

The small spaCy models learnt from text written with straight apostrophes. French news copy
writes "l’ancien ministre", "qu’il n’avait": with the curly mark the French model tags "l’" as a
noun and "n’" as a person's name, and the parse of the whole sentence goes astray. This component
runs first: every word that holds a typographic apostrophe gets the features of its straight
spelling (norm, prefix, suffix and shape, which are what the models' token features read). The
text itself, every offset and every span newstrace records stay exactly as written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


class StraightApostrophes:
    """spaCy component: "l’", "qu’", "aujourd’hui" read as "l'", "qu'", "aujourd'hui"."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if "’" not in token.text and "ʼ" not in token.text:
                continue
            straight = self.vocab[token.text.translate(_APOSTROPHES)]
            # the word's entry in the vocabulary: set once, read by every later document
            word = token.lex
            word.prefix_, word.suffix_, word.shape_ = (
                straight.prefix_,
                straight.suffix_,
                straight.shape_,
            )
            word.norm_ = token.norm_ = straight.norm_
        return doc


@Language.factory("newstrace_apostrophes", assigns=["token.norm"])
def make_apostrophes(nlp: Language, name: str) -> StraightApostrophes:
    return StraightApostrophes(nlp.vocab)
